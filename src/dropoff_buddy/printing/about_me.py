"""The "About me" page for the teacher: one portrait page a parent hands over at drop-off.

It says, in the child's voice where it can: their name and what they call the grown-up (with
the family photo), the buddy's picture and name (and the real toy's photo, if there is one),
the goodbye ritual as pictures, the promise, what helps, and what has been tricky lately. The
last two are lists the parent can edit before printing (``AboutMe`` in the profile); until
they do, the game suggests them: what helps from the family's set-up, what has been tricky
from the last two weeks of check-ins (``history.tricky_lately``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from dropoff_buddy.content.printables import PrintableWords
from dropoff_buddy.context import GameContext
from dropoff_buddy.day import family_day
from dropoff_buddy.history import WINDOWS, tricky_lately
from dropoff_buddy.printing.document import (
    FOOTER,
    INK_SOFT,
    PICTURE_LABEL,
    Paper,
    Printable,
    PrintDocument,
    TextStyle,
    px,
)
from dropoff_buddy.printing.pictures import (
    buddy_picture,
    family_photo_picture,
    note_photo,
    on_colour,
    step_picture,
    toy_photo_picture,
)
from dropoff_buddy.ui import theme
from dropoff_buddy.ui.photo import load_photo

MARGIN = 14.0
ACCENT = theme.darker(theme.CORAL, 0.15)
PROMISE_FILL = theme.lighter(theme.SUNSHINE, 0.6)
SECTION_FILL = theme.PANEL
# The page's text, largest first.
HELLO = TextStyle(size=30, smallest=18, bold=True)
PROMISE = TextStyle(size=20, smallest=12, bold=True)
GROWNUP = TextStyle(size=16, smallest=11)
BUDDY = TextStyle(size=15, smallest=10)
AFTER_GOODBYE = TextStyle(size=14, smallest=9)
LIST = TextStyle(size=14, smallest=8.5)  # what helps, what has been tricky
HEADING = TextStyle(size=13, bold=True, colour=ACCENT)
SMALL_HEADING = TextStyle(size=11, bold=True, colour=ACCENT)
NOTE = TextStyle(size=11, colour=INK_SOFT)
ARROW = TextStyle(size=16, colour=INK_SOFT, align="center")
CAPTION = TextStyle(size=9, align="center")
#: Days after which what the parent wrote as "tricky lately" is no longer lately.
TRICKY_FRESH_DAYS = WINDOWS[0]


def suggested_helps(ctx: GameContext, words: PrintableWords) -> list[str]:
    """What helps, as the game suggests it for this family (the photo line only if there is a photo)."""
    lines = [ctx.text(line) for line in words.about_me.helps]
    if load_photo(ctx) is not None:
        lines.insert(1, ctx.text(words.about_me.helps_photo))
    return lines


def suggested_tricky(ctx: GameContext, today: dt.date, tz: dt.tzinfo | None) -> list[str]:
    """What has been tricky in the last two weeks of check-ins (empty when nothing was)."""
    day = family_day(ctx.profile, ctx.content.cards)
    return tricky_lately(
        ctx.progress.feelings,
        ctx.progress.evenings,
        today,
        tz,
        lambda card: _card_words(ctx, card),
        ctx.content.feelings,
        ctx.tr,
        order=day.ids,
    )


def _card_words(ctx: GameContext, card_id: str) -> str:
    card = ctx.content.cards.get(card_id)
    return ctx.text(card.words) if card is not None else card_id.replace("_", " ")


def about_me_lists(ctx: GameContext, words: PrintableWords, now: dt.datetime) -> tuple[list[str], list[str]]:
    """(what helps, what has been tricky lately) as the parent last wrote them, or as suggested.

    What the parent wrote about tricky things is used for two weeks after they wrote it.
    """
    saved = ctx.profile.about_me
    helps = list(saved.helps) if saved.helps is not None else suggested_helps(ctx, words)
    fresh = saved.tricky_on is not None and (now.date() - saved.tricky_on).days < TRICKY_FRESH_DAYS
    tricky = list(saved.tricky) if fresh else suggested_tricky(ctx, now.date(), now.tzinfo)
    return helps, tricky


def about_me(
    ctx: GameContext,
    paper: Paper,
    words: PrintableWords,
    *,
    helps: list[str] | None = None,
    tricky: list[str] | None = None,
    now: dt.datetime | None = None,
) -> Printable:
    """The one-page "About me" PDF for the teacher."""
    now = now or ctx.now()
    if now.tzinfo is None:  # a caller's own time
        now = now.astimezone()
    saved_helps, saved_tricky = about_me_lists(ctx, words, now)
    helps = saved_helps if helps is None else [line for line in helps if line.strip()]
    tricky = saved_tricky if tricky is None else [line for line in tricky if line.strip()]
    text = words.about_me
    profile = ctx.profile
    doc = PrintDocument(
        paper, "portrait", title=ctx.t("parent:print.pdf_about"), author=ctx.t("parent:print.pdf_author")
    )
    doc.new_page()
    width = doc.width - 2 * MARGIN

    # Who I am, with the family photo on the right.
    note_photo(ctx, doc)
    photo_w = 58.0
    photo = family_photo_picture(ctx, px(photo_w - 8), tilt=4.0)
    photo_h = photo_w * photo.get_height() / photo.get_width()
    doc.picture(on_colour(photo, theme.WHITE), doc.width - MARGIN - photo_w, MARGIN - 2, photo_w, photo_h)
    text_w = width - photo_w - 6
    doc.text(ctx.text(text.title), MARGIN, MARGIN, text_w, 7, HEADING)
    doc.text(ctx.text(text.hello), MARGIN, MARGIN + 8, text_w, 16, HELLO)
    doc.text(ctx.text(text.grownup), MARGIN, MARGIN + 26, text_w, 16, GROWNUP)
    y = max(MARGIN + photo_h, MARGIN + 44)

    # My buddy.
    section_h = 46.0
    doc.box(MARGIN, y, width, section_h, fill=SECTION_FILL, line=theme.OUTLINE, width=0.5, radius=5)
    buddy = buddy_picture(ctx, doc, px(40))
    if buddy is not None:
        doc.picture(on_colour(buddy, SECTION_FILL), MARGIN + 4, y + 3, 40, 40, alt=profile.buddy.name)
    toy = toy_photo_picture(ctx, px(28))
    toy_w = 0.0
    if toy is not None:
        toy_w = 30.0
        toy_h = toy_w * toy.get_height() / toy.get_width()
        toy_x = MARGIN + width - toy_w - 6
        doc.picture(on_colour(toy, SECTION_FILL), toy_x, y + 3, toy_w, min(toy_h, section_h - 12))
        doc.text(ctx.text(text.real_toy), toy_x - 4, y + section_h - 8, toy_w + 8, 5, CAPTION)
    doc.text(ctx.text(text.buddy_title), MARGIN + 50, y + 5, width - 60 - toy_w, 7, HEADING)
    doc.text(ctx.text(text.buddy), MARGIN + 50, y + 13, width - 60 - toy_w, section_h - 16, BUDDY)
    y += section_h + 5

    # Our goodbye, as pictures.
    steps = ctx.content.ritual_steps.steps_for(profile.ritual)
    doc.text(ctx.text(text.goodbye_title), MARGIN, y, width, 7, HEADING)
    y += 8
    step_mm, gap = 28.0, 10.0
    left = MARGIN + 2
    for index, step in enumerate(steps):
        doc.box(left, y, step_mm, step_mm + 7, fill=SECTION_FILL, line=theme.OUTLINE, width=0.5, radius=4)
        picture = step_picture(ctx, doc, step, px(step_mm - 6))
        label = ctx.text(step.label)
        if picture is not None:
            doc.picture(on_colour(picture, SECTION_FILL), left + 3, y + 2, step_mm - 6, step_mm - 6, alt=label)
        doc.text(label, left + 1, y + step_mm - 3, step_mm - 2, 8, PICTURE_LABEL)
        if index < len(steps) - 1:
            doc.text("→", left + step_mm, y + step_mm / 2 - 3, gap, 7, ARROW)
        left += step_mm + gap
    after_left = left + 2
    if MARGIN + width - after_left >= 60:  # beside the pictures when there is room, else under them
        doc.text(
            ctx.text(text.goodbye_after),
            after_left,
            y,
            MARGIN + width - after_left,
            step_mm + 7,
            dataclasses.replace(AFTER_GOODBYE, valign="middle"),
        )
        y += step_mm + 12
    else:
        y += step_mm + 9
        doc.text(ctx.text(text.goodbye_after), MARGIN + 2, y, width - 4, 7, AFTER_GOODBYE)
        y += 10

    # The promise.
    promise_h = 25.0
    doc.box(MARGIN, y, width, promise_h, fill=PROMISE_FILL, line=theme.darker(theme.SUNSHINE, 0.25), width=0.8)
    doc.text(ctx.text(text.promise_title), MARGIN + 5, y + 3, width - 10, 6, SMALL_HEADING)
    promise = ctx.line_words(ctx.content.lines.my_day.promise)
    doc.text(promise, MARGIN + 5, y + 9, width - 10, 9, PROMISE)
    doc.text(ctx.text(text.promise_help), MARGIN + 5, y + 18.5, width - 10, 6, NOTE)
    y += promise_h + 6

    # What helps, and what has been tricky lately.
    footer_top = doc.height - 12
    room = footer_top - y - 4
    half = room / 2
    for title, lines in (
        (text.helps_title, helps),
        (text.tricky_title, tricky or [ctx.text(text.tricky_none)]),
    ):
        doc.text(ctx.text(title), MARGIN, y, width, 7, HEADING)
        body = "\n".join(f"•  {line}" for line in lines)
        doc.text(body, MARGIN + 3, y + 8, width - 6, half - 10, LIST)
        y += half

    footer = ctx.text(text.footer, date=ctx.date_words(now.date(), "d MMMM y"))
    doc.text(footer, MARGIN, footer_top, width, 6, FOOTER)
    return doc.finish()
