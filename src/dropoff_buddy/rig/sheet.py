"""Pictures of every pose, for anyone checking the art (``dropoff-buddy poses OUT_DIR``).

One PNG per pose and kind (``pose-<pose>-<kind>.png``), one per pair pose and pair of kinds
(``pair-<pair>-<first>-<second>.png``), the grown-up's variants (older, wheelchair user) and a
contact sheet of them all (``poses.png``). Each picture has a floor line and, where asked, the
named points marked, so a hand that misses its cup or a pair that does not touch shows at once.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pygame

from dropoff_buddy.rig.figure import Figure, Rig
from dropoff_buddy.rig.pair import pose_pair
from dropoff_buddy.storage.models import AvatarLook, BuddyLook, Profile

BACKGROUND = (250, 244, 232)
FLOOR = (214, 196, 170)
INK = (74, 58, 52)
MARK = (224, 64, 72)
# Heights (pixels) for a grown-up; the others keep their sizes beside a grown-up.
RELATIVE_HEIGHT = {"adult": 1.0, "child": 0.58, "buddy": 0.3}


@dataclass(frozen=True)
class Cast:
    """Who is drawn: a grown-up, a child and a buddy."""

    adult: AvatarLook
    child: AvatarLook
    buddy: BuddyLook

    @classmethod
    def of(cls, profile: Profile) -> Cast:
        return cls(profile.grownup.look, profile.child.look, profile.buddy)

    def look(self, kind: str) -> AvatarLook | BuddyLook:
        return self.buddy if kind == "buddy" else self.child if kind == "child" else self.adult


def _label(surface: pygame.Surface, text: str) -> None:
    font = pygame.font.Font(None, max(18, surface.get_height() // 28))
    picture = font.render(text, True, INK)
    surface.blit(picture, (12, 8))


def _picture(
    figures: list[Figure], height: int, marks: Iterable[str], label: str, order: list[Figure]
) -> pygame.Surface:
    for figure in figures:
        figure.update(0.0)
    bounds = figures[0].rect().unionall([figure.rect() for figure in figures[1:]])
    pad = height // 10
    floor = max(figure.position[1] for figure in figures)
    top = min(bounds.top, floor - height) - pad
    width = max(bounds.width + 2 * pad, height // 2)
    canvas = pygame.Surface((width, round(floor - top + pad)))
    canvas.fill(BACKGROUND)
    shift = (width / 2 - bounds.centerx, -top)
    for figure in figures:
        figure.position = (figure.position[0] + shift[0], figure.position[1] + shift[1])
    pygame.draw.line(canvas, FLOOR, (0, floor + shift[1]), (width, floor + shift[1]), max(2, height // 200))
    figures[0].rig.draw_together(canvas, order)
    for figure in figures:
        for name in marks:
            x, y = figure.anchor(name)
            pygame.draw.circle(canvas, MARK, (round(x), round(y)), max(3, height // 120))
    _label(canvas, label)
    return canvas


def pose_picture(
    rig: Rig,
    kind: str,
    look: AvatarLook | BuddyLook,
    pose: str,
    height: int,
    *,
    carried: BuddyLook | None = None,
    marks: Iterable[str] = (),
) -> pygame.Surface:
    """One figure in one pose, ``height`` pixels for a standing grown-up."""
    figure = rig.figure(kind, look, position=(0, 0), height=height * RELATIVE_HEIGHT[kind], pose=pose, carried=carried)
    return _picture([figure], height, marks, f"{pose} ({kind})", [figure])


def pair_picture(
    rig: Rig,
    pair: str,
    first: tuple[str, AvatarLook | BuddyLook],
    second: tuple[str, AvatarLook | BuddyLook],
    height: int,
    *,
    marks: Iterable[str] = (),
) -> pygame.Surface:
    """Two figures in a pair pose."""
    a = rig.figure(first[0], first[1], position=(0, 0), height=height * RELATIVE_HEIGHT[first[0]])
    b = rig.figure(second[0], second[1], position=(height, 0), height=height * RELATIVE_HEIGHT[second[0]], facing=-1)
    pairing = pose_pair(pair, a, b, transition=0.0)
    return _picture([a, b], height, marks, f"{pair} ({first[0]} + {second[0]})", list(pairing.order))


def render_pose_sheets(rig: Rig, out_dir: Path, cast: Cast, *, height: int = 600, marks: bool = False) -> list[Path]:
    """Write every pose and pair picture to ``out_dir``; returns the files in order (the contact sheet last)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    points = ("hand_front", "hand_back", "cheek", "mouth", "nose", "chest", "lap") if marks else ()
    written: list[Path] = []
    pictures: list[pygame.Surface] = []

    def save(surface: pygame.Surface, name: str) -> None:
        path = out_dir / f"{name}.png"
        pygame.image.save(surface, str(path))
        written.append(path)
        pictures.append(surface)

    book = rig.book
    for pose in book.names():
        for kind in book.poses[pose].kinds:
            save(
                pose_picture(rig, kind, cast.look(kind), pose, height, carried=cast.buddy, marks=points),
                f"pose-{pose}-{kind}",
            )
    variants = {
        "older": cast.adult.model_copy(update={"older": True, "hair_colour": "grey", "glasses": "round"}),
        "wheelchair": cast.adult.model_copy(update={"wheelchair": True}),
    }
    for variant, look in variants.items():
        for pose in book.names("adult"):
            save(
                pose_picture(rig, "adult", look, pose, height, carried=cast.buddy, marks=points),
                f"pose-{pose}-adult-{variant}",
            )
    for pair in book.pairs:
        for first, second in book.pairs[pair].kinds:
            save(
                pair_picture(rig, pair, (first, cast.look(first)), (second, cast.look(second)), height, marks=points),
                f"pair-{pair}-{first}-{second}",
            )
        if ("adult", "child") in [tuple(kinds) for kinds in book.pairs[pair].kinds]:
            save(
                pair_picture(rig, pair, ("adult", variants["wheelchair"]), ("child", cast.child), height, marks=points),
                f"pair-{pair}-adult-wheelchair-child",
            )
    sheet = contact_sheet(pictures, columns=8, cell=height // 2)
    path = out_dir / "poses.png"
    pygame.image.save(sheet, str(path))
    written.append(path)
    return written


def contact_sheet(pictures: list[pygame.Surface], *, columns: int, cell: int) -> pygame.Surface:
    """The pictures scaled into ``cell``-pixel squares, ``columns`` to a row."""
    rows = max(1, -(-len(pictures) // columns))
    sheet = pygame.Surface((columns * cell, rows * cell))
    sheet.fill(BACKGROUND)
    for index, picture in enumerate(pictures):
        scale = min(cell / picture.get_width(), cell / picture.get_height())
        small = pygame.transform.smoothscale(
            picture, (max(1, round(picture.get_width() * scale)), max(1, round(picture.get_height() * scale)))
        )
        row, column = divmod(index, columns)
        sheet.blit(
            small, (column * cell + (cell - small.get_width()) // 2, row * cell + (cell - small.get_height()) // 2)
        )
    return sheet
