"""The family's language: Fluent translations, checked; the game follows a switch at once."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pygame
import pytest

from dropoff_buddy.cli import main
from dropoff_buddy.content.loader import find_levels_dir
from dropoff_buddy.content.registry import load_content
from dropoff_buddy.i18n.translator import family_translator
from dropoff_buddy.playtest import Player
from dropoff_buddy.storage.models import Person, Profile
from parent_helpers import come_in, open_settings_page

CONTENT = load_content()


def words(profile: Profile, code: str, key: str, **moment: object) -> str:
    tr = family_translator(CONTENT, profile, code)
    text = CONTENT.texts_by_key.get(key)
    return tr.line(text, **moment) if text is not None else tr.t(key, **moment)  # type: ignore[arg-type]


# -- the three languages, written for a child's ear ---------------------------------------------


def test_american_and_british_english_use_their_own_words() -> None:
    family = Profile()
    assert words(family, "en-US", "feelings:cross.label") == "Mad"
    assert words(family, "en-GB", "feelings:cross.label") == "Cross"
    assert words(family, "en-US", "lines:ritual.choose") == "Let's practice saying goodbye! Pick a game."
    assert words(family, "en-GB", "lines:ritual.choose") == "Let's practise saying goodbye! Pick a game."
    nap = "daycare_day:activity.nap.buddy.say"
    assert "cozy" in words(family, "en-US", nap) and "cosy" in words(family, "en-GB", nap)
    assert words(family, "en-US", "family:default.grownup") == "Mommy"
    assert words(family, "en-GB", "family:default.grownup") == "Mummy"
    # A line British English says the same way comes from American English.
    assert words(family, "en-GB", "lines:home.play") == words(family, "en-US", "lines:home.play") == "Let's play!"


def test_spanish_promises_to_come_back_right_after_the_activity_with_the_right_article() -> None:
    family = Profile(grownups=[Person(name="Mamá")], pickup_after="snack")
    assert words(family, "es", "lines:ritual.promise") == "Vuelvo justo después de la merienda."
    outdoors = Profile(grownups=[Person(name="Papá")], pickup_after="outdoor_play")
    assert words(outdoors, "es", "lines:my_day.promise") == "Papá vuelve justo después del patio."
    # The place takes its article in Spanish: "a la guardería" but "al jardín de infancia".
    assert words(Profile(place="daycare"), "es", "lines:flow.first").startswith(
        "¡Vamos a prepararnos para ir a la guardería"
    )
    assert "al jardín de infancia" in words(Profile(place="preschool"), "es", "lines:flow.first")
    assert "a casa de Miss Rosa" in words(Profile(place="childminder's"), "es", "lines:flow.first")


def test_grammar_follows_the_grown_up_in_fluent_not_in_python() -> None:
    key = "my_first_day:morning.grownup.say"
    assert words(Profile(grownups=[Person(name="Mamá")]), "es", key).startswith("Mamá está muy orgullosa de ")
    assert words(Profile(grownups=[Person(name="Papá")]), "es", key).startswith("Papá está muy orgulloso de ")
    assert words(Profile(grownups=[Person(name="Abuelo Paco")]), "es", key).startswith("Abuelo Paco está muy orgulloso")
    assert words(Profile(grownups=[Person(name="Sam")]), "es", key).startswith("Sam siente mucho orgullo de ")


def test_plurals_of_stickers_are_fluent_selectors_in_every_language() -> None:
    family = Profile()
    assert words(family, "en-US", "lines:stickers.count", count=1) == "You have one sticker!"
    assert words(family, "en-US", "lines:stickers.count", count=3) == "You have 3 stickers!"
    assert words(family, "es", "lines:stickers.count", count=1) == "¡Tienes una pegatina!"
    assert words(family, "es", "lines:stickers.count", count=3) == "¡Tienes 3 pegatinas!"


def test_names_stay_exactly_as_typed_with_no_invisible_marks() -> None:
    family = Profile(child=Person(name="Zoë-Ἑλένη"), buddy={"name": "Bun Bun"})  # type: ignore[arg-type]
    said = words(family, "es", "lines:home.buddy_tap")
    assert said == "¡Ji, ji! ¡Hola, Zoë-Ἑλένη! Soy Bun Bun."
    assert not any(mark in said for mark in "\u2066\u2067\u2068\u2069")


# -- the checks ------------------------------------------------------------------------------------


@pytest.fixture
def levels(tmp_path: Path) -> Path:
    copy = tmp_path / "levels"
    shutil.copytree(find_levels_dir(), copy)
    return copy


def check(levels: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    status = main(["check", *map(str, sorted(levels.glob("*.toml")))])
    return status, capsys.readouterr().out


def failing_check(levels: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """``dropoff-buddy check`` on ``levels``, which must fail; what it said."""
    status, out = check(levels, capsys)
    assert status == 1, out
    return out


def replace_in(path: Path, old: str, new: str) -> None:
    """Change every ``old`` in the text file ``path`` (there must be one) to ``new``."""
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new), encoding="utf-8")


def drop_lines(path: Path, containing: str) -> None:
    """Take out of the text file ``path`` every line with ``containing`` in it."""
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join(line for line in lines if containing not in line), encoding="utf-8")


def test_every_shipped_translation_passes_the_check(levels: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out = check(levels, capsys)
    assert status == 0, out


def test_the_check_fails_on_a_missing_message(levels: Path, capsys: pytest.CaptureFixture[str]) -> None:
    drop_lines(levels / "i18n" / "es" / "lines.ftl", "lines--home-play =")
    out = failing_check(levels, capsys)
    assert "es/lines.ftl: -: lines--home-play is missing (translate it: “Let's play!”)" in out


def test_the_check_fails_on_an_extra_message(levels: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = levels / "i18n" / "es" / "lines.ftl"
    path.write_text(path.read_text(encoding="utf-8") + "\nlines--home-dance = ¡A bailar!\n", encoding="utf-8")
    out = failing_check(levels, capsys)
    assert "lines--home-dance: extra message" in out


def test_the_check_fails_on_an_unknown_variable(levels: Path, capsys: pytest.CaptureFixture[str]) -> None:
    replace_in(
        levels / "i18n" / "es" / "lines.ftl",
        "lines--home-play = ¡A jugar!",
        "lines--home-play = ¡A jugar, { $kid }! Tienes { $count } pegatinas.",
    )
    out = failing_check(levels, capsys)
    assert "lines--home-play: unknown variable $count" in out and "lines--home-play: unknown variable $kid" in out


def test_the_check_fails_when_a_translation_breaks_a_kid_line_rule(
    levels: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    replace_in(
        levels / "i18n" / "es" / "lines.ftl",
        "lines--ritual-promise = Vuelvo { justo-despues }.",
        "lines--ritual-promise = Siempre vuelvo a las tres.",
    )
    replace_in(levels / "i18n" / "en-GB" / "lines.ftl", "Which colour", "Which color")
    out = failing_check(levels, capsys)
    assert "lines--ritual-promise: says 'always'" in out
    assert "lines--buddy_maker-tab-colour: American words in en-GB" in out


def test_the_kid_line_rules_are_each_languages_own_words_in_languages_toml(
    levels: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    languages = levels / "i18n" / "languages.toml"
    replace_in(languages, "always = '\\bsiempre\\b'", "always = '\\bnunca\\b'")
    replace_in(
        levels / "i18n" / "es" / "lines.ftl", "lines--ritual-promise = Vuelvo", "lines--ritual-promise = Nunca vuelvo"
    )
    assert "lines--ritual-promise: says 'always'" in failing_check(levels, capsys)
    replace_in(languages, "always = '\\bnunca\\b'", "always = '(siempre'")
    out = failing_check(levels, capsys)
    assert "languages.toml: #3: kid_lines.always: " in out and "not a pattern Python can read" in out
    text = languages.read_text(encoding="utf-8")
    languages.write_text(text[: text.rindex("[language.kid_lines]")], encoding="utf-8")  # Spanish's are last
    out = failing_check(levels, capsys)
    assert "es: kid_lines is missing" in out


def test_a_new_english_line_is_reported_in_every_language_that_lacks_it(
    levels: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A branch adding a line in English (a new part) is told which languages must translate it."""
    replace_in(levels / "cards.toml", 'label = "Snack"', 'label = "Snack time"')
    drop_lines(levels / "i18n" / "es" / "cards.ftl", "cards--snack-label")
    out = failing_check(levels, capsys)
    assert "es/cards.ftl: -: cards--snack-label is missing (translate it: “Snack time”)" in out
    assert "en-GB" not in out  # British English says it the American way


