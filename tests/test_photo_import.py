"""Photo import with real files: every supported format, EXIF orientation, and every kind of bad file."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from dropoff_buddy.storage.photos import (
    MAX_PIXELS,
    STORED_LONG_SIDE,
    PhotoRefused,
    adopt_photo,
    import_photo,
    is_stored_copy,
)
from dropoff_buddy.storage.store import ProfileStore
from image_files import (
    encoded,
    gif_bytes,
    png_claiming,
    quadrants,
    webp_bytes,
    with_exif_orientation,
    write,
)

UPRIGHT_CORNERS = {
    "top_left": (220, 40, 40),
    "top_right": (40, 200, 60),
    "bottom_left": (40, 80, 220),
    "bottom_right": (240, 220, 40),
}


@pytest.fixture(autouse=True)
def _pygame() -> None:
    pygame.init()


def corners(image: pygame.Surface) -> dict[str, tuple[int, int, int]]:
    width, height = image.get_size()
    points = {
        "top_left": (width // 4, height // 4),
        "top_right": (3 * width // 4, height // 4),
        "bottom_left": (width // 4, 3 * height // 4),
        "bottom_right": (3 * width // 4, 3 * height // 4),
    }
    return {name: tuple(image.get_at(point))[:3] for name, point in points.items()}  # type: ignore[misc]


def close(a: tuple[int, int, int], b: tuple[int, int, int], tolerance: int = 40) -> bool:
    return all(abs(x - y) <= tolerance for x, y in zip(a, b, strict=True))


def upright(found: dict[str, tuple[int, int, int]]) -> bool:
    """True when each corner's colour is nearest to the colour that corner has in the upright picture."""

    def nearest(colour: tuple[int, int, int]) -> str:
        return min(
            UPRIGHT_CORNERS,
            key=lambda name: sum((a - b) ** 2 for a, b in zip(UPRIGHT_CORNERS[name], colour, strict=True)),
        )

    return all(nearest(colour) == name for name, colour in found.items())


def stored_image(folder: Path, name: str) -> pygame.Surface:
    return pygame.image.load(str(folder / name))


@pytest.mark.parametrize("extension", ["png", "jpg", "bmp"])
def test_pictures_pygame_writes_are_accepted_and_keep_their_look(tmp_path: Path, extension: str) -> None:
    source = write(tmp_path / f"family.{extension}", encoded(quadrants(), extension))
    photo = import_photo(source, tmp_path / "profile")
    assert (photo.width, photo.height) == (96, 64)
    stored = stored_image(tmp_path / "profile", photo.file_name)
    found = corners(stored)
    assert upright(found), found


def test_a_gif_is_accepted(tmp_path: Path) -> None:
    source = write(tmp_path / "family.gif", gif_bytes(quadrants()))
    photo = import_photo(source, tmp_path / "profile")
    assert photo.source_format == "gif"
    found = corners(stored_image(tmp_path / "profile", photo.file_name))
    assert upright(found), found  # GIF has a 256-colour palette: nearest colours, not exact ones


def test_a_webp_is_accepted(tmp_path: Path) -> None:
    source = write(tmp_path / "family.webp", webp_bytes((120, 90), (200, 100, 50)))
    photo = import_photo(source, tmp_path / "profile")
    assert (photo.source_format, photo.width, photo.height) == ("webp", 120, 90)
    assert close(corners(stored_image(tmp_path / "profile", photo.file_name))["top_left"], (200, 100, 50), 12)


def test_the_format_comes_from_the_bytes_not_the_file_name(tmp_path: Path) -> None:
    source = write(tmp_path / "holiday.gif", encoded(quadrants(), "png"))  # a PNG with the wrong ending
    assert import_photo(source, tmp_path / "profile").source_format == "png"


