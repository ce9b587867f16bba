"""The child's storybook on paper: one landscape page per page of their own story.

Pages are those the child reads when they just turn the pages (``reading_order``: the family's
day, and the first picture at each choice). Each picture is drawn by the story's own stage
(``StoryScene.draw_picture``) at 300 dpi, so paper always shows what the screen shows; the page
is drawn as it stands when its words are said (``still_page``: people who walk in have arrived,
someone about to leave is still there, a hug is a hug, a sleeper lies with eyes closed). The words are
the page's own lines with the family's names, in Andika, under the picture. A ritual page shows
the family's goodbye steps as pictures, and a choice page its options, as on screen.
"""

from __future__ import annotations

import re

import pygame

from dropoff_buddy.content.catalog import CardCatalog
from dropoff_buddy.content.printables import PrintableWords
from dropoff_buddy.content.registry import Content
from dropoff_buddy.context import GameContext
from dropoff_buddy.parts.story import StoryScene
from dropoff_buddy.printing.context import offscreen_copy
from dropoff_buddy.printing.document import (
    FOOTER,
    PICTURE_LABEL,
    Paper,
    Printable,
    PrintDocument,
    PrintError,
    TextStyle,
    px,
)
from dropoff_buddy.printing.pictures import on_colour, step_picture, svg_picture
from dropoff_buddy.storage.models import Profile
from dropoff_buddy.story.art import background_path
from dropoff_buddy.story.plan import StoryPage, plan_pages, still_page
from dropoff_buddy.story.schema import Story
from dropoff_buddy.story.shelf import DAYCARE_DAY, shelf_order, story_profile
from dropoff_buddy.ui.theme import PANEL

DEFAULT_STORY_ID = DAYCARE_DAY
STORY_ID = re.compile(r"^[a-z][a-z0-9_]*$")
MARGIN = 12.0
PICTURE_SHARE = 0.68  # of the page height
STORY_TEXT = TextStyle(size=26, valign="middle")
PAGE_NUMBER = TextStyle(size=9, align="right")
OVERLAY_CARD = 30.0  # mm: a goodbye step or a choice as a little picture card beside the words
OVERLAY_GAP = 6.0
# A sentence telling the child what to tap is for the screen, not for paper ("Tap a picture.",
# "Toca un dibujo."): the imperative opens the sentence in every language the game speaks.
SCREEN_ONLY = re.compile(r"^[¡¿]?(tap|toca)\b", re.IGNORECASE)
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def story_by_id(content: Content, story_id: str) -> Story:
    """The story ``levels/<story_id>.toml`` from the content registry; ``PrintError`` with a kind
    message when there is none or it has a mistake (the registry kept the problem)."""
    if not STORY_ID.match(story_id):
        raise PrintError(f"A story is named by its file in levels/ without .toml, like daycare_day, not {story_id!r}.")
    story = content.stories.get(story_id)
    if story is not None:
        return story
    problem = next((line for line in content.problems if f"{story_id}.toml:" in line), None)
    if problem is not None:
        raise PrintError(f"The story {story_id!r} has a mistake in it, so it can't be printed: {problem}")
    known = ", ".join(shelf_order(content.stories)) or "none"
    raise PrintError(f"There is no story called {story_id!r} in this copy of the game (the stories are: {known}).")


def reading_order(story: Story, profile: Profile, cards: CardCatalog) -> list[StoryPage]:
    """The pages in the order a child reads them by turning pages: at a choice, its first picture."""
    variables: dict[str, str] = {}
    plan = plan_pages(story, profile, cards, variables)
    pages: list[StoryPage] = []
    index = 0
    while 0 <= index < len(plan) and len(pages) <= len(plan):
        page = plan[index]
        pages.append(page)
        target = page.next
        if page.choice is not None:
            option = page.choice.options[0]
            variables[page.choice.variable] = option.id
            plan = plan_pages(story, profile, cards, variables)
            target = option.goto
        here = next((number for number, item in enumerate(plan) if item.id == page.id), index)
        jump = next((number for number, item in enumerate(plan) if target and item.id == target), None)
        index = jump if jump is not None else here + 1
    return pages


def paper_text(ctx: GameContext, page: StoryPage) -> str:
    """The page's words for paper: its lines with the family's names, without "Tap ..." instructions."""
    sentences = SENTENCE_END.split(" ".join(ctx.line_words(line, **page.moment) for line in page.lines))
    return " ".join(sentence for sentence in sentences if not SCREEN_ONLY.match(sentence.strip()))


