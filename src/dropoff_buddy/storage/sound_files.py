"""What a sound file is and how long it plays, read from its bytes before anything decodes it.

Used for the parent's recordings wherever they come from: a file dropped on the voice page
(WAV, OGG or MP3), a recording kept in the profile folder (always WAV), or a backup being
restored. ``sound_header`` reads the header (WAV chunks, the Ogg pages' sample positions, every
MP3 frame header) and says the format, channels, rate and length in seconds, without decoding a
sample. ``SoundRefused.reason`` says in a short phrase why a file is refused ("it is cut off
part-way"), for callers to put in their own sentence.

A decoder can only produce as much sound as these headers describe (WAV, MP3) or as the bytes
allow at a real bit rate (Ogg), so checking the length here bounds the memory decoding costs.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from typing import Final

#: A recording is at most 20 seconds; a little slack for files cut by hand.
MAX_SOUND_SECONDS: Final = 21.0
MIN_RATE: Final = 4000
MAX_RATE: Final = 192_000
#: No voice recording needs more than this; an Ogg file whose samples claim fewer seconds than
#: its bytes would need at this rate is lying about its length.
MAX_COMPRESSED_BITS_PER_SECOND: Final = 512_000


class SoundRefused(Exception):
    """Not a sound file Dropoff Buddy can use; ``reason`` is a short phrase ("it is cut off part-way")."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class SoundHeader:
    """``format`` is ``"wav"``, ``"ogg"`` or ``"mp3"``; ``seconds`` how long it plays."""

    format: str
    channels: int
    rate: int
    seconds: float
    bits: int = 16  # WAV only: bits per sample


_CUT_OFF = "it is cut off part-way (the end of the sound is missing)"
_DAMAGED = "it is damaged (its header doesn't make sense)"


def sound_header(data: bytes) -> SoundHeader:
    """The header of a WAV, Ogg (Vorbis or Opus) or MP3 file; raises ``SoundRefused``."""
    if not data:
        raise SoundRefused("it is empty (0 bytes)")
    if data[:4] == b"RIFF" and data[8:12] == b"WAVE":
        return wav_header(data)
    if data[:4] == b"OggS":
        return ogg_header(data)
    if data[:3] == b"ID3" or (len(data) > 1 and data[0] == 0xFF and data[1] & 0xE0 == 0xE0):
        return mp3_header(data)
    if data[:4] == b"fLaC":
        raise SoundRefused("it is a FLAC file, which Dropoff Buddy can't play")
    if data[4:8] == b"ftyp":
        raise SoundRefused("it is an M4A/AAC file, which Dropoff Buddy can't play")
    raise SoundRefused("it is not a WAV, OGG or MP3 sound")


def wav_header(data: bytes, *, file_size: int | None = None) -> SoundHeader:
    """The ``fmt`` and ``data`` chunks of a RIFF/WAVE file.

    ``file_size`` is the whole file's size when ``data`` is only its beginning (at least up to
    the start of the ``data`` chunk); the sound must then fit in the file.
    """
    size = len(data) if file_size is None else file_size
    if len(data) < 12:
        raise SoundRefused(_CUT_OFF)
    position = 12
    fmt: tuple[int, int, int, int] | None = None
    while position + 8 <= len(data):
        chunk = data[position : position + 4]
        (length,) = struct.unpack("<I", data[position + 4 : position + 8])
        body = position + 8
        if chunk == b"fmt ":
            fmt = _wav_format(data, body, length)
        elif chunk == b"data":
            if fmt is None:
                raise SoundRefused(_DAMAGED)
            if body + length > size:
                raise SoundRefused(_CUT_OFF)
            return _wav_sound(fmt, length)
        if length > size:
            raise SoundRefused(_CUT_OFF)
        position = body + length + (length & 1)
    raise SoundRefused(_CUT_OFF if fmt is not None or position + 8 > len(data) else _DAMAGED)


def _wav_format(data: bytes, body: int, length: int) -> tuple[int, int, int, int]:
    """(format, channels, rate, bits) from a ``fmt`` chunk; the real format of an EXTENSIBLE one."""
    if length < 16 or length > 4096 or body + length > len(data):
        raise SoundRefused(_DAMAGED)
    audio_format, channels, rate, _, _, bits = struct.unpack("<HHIIHH", data[body : body + 16])
    if audio_format == 0xFFFE and length >= 26:  # WAVE_FORMAT_EXTENSIBLE: the real format follows
        (audio_format,) = struct.unpack("<H", data[body + 24 : body + 26])
    return audio_format, channels, rate, bits


