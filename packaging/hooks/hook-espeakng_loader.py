"""PyInstaller hook: espeakng-loader finds its library and voice data beside its own __init__.

``espeakng_loader.get_library_path()`` and ``get_data_path()`` return
``Path(__file__).parent / ...``; in the bundle ``__file__`` is ``<bundle>/_internal/espeakng_loader/__init__.pyc``,
so the shared library and ``espeak-ng-data/`` must land in ``_internal/espeakng_loader/``.
Without them the frozen game would lose its voice and fall back to captions without a word.
"""

from PyInstaller.utils.hooks import collect_data_files, collect_dynamic_libs

datas = collect_data_files("espeakng_loader")
binaries = collect_dynamic_libs("espeakng_loader")
