"""Hostile files for the soak suite, generated on demand (nothing large is stored in the repository).

Kept as one file because it is one catalogue: each kind of file the game reads, and every way it
can be broken, side by side so a new entry point gets its cases where the others are.

``generate(folder, quick)`` writes every case into ``folder`` and returns them as ``Case`` values:
what kind of file it is (``image``, ``save``, ``level``, ``backup``, ``recording``), its path, and
a note of what makes it hostile. ``tools/soak.py`` feeds each one to the game's own entry points
in a separate process and checks it is refused kindly or accepted safely, within the memory budget.

Run alone to look at them: ``python tools/hostile_corpora.py OUT_DIR``.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import stat
import struct
import sys
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

KINDS = ("image", "save", "level", "backup", "recording")


@dataclass(frozen=True)
class Case:
    kind: str  # image, save, level, backup, recording
    name: str  # short and unique: the file name without folders
    path: Path
    note: str
    target: str = ""  # saves: "profile" or "progress"; images: "import" or "stored"


# --- small builders --------------------------------------------------------------------------------


def png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)


def png_header(width: int, height: int, colour: int = 2, depth: int = 8) -> bytes:
    return b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, depth, colour, 0, 0, 0))


def png_of_zeros(width: int, height: int, colour: int = 0) -> bytes:
    """A real, complete PNG of ``width`` × ``height`` black pixels, compressed as far as zlib goes
    (a "decompression bomb" when large). Grey (colour 0): one byte per pixel."""
    channels = {0: 1, 2: 3, 6: 4}[colour]
    row = b"\x00" * (1 + width * channels)
    packer = zlib.compressobj(9)
    parts = [packer.compress(row) for _ in range(height)]
    parts.append(packer.flush())
    return png_header(width, height, colour) + png_chunk(b"IDAT", b"".join(parts)) + png_chunk(b"IEND", b"")


def small_png(width: int = 64, height: int = 48) -> bytes:
    """A real little RGB PNG with a soft gradient."""
    rows = b"".join(
        b"\x00" + b"".join(bytes((x * 4 % 256, y * 5 % 256, 120)) for x in range(width)) for y in range(height)
    )
    return png_header(width, height) + png_chunk(b"IDAT", zlib.compress(rows)) + png_chunk(b"IEND", b"")


def jpeg_segments(*segments: tuple[int, bytes], width: int = 64, height: int = 48) -> bytes:
    """A JPEG-looking file: SOI, the given segments, a baseline frame header, a scan and EOI."""
    out = bytearray(b"\xff\xd8")
    for marker, body in segments:
        out += bytes((0xFF, marker)) + struct.pack(">H", len(body) + 2) + body
    frame = struct.pack(">BHHB", 8, height, width, 3) + b"\x01\x11\x00\x02\x11\x00\x03\x11\x00"
    out += b"\xff\xc0" + struct.pack(">H", len(frame) + 2) + frame
    out += b"\xff\xda" + struct.pack(">H", 12) + b"\x03\x01\x00\x02\x11\x03\x11\x00\x3f\x00" + b"\x00" * 64
    out += b"\xff\xd9"
    return bytes(out)


def exif_block(entries: int, orientation_loops: bool = False) -> bytes:
    """An EXIF APP1 body whose first IFD claims ``entries`` entries (an "EXIF bomb" when huge)."""
    ifd = struct.pack("<H", min(entries, 0xFFFF))
    for index in range(min(entries, 5000)):
        ifd += struct.pack("<HHII", 0x0112 if orientation_loops else 0x010F + index % 3, 3, 1, 6 << 16)
    tiff = b"II*\x00" + struct.pack("<I", 8) + ifd + struct.pack("<I", 8 if orientation_loops else 0)
    return b"Exif\x00\x00" + tiff[:65_000]


def wav(
    samples: bytes = b"",
    *,
    rate: int = 16_000,
    channels: int = 1,
    bits: int = 16,
    audio_format: int = 1,
    data_size: int | None = None,
    fmt_size: int = 16,
    extra_chunks: bytes = b"",
) -> bytes:
    fmt = struct.pack("<HHIIHH", audio_format, channels, rate, rate * channels * bits // 8, channels * bits // 8, bits)
    fmt = fmt + b"\x00" * min(64, max(0, fmt_size - 16))  # the size field may claim far more
    body = (
        b"WAVE"
        + b"fmt "
        + struct.pack("<I", fmt_size)
        + fmt[: min(fmt_size, len(fmt))]
        + extra_chunks
        + b"data"
        + struct.pack("<I", len(samples) if data_size is None else data_size)
        + samples
    )
    return b"RIFF" + struct.pack("<I", min(len(body), 0xFFFFFFFF)) + body


def ogg_page(granule: int, packet: bytes, sequence: int, flags: int = 0) -> bytes:
    segments = []
    remaining = len(packet)
    while remaining >= 255:
        segments.append(255)
        remaining -= 255
    segments.append(remaining)
    header = (
        b"OggS\x00"
        + bytes((flags,))
        + struct.pack("<qIII", granule, 1, sequence, 0)
        + bytes((len(segments),))
        + bytes(segments)
    )
    return header + packet


def zip_with(members: dict[str, bytes], *, compression: int = zipfile.ZIP_STORED, manifest: object = None) -> bytes:
    """A zip holding ``members`` and a manifest listing them (or ``manifest`` as given)."""
    if manifest is None:
        manifest = {
            "schema_version": 1,
            "app": "dropoff-buddy",
            "app_version": "0.1.0",
            "created_at": "2026-11-20T08:15:00+01:00",
            "files": [
                {"path": name, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
                for name, data in sorted(members.items())
            ],
        }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
        archive.writestr("manifest.json", json.dumps(manifest))
    return buffer.getvalue()


def good_profile(name: str = "Sam", **changes: object) -> dict[str, object]:
    profile: dict[str, object] = {"schema_version": 1, "child": {"name": name}, "setup_done": True}
    profile.update(changes)
    return profile


def good_progress(**changes: object) -> dict[str, object]:
    progress: dict[str, object] = {
        "schema_version": 1,
        "stickers": [{"at": "2026-11-20T08:15:00+01:00", "sticker": "star", "ritual": ["hug"], "mode": "practice"}],
        "feelings": [{"at": "2026-11-20T08:10:00+01:00", "feeling": "happy", "tricky": []}],
    }
    progress.update(changes)
    return progress


def family_members(extra: dict[str, bytes] | None = None, **profile: object) -> dict[str, bytes]:
    members = {
        "app.json": json.dumps({"schema_version": 1, "last_profile_id": "sam"}).encode(),
        "profiles/sam/profile.json": json.dumps(good_profile(**profile)).encode(),
        "profiles/sam/progress.json": json.dumps(good_progress()).encode(),
    }
    members.update(extra or {})
    return members


# --- the corpora ------------------------------------------------------------------------------------


def image_cases(quick: bool) -> Iterator[tuple[str, bytes, str]]:
    yield "huge-dimensions.png", png_header(100_000, 100_000) + png_chunk(b"IEND", b""), "claims 10 gigapixels"
    side = 12_000 if quick else 20_000
    yield f"bomb-{side}.png", png_of_zeros(side, side), f"a real {side}x{side} PNG in a small file"
    yield "bomb-rgba-6000.png", png_of_zeros(6000, 6000, colour=6), "36 MP RGBA: accepted, 144 MB decoded"
    yield "truncated.png", small_png()[:-40], "cut off before IEND"
    yield "truncated.jpg", jpeg_segments()[:-70], "cut off in the scan"
    yield "wrong-magic.jpg", b"\x89PNX\r\n" + small_png()[6:], "not quite a PNG"
    yield "png-named.jpg", small_png(), "a PNG with a .jpg name"
    yield "empty.png", b"", "zero bytes"
    yield "text.png", b"hello, this is not a picture\n" * 50, "text"
    yield "svg.png", b"<svg xmlns='http://www.w3.org/2000/svg'/>", "a drawing"
    yield "heic.jpg", b"\x00\x00\x00\x18ftypheic" + bytes(200), "an iPhone photo"
    yield "exif-bomb.jpg", jpeg_segments((0xE1, exif_block(65_535))), "an IFD claiming 65535 entries"
    yield "exif-loop.jpg", jpeg_segments((0xE1, exif_block(40, orientation_loops=True))), "an IFD pointing at itself"
    many_app = tuple((0xE1, b"Exif\x00\x00" + bytes(65_000)) for _ in range(200))
    yield "exif-many-segments.jpg", jpeg_segments(*many_app), "13 MB of EXIF before the picture"
    yield "jpeg-bomb.jpg", jpeg_segments(width=65_000, height=65_000), "a frame header of 65000x65000"
    yield (
        "gif-frame-bomb.gif",
        (
            b"GIF89a"
            + struct.pack("<HH", 10, 10)
            + b"\x00\x00\x00"
            + b"\x2c"
            + struct.pack("<HHHH", 0, 0, 60_000, 60_000)
            + b"\x00\x02\x02\x44\x01\x00\x3b"
        ),
        "a frame far bigger than its screen",
    )
    yield (
        "bmp-negative.bmp",
        (
            b"BM"
            + struct.pack("<IHHI", 0, 0, 0, 54)
            + struct.pack("<IiiHHIIiiII", 40, 30_000, -20_000, 1, 24, 0, 0, 0, 0, 0, 0)
        ),
        "a top-down BMP claiming 600 MP",
    )
    yield (
        "webp-canvas.webp",
        b"RIFF"
        + struct.pack("<I", 30)
        + b"WEBPVP8X"
        + struct.pack("<I", 10)
        + bytes(4)
        + ((16_383).to_bytes(3, "little") + (16_383).to_bytes(3, "little")),
        "a WebP canvas of 16384x16384",
    )
    text_bomb = png_chunk(b"zTXt", b"k\x00\x00" + zlib.compress(bytes(50_000_000), 9))
    good = small_png()
    yield "ztxt-bomb.png", good[:33] + text_bomb + good[33:], "50 MB of text compressed inside a small PNG"
    bad_profile = png_chunk(b"iCCP", b"x\x00\x00" + zlib.compress(b"not a profile" * 100))
    yield "iccp.png", good[:33] + bad_profile + good[33:], "a broken colour profile (libpng warns)"


def save_cases(quick: bool) -> Iterator[tuple[str, bytes, str, str]]:
    depth = 100_000
    yield "deep.json", (b"[" * depth + b"]" * depth), "nested 100000 deep", "profile"
    yield "deep-object.json", (b'{"a":' * 50_000 + b"1" + b"}" * 50_000), "objects nested 50000 deep", "progress"
    yield (
        "huge-int.json",
        json.dumps(good_profile()).replace('"schema_version": 1', '"schema_version": ' + "9" * 5000).encode(),
        "a 5000-digit version",
        "profile",
    )
    yield (
        "big-version.json",
        json.dumps(good_profile()).replace('"schema_version": 1', '"schema_version": ' + "9" * 4000).encode(),
        "a 4000-digit version",
        "profile",
    )
    yield (
        "huge-int-field.json",
        json.dumps(good_progress(stickers=[])).replace('"stickers": []', '"stickers": [], "x": ' + "7" * 4200).encode(),
        "a 4200-digit number",
        "progress",
    )
    yield (
        "nan-focus.json",
        json.dumps(good_profile()).replace("}", ', "photo_focus": [NaN, Infinity]}', 1).encode(),
        "NaN focus",
        "profile",
    )
    yield (
        "nan-volume.json",
        json.dumps(good_profile(settings={"sound": {"music_volume": float("nan")}})).encode(),
        "NaN volume",
        "profile",
    )
    yield (
        "inf-volume.json",
        json.dumps(good_profile(settings={"sound": {"voice_volume": float("inf")}})).encode(),
        "infinite volume",
        "profile",
    )
    yield "bom.json", b"\xef\xbb\xbf" + json.dumps(good_profile()).encode(), "a UTF-8 byte-order mark", "profile"
    yield "utf16.json", json.dumps(good_profile()).encode("utf-16"), "UTF-16 text", "profile"
    for moment in (
        "0001-01-01T00:30:00+05:00",
        "9999-12-31T23:30:00-05:00",
        "0000-01-01T00:00:00",
        "2026-13-45T99:00:00",
    ):
        safe = moment.replace(":", "").replace("+", "p")
        progress = good_progress()
        progress["stickers"] = [{"at": moment, "sticker": "star", "ritual": ["hug"], "mode": "practice"}]
        yield f"date-{safe}.json", json.dumps(progress).encode(), f"a sticker dated {moment}", "progress"
    yield (
        "photo-outside.json",
        json.dumps(good_profile(family_photo="../../../../etc/passwd")).encode(),
        "a photo path out of the folder",
        "profile",
    )
    yield (
        "photo-absolute.json",
        json.dumps(good_profile(family_photo="/dev/zero")).encode(),
        "a photo at /dev/zero",
        "profile",
    )
    yield "nulls.json", bytes(5000), "zero bytes", "progress"
    yield "not-json.json", b"\xff\xfe garbage \x00\x01", "garbage", "profile"
    yield "list.json", b"[1, 2, 3]", "a list, not an object", "progress"
    yield (
        "wrong-types.json",
        json.dumps({"schema_version": 1, "child": 5, "grownups": "Mommy"}).encode(),
        "wrong types",
        "profile",
    )
    yield "long-name.json", json.dumps(good_profile(name="A" * 5_000_000)).encode(), "a 5 MB name", "profile"
    many = good_progress(feelings=[{"at": "2026-11-20T08:10:00+01:00", "feeling": "sad", "tricky": ["nap"]}] * 70_000)
    yield "many-entries.json", json.dumps(many).encode(), "70000 check-ins (about 5 MB)", "progress"
    yield "too-big.json", b'{"schema_version": 1, "pad": "' + b"x" * (9 * 1024 * 1024) + b'"}', "9 MB", "progress"
    yield "bool-version.json", json.dumps(good_profile(schema_version=True)).encode(), "a version of true", "profile"


def level_cases(quick: bool) -> Iterator[tuple[str, bytes, str]]:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    from bench_check import pages_for_bytes, story_text

    yield "deep-arrays.toml", ("a = " + "[" * 5000 + "]" * 5000 + "\n").encode(), "arrays nested 5000 deep"
    yield "deep-tables.toml", ("a = " + "{ b = " * 3000 + "1" + " }" * 3000 + "\n").encode(), "tables nested 3000 deep"
    yield "huge-int.toml", ('title = "x"\nschema_version = ' + "9" * 5000 + "\n").encode(), "a 5000-digit integer"
    yield "bom.toml", b"\xef\xbb\xbf" + story_text(3).encode(), "a byte-order mark on a good story"
    yield "latin1.toml", 'title = "Zoë"\n'.encode("latin-1"), "not UTF-8"
    yield "nul.toml", b'title = "x\x00"\n', "a NUL byte"
    size = 2 if quick else 10
    long_story = story_text(pages_for_bytes(size * 1024 * 1024))
    yield f"long-{size}mb.toml", long_story.encode(), f"a valid story of about {size} MB"
    yield "too-big.toml", b"#" * (17 * 1024 * 1024), "17 MB of comment"
    loop = story_text(3).replace('id = "p2"', 'id = "p2"\nnext = "p0"')
    yield "loop.toml", loop.encode(), "pages that lead round in a circle"


def backup_cases(quick: bool) -> Iterator[tuple[str, bytes, str]]:
    good = zip_with(family_members())
    yield "good.zip", good, "a good backup (accepted)"
    bomb_member = bytes((64 if quick else 400) * 1024 * 1024)
    members = family_members({"profiles/sam/recordings/lines--ritual-promise.wav": bomb_member})
    yield "zip-bomb.zip", zip_with(members, compression=zipfile.ZIP_DEFLATED), "hundreds of MB of zeros in a small zip"
    three = family_members(
        {f"profiles/sam/family-photo-{n}.png": bytes(400 * 1024 * 1024) for n in range(3 if not quick else 1)}
    )
    yield (
        "three-bombs.zip",
        zip_with(three, compression=zipfile.ZIP_DEFLATED),
        "3 x 400 MB of zeros (the report's case)",
    )
    lying = {
        "schema_version": 1,
        "app": "dropoff-buddy",
        "app_version": "0.1",
        "created_at": "2026-11-20T08:15:00Z",
        "files": [{"path": "profiles/sam/profile.json", "size": 536_870_912, "sha256": "0" * 64}],
    }
    yield "lying-manifest.zip", zip_with(family_members(), manifest=lying), "a manifest claiming 512 MB"
    data = bytearray(zip_with(family_members(), compression=zipfile.ZIP_DEFLATED))
    start = data.find(b"profiles/sam/profile.json") + len("profiles/sam/profile.json")
    data[start] = 0x07
    yield "corrupt-deflate.zip", bytes(data), "a packed block of a type that does not exist"
    flipped = bytearray(zip_with(family_members(), compression=zipfile.ZIP_DEFLATED))
    flipped[len(flipped) // 3] ^= 0x20
    yield "bit-flip.zip", bytes(flipped), "one bit flipped"
    yield "truncated.zip", good[: len(good) // 2], "cut short"
    for name, member in (
        ("traversal.zip", "profiles/sam/../../../../tmp/evil.txt"),
        ("absolute.zip", "/etc/cron.d/evil"),
        ("backslash.zip", "profiles\\sam\\..\\..\\evil.bat"),
        ("drive.zip", "C:/Windows/evil.bat"),
    ):
        yield name, zip_with(family_members({member: b"gotcha"})), f"a member at {member}"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        info = zipfile.ZipInfo("profiles/sam/family-photo.png")
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        archive.writestr(info, "/etc/passwd")
    yield "symlink.zip", buffer.getvalue(), "a member that is a link to /etc/passwd"
    many = family_members({f"profiles/sam/recordings/line{n}.txt": b"x" for n in range(6000)})
    yield "many-members.zip", zip_with(many), "6000 files"
    yield (
        "photo-bomb-inside.zip",
        zip_with(
            family_members(
                {"profiles/sam/family-photo.png": png_of_zeros(20_000, 1000) if quick else png_of_zeros(20_000, 20_000)}
            )
        ),
        "a 20000-pixel PNG inside",
    )
    yield (
        "wav-inside.zip",
        zip_with(
            family_members({"profiles/sam/recordings/lines--ritual-promise.wav": wav(bytes(100), data_size=0xFFFFFFF0)})
        ),
        "a WAV claiming 4 GB inside",
    )
    yield (
        "date-inside.zip",
        zip_with(
            family_members()
            | {
                "profiles/sam/progress.json": json.dumps(
                    good_progress(stickers=[{"at": "0001-01-01T00:30:00+05:00", "sticker": "star"}])
                ).encode()
            }
        ),
        "a sticker in year 1",
    )
    yield "not-a-zip.zip", b"PK" + os.urandom(4000), "random bytes after PK"
    yield "empty.zip", b"", "zero bytes"


def recording_cases(quick: bool) -> Iterator[tuple[str, bytes, str]]:
    tone = bytes(range(256)) * 125  # 1 s of 16 kHz 16-bit mono
    yield "good.wav", wav(tone * 2), "2 s of sound (accepted)"
    yield "huge-data-size.wav", wav(tone, data_size=0xFFFFFFF0), "a data chunk claiming 4 GB"
    yield "huge-fmt.wav", wav(tone, fmt_size=0x7FFFFFF0), "a format chunk claiming 2 GB"
    yield (
        "many-chunks.wav",
        wav(
            tone,
            extra_chunks=b"junk" + struct.pack("<I", 0) * 1 + b"".join(b"junk\x00\x00\x00\x00" for _ in range(200_000)),
        ),
        "200000 empty chunks",
    )
    yield (
        "no-data.wav",
        b"RIFF" + struct.pack("<I", 28) + b"WAVEfmt " + struct.pack("<I", 16) + bytes(16),
        "no sound at all",
    )
    yield "channels.wav", wav(tone, channels=200), "200 channels"
    yield "rate-zero.wav", wav(tone, rate=0), "0 samples a second"
    yield "mulaw.wav", wav(tone, audio_format=7, bits=8), "a mu-law WAV"
    yield "float.wav", wav(tone, audio_format=3, bits=32), "32-bit float"
    yield "eight-bit.wav", wav(bytes(16_000), bits=8), "8-bit"
    yield "long.wav", wav(bytes(2 * 16_000 * 40)), "40 seconds"
    yield "truncated.wav", wav(tone * 3)[:5000], "cut off"
    yield "empty.wav", b"", "zero bytes"
    vorbis = b"\x01vorbis" + struct.pack("<IBI", 0, 1, 44_100) + bytes(13)
    pages = ogg_page(0, vorbis, 0, 2) + b"".join(ogg_page(100, bytes(4000), n) for n in range(1, 400))
    yield "lying-granule.ogg", pages, "1.6 MB of pages claiming 100 samples"
    frame = b"\xff\xfb\x90\x00" + bytes(413)  # MPEG-1 layer III, 128 kbps, 44.1 kHz
    yield "long.mp3", frame * 20_000, "8 minutes of MP3 frames"
    yield "garbage.mp3", b"\xff\xfb" + os.urandom(3000), "a sync word and noise"
    yield "id3-only.mp3", b"ID3\x04\x00\x00\x7f\x7f\x7f\x7f" + bytes(100), "an ID3 tag claiming 256 MB"
    yield "flac.ogg", b"fLaC" + bytes(200), "FLAC with an Ogg name"
    yield "aiff.wav", b"FORM" + bytes(4) + b"AIFF" + bytes(100), "AIFF with a WAV name"


WRITERS: dict[str, Callable[[bool], Iterator[tuple[str, bytes, str]]]] = {
    "image": image_cases,
    "level": level_cases,
    "backup": backup_cases,
    "recording": recording_cases,
}


def generate(folder: Path, quick: bool) -> list[Case]:
    """Write every hostile case into ``folder`` (one sub-folder per kind) and return them."""
    cases: list[Case] = []
    for kind, writer in WRITERS.items():
        where = folder / kind
        where.mkdir(parents=True, exist_ok=True)
        for name, data, note in writer(quick):
            path = where / name
            path.write_bytes(data)
            if kind == "image":
                cases.append(Case(kind, name, path, note, "import"))
                cases.append(Case(kind, name, path, note, "stored"))
            else:
                cases.append(Case(kind, name, path, note))
    saves = folder / "save"
    saves.mkdir(parents=True, exist_ok=True)
    for name, data, note, target in save_cases(quick):
        path = saves / name
        path.write_bytes(data)
        cases.append(Case("save", name, path, note, target))
    # Things that are not files at all, where a file is expected.
    specials = folder / "special"
    specials.mkdir(parents=True, exist_ok=True)
    if hasattr(os, "mkfifo"):
        fifo = specials / "fifo.png"
        if not fifo.exists():
            os.mkfifo(fifo)
        for kind, target in (
            ("image", "import"),
            ("image", "stored"),
            ("level", ""),
            ("backup", ""),
            ("recording", ""),
            ("save", "progress"),
        ):
            cases.append(Case(kind, f"fifo-{kind}-{target}", fifo, "a FIFO (opening it would wait forever)", target))
    if Path("/dev/zero").exists():
        zero = specials / "zero.png"
        if not zero.is_symlink():
            zero.symlink_to("/dev/zero")
        for kind, target in (
            ("image", "import"),
            ("image", "stored"),
            ("level", ""),
            ("recording", ""),
            ("save", "profile"),
        ):
            cases.append(Case(kind, f"devzero-{kind}-{target}", zero, "a link to /dev/zero (endless bytes)", target))
    folder_case = specials / "folder.png"
    folder_case.mkdir(exist_ok=True)
    cases.append(Case("image", "folder", folder_case, "a folder named like a picture", "import"))
    return cases


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "hostile")
    made = generate(out, quick="--quick" in sys.argv)
    for case in made:
        print(f"{case.kind:10} {case.target:8} {case.name:32} {case.note}")
    print(f"{len(made)} cases in {out}", file=sys.stderr)