def test_a_big_photo_is_stored_with_its_long_side_at_most_1600(tmp_path: Path) -> None:
    big = pygame.transform.scale(quadrants(), (3000, 2000))
    source = write(tmp_path / "big.jpg", encoded(big, "jpg"))
    photo = import_photo(source, tmp_path / "profile")
    assert (photo.width, photo.height) == (STORED_LONG_SIDE, round(2000 * STORED_LONG_SIDE / 3000))
    assert is_stored_copy(photo.file_name, "family") and photo.file_name.endswith(".jpg")
    assert stored_image(tmp_path / "profile", photo.file_name).get_size() == (photo.width, photo.height)


def test_a_transparent_png_keeps_its_transparency(tmp_path: Path) -> None:
    toy = pygame.Surface((80, 80), pygame.SRCALPHA)
    pygame.draw.circle(toy, (200, 150, 90, 255), (40, 40), 30)
    source = write(tmp_path / "toy.png", encoded(toy, "png"))
    photo = import_photo(source, tmp_path / "profile", "toy")
    assert is_stored_copy(photo.file_name, "toy") and photo.file_name.endswith(".png")
    assert stored_image(tmp_path / "profile", photo.file_name).get_at((2, 2)).a == 0


def camera_image(picture: pygame.Surface, orientation: int) -> pygame.Surface:
    """How a camera stores the upright ``picture`` with EXIF ``orientation`` (TIFF: where row 0 and column 0 are)."""
    width, height = picture.get_size()
    swapped = orientation >= 5
    stored = pygame.Surface((height, width) if swapped else (width, height))
    for row in range(stored.get_height()):
        for column in range(stored.get_width()):
            x, y = {
                1: (column, row),
                2: (width - 1 - column, row),
                3: (width - 1 - column, height - 1 - row),
                4: (column, height - 1 - row),
                5: (row, column),
                6: (width - 1 - row, column),
                7: (width - 1 - row, height - 1 - column),
                8: (row, height - 1 - column),
            }[orientation]
            stored.set_at((column, row), picture.get_at((x, y)))
    return stored


@pytest.mark.parametrize("orientation", range(1, 9))
@pytest.mark.parametrize("byte_order", ["MM", "II"])
def test_exif_orientation_turns_the_photo_upright(tmp_path: Path, orientation: int, byte_order: str) -> None:
    picture = quadrants((64, 48))
    jpeg = with_exif_orientation(encoded(camera_image(picture, orientation), "jpg"), orientation, byte_order)
    source = write(tmp_path / "phone.jpg", jpeg)
    photo = import_photo(source, tmp_path / "profile")
    assert (photo.width, photo.height) == (64, 48)
    found = corners(stored_image(tmp_path / "profile", photo.file_name))
    assert upright(found), found


def jpeg_claiming(width: int, height: int) -> bytes:
    real = encoded(quadrants(), "jpg")
    start = real.find(b"\xff\xc0")
    assert start > 0
    return real[: start + 5] + height.to_bytes(2, "big") + width.to_bytes(2, "big") + real[start + 9 :]


def bmp_claiming(width: int, height: int) -> bytes:
    real = bytearray(encoded(quadrants(), "bmp"))
    real[18:26] = width.to_bytes(4, "little") + height.to_bytes(4, "little", signed=True)
    return bytes(real)


def gif_claiming(width: int, height: int) -> bytes:
    real = bytearray(gif_bytes(quadrants((8, 8))))
    real[6:10] = width.to_bytes(2, "little") + height.to_bytes(2, "little")
    return bytes(real)


def gif_frame_claiming(width: int, height: int) -> bytes:
    """A GIF whose screen is small but whose first frame claims ``width`` × ``height``."""
    real = bytearray(gif_bytes(quadrants((8, 8))))
    descriptor = real.index(b",", 13 + 768)
    real[descriptor + 5 : descriptor + 9] = width.to_bytes(2, "little") + height.to_bytes(2, "little")
    return bytes(real)


def webp_claiming(width: int, height: int) -> bytes:
    return webp_bytes((width, height), (1, 2, 3))


