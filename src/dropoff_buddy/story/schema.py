"""The story level format: pydantic models for ``levels/<story>.toml``.

A story is a list of pages. A page has a background, actors on the stage, props, one or two
narration lines, tap hotspots (each with a reaction), an optional picture choice and optional
conditions on the profile. A page may instead be a *marker* where pages are generated from
the profile's schedule: ``insert = "activities"`` (the day's activities before the pickup
one) or ``insert = "pickup_activity"`` (the activity right after which the grown-up comes
back). How each schedule card looks as a page is given by the ``[[activity]]`` tables.

Stage coordinates are those of the background art: 1600 × 1000, floor at about y = 720.
Every spoken line is a ``content.lines.Line`` keyed by where it lives: ``<story>:title`` (said
before the first page's lines), ``<story>:<page>.<n>`` for a page's narration,
``<story>:<page>.hint``, ``<story>:<page>.<target>.say`` / ``.hint`` for a hotspot,
``<story>:<page>.choice.<option>.say``, and ``<story>:activity.<card>.…`` for an activity page
(``activity.any`` for ``card = "*"``). A story line says what kind of sentence it is
(``{ text = "…", type = "descriptive" }``, see ``content.lines.SentenceType``).

Only the *shape* of a file is checked here; references (art, sounds, pages, placeholders,
speakable lines) are checked by ``story.lint``.
"""

from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from dropoff_buddy.content.lines import Line, LineScope, Text
from dropoff_buddy.storage.models import AvatarLook, Place

STORY_SCHEMA_VERSION = 1

STAGE_WIDTH = 1600.0
STAGE_HEIGHT = 1000.0
FLOOR_Y = 720.0

Animation = Literal["none", "bounce", "wave", "walk_in", "walk_out", "hug", "sleep"]
ANIMATIONS: tuple[str, ...] = ("none", "bounce", "wave", "walk_in", "walk_out", "hug", "sleep")
# Who can stand on the stage besides the friends a story lists.
CAST = ("child", "buddy", "grownup", "pickup", "teacher")
# The spot on a page that shows the family photo (when the page has one).
PHOTO_TARGET = "photo"
# The tap target of a page's door.
DOOR_TARGET = "door"
# The tap target of a page's portrait (a drawing of someone's face on a hook, in a thought).
PORTRAIT_TARGET = "portrait"

ID_PATTERN = r"^[a-z][a-z0-9_]*$"


