"""Where the evening's things go for the window's shape, and the buttons of each phase."""

from __future__ import annotations


@dataclass(frozen=True)
class _Places:
    """Where things go for this window shape (layout units)."""

    buddy: tuple[float, float, float]  # centre x, centre y, size
    card: RectLike
    title_y: float
    faces_top: float
    face_size: float
    extras: tuple[RectLike, RectLike]  # "I don't know", "skip"
    grid: RectLike  # the best-part cards
    best_dont_know: RectLike
    best_buddy: tuple[float, float, float]


def _places(self) -> _Places:
    layout = self.ctx.layout
    width, height = layout.width, layout.height
    if self.tall:
        top = (height - 1400) / 2
        cx = width / 2
        return _Places(
            buddy=(cx - 430, top + 450, 260),
            card=(cx - 240, top + 200, 480, 500),
            title_y=top + 120,
            faces_top=top + 780,
            face_size=200,
            extras=((cx - 330, top + 1060, 300, 200), (cx + 30, top + 1060, 300, 200)),
            grid=(60, top + 200, width - 120, 760),
            best_dont_know=(cx + 30, top + 1060, 300, 200),
            best_buddy=(cx - 200, top + 1160, 240),
        )
    cx = width / 2 - 30
    return _Places(
        buddy=(170, 340, 250),
        card=(cx - 150, 116, 300, 300),
        title_y=66,
        faces_top=470,
        face_size=152,
        extras=((width - 60 - 180, 150, 180, 176), (width - 60 - 180, 346, 180, 176)),
        grid=(300, 130, width - 300 - 280, 440),
        best_dont_know=(width - 60 - 180, 262, 180, 176),
        best_buddy=(160, 340, 230),
    )

def _layout(self) -> None:
    self.buttons.clear()
    if self.phase in ("ask", "reply"):
        self._layout_ask()
    elif self.phase in ("best", "best_reply"):
        self._layout_best()
    elif self.phase == "end":
        self._layout_end()
    if self.phase != "end" and "breathe" in self.ctx.factories:
        # Breathing with the buddy is always one tap away, as on every kid screen with feelings.
        self.buttons.add(breathe_button(self._breathe, self.ctx.t("screens:feelings.breathe")))

def _dont_know_button(
    self, rect: RectLike, on_activate: Callable[[], None], enabled: bool, name: str = "dont-know"
) -> Button:
    """The lilac "I don't know" card: always a fine answer, in both questions of the evening."""
    return Button(
        rect=rect,
        on_activate=on_activate,
        icon=DONT_KNOW_ICON,
        label=self.ctx.t("screens:evening.dont_know"),
        colour=theme.lighter(theme.LILAC, 0.55),
        icon_scale=0.66,
        label_size=22,
        sound="",
        enabled=enabled,
        name=name,
    )

def _breathe(self) -> None:
    self.ctx.open_scene("breathe")

def _layout_ask(self) -> None:
    places = self._places()
    size, gap = places.face_size, 20.0
    card_x, _cy, card_w, _ch = places.card
    center = card_x + card_w / 2
    row_w = len(self.faces) * size + (len(self.faces) - 1) * gap
    x = min(max(40.0, center - row_w / 2), self.ctx.layout.width - 40 - row_w)
    replying = self.phase == "reply"
    for face in self.faces:
        self.buttons.add(
            Button(
                rect=(x, places.faces_top, size, size + 30),
                on_activate=functools.partial(self._answer_face, face),
                icon=face.icon,
                label=self.ctx.text(face.label),
                colour=face_colour(face),
                icon_scale=0.8,
                label_size=24,
                sound="",
                enabled=not replying or self.chosen == face.id,
                name=f"face-{face.id}",
            )
        )
        x += size + gap
    dont_know, skip = places.extras
    self.buttons.add(
        self._dont_know_button(
            dont_know, functools.partial(self._answer, DONT_KNOW), not replying or self.chosen == DONT_KNOW
        )
    )
    self.buttons.add(
        Button(
            rect=skip,
            on_activate=self.skip,
            icon=SKIP_ICON,
            label=self.ctx.t("screens:evening.skip"),
            colour=theme.lighter(theme.SKY, 0.5),
            icon_scale=0.6,
            label_size=22,
            sound="tap",
            enabled=not replying,
            name="skip",
        )
    )

def _best_rects(self) -> list[RectLike]:
    x, y, w, h = self._places().grid
    count = len(self.cards)
    # One or two rows on a wide screen; two or three big cards a row on a tall one.
    wide_row = count if count <= 4 else (count + 1) // 2
    per_row = (2 if count <= 4 else 3) if self.tall else wide_row
    rows = (count + per_row - 1) // per_row
    gap = 24.0 if not self.tall else 40.0
    card_w = min(280.0 if self.tall else 200.0, (w - (per_row - 1) * gap) / per_row)
    card_h = min(card_w * 1.15, (h - (rows - 1) * gap) / rows)
    rects: list[RectLike] = []
    total_h = rows * card_h + (rows - 1) * gap
    for index in range(count):
        row, column = divmod(index, per_row)
        in_row = min(per_row, count - row * per_row)
        left = x + (w - (in_row * card_w + (in_row - 1) * gap)) / 2
        rects.append((left + column * (card_w + gap), y + (h - total_h) / 2 + row * (card_h + gap), card_w, card_h))
    return rects

def _layout_best(self) -> None:
    replying = self.phase == "best_reply"
    for card, rect in zip(self.cards, self._best_rects(), strict=True):
        self.buttons.add(
            Button(
                rect=rect,
                on_activate=functools.partial(self._choose_best, card),
                icon=card.icon,
                label=self.ctx.text(card.label),
                colour=CHOSEN if self.chosen == card.id else CARD_FACE,
                icon_scale=0.74,
                label_size=22,
                sound="pop",
                enabled=not replying or self.chosen == card.id,
                name=f"best-{card.id}",
            )
        )
    self.buttons.add(
        self._dont_know_button(
            self._places().best_dont_know,
            functools.partial(self._choose_best, None),
            not replying or self.chosen == BEST_DONT_KNOW,
            name="best-dont-know",
        )
    )

def _layout_end(self) -> None:
    layout = self.ctx.layout
    rect = (
        (layout.width / 2 - 110, layout.height / 2 + 330, 220, 200)
        if self.tall
        else (layout.width - 60 - 200, 300, 200, 200)
    )
    self.buttons.add(
        Button(
            rect=rect,
            on_activate=self.finish,
            icon="svg/icons/home.svg",
            label=self.ctx.t("screens:common.home"),
            colour=theme.SUNSHINE,
            label_size=28,
            name="home",
        )
    )
