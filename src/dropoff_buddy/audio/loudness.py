"""Every voice at one moderate loudness: synthesised lines and the parent's recordings alike.

Loudness is measured like the effects in ``tools/make_sounds.py``: the RMS of the loudest
300 ms. Voices are set to ``VOICE_TARGET_DB``, a few dB above the effects (-20 dB) so words
are clear over a press sound, far above the music, and never a sudden loud sound: a quiet
phone recording is lifted (at most ``MAX_GAIN_DB``), a shouted one is lowered, and no peak
goes above ``PEAK_LIMIT_DB``.
"""

from __future__ import annotations

import math
import operator
from array import array
from typing import Final

VOICE_TARGET_DB: Final = -18.0
MAX_GAIN_DB: Final = 20.0  # lift a quiet recording this much at most (more would lift the room noise)
PEAK_LIMIT_DB: Final = -1.0
WINDOW_SECONDS: Final = 0.3
BLOCK_SECONDS: Final = 0.01
ANALYSIS_FRAMES: Final = 200_000  # longer sounds are measured on a thinned-out copy
TABLE_FROM: Final = 65_536  # from this many samples on, scaling goes through a table of all 65,536 values


def loudness_db(samples: array[int], rate: int, channels: int = 1) -> float:
    """RMS (dBFS) of the loudest ``WINDOW_SECONDS`` of 16-bit samples (interleaved channels)."""
    if not samples:
        return -math.inf
    block = max(channels, round(BLOCK_SECONDS * rate) * channels)
    energies = []
    for start in range(0, len(samples), block):
        chunk = samples[start : start + block]
        energies.append(sum(map(operator.mul, chunk, chunk)))
    span = max(1, round(WINDOW_SECONDS / BLOCK_SECONDS))
    running = sum(energies[:span])
    best = running
    for index in range(span, len(energies)):
        running += energies[index] - energies[index - span]
        best = max(best, running)
    count = min(len(samples), span * block)
    rms = math.sqrt(best / count) / 32768.0
    return 20.0 * math.log10(rms) if rms > 0 else -math.inf


def normalise(samples: bytes, rate: int, channels: int = 1, target_db: float = VOICE_TARGET_DB) -> bytes:
    """16-bit native-order PCM brought to ``target_db`` (see the module docstring)."""
    data = array("h", samples[: len(samples) - len(samples) % 2])
    # Long recordings are measured on every n-th sample of one channel (a fine estimate of the
    # level, and fast); the table below clamps, so a missed peak can only saturate, never wrap.
    frames = len(data) // channels
    skip = max(1, frames // ANALYSIS_FRAMES)
    view = data[:: channels * skip]
    level = loudness_db(view, max(1, rate // skip), 1)
    if level == -math.inf:
        return data.tobytes()
    peak = max(max(view), -min(view))
    gain_db = min(target_db - level, MAX_GAIN_DB)
    gain = 10.0 ** (gain_db / 20.0)
    peak_room = (32767.0 * 10.0 ** (PEAK_LIMIT_DB / 20.0)) / max(1, peak)
    gain = min(gain, peak_room)
    if abs(gain - 1.0) < 0.01:
        return data.tobytes()
    if len(data) < TABLE_FROM:  # a short sound: scaling each sample is quicker than making the table
        if channels == 1 and skip == 1:
            # Every sample was measured, and the gain keeps the loudest under the peak limit:
            # nothing can leave the 16-bit range, so there is nothing to clamp.
            return array("h", [round(sample * gain) for sample in data]).tobytes()
        return array("h", [max(-32768, min(32767, round(sample * gain))) for sample in data]).tobytes()
    # A table of every possible sample, indexed by its unsigned bit pattern, keeps a 20 s stereo
    # recording to ~0.1 s instead of ~1 s of Python arithmetic per sample.
    table = [max(-32768, min(32767, round((bits - 65536 if bits >= 32768 else bits) * gain))) for bits in range(65536)]
    return array("h", map(table.__getitem__, array("H", data.tobytes()))).tobytes()