def storybook(ctx: GameContext, paper: Paper, words: PrintableWords, story_id: str = DEFAULT_STORY_ID) -> Printable:
    """The storybook PDF for the family in ``ctx``: one page per page of their story."""
    story = story_by_id(ctx.content, story_id)
    pages = reading_order(story, story_profile(ctx.profile, story_id, ctx.today), ctx.content.cards)
    if not pages:
        raise PrintError("This story has no pages for your family's day, so there is nothing to print.")
    title = ctx.text(story.title)
    doc = PrintDocument(
        paper,
        "landscape",
        title=ctx.t("parent:print.pdf_story", title=title),
        author=ctx.t("parent:print.pdf_author"),
        subject=title,
    )
    box = (MARGIN, MARGIN, doc.width - 2 * MARGIN, doc.height * PICTURE_SHARE)
    size = (px(box[2]), px(box[3]))
    print_ctx = offscreen_copy(ctx, size)
    scene = StoryScene(print_ctx, preview=True, story_id=story_id)
    footer = ctx.text(words.storybook.footer, title=title)
    try:
        for number, page in enumerate(pages, start=1):
            doc.new_page()
            _picture(doc, scene, print_ctx, page, box, size)
            if page.background not in {later.background for later in pages[number:]}:
                # A background at 300 dpi is about 20 MB: keep only those still to come.
                print_ctx.assets.clear()
            top = box[1] + box[3] + 5
            band = doc.height - top - 14
            used = _overlays(doc, print_ctx, page, doc.width - MARGIN, top, band)
            width = doc.width - 2 * MARGIN - 8 - used
            doc.text(paper_text(ctx, page), MARGIN + 4, top + 1, width, band, STORY_TEXT)
            doc.text(footer, MARGIN, doc.height - 11, doc.width / 2, 6, FOOTER)
            doc.text(str(number), doc.width / 2, doc.height - 11, doc.width / 2 - MARGIN, 6, PAGE_NUMBER)
    finally:
        scene.exit()
    return doc.finish()


def _picture(
    doc: PrintDocument,
    scene: StoryScene,
    ctx: GameContext,
    page: StoryPage,
    box: tuple[float, float, float, float],
    size: tuple[int, int],
) -> None:
    if not ctx.assets.exists(background_path(page.background)):
        doc.note("Some of the story's background pictures are missing from this copy of the game; a plain sky is used.")
    for prop in page.props:
        if not ctx.assets.exists(f"svg/props/{prop.name}.svg"):
            doc.note("Some small pictures in the story are missing from this copy of the game, so they are left out.")
    still = still_page(page)
    scene.show_page(still)
    buddy = next((actor for actor in page.actors if actor.who == "buddy"), None)
    if buddy is not None and buddy.animation == "sleep":
        scene.buddy.react("sleepy")
    surface = pygame.Surface(size)
    scene.draw_picture(surface)
    x, y, w, h = box
    doc.picture(surface, x, y, w, h, alt=paper_text(ctx, page))
    doc.box(x, y, w, h, line=(214, 188, 160), width=0.6, radius=0)


def _overlays(doc: PrintDocument, ctx: GameContext, page: StoryPage, right: float, top: float, band: float) -> float:
    """The goodbye steps on a ritual page, or the options of a choice, as picture cards beside the
    words (ending at ``right``); returns the width they take (0 when there are none)."""
    items: list[tuple[pygame.Surface | None, str]] = []
    card_mm = min(OVERLAY_CARD, band - 8)
    icon = px(card_mm * 0.72)
    if page.ritual:
        for step in ctx.content.ritual_steps.steps_for(ctx.profile.ritual):
            items.append((step_picture(ctx, doc, step, icon), ctx.text(step.label)))
    if page.choice is not None:
        for option in page.choice.options:
            label = option.id.replace("_", " ").capitalize()
            items.append((svg_picture(ctx, doc, f"svg/props/{option.picture}.svg", icon, f"“{label}”"), label))
    if not items:
        return 0.0
    width = len(items) * card_mm + (len(items) - 1) * OVERLAY_GAP
    left = right - width - 4
    y = top + (band - card_mm - 8) / 2
    for picture, label in items:
        doc.box(left, y, card_mm, card_mm + 8, fill=PANEL, line=(214, 188, 160), width=0.5, radius=3)
        if picture is not None:
            side = card_mm * 0.72
            doc.picture(on_colour(picture, PANEL), left + (card_mm - side) / 2, y + 2, side, side, alt=label)
        doc.text(label, left + 1, y + 2 + card_mm * 0.76, card_mm - 2, 6, PICTURE_LABEL)
        left += card_mm + OVERLAY_GAP
    return width + 8
