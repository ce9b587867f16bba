"""``levels/lines.toml``: the kid-facing lines of the screens, one table per screen.

The tables are typed models, so a scene says ``ctx.content.lines.home.greeting`` (checked by
mypy) and the file must have exactly these lines (checked when it loads): a missing line, a
misspelt name or an unknown placeholder is reported as ``file: table: line: what is wrong``.
Keys: ``lines:<table>.<name>``, e.g. ``lines:home.greeting``, ``lines:buddy_maker.animal.bear``.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AfterValidator, model_validator

from dropoff_buddy.content.lines import MOMENT_PLACEHOLDERS, Line
from dropoff_buddy.content.loader import StrictContent
from dropoff_buddy.storage.models import BUDDY_ACCESSORIES, BUDDY_ANIMALS, BUDDY_COLOURS, BUDDY_PATTERNS
from dropoff_buddy.words import unknown_placeholders


class _Lines(StrictContent):
    """A table of lines: every value is a line with known placeholders and something to say."""

    @model_validator(mode="after")
    def _lines_ok(self) -> _Lines:
        for name in type(self).model_fields:
            value = getattr(self, name)
            lines = value.items() if isinstance(value, dict) else [(name, value)]
            for label, line in lines:
                if not isinstance(line, Line):
                    continue
                if not line:
                    raise ValueError(f"{label}: the line is empty, so nothing would be said")
                unknown = unknown_placeholders(line.text, MOMENT_PLACEHOLDERS)
                if unknown:
                    raise ValueError(f"{label}: unknown placeholder {{{unknown[0]}}}")
        return self


def _all_of(kind: str, expected: tuple[str, ...]) -> AfterValidator:
    """A table check: one line for each of ``expected`` (each a ``kind``), and no others."""

    def check(value: dict[str, Line]) -> dict[str, Line]:
        missing = [item for item in expected if item not in value]
        extra = [item for item in value if item not in expected]
        if missing:
            raise ValueError(f"no line for the {kind} {missing[0]!r}")
        if extra:
            raise ValueError(f"there is no {kind} {extra[0]!r} (known: {', '.join(expected)})")
        return value

    return AfterValidator(check)


class HomeLines(_Lines):
    greeting: Line
    greeting_home_day: Line  # the greeting on a day that is not a daycare day
    buddy_tap: Line
    play: Line
    stickers: Line


class FlowLines(_Lines):
    first: Line
    finale: Line
    finale_other: Line  # the finale on a day someone else picks up
    first_home_day: Line  # Play on a day that is not a daycare day
    finale_home_day: Line


class ShelfLines(_Lines):
    intro: Line
    again: Line  # after a cover is tapped once: a second tap (or the arrow) opens it
    hint: Line


class FeelingsLines(_Lines):
    question: Line
    question_home_day: Line
    ask_again: Line
    tricky_question: Line
    breathe_invite: Line
    thanks: Line
    nudge_ask: Line
    nudge_tricky: Line


class MyDayLines(_Lines):
    intro: Line
    promise: Line
    promise_other: Line  # on a day someone else picks up
    go_on_hint: Line  # said when the keyboard's focus reaches "go on" after the last card
    go_home_hint: Line  # the same when My Day was opened from home


class StoryLines(_Lines):
    default_hint: Line
    hotspot_hint: Line


class RitualLines(_Lines):
    choose: Line
    choose_hint: Line
    for_real: Line
    helped: Line
    promise: Line
    love_you: Line
    together_promise: Line
    # On a day someone else picks up, the grown-up at the door says who comes (``line_for``).
    promise_other: Line
    love_you_other: Line
    together_promise_other: Line
    buddy_goodbye: Line
    buddy_welcome: Line
    buddy_later: Line
    buddy_back: Line
    teacher: Line
    praise: Line
    praise_together: Line
    praise_buddy: Line
    sticker: Line
    unlock: Line
    hint_hold: Line
    hint_tap: Line
    hint_sequence: Line
    hint_together: Line

    def line_for(self, name: str, someone_else_picks_up: bool) -> Line:
        """The line called ``name``, or its ``_other`` form on a day someone else picks up."""
        other = f"{name}_other"
        line = getattr(self, other if someone_else_picks_up and other in type(self).model_fields else name)
        assert isinstance(line, Line), name
        return line

    def hint(self, kind: Literal["hold", "tap", "sequence", "together"]) -> Line:
        """The gentle hint for a step of this kind."""
        return {
            "hold": self.hint_hold,
            "tap": self.hint_tap,
            "sequence": self.hint_sequence,
            "together": self.hint_together,
        }[kind]


class BreatheLines(_Lines):
    intro: Line
    breathe_in: Line
    breathe_out: Line
    end: Line


class StickerLines(_Lines):
    empty: Line
    count: Line
    in_a_row: Line
    unlock: Line
    page: Line
    wearing: Line
    more: Line
    streak_days: Line
    streak_today: Line
    streak_none: Line
    name: Line
    name_for: Line


class BuddyMakerTabs(_Lines):
    animal: Line
    colour: Line
    wear: Line
    pattern: Line
    name: Line


class BuddyMakerLines(_Lines):
    intro: Line
    done: Line
    buddy_tap: Line
    locked: Line
    name: Line
    tab: BuddyMakerTabs
    animal: Annotated[dict[str, Line], _all_of("animal", BUDDY_ANIMALS)]
    colour: Annotated[dict[str, Line], _all_of("colour", BUDDY_COLOURS)]
    wear_on: Annotated[dict[str, Line], _all_of("accessory", BUDDY_ACCESSORIES)]
    wear_off: Annotated[dict[str, Line], _all_of("accessory", BUDDY_ACCESSORIES)]
    pattern: Annotated[dict[str, Line], _all_of("pattern", BUDDY_PATTERNS)]


class KidLines(StrictContent):
    """Every table of ``levels/lines.toml``."""

    schema_version: Literal[1]
    home: HomeLines
    flow: FlowLines
    feelings: FeelingsLines
    my_day: MyDayLines
    story: StoryLines
    shelf: ShelfLines
    ritual: RitualLines
    breathe: BreatheLines
    stickers: StickerLines
    buddy_maker: BuddyMakerLines
