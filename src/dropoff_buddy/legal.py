"""The licences of Dropoff Buddy and of everything that travels with it (``doctor --licences``).

The full texts live in ``dropoff_buddy/licences/`` (source checkouts, pip installs and the app
bundle alike); the font's OFL is beside the font in ``assets/fonts/``. Python packages the game
depends on carry their own licence files in their metadata, which the app bundle copies too:
``python_packages()`` lists them without naming any, so a new dependency is listed by itself.
"""

from __future__ import annotations

import importlib.metadata as metadata
import re
import sys
import sysconfig
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from dropoff_buddy import __version__
from dropoff_buddy.assets import find_assets_dir

DISTRIBUTION: Final = "dropoff-buddy"


def licences_dir() -> Path:
    """The folder of full licence texts shipped inside the package."""
    return Path(__file__).resolve().parent / "licences"


def python_licence() -> Path | None:
    """The Python runtime's licence: copied into the app bundle, or beside this Python's standard library."""
    for path in (licences_dir() / "python" / "LICENSE.txt", Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt"):
        if path.is_file():
            return path
    return None


@dataclass(frozen=True)
class Licence:
    """One part of what a family installs: what it is, its licence, the full text and the source."""

    name: str
    what: str
    licence: str
    text: Path | None
    source: str = ""
    notes: str = ""


def _version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return ""


def main_parts() -> list[Licence]:
    """The game, its voice, its window and sound libraries, its font and the Python runtime."""
    folder = licences_dir()
    espeak_version = _version("espeakng-loader")
    pygame_version = _version("pygame-ce")
    python_text = python_licence()
    return [
        Licence(
            f"Dropoff Buddy {__version__}",
            "the game: its code, pictures, sounds and stories",
            "MIT",
            folder / "Dropoff-Buddy-MIT.txt",
        ),
        Licence(
            "espeak-ng 1.52",
            f"the built-in voice: the espeak-ng library and its voice data (from espeakng-loader {espeak_version})",
            "GPL-3.0-or-later",
            folder / "GPL-3.0.txt",
            source="https://github.com/espeak-ng/espeak-ng (espeak-ng 1.52.0); "
            "packaged as a library by https://github.com/thewh1teagle/espeakng-loader",
            notes="The game loads the unmodified library at run time and talks to it only through its public "
            "interface; you may ask for, get and change its source as the GPL allows.",
        ),
        Licence(
            f"pygame-ce {pygame_version}",
            "the window, pictures, text and sound (with SDL 2, SDL_image, SDL_mixer, SDL_ttf and the "
            "libraries they use: FreeType, HarfBuzz, libpng, libjpeg-turbo, libwebp, libtiff, Ogg/Vorbis, "
            "Opus, FLAC, mpg123, libsndfile, WavPack, libxmp, FluidSynth, PortMidi, ALSA, Brotli)",
            "LGPL-2.1 (pygame-ce); SDL libraries: zlib licence; the others: their own free licences",
            folder / "LGPL-2.1.txt",
            source="https://github.com/pygame-community/pygame-ce and https://github.com/libsdl-org",
            notes="The app bundle is one folder, not one file, so these libraries stay separate files "
            "(in _internal/pygame and _internal/pygame_ce.libs, or the .dll/.dylib files on Windows and macOS) "
            "that you can replace with your own builds.",
        ),
        Licence(
            "Andika 6.101 (SIL International)",
            "the reading font",
            "SIL Open Font License 1.1",
            find_assets_dir() / "fonts" / "OFL.txt",
            source="https://software.sil.org/andika",
        ),
        Licence(
            f"Python {sys.version.split()[0]}",
            "the Python runtime the game runs on (inside the app bundle)",
            "Python Software Foundation License",
            python_text,
            source="https://www.python.org/downloads/source/",
        ),
    ]


def python_packages() -> list[Licence]:
    """Every Python package the game depends on (and theirs in turn), with its licence file."""
    shown = {"pygame-ce", "espeakng-loader"}
    found: list[Licence] = []
    for name in _runtime_distributions():
        if name.lower() in shown:
            continue
        distribution = metadata.distribution(name)
        meta = distribution.metadata
        licence = meta["License-Expression"] or meta["License"] or _classifier_licence(meta) or "see its files"
        text = next(
            (Path(str(distribution.locate_file(file))) for file in distribution.files or [] if _is_licence_file(file)),
            None,
        )
        found.append(Licence(f"{meta['Name']} {distribution.version}", "Python package", str(licence).strip(), text))
    return found


def _is_licence_file(file: metadata.PackagePath) -> bool:
    return ".dist-info" in str(file) and re.search(r"(licen[cs]e|copying|notice)", file.name, re.IGNORECASE) is not None


def _classifier_licence(meta: metadata.PackageMetadata) -> str:
    for classifier in meta.get_all("Classifier") or []:
        if classifier.startswith("License ::"):
            return str(classifier).rsplit("::", 1)[-1].strip()
    return ""


def _runtime_distributions() -> list[str]:
    """Names of the installed distributions the game needs at run time (no extras), found from metadata."""
    pending = list(_requires(DISTRIBUTION))
    seen: dict[str, str] = {}
    while pending:
        name = pending.pop()
        key = name.lower().replace("_", "-")
        if key in seen:
            continue
        try:
            distribution = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        seen[key] = distribution.metadata["Name"]
        pending.extend(_requires(name))
    return sorted(seen.values(), key=str.lower)


def _requires(distribution: str) -> list[str]:
    """Names this distribution needs, skipping optional extras and other systems' requirements."""
    try:
        requirements = metadata.requires(distribution) or []
    except metadata.PackageNotFoundError:
        return []
    names = []
    for requirement in requirements:
        spec, _, marker = requirement.partition(";")
        if "extra" in marker or ("sys_platform" in marker and sys.platform not in marker):
            continue
        if "python_version" in marker and "<" in marker:
            continue  # backports for older Pythons than this one
        match = re.match(r"[A-Za-z0-9][A-Za-z0-9._-]*", spec.strip())
        if match:
            names.append(match.group(0))
    return names


def describe() -> str:
    """The whole list as text for ``doctor --licences``."""
    lines = ["Dropoff Buddy and what comes with it", ""]
    for part in main_parts():
        lines.append(f"{part.name}: {part.licence}")
        lines.append(f"    {part.what}")
        lines.append(f"    full text: {_where(part.text)}")
        if part.source:
            lines.append(f"    source: {part.source}")
        if part.notes:
            lines.append(f"    {part.notes}")
        lines.append("")
    packages = python_packages()
    if packages:
        lines.append("Python packages inside the game:")
        lines += [f"    {part.name}: {part.licence}; full text: {_where(part.text)}" for part in packages]
    return "\n".join(lines).rstrip() + "\n"


def _where(path: Path | None) -> str:
    if path is None:
        return "not included in this copy"
    return str(path) if path.is_file() else f"{path} (missing from this copy)"
