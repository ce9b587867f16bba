"""``dropoff-buddy import-photo``: adds the photo and says so, or refuses kindly with exit status 1."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from dropoff_buddy.cli import main
from dropoff_buddy.storage.instance_lock import InstanceLock
from dropoff_buddy.storage.photos import is_stored_copy
from dropoff_buddy.storage.store import ProfileStore
from image_files import encoded, quadrants, with_exif_orientation, write


@pytest.fixture(autouse=True)
def _pygame() -> None:
    pygame.init()


def test_import_photo_adds_the_family_photo_upright(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    photo = write(tmp_path / "phone.jpg", with_exif_orientation(encoded(quadrants((200, 100)), "jpg"), 6))
    assert main(["import-photo", str(photo), "--data-dir", str(data)]) == 0
    out = capsys.readouterr().out
    assert "Added the family photo (100 × 200 pixels, from a JPEG file)" in out
    profile = ProfileStore(data).open().profile
    assert profile.family_photo is not None and is_stored_copy(profile.family_photo, "family")
    assert pygame.image.load(str(data / "profiles" / "default" / profile.family_photo)).get_size() == (100, 200)


def test_import_photo_for_a_named_child_and_for_the_toy(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    ProfileStore(data).create_profile("Sam")
    toy = write(tmp_path / "bunny.png", encoded(quadrants(), "png"))
    assert main(["import-photo", str(toy), "--data-dir", str(data), "--profile", "Sam", "--toy"]) == 0
    assert "toy photo" in capsys.readouterr().out
    sam = ProfileStore(data).open("sam").profile
    assert is_stored_copy(sam.buddy.toy_photo or "", "toy") and sam.family_photo is None


def test_import_photo_refuses_kindly_and_keeps_the_old_photo(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    good = write(tmp_path / "good.png", encoded(quadrants(), "png"))
    assert main(["import-photo", str(good), "--data-dir", str(data)]) == 0
    capsys.readouterr()
    kept = ProfileStore(data).open().profile.family_photo
    broken = write(tmp_path / "broken.jpg", encoded(quadrants(), "jpg")[:300])
    assert main(["import-photo", str(broken), "--data-dir", str(data)]) == 1
    err = capsys.readouterr().err
    assert "“broken.jpg” seems to be cut off" in err and "Try copying it again" in err
    assert ProfileStore(data).open().profile.family_photo == kept
    assert main(["import-photo", str(tmp_path / "nowhere.png"), "--data-dir", str(data)]) == 1
    assert "isn't there any more" in capsys.readouterr().err
    assert main(["import-photo", str(good), "--data-dir", str(data), "--profile", "Nobody"]) == 1
    assert "no child profile called “Nobody”" in capsys.readouterr().err


def test_import_photo_waits_for_the_game_to_be_closed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    data.mkdir()
    good = write(tmp_path / "good.png", encoded(quadrants(), "png"))
    with InstanceLock(data):
        assert main(["import-photo", str(good), "--data-dir", str(data)]) == 1
    assert "Close the game first" in capsys.readouterr().err