BAD_FILES = {
    "empty": (lambda: b"", "is empty"),
    "garbage": (lambda: b"Shopping list: milk, bread, bananas\n" * 20, "isn't a picture"),
    "iphone_heic": (lambda: b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 500, "Save it as JPEG"),
    "tiff": (lambda: b"II*\x00\x08\x00\x00\x00" + b"\x00" * 500, "Save it as JPEG or PNG"),
    "truncated_png": (lambda: encoded(quadrants(), "png")[:150], "cut off"),
    "truncated_jpeg": (lambda: encoded(quadrants(), "jpg")[:400], "cut off"),
    "truncated_gif": (lambda: gif_bytes(quadrants())[:300], "cut off"),
    "truncated_bmp": (lambda: encoded(quadrants(), "bmp")[:2000], "cut off"),
    "damaged_png": (
        lambda: encoded(quadrants(), "png")[:40] + b"\x00" * 200 + encoded(quadrants(), "png")[-12:],
        "damaged",
    ),
    "png_bomb": (lambda: png_claiming(100_000, 100_000), "far too large"),
    "jpeg_bomb": (lambda: jpeg_claiming(65_000, 65_000), "far too large"),
    "bmp_bomb": (lambda: bmp_claiming(30_000, 20_000), "far too large"),
    "gif_bomb": (lambda: gif_claiming(65_000, 65_000), "far too large"),
    "gif_frame_bomb": (lambda: gif_frame_claiming(60_000, 60_000), "far too large"),
    "webp_bomb": (lambda: webp_claiming(16_000, 16_000), "far too large"),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_a_bad_file_is_refused_kindly_and_the_previous_photo_stays(tmp_path: Path, case: str) -> None:
    store = ProfileStore(tmp_path / "data")
    child = store.open()
    good = write(tmp_path / "good.png", encoded(quadrants(), "png"))
    adopt_photo(child, good, "family", lambda: store.save_profile(child))
    kept = child.profile.family_photo
    assert kept is not None
    stored_before = (child.folder / kept).read_bytes()
    make, phrase = BAD_FILES[case]
    bad = write(tmp_path / f"{case}.png", make())
    with pytest.raises(PhotoRefused) as refused:
        adopt_photo(child, bad, "family", lambda: store.save_profile(child))
    message = refused.value.message
    assert phrase in message
    assert f"{case}.png" in message  # says which file
    assert "still there" in message or "choose" in message.lower()  # and what happens / what to do
    assert child.profile.family_photo == kept
    assert (child.folder / kept).read_bytes() == stored_before
    assert sorted(path.name for path in child.folder.iterdir() if "photo" in path.name) == [kept]
    reopened = ProfileStore(tmp_path / "data").open()
    assert reopened.profile.family_photo == kept


def test_the_size_limit_is_about_forty_megapixels() -> None:
    assert 30_000_000 <= MAX_PIXELS <= 50_000_000


def test_a_missing_file_and_a_folder_are_refused_with_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(PhotoRefused, match="isn't there any more"):
        import_photo(tmp_path / "gone.jpg", tmp_path / "profile")
    (tmp_path / "Holidays").mkdir()
    with pytest.raises(PhotoRefused, match="is a folder"):
        import_photo(tmp_path / "Holidays", tmp_path / "profile")
    assert not (tmp_path / "profile").exists()


def test_an_unreadable_file_is_refused_with_what_to_do(tmp_path: Path) -> None:
    source = write(tmp_path / "locked.png", encoded(quadrants(), "png"))
    source.chmod(0)
    try:
        if source.open("rb").readable():  # running as root: permissions don't stop reading
            pytest.skip("file permissions are not enforced for this user")
    except PermissionError:
        pass
    try:
        with pytest.raises(PhotoRefused, match="isn't allowed to read"):
            import_photo(source, tmp_path / "profile")
    finally:
        source.chmod(0o644)


def test_a_file_that_cannot_be_read_is_refused_with_what_to_do(tmp_path: Path) -> None:
    not_a_folder = write(tmp_path / "photo.png", encoded(quadrants(), "png"))
    with pytest.raises(PhotoRefused, match=r"couldn.t be read .*Copy the photo to your Pictures folder"):
        import_photo(not_a_folder / "inside.jpg", tmp_path / "profile")
