"""Printables, made the way a parent makes them (``dropoff-buddy print`` and the Print page) and
read back as a PDF reader would: pages, paper, the family's words as real text, pictures."""

from __future__ import annotations

import dataclasses
import datetime as dt
import errno
import io
import shutil
from pathlib import Path

import pygame
import pytest
from pypdf import PdfReader

from dropoff_buddy.assets import Assets, find_assets_dir
from dropoff_buddy.cli import main
from dropoff_buddy.parent.pages.print import ParentPrintScene
from dropoff_buddy.parent.pages.print_about import AboutMeScene
from dropoff_buddy.playtest import Player
from dropoff_buddy.printing import make_printable, opener
from dropoff_buddy.printing.context import ensure_offscreen_display, open_for_printing
from dropoff_buddy.printing.storybook import reading_order, story_by_id
from dropoff_buddy.storage.models import AboutMe, ActivityAnswer, AvatarLook, EveningEntry, FeelingEntry, Person
from dropoff_buddy.storage.photos import import_photo
from dropoff_buddy.storage.store import ProfileStore
from parent_area_helpers import make_writes_fail, use_temporary_home
from parent_helpers import open_parent_page

TZ = dt.timezone(dt.timedelta(hours=1))
NOW = dt.datetime(2026, 12, 3, 18, 0, tzinfo=TZ)
A4_LANDSCAPE = (841.89, 595.28)
A4 = (595.28, 841.89)
LETTER = (612.0, 792.0)


def family(data_dir: Path, *, photo: bool = True, name: str = "Maya") -> Path:
    """Maya and Daddy: Daddy comes back right after lunch; a family photo; five days of check-ins
    up to now (the command prints with the computer's clock)."""
    now = dt.datetime.now().astimezone()
    store = ProfileStore(data_dir)
    child = store.create_profile(name)
    profile = child.profile
    profile.grownups = [Person(name="Daddy", look=AvatarLook(skin="umber", hair_style="short", clothes="green"))]
    profile.buddy.name = "Bun"
    profile.buddy.animal = "bunny"
    profile.pickup_after = "lunch"
    profile.setup_done = True
    if photo:
        source = data_dir.parent / "family.png"
        picture = pygame.Surface((640, 480))
        picture.fill((200, 120, 90))
        pygame.draw.circle(picture, (60, 90, 200), (320, 240), 150)
        pygame.image.save(picture, str(source))
        profile.family_photo = import_photo(source, child.folder).file_name
    feelings, evenings = [], []
    for days_ago in range(5):
        at = now - dt.timedelta(days=days_ago, minutes=5)
        feelings.append(FeelingEntry(at=at - dt.timedelta(minutes=1), feeling="sad", tricky=["goodbye"]))
        answers = [ActivityAnswer(card="nap", answer="sad"), ActivityAnswer(card="snack", answer="happy")]
        evenings.append(EveningEntry(at=at, answers=answers, best="snack"))
    child.progress.feelings = feelings
    child.progress.evenings = evenings
    assert store.save_profile(child) and store.save_progress(child)
    store.remember_last_profile(child.profile_id)
    return data_dir


def read(path: Path) -> PdfReader:
    return PdfReader(io.BytesIO(path.read_bytes()))


def text_of(reader: PdfReader) -> list[str]:
    return [" ".join((page.extract_text() or "").split()) for page in reader.pages]


def size_of(reader: PdfReader, index: int = 0) -> tuple[float, float]:
    box = reader.pages[index].mediabox
    return (round(float(box.width), 2), round(float(box.height), 2))


def fonts_of(reader: PdfReader) -> set[str]:
    names = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]))
    return names


