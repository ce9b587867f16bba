"""Picture cards to cut out: the child's day in order, and the family's goodbye.

Portrait pages of cards about 6 × 8 cm in a grid, with dashed lines to cut along. The first
page is the day (``day.family_day``, as My Day shows it), numbered in order; the card right
after which the grown-up comes back carries the family photo and the promise. The second page
is the goodbye ritual's steps, in order, and the buddy ("Bun comes too"). Every picture is the
game's own art at 300 dpi; every word is real text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import pygame

from dropoff_buddy.content.printables import PrintableWords
from dropoff_buddy.context import GameContext
from dropoff_buddy.day import family_day
from dropoff_buddy.printing.document import INK_SOFT, Paper, Printable, PrintDocument, TextStyle, px
from dropoff_buddy.printing.pictures import (
    buddy_picture,
    card_picture,
    family_photo_picture,
    note_photo,
    on_colour,
    step_picture,
)
from dropoff_buddy.ui import theme

CARD_W = 60.0
CARD_H = 80.0
COLUMNS = 3
ROWS = 3
INSET = 3.0  # the card's rounded edge sits this far inside its cut lines
PANEL = theme.PANEL
EDGE = theme.OUTLINE
PICKUP_EDGE = theme.darker(theme.SUNSHINE, 0.25)
TITLE = TextStyle(size=18, bold=True)
HELP = TextStyle(size=10, smallest=7.5, colour=INK_SOFT)
LABEL = TextStyle(size=16, smallest=10, bold=True, align="center")
PROMISE = TextStyle(size=10, align="center")
NUMBER = TextStyle(size=10, bold=True, align="center")


#: Draws a card's picture into its box (x, y, w, h in mm).
DrawPicture = Callable[[PrintDocument, float, float, float, float], None]


@dataclass(frozen=True)
class PrintCard:
    """One card: its number, its words, and how to draw its picture area (x, y, w, h in mm)."""

    number: int
    label: str
    draw: DrawPicture
    promise: str = ""
    highlight: bool = False


def picture_cards(ctx: GameContext, paper: Paper, words: PrintableWords) -> Printable:
    """The picture-cards PDF: the day on the first page, the goodbye on the second."""
    doc = PrintDocument(
        paper, "portrait", title=ctx.t("parent:print.pdf_cards"), author=ctx.t("parent:print.pdf_author")
    )
    day = family_day(ctx.profile, ctx.content.cards)
    promise = ctx.line_words(ctx.content.lines.my_day.promise)
    note_photo(ctx, doc)  # without a photo the drawn family stands in, as on screen
    day_cards = []
    for number, card in enumerate(day.cards, start=1):
        pickup = card.id == day.pickup.id
        picture = card_picture(ctx, doc, card, px(CARD_W - 2 * INSET - 8))
        draw = _pickup_picture(ctx, picture) if pickup else _plain_picture(picture)
        label = ctx.text(card.label)
        day_cards.append(PrintCard(number, label, draw, promise=promise if pickup else "", highlight=pickup))
    _sheet(doc, ctx.text(words.cards.day_title), ctx.text(words.cards.day_help), day_cards)

    goodbye: list[PrintCard] = []
    for number, step in enumerate(ctx.content.ritual_steps.steps_for(ctx.profile.ritual), start=1):
        goodbye.append(PrintCard(number, ctx.text(step.label), _plain_picture(step_picture(ctx, doc, step, px(46)))))
    buddy = buddy_picture(ctx, doc, px(46))
    goodbye.append(PrintCard(0, ctx.text(words.cards.buddy_card), _plain_picture(buddy)))
    _sheet(doc, ctx.text(words.cards.goodbye_title), ctx.text(words.cards.goodbye_help), goodbye)
    return doc.finish()


def _plain_picture(picture: pygame.Surface | None) -> DrawPicture:
    def draw(doc: PrintDocument, x: float, y: float, w: float, h: float) -> None:
        if picture is None:
            return
        side = min(w, h)
        doc.picture(on_colour(picture, PANEL), x + (w - side) / 2, y + (h - side) / 2, side, side)

    return draw


def _pickup_picture(ctx: GameContext, picture: pygame.Surface | None) -> DrawPicture:
    """The pickup card's picture: the activity, with the framed family photo pinned on its corner."""

    def draw(doc: PrintDocument, x: float, y: float, w: float, h: float) -> None:
        canvas = pygame.Surface((px(w), px(h)))
        canvas.fill(PANEL)
        side = min(w, h) * 0.78
        if picture is not None:
            scaled = pygame.transform.smoothscale(picture, (px(side), px(side)))
            canvas.blit(scaled, (0, canvas.get_height() - scaled.get_height()))
        photo = family_photo_picture(ctx, px(w * 0.62), tilt=7.0)
        canvas.blit(photo, (canvas.get_width() - photo.get_width(), 0))
        doc.picture(canvas, x, y, w, h)

    return draw