class _Strict(LineScope, BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Friend(_Strict):
    """A friend at the place: never named aloud, just looks."""

    id: str = Field(pattern=ID_PATTERN)
    look: AvatarLook
    kind: Literal["child", "adult"] = "child"


class Actor(_Strict):
    """Someone on the stage and what they do there.

    ``who`` is child, buddy, grownup (who does drop-off), pickup (who comes back; the same one
    unless the parent set another), teacher, or a friend's id. ``x``/``y`` is the floor point under
    them; ``pose`` is one of the rig's poses (``levels/poses.toml``: stand, walk, wave, sit_chair,
    eat, lie_buddy, kneel, carry_buddy, backpack...), which brings its props (a spoon and a bowl,
    the backpack with the buddy peeking out); ``scale`` sizes everyone on the page alike (1: a
    grown-up 515 units tall, a child 0.58 of that, the buddy 0.3).
    """

    who: str
    x: float = Field(ge=-200, le=STAGE_WIDTH + 200)
    y: float = Field(default=FLOOR_Y, ge=0, le=STAGE_HEIGHT)  # where the feet are
    scale: float = Field(default=1.0, ge=0.3, le=2.0)
    pose: str = "stand"
    expression: str = "happy"  # happy, calm, sad, sleepy
    animation: Animation = "none"
    delay: float = Field(default=0.0, ge=0, le=20)  # seconds after the page opens (or after its cue line starts)
    cue_line: int = Field(default=-1, ge=-1, le=1)  # start the animation when this line (0, 1) starts being said
    from_x: float | None = Field(default=None, ge=-600, le=STAGE_WIDTH + 600)  # walk_in starts here
    to_x: float | None = Field(default=None, ge=-600, le=STAGE_WIDTH + 600)  # walk_out / hug goes here
    flip: bool = False  # face left instead of right


class PairSpec(_Strict):
    """Two actors in one of the rig's pair poses (``levels/poses.toml``: hug, hold_hands, high_five,
    read_together...). ``first`` stays where it stands; ``second`` steps beside it and they touch.
    ``delay`` and ``cue_line`` start it later, as for an actor's animation (after a walk, it waits
    until the walk is over)."""

    pose: str = Field(pattern=ID_PATTERN)
    first: str
    second: str
    delay: float = Field(default=0.0, ge=0, le=20)
    cue_line: int = Field(default=-1, ge=-1, le=1)


class Prop(_Strict):
    """A picture from ``assets/svg/props/<name>.svg`` centred at (x, y), ``size`` units high (and square,
    unless ``width`` is given for a wide picture such as the table)."""

    name: str = Field(pattern=ID_PATTERN)
    x: float = Field(ge=0, le=STAGE_WIDTH)
    y: float = Field(ge=0, le=STAGE_HEIGHT)
    size: float = Field(default=180, gt=0, le=1000)
    width: float = Field(default=0, ge=0, le=STAGE_WIDTH)  # 0: as wide as ``size`` (a square picture)
    animation: Animation = "none"
    front: bool = False  # drawn in front of the actors (the table they sit at), not behind them


class Door(_Strict):
    """The daycare door (the same one in the story and the goodbye game), standing at ``x``.

    ``y`` is its threshold on the floor and ``height`` its full height (taller than a grown-up).
    ``view`` is what shows through it when open: ``outside`` (seen from inside the room) or
    ``inside`` (seen from the street). It opens by itself when someone walks in or out through it
    (their ``from_x`` or ``to_x`` is the door's ``x``); ``open = true`` has it stand open. Tap target
    ``door``.
    """

    x: float = Field(ge=0, le=STAGE_WIDTH)
    y: float = Field(default=FLOOR_Y, ge=0, le=STAGE_HEIGHT)
    height: float = Field(default=600, ge=300, le=900)
    view: Literal["outside", "inside"] = "outside"
    open: bool = False


class Photo(_Strict):
    """Where the family photo is shown on a page (tap target ``photo``)."""

    x: float = Field(ge=0, le=STAGE_WIDTH)
    y: float = Field(ge=0, le=STAGE_HEIGHT)
    width: float = Field(default=300, gt=40, le=900)


class Portrait(_Strict):
    """A drawing of someone's face, centred at (x, y), ``size`` units high (tap target ``portrait``):
    the child's own picture on their hook (``frame = "tag"``), or whom someone is thinking of, in a
    thought cloud (``frame = "thought"``, its little bubbles going down towards ``towards_x``)."""

    who: str
    x: float = Field(ge=0, le=STAGE_WIDTH)
    y: float = Field(ge=0, le=STAGE_HEIGHT)
    size: float = Field(default=120, ge=40, le=500)
    frame: Literal["tag", "thought"] = "tag"
    towards_x: float | None = Field(default=None, ge=0, le=STAGE_WIDTH)  # a thought's bubbles lead here


class Reaction(_Strict):
    """What a tap on a hotspot does, all at once: an animation, a sound and a spoken line."""

    line_scope: ClassVar[str | None] = ""  # its line is the hotspot's: <page>.<target>.say

    animation: Animation = "bounce"
    sound: str
    say: Line
    actor: str = ""  # who plays the animation; empty: the hotspot's own target
    with_actor: str = ""  # for a hug: who the hug is with


class Hotspot(_Strict):
    """A tap target: an actor's id, a prop's name or ``photo``."""

    line_scope: ClassVar[str | None] = "{target}"

    target: str = Field(pattern=ID_PATTERN)
    reaction: Reaction
    hint: Line = Line("")  # said by the buddy when the child waits: "Can you tap the drum?"


class ChoiceOption(_Strict):
    line_scope: ClassVar[str | None] = "{id}"

    id: str = Field(pattern=ID_PATTERN)
    picture: str = Field(pattern=ID_PATTERN)  # a prop name
    #: The caption under its picture, for the grown-up (<story>:<page>.choice.<id>.label).
    label: Text = Text("")
    say: Line  # said when chosen
    goto: str = ""  # the page to go on to (empty: the next page)


class Choice(_Strict):
    """A choice between 2–3 pictures; it sets ``variable`` to the option's id."""

    variable: str = Field(pattern=ID_PATTERN)
    options: list[ChoiceOption] = Field(min_length=2, max_length=3)

    @model_validator(mode="after")
    def _unique_options(self) -> Choice:
        ids = [option.id for option in self.options]
        if len(set(ids)) != len(ids):
            raise ValueError("two options have the same id")
        return self


#: How many sleeps until the next daycare day, as a page's condition knows it: one, two, three, more
#: than three, or "unknown" (the family's week has no daycare day). Never a date.
Sleeps = Literal[1, 2, 3, "more", "unknown"]


def sleeps_bucket(sleeps: int | None) -> Sleeps:
    """The ``Sleeps`` a page's condition compares with, from the number of sleeps (None: not known)."""
    if sleeps is None:
        return "unknown"
    if sleeps <= 1:
        return 1
    if sleeps == 2:
        return 2
    return 3 if sleeps == 3 else "more"


class Condition(_Strict):
    """Show a page only when all of the given facts hold."""

    place: list[Place] = Field(default_factory=list)  # one of these places
    not_place: list[Place] = Field(default_factory=list)
    has_family_photo: bool | None = None
    schedule_has: str = ""  # a card id the day includes
    pickup_is_dropoff: bool | None = None  # the grown-up who comes back is the one who did drop-off
    sleeps_until_daycare: Sleeps | None = None  # sleeps until the next daycare day (from the family's week)
    variable: str = ""  # set by an earlier choice ...
    equals: str = ""  # ... to this option id

    @model_validator(mode="after")
    def _variable_pair(self) -> Condition:
        if bool(self.variable) != bool(self.equals):
            raise ValueError("'variable' and 'equals' go together")
        return self


class _Staged(_Strict):
    """What a page and an activity template share."""

    actors: list[Actor] = Field(default_factory=list, max_length=8)
    pairs: list[PairSpec] = Field(default_factory=list, max_length=4)
    props: list[Prop] = Field(default_factory=list, max_length=10)
    hotspots: list[Hotspot] = Field(default_factory=list, max_length=6)
    photo: Photo | None = None
    door: Door | None = None
    portrait: Portrait | None = None
    hint: Line = Line("")  # the buddy's idle hint when there is no hotspot hint


class Page(_Staged):
    """One page, or a marker where the day's activity pages go."""

    line_scope: ClassVar[str | None] = "{id}"

    id: str = Field(pattern=ID_PATTERN)
    insert: Literal["", "activities", "pickup_activity"] = ""
    background: str = ""
    say: list[Line] = Field(default_factory=list, max_length=2)
    choice: Choice | None = None
    when: Condition | None = None
    next: str = ""  # jump to this page instead of the following one
    breathing: bool = False  # a slow breathing circle around the buddy
    ritual: bool = False  # the family's goodbye steps, each a picture to tap

    @model_validator(mode="after")
    def _marker_or_page(self) -> Page:
        if self.insert:
            extra = [
                name for name in ("background", "say", "actors", "props", "hotspots", "choice") if getattr(self, name)
            ]
            if extra:
                raise ValueError(f"a marker page (insert = {self.insert!r}) cannot have {', '.join(extra)}")
            return self
        if not self.background:
            raise ValueError("a page needs a background")
        if not self.say:
            raise ValueError("a page needs one or two lines in 'say'")
        return self


class Activity(_Staged):
    """How one schedule card is shown as a page (``card = "*"`` is for any other card).

    The card's own spoken line opens the page; ``say`` may add one more.
    """

    line_scope: ClassVar[str | None] = "activity.{key_card}"

    card: str = Field(pattern=r"^(\*|[a-z][a-z0-9_]*)$")
    background: str
    say: list[Line] = Field(default_factory=list, max_length=1)

    @property
    def key_card(self) -> str:
        """The card as it appears in line keys: ``any`` for ``*``."""
        return "any" if self.card == "*" else self.card

    def varying_placeholders(self) -> frozenset[str]:
        # The "*" page is every card without a page of its own: its {activity} differs by card.
        return frozenset({"activity"}) if self.card == "*" else frozenset()


class Story(_Strict):
    schema_version: Literal[1]
    title: Line  # said (and so shown as the caption) before the first page's lines, translated: <story>:title
    friend: list[Friend] = Field(default_factory=list)
    page: list[Page] = Field(min_length=1)
    activity: list[Activity] = Field(default_factory=list)
    # Schedule cards the story tells with its own pages (arriving, going home), so they get no activity page.
    skip_cards: list[str] = Field(default_factory=list)
    # At most this many activity pages before the pickup one, so the story stays 12–20 pages.
    max_activity_pages: int = Field(default=6, ge=1, le=8)
    #: The page whose picture is the story's cover on the child's shelf (empty: the first page).
    cover: str = Field(default="", pattern=r"^([a-z][a-z0-9_]*)?$")

    @model_validator(mode="after")
    def _has_a_title(self) -> Story:
        if not self.title:
            raise ValueError("a story needs a title, said on its first page")
        return self

    def page_by_id(self, page_id: str) -> Page | None:
        return next((page for page in self.page if page.id == page_id), None)

    @property
    def cover_page(self) -> Page:
        """The page drawn as the story's cover on the shelf: ``cover``, else the first written page."""
        named = self.page_by_id(self.cover) if self.cover else None
        if named is not None and not named.insert:
            return named
        return next((page for page in self.page if not page.insert), self.page[0])

    def activity_for(self, card_id: str) -> Activity | None:
        """The template for ``card_id``, or the ``*`` one."""
        exact = next((activity for activity in self.activity if activity.card == card_id), None)
        return exact or next((activity for activity in self.activity if activity.card == "*"), None)