def _wav_sound(fmt: tuple[int, int, int, int], length: int) -> SoundHeader:
    audio_format, channels, rate, bits = fmt
    if audio_format not in (1, 3):
        raise SoundRefused("it is a compressed kind of WAV that Dropoff Buddy can't play")
    if not 1 <= channels <= 2:
        raise SoundRefused(f"it has {channels} sound channels; recordings have one or two")
    if not MIN_RATE <= rate <= MAX_RATE or bits not in (8, 16, 24, 32):
        raise SoundRefused(_DAMAGED)
    return SoundHeader("wav", channels, rate, length / (rate * channels * bits // 8), bits)


def ogg_header(data: bytes) -> SoundHeader:
    """Channels and rate from the first packet; the length from the largest sample position of any page."""
    if len(data) < 28 + 19:
        raise SoundRefused(_CUT_OFF)
    segments = data[26]
    packet = data[27 + segments : 27 + segments + 30]
    if packet[:7] == b"\x01vorbis":
        channels, rate = packet[11], struct.unpack("<I", packet[12:16])[0]
        skip = 0
    elif packet[:8] == b"OpusHead":
        channels, rate = packet[9], 48_000
        skip = struct.unpack("<H", packet[10:12])[0]
    else:
        raise SoundRefused("it is an Ogg file without Vorbis or Opus sound in it")
    if not 1 <= channels <= 2 or not MIN_RATE <= rate <= MAX_RATE:
        raise SoundRefused(_DAMAGED if channels else "it has no sound channels")
    samples = 0
    position = 0
    pages = 0
    while True:
        position = data.find(b"OggS", position)
        if position < 0 or position + 27 > len(data):
            break
        (granule,) = struct.unpack("<q", data[position + 6 : position + 14])
        if granule > 0:
            samples = max(samples, granule)
        pages += 1
        position += 4
    if pages < 2 or not samples:
        raise SoundRefused(_CUT_OFF)
    seconds = max(0, samples - skip) / rate
    if len(data) * 8 > max(seconds, 1.0) * MAX_COMPRESSED_BITS_PER_SECOND:
        raise SoundRefused(_DAMAGED)  # far more bytes than its length needs: the length is a lie
    return SoundHeader("ogg", channels, rate, seconds)


_MP3_BITRATES = {
    (1, 1): (0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448),
    (1, 2): (0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384),
    (1, 3): (0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320),
    (2, 1): (0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256),
    (2, 2): (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160),
    (2, 3): (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160),
}
_MP3_RATES = {1: (44100, 48000, 32000), 2: (22050, 24000, 16000), 25: (11025, 12000, 8000)}


def mp3_header(data: bytes) -> SoundHeader:
    """Walks every MPEG audio frame header (after any ID3v2 tag) and adds up their samples."""
    position = _after_id3(data)
    samples = frames = rate = channels = 0
    while position + 4 <= len(data):
        frame = _mp3_frame(data[position : position + 4])
        if frame is None:
            if frames:
                break  # an ID3v1 tag, or stray bytes, after the frames
            raise SoundRefused(_DAMAGED if data[position] == 0xFF else "it is not a WAV, OGG or MP3 sound")
        frame_samples, length, rate, channels = frame
        samples += frame_samples
        frames += 1
        position += length
    if not frames or not rate:
        raise SoundRefused(_CUT_OFF)
    return SoundHeader("mp3", channels, rate, samples / rate)


def _after_id3(data: bytes) -> int:
    """Where the audio frames start: after an ID3v2 tag, if there is one."""
    if data[:3] != b"ID3":
        return 0
    if len(data) < 10:
        raise SoundRefused(_CUT_OFF)
    tag = data[6:10]
    if any(byte & 0x80 for byte in tag):
        raise SoundRefused(_DAMAGED)
    start = 10 + ((tag[0] << 21) | (tag[1] << 14) | (tag[2] << 7) | tag[3])
    if start >= len(data):
        raise SoundRefused(_CUT_OFF)
    return start


def _mp3_frame(header: bytes) -> tuple[int, int, int, int] | None:
    """(samples, length in bytes, rate, channels) of the frame whose 4-byte header this is, or None."""
    if header[0] != 0xFF or header[1] & 0xE0 != 0xE0:
        return None
    version_bits = (header[1] >> 3) & 3
    layer_bits = (header[1] >> 1) & 3
    bitrate_index = header[2] >> 4
    rate_index = (header[2] >> 2) & 3
    if version_bits == 1 or layer_bits == 0 or bitrate_index in (0, 15) or rate_index == 3:
        return None
    version = {3: 1, 2: 2, 0: 25}[version_bits]
    layer = 4 - layer_bits
    bitrate = _MP3_BITRATES[(1 if version == 1 else 2, layer)][bitrate_index] * 1000
    rate = _MP3_RATES[version][rate_index]
    padding = (header[2] >> 1) & 1
    channels = 1 if header[3] >> 6 == 3 else 2
    if layer == 1:
        frame_samples, length = 384, (12 * bitrate // rate + padding) * 4
    else:
        frame_samples = 1152 if layer == 2 or version == 1 else 576
        length = frame_samples // 8 * bitrate // rate + padding
    if length < 4:
        raise SoundRefused(_DAMAGED)
    return frame_samples, length, rate, channels


def check_length(header: SoundHeader, *, longest: float = MAX_SOUND_SECONDS) -> None:
    """Refuse a sound longer than ``longest`` seconds (before it is decoded)."""
    if header.seconds > longest:
        raise SoundRefused(f"it is {header.seconds:,.0f} seconds long; recordings are at most 20 seconds")


__all__ = [
    "MAX_SOUND_SECONDS",
    "SoundHeader",
    "SoundRefused",
    "check_length",
    "mp3_header",
    "ogg_header",
    "sound_header",
    "wav_header",
]