def print_command(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    status = main(["print", *args])
    return status, capsys.readouterr().err


def print_family(
    capsys: pytest.CaptureFixture[str], data: Path, printable: str, *options: str
) -> tuple[PdfReader, str]:
    """``dropoff-buddy print PRINTABLE OUT --data-dir DATA OPTIONS``, which must succeed; returns the
    PDF as a reader reads it back and what the command said."""
    out = data.parent / f"{printable}.pdf"
    status, err = print_command(capsys, printable, str(out), "--data-dir", str(data), *options)
    assert status == 0, err
    return read(out), err


def test_the_storybook_has_one_page_per_page_of_the_childs_story_with_their_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = family(tmp_path / "data")
    reader, err = print_family(capsys, data, "storybook", "--paper", "a4")
    assert "Wrote the storybook" in err and "Note:" not in err
    ctx = open_for_printing(data, "Maya")
    pages = reading_order(story_by_id(ctx.content, "daycare_day"), ctx.profile, ctx.content.cards)
    assert len(reader.pages) == len(pages) >= 9
    assert size_of(reader) == A4_LANDSCAPE
    texts = text_of(reader)
    whole = " ".join(texts)
    assert "Maya" in texts[0] and "Bun" in whole and "Daddy" in whole
    assert "I'll come back right after lunch" in whole  # the promise, with the family's own activity
    assert "hug, kiss and high five" in whole  # the family's goodbye
    assert "Tap" not in whole  # what to tap is for the screen, not for paper
    assert all(page.images for page in reader.pages)  # every page has its picture
    assert any("Andika" in name for name in fonts_of(reader))  # the game's font, embedded
    assert reader.metadata is not None and reader.metadata.title == "A Daycare Day: Maya's story"


def test_picture_cards_show_the_day_in_order_the_photo_and_promise_and_the_goodbye(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    reader, _ = print_family(capsys, family(tmp_path / "data"), "cards", "--paper", "letter")
    assert len(reader.pages) == 2 and size_of(reader) == LETTER
    day, goodbye = text_of(reader)
    labels = ["Arrive", "Circle time", "Free play", "Snack", "Outdoor play", "Lunch", "Home time"]
    positions = [day.index(label) for label in labels]
    assert positions == sorted(positions)  # in the order of the day
    assert "Nap" not in day  # after pickup: not part of Maya's day at daycare
    assert "Daddy comes back right after lunch." in day
    assert "Cut along the dashed lines" in day
    assert len(reader.pages[0].images) == len(labels)  # a picture on every card (the pickup card carries the photo)
    for step in ("Hug", "Kiss", "High five"):
        assert step in goodbye
    assert "Bun comes too" in goodbye
    assert len(reader.pages[1].images) == 4


def test_the_about_me_page_tells_the_teacher_what_they_need(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    reader, err = print_family(capsys, family(tmp_path / "data"), "about-me")
    assert "US Letter" in err  # US words: US paper unless asked
    assert len(reader.pages) == 1 and size_of(reader) == LETTER
    (page,) = text_of(reader)
    for words in (
        "Hello, I'm Maya!",
        "I call my grown-up Daddy.",
        "This is Bun.",
        "Hug",
        "High five",
        "Daddy comes back right after lunch.",
        "What helps me",
        "Breathing slowly with Bun",
        "Looking at our family photo.",
        "What has been tricky lately",
        "Nap time: felt sad on 5 of 5 days.",
        "Saying goodbye: named as tricky 5 times in the mornings.",
    ):
        assert words in page, words
    assert len(reader.pages[0].images) >= 5  # the photo, the buddy, the goodbye steps


def test_what_the_parent_wrote_for_the_teacher_is_what_is_printed(tmp_path: Path) -> None:
    data = family(tmp_path / "data")
    ensure_offscreen_display()
    ctx = open_for_printing(data, "Maya")
    printable = make_printable(
        "about-me", ctx, "a4", helps=["Singing the goodbye song", ""], tricky=["Loud music at circle time"]
    )
    reader = PdfReader(io.BytesIO(printable.data))
    (page,) = text_of(reader)
    assert size_of(reader) == A4
    assert "Singing the goodbye song" in page and "Loud music at circle time" in page
    assert "Breathing slowly" not in page and "Nap time" not in page


def test_a_missing_photo_is_a_kind_note_and_the_pdf_is_made_without_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = family(tmp_path / "data")
    photo = next((data / "profiles" / "maya").glob("family*"))
    photo.unlink()
    reader, err = print_family(capsys, data, "cards")
    assert "Note: The family photo couldn't be read, so your family is drawn instead." in err
    assert "Traceback" not in err
    assert len(reader.pages) == 2


def test_missing_art_is_a_kind_note_and_the_pdf_is_made_without_it(tmp_path: Path) -> None:
    data = family(tmp_path / "data", photo=False)
    art = tmp_path / "assets"
    for folder in ("svg", "fonts"):
        shutil.copytree(find_assets_dir() / folder, art / folder)
    (art / "svg" / "cards" / "snack.svg").unlink()
    (art / "svg" / "backgrounds" / "classroom.svg").unlink()
    ensure_offscreen_display()
    ctx = dataclasses.replace(open_for_printing(data, "Maya"), assets=Assets(art))
    cards = make_printable("cards", ctx, "a4")
    assert "The picture for “Snack” is missing from this copy of the game, so it is left out." in cards.notes
    assert any("no family photo yet" in note for note in cards.notes)
    assert cards.pages == 2
    story = make_printable("storybook", ctx, "a4")
    assert any("background pictures are missing" in note for note in story.notes)
    assert story.pages >= 12


def test_the_command_says_kindly_why_nothing_was_printed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = family(tmp_path / "data", photo=False)
    out = str(tmp_path / "x.pdf")
    for args, words in (
        (["storybook", out, "--data-dir", str(tmp_path / "empty")], "There is no family set up"),
        (["storybook", out, "--data-dir", str(data), "--profile", "Leo"], "There is no child called 'Leo'"),
        (["storybook", out, "--data-dir", str(data), "--story", "../evil"], "A story is named by its file"),
        (["storybook", out, "--data-dir", str(data), "--story", "pirates"], "There is no story called 'pirates'"),
        (["cards", str(tmp_path / "no" / "x.pdf"), "--data-dir", str(data)], "does not exist"),
    ):
        status, err = print_command(capsys, *args)
        assert status == 1 and words in err and "Traceback" not in err
    assert not (tmp_path / "x.pdf").exists()


def test_letters_the_game_font_lacks_never_break_a_print(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    reader, err = print_family(capsys, family(tmp_path / "data", photo=False, name="李雷"), "about-me")
    assert "Traceback" not in err
    (page,) = text_of(reader)
    # Either a font on this computer has the letters, or the parent is told they were left out.
    assert "李雷" in page or "no font with these letters" in err


# -- the Print page in the grown-ups' corner -------------------------------------------------------


@pytest.fixture
def launched(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Replace only the call that reaches the operating system's PDF viewer."""
    calls: list[Path] = []
    monkeypatch.setattr(opener, "launch", lambda path, command: calls.append(path))
    return calls


def print_page_on_the_day(player: Player, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Documents in a temporary home, the clock at ``NOW``, the Print page open; returns Documents."""
    documents = use_temporary_home(monkeypatch, tmp_path)
    player.ctx.clock = lambda: NOW
    open_parent_page(player, "parent-print")
    return documents


def print_from_page(player: Player, name: str) -> ParentPrintScene:
    page = player.top
    assert isinstance(page, ParentPrintScene)
    player.tap_button(name)
    assert "Making the" in page.message  # said on screen before the wait
    player.run_until(lambda: page.pending is None, timeout=10)
    player.frames(2)
    return page


def test_print_saves_the_pdf_in_documents_and_opens_it_in_the_viewer(
    player: Player, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, launched: list[Path]
) -> None:
    documents = print_page_on_the_day(player, monkeypatch, tmp_path)
    player.tap_button("paper-a4")
    page = print_from_page(player, "print-cards")
    path = documents / "dropoff-buddy-Little-One-cards-2026-12-03.pdf"
    assert launched == [path] and page.message_ok
    assert path.name in page.message and "opening in your PDF viewer" in page.message
    assert "no family photo yet" in page.message  # a new family: told kindly, still printed
    reader = read(path)
    assert len(reader.pages) == 2 and size_of(reader) == A4
    print_from_page(player, "print-cards")  # again the same day: a new file, the first kept
    assert (documents / "dropoff-buddy-Little-One-cards-2026-12-03-2.pdf").exists()


def test_without_a_pdf_viewer_the_parent_is_told_where_the_file_is(
    player: Player, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    documents = use_temporary_home(monkeypatch, tmp_path)

    def no_viewer(path: Path, command: list[str] | None) -> None:
        raise FileNotFoundError(errno.ENOENT, "xdg-open not found")

    monkeypatch.setattr(opener, "launch", no_viewer)
    open_parent_page(player, "parent-print")
    page = print_from_page(player, "print-about-me")
    assert page.message_ok and "open the file from that folder" in page.message
    assert len(list(documents.glob("*.pdf"))) == 1


def test_a_full_disk_is_a_kind_message_and_leaves_nothing_behind(
    player: Player, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, launched: list[Path]
) -> None:
    documents = print_page_on_the_day(player, monkeypatch, tmp_path)
    make_writes_fail(monkeypatch, errno.ENOSPC)
    page = print_from_page(player, "print-storybook")
    assert not page.message_ok and "the disk is full" in page.message and "Free some space" in page.message
    assert list(documents.iterdir()) == [] and launched == []
    assert player.top.name == "parent-print"


def test_the_parent_edits_the_about_me_page_before_printing_it(
    player: Player, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, launched: list[Path]
) -> None:
    documents = print_page_on_the_day(player, monkeypatch, tmp_path)
    player.tap_button("edit-about-me")
    editor = player.top
    assert isinstance(editor, AboutMeScene)
    assert editor.helps[0].value.startswith("Breathing slowly with Buddy")  # the game's suggestion
    third = editor.helps[2]
    x, y, w, h = third.rect
    player.tap((x + w / 2, y + h / 2))
    player.type_text("Humming our song")
    tricky = editor.tricky[0]
    x, y, w, h = tricky.rect
    player.tap((x + w / 2, y + h / 2))
    player.type_text("New teacher")
    player.tap_button("back")  # Done
    assert player.top.name == "parent-print"
    about = player.ctx.profile.about_me
    assert about.helps[-1] == "Humming our song" and about.tricky == ["New teacher"]
    assert about.tricky_on == NOW.date()
    assert ProfileStore(player.ctx.store.data_dir).open(player.ctx.child.profile_id).profile.about_me == about
    print_from_page(player, "print-about-me")
    (page,) = text_of(read(launched[0]))
    assert "Humming our song" in page and "New teacher" in page
    assert launched[0].parent == documents


def test_looking_at_the_about_me_lines_without_changing_them_keeps_the_suggestions(player: Player) -> None:
    open_parent_page(player, "parent-print")
    player.tap_button("edit-about-me")
    player.key(pygame.K_ESCAPE)
    assert player.top.name == "parent-print"
    assert player.ctx.profile.about_me == AboutMe()  # nothing was fixed, so it follows the set-up