def _sheet(doc: PrintDocument, title: str, help_text: str, cards: Sequence[PrintCard]) -> None:
    """One page: a title, a line of help, and the cards in a grid with cut lines."""
    for start in range(0, len(cards), COLUMNS * ROWS):
        doc.new_page()
        chunk = cards[start : start + COLUMNS * ROWS]
        grid_w, grid_h = COLUMNS * CARD_W, ROWS * CARD_H
        left = (doc.width - grid_w) / 2
        top = doc.height - grid_h - max(9.0, (doc.height - grid_h - 30) / 2)
        doc.text(title, left, 9, grid_w, 9, TITLE)
        doc.text(help_text, left, 17.5, grid_w, top - 20, HELP)
        for index, card in enumerate(chunk):
            row, column = divmod(index, COLUMNS)
            _card(doc, card, left + column * CARD_W, top + row * CARD_H)
        _cut_lines(doc, left, top, len(chunk))


def _card(doc: PrintDocument, card: PrintCard, x: float, y: float) -> None:
    inner_x, inner_y = x + INSET, y + INSET
    inner_w, inner_h = CARD_W - 2 * INSET, CARD_H - 2 * INSET
    edge = PICKUP_EDGE if card.highlight else EDGE
    doc.box(inner_x, inner_y, inner_w, inner_h, fill=PANEL, line=edge, width=1.2 if card.highlight else 0.6, radius=5)
    promise_h = 13.0 if card.promise else 0.0
    label_h = 9.0
    picture_h = inner_h - label_h - promise_h - 8
    card.draw(doc, inner_x + 4, inner_y + 4, inner_w - 8, picture_h)
    label_top = inner_y + 4 + picture_h + 1
    doc.text(card.label, inner_x + 2, label_top, inner_w - 4, label_h, LABEL)
    if card.promise:
        doc.text(card.promise, inner_x + 3, label_top + label_h, inner_w - 6, promise_h, PROMISE)
    if card.number:
        doc.box(inner_x + 2.5, inner_y + 2.5, 7, 7, fill=theme.SUNSHINE, radius=3.5)
        doc.text(str(card.number), inner_x + 2.5, inner_y + 3.4, 7, 5, NUMBER)


def _cut_lines(doc: PrintDocument, left: float, top: float, count: int) -> None:
    """Dashed lines round every card (a shared edge once), and scissors where to start."""
    edges: set[tuple[float, float, float, float]] = set()
    for index in range(count):
        row, column = divmod(index, COLUMNS)
        x, y = left + column * CARD_W, top + row * CARD_H
        corners = [(x, y), (x + CARD_W, y), (x + CARD_W, y + CARD_H), (x, y + CARD_H)]
        for (x1, y1), (x2, y2) in zip(corners, corners[1:] + corners[:1], strict=True):
            edges.add((round(min(x1, x2), 3), round(min(y1, y2), 3), round(max(x1, x2), 3), round(max(y1, y2), 3)))
    for x1, y1, x2, y2 in sorted(edges):
        doc.cut_line(x1, y1, x2, y2)
    doc.scissors(left - 7, top - 0.2)
