"""What every kid-facing line must be, wherever it is written (``check_line``, ``sentence_problems``).

A line can be spoken (no odd characters, no unclosed brace, short enough for one breath), names
only placeholders it is given, never says "always" (a promise no one can keep) or a clock time
(children live by activities, not clocks), and promises a coming-back only "right after
{pickup_after}". A line with Fluent syntax (a plural) is checked in every form it can take. A
story's lines must also say what kind of sentence they are, and never give screen instructions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from dropoff_buddy.content.lines import Line, SentenceType, Text

MAX_LINE_CHARS = 170
MAX_LINE_WORDS = 30

_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
# What a speech engine (and a grown-up reading the caption aloud) can say: letters, digits,
# spaces and ordinary sentence punctuation. No markup, symbols or emoji.
_SPEAKABLE = re.compile(r"^[\w\s.,!?'’\"“”\-–—;:…()]*$")
_CLOCK_TIME = re.compile(
    r"\b\d{1,2}\s*[:.]\s*\d{2}\b"  # 15:00, 3.30
    r"|\b\d{1,2}\s*(am|pm|a\.m\.|p\.m\.)"  # 3pm, 3 a.m.
    r"|o'clock|o’clock"
    r"|\b(at|by|until|till|before|after)\s+(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b"
    r"(?!\s+(sleep|sleeps|night|nights)\b)"  # "after two sleeps" is how a child counts days
    r"|\bnoon\b|\bmidday\b",
    re.I,
)
_ALWAYS = re.compile(r"\balways\b", re.I)
# Words that tell the child what to do on the screen: those go in a hint, never in a story's sentences.
_INSTRUCTION = re.compile(r"\b(tap|taps|tapping|press|click|swipe|arrow)\b", re.I)
_PROMISE = re.compile(r"\b(come|comes|coming|be)\s+back\b", re.I)
_RIGHT_AFTER = "right after {pickup_after}"


def check_line(text: Text | str, known: Iterable[str]) -> list[str]:
    """What stops ``text`` from being a good kid-facing line (empty list: it is fine).

    Every kid line is checked: never "always" (a promise that cannot be kept), never a clock
    time ("at 3", "3 o'clock", "15:00", "3pm"): children live by activities, not clocks. A line
    with Fluent syntax (a plural) is checked in every form it can take.
    """
    text = text.text if isinstance(text, Text) else text
    if "$" in text or "->" in text:
        return _check_fluent_line(text, known)
    problems = []
    known = set(known)
    if not text.strip():
        return ["the line is empty, so nothing would be said"]
    unknown = [name for name in _PLACEHOLDER.findall(text) if name not in known]
    if unknown:
        names = ", ".join("{" + name + "}" for name in sorted(known))
        problems.append(f"unknown placeholder {{{unknown[0]}}} (known: {names})")
    bare = _PLACEHOLDER.sub("name", text)
    if "{" in bare or "}" in bare:
        problems.append("a brace is not closed, so the line cannot be spoken")
    elif not _SPEAKABLE.match(bare):
        odd = sorted({char for char in bare if not _SPEAKABLE.match(char)})
        problems.append(f"cannot be spoken: remove {' '.join(repr(char) for char in odd)}")
    if len(text) > MAX_LINE_CHARS or len(bare.split()) > MAX_LINE_WORDS:
        problems.append(f"too long to say in one breath (at most {MAX_LINE_WORDS} words, {MAX_LINE_CHARS} characters)")
    if _CLOCK_TIME.search(bare):
        problems.append("names a clock time; say the activity instead (right after {pickup_after})")
    if _ALWAYS.search(text):
        problems.append("says 'always', a promise no one can keep; say what happens instead")
    if _PROMISE.search(text) and _RIGHT_AFTER not in text.lower():
        problems.append("a coming-back promise must say 'right after {pickup_after}'")
    return problems


def sentence_problems(line: Line) -> list[str]:
    """What stops ``line`` from being a sentence of a social story (its words are checked by ``check_line``)."""
    problems = []
    if line.sentence_type is None:
        kinds = ", ".join(kind.value for kind in SentenceType)
        problems.append(f'say what kind of sentence this is: {{ text = "...", type = "descriptive" }} ({kinds})')
    if _INSTRUCTION.search(line.text):
        problems.append("an instruction for the screen belongs in a hint, not in the story's words")
    return problems


def _check_fluent_line(text: str, known: Iterable[str]) -> list[str]:
    from dropoff_buddy.i18n.fluent import pattern_forms, source_message

    message = source_message("line", text)
    if message is None:
        return ["this is not valid Fluent (see docs/TRANSLATING.md): check the braces and the [variants]"]
    problems: list[str] = []
    for form in pattern_forms(message.value):
        problems.extend(problem for problem in check_line(form, known) if problem not in problems)
    return problems