# -- the commands ------------------------------------------------------------------------------------


def test_lines_lists_the_spanish_lines_with_the_same_keys(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["lines", "--json", "--data-dir", str(tmp_path / "data"), "--language", "es"]) == 0
    spanish = json.loads(capsys.readouterr().out)
    assert main(["lines", "--json", "--data-dir", str(tmp_path / "data"), "--language", "en-US"]) == 0
    english = json.loads(capsys.readouterr().out)
    assert [row["key"] for row in spanish] == [row["key"] for row in english]
    by_key = {row["key"]: row for row in spanish}
    assert by_key["lines:ritual.promise"]["text"] == "Vuelvo justo después de la merienda."
    assert by_key["lines:ritual.promise"]["language"] == "es"
    assert all(row["text"] != english_row["text"] for row, english_row in zip(spanish, english, strict=True))
    assert main(["lines", "--json", "--data-dir", str(tmp_path / "data"), "--language", "fr"]) == 2


def test_the_tour_command_draws_in_spanish(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """``tour --language es`` as a translator runs it; every screen of the Spanish tour is drawn and
    its labels checked in test_labels_fit (1024×600 and 800×1280 in Spanish)."""
    out = tmp_path / "tour"
    command = ["tour", str(out), "--data-dir", str(tmp_path / "data"), "--size", "640x400", "--language", "es"]
    assert main([*command, "--only", "home"]) == 0
    capsys.readouterr()
    assert sorted(path.stem for path in out.glob("*.png")) == ["home"]
    assert main(["tour", str(out), "--language", "xx"]) == 2


# -- switching, as a parent does --------------------------------------------------------------------


def test_a_parent_switches_to_spanish_and_everything_follows_at_once(player: Player) -> None:
    come_in(player)
    if player.top.name == "parent-setup":
        player.tap_button("later")
    open_settings_page(player, "language")
    player.tap_button("language-es")
    assert player.ctx.profile.settings.language == "es"
    # The page itself is in Spanish now, and it offers the Spanish words for the game's own names.
    assert player.button("swap-yes").label == "Sí, cámbialos"
    player.tap_button("swap-yes")
    assert player.ctx.profile.child.name == "Peque" and player.ctx.profile.grownup.name == "Mamá"
    player.tap_button("done")
    player.tap_button("done")
    player.tap_button("back")
    assert player.top.name == "home"
    assert player.button("play").label == "Jugar"
    player.tap_button("my-day")
    assert player.run_until(lambda: player.ctx.narrator.caption is not None)
    assert player.ctx.narrator.caption.startswith("Este es tu día en la guardería, Peque.")
    assert player.run_until(lambda: player.top.name == "my-day")
    player.wait(0.5)
    assert player.ctx.line_words(player.ctx.content.lines.my_day.promise) == "Mamá vuelve justo después de la merienda."
    voice = getattr(player.ctx.narrator.voice, "_voice_settings", None)
    if voice is not None:
        assert voice().language == "es"  # espeak-ng's Spanish voice reads it
    pygame.event.clear()


def test_an_old_profile_with_uk_words_opens_in_british_english(tmp_path: Path) -> None:
    from dropoff_buddy.storage.store import ProfileStore

    folder = tmp_path / "data" / "profiles" / "default"
    folder.mkdir(parents=True)
    old = json.loads((Path(__file__).parent / "fixtures" / "profile_v1.json").read_text(encoding="utf-8"))
    old["schema_version"] = 2
    old.setdefault("settings", {})["words"] = "uk"
    (folder / "profile.json").write_text(json.dumps(old), encoding="utf-8")
    profile = ProfileStore(tmp_path / "data").open("default").profile
    assert profile.settings.language == "en-GB"
