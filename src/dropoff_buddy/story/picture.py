"""What a story page looks like: the background, the door, the props and the rigged people, and where
each of them is (for taps, and for tests that check nobody is cut off or covered).

``PagePicture`` belongs to the story scene and reads its state (the page, the actors' motions, the
props' little animations); ``draw`` changes nothing. Figures are made by ``story.cast.PageCast``.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import pygame

from dropoff_buddy.story.cast import PageCast
from dropoff_buddy.story.schema import DOOR_TARGET, PHOTO_TARGET, PORTRAIT_TARGET, Door, Portrait
from dropoff_buddy.story.stage import ActorMotion, Stage
from dropoff_buddy.ui import theme
from dropoff_buddy.ui.door import DoorPlace, draw_door
from dropoff_buddy.ui.layout import FigureBox
from dropoff_buddy.ui.photo import draw_family_photo

if TYPE_CHECKING:
    from dropoff_buddy.parts.story import StoryScene, _Prop

DOOR_SWING_SECONDS = 0.5  # the door opening or shutting
DOOR_REACH = 60.0  # a walk that starts or ends this close to the door goes through it
BREATH_CYCLE = 9.0  # in 4 s, hold 1 s, out 4 s, like the breathe scene
NO_FACE = pygame.Rect(0, 0, 0, 0)


class PagePicture:
    """Draws the story scene's page and says where things are on it."""

    def __init__(self, scene: StoryScene) -> None:
        self.scene = scene
        self.ctx = scene.ctx
        self.cast: PageCast | None = None
        self.door_open = 0.0  # the page's door: 0 shut … 1 wide open
        self.door_leaver: ActorMotion | None = None  # who went out through the door (seen until it shuts)

    # -- a new page, a new window size ------------------------------------------------------------

    def show(self, stage: Stage) -> None:
        """Make the figures for the scene's page (just opened)."""
        scene = self.scene
        page = scene.page
        assert page is not None
        for motion in scene.actors.values():
            motion.through_door = self.walks_through_door(motion)
        self.door_open = 1.0 if page.door is not None and page.door.open else 0.0
        self.door_leaver = None
        self.cast = PageCast(
            self.ctx.rig,
            page.actors,
            page.pairs,
            scene.members,
            self.ctx.profile.buddy,
            stage,
            reduced_motion=self.ctx.reduced_motion,
        )
        self.cast.follow(scene.actors)

    def resized(self, stage: Stage) -> None:
        if self.cast is not None:
            self.cast.place(stage)
            self.cast.follow(self.scene.actors)

    # -- time ---------------------------------------------------------------------------------------

    def update(self, dt: float, line_started: int | None) -> bool:
        scene = self.scene
        changed = self.swing_door(dt)
        if self.cast is not None:
            self.cast.cue_pairs(dt, line_started, not self.ctx.narrator.speaking)
            self.cast.follow(scene.actors)
            changed = self.cast.update(dt) or changed
        return changed

    def walks_through_door(self, motion: ActorMotion) -> bool:
        """True if ``motion`` walks in from the page's door or out to it."""
        page = self.scene.page
        door = page.door if page is not None else None
        spec = motion.spec
        if door is None:
            return False
        ends = {"walk_in": spec.from_x, "walk_out": spec.to_x}.get(spec.animation)
        return ends is not None and abs(ends - door.x) <= DOOR_REACH

    def swing_door(self, dt: float) -> bool:
        """Open the door while someone walks through it, and shut it behind them. True if it moved."""
        page = self.scene.page
        if page is None or page.door is None:
            return False
        walking = [
            motion
            for motion in self.scene.actors.values()
            if motion.through_door and motion.animation in ("walk_in", "walk_out")
        ]
        for motion in walking:
            if motion.animation == "walk_out":
                self.door_leaver = motion
        wanted = 1.0 if page.door.open or walking else 0.0
        if wanted == self.door_open:
            return False
        if wanted > 0 and self.door_open == 0.0:
            self.ctx.play_sound("door")
        step = 1.0 if self.ctx.reduced_motion else dt / DOOR_SWING_SECONDS
        if wanted > self.door_open:
            self.door_open = min(wanted, self.door_open + step)
        else:
            self.door_open = max(wanted, self.door_open - step)
        return True

    def in_doorway(self, motion: ActorMotion) -> bool:
        """True while ``motion`` is stepping through the page's door (drawn inside the doorway)."""
        page = self.scene.page
        door = page.door if page is not None else None
        if door is None or not motion.through_door:
            return False
        if motion is self.door_leaver and not motion.visible:
            return self.door_open > 0.0
        half = DoorPlace(door.x, door.y, door.height).width / 2
        return motion.visible and abs(motion.x - door.x) < half * 0.9

    # -- drawing ------------------------------------------------------------------------------------

    def draw(self, surface: pygame.Surface) -> None:
        scene = self.scene
        page = scene.page
        stage = Stage.for_size(surface.get_size())
        if page is None:
            scene.backdrop.draw(surface, self.ctx.layout)
            return
        background = scene.art.background(page.background, stage.art_size)
        if background is None:
            scene.backdrop.draw(surface, self.ctx.layout)
        else:
            surface.blit(background, (round(stage.left), round(stage.top)))
        if stage.portrait:  # below the picture: a calm panel for the buttons and the caption
            bottom = round(stage.bottom)
            surface.fill(theme.BACKGROUND, pygame.Rect(0, bottom, surface.get_width(), surface.get_height() - bottom))
            pygame.draw.line(surface, theme.BACKGROUND_DEEP, (0, bottom), (surface.get_width(), bottom), 6)
        for prop in scene.props.values():
            if not prop.spec.front:
                self._draw_prop(surface, stage, prop)
        if page.breathing:
            self._draw_breathing(surface, stage)
        self._draw_pictures(surface, stage)
        doorway = {who for who, motion in scene.actors.items() if self.in_doorway(motion)}
        if page.door is not None:
            self._draw_door(surface, stage, page.door, doorway)
        if self.cast is not None:
            self.cast.draw(surface, scene.actors, skip=doorway)
        for prop in scene.props.values():
            if prop.spec.front:
                self._draw_prop(surface, stage, prop)

    def _draw_door(self, surface: pygame.Surface, stage: Stage, door: Door, doorway: set[str]) -> None:
        """The daycare door, with whoever is stepping through it drawn inside the doorway."""
        x, floor_y = stage.point(door.x, door.y)
        cast = self.cast

        def through(target: pygame.Surface) -> None:
            if cast is not None:
                for who in doorway:
                    cast.draw_one(target, who)

        draw_door(
            surface,
            self.ctx.assets,
            DoorPlace(x, floor_y, stage.length(door.height)),
            open_amount=self.door_open,
            view=door.view,
            through=through if doorway else None,
        )

    def _draw_pictures(self, surface: pygame.Surface, stage: Stage) -> None:
        """The family photo and the portrait, if the page has them."""
        scene = self.scene
        page = scene.page
        assert page is not None
        if page.photo is not None:
            lift = 0.0 if self.ctx.reduced_motion else 24 * math.sin(math.pi * scene.photo_bounce)
            width = stage.length(page.photo.width)
            center = stage.point(page.photo.x, page.photo.y - lift)
            draw_family_photo(surface, self.ctx, center, width)
        if page.portrait is not None:
            self._draw_portrait(surface, stage, page.portrait)

    def _draw_portrait(self, surface: pygame.Surface, stage: Stage, portrait: Portrait) -> None:
        """Someone's face: on a little card (the child's own hook), or in a thought cloud."""
        member = self.scene.members.get(portrait.who)
        if member is None:
            return
        size = max(8, round(stage.length(portrait.size)))
        centre = stage.point(portrait.x, portrait.y)
        if portrait.frame == "thought":
            towards = portrait.towards_x if portrait.towards_x is not None else portrait.x
            start = stage.point(portrait.x + (towards - portrait.x) * 0.45, portrait.y + portrait.size * 0.62)
            end = stage.point(towards, portrait.y + portrait.size * 1.05)
            for step, radius in ((0.0, 0.09), (0.55, 0.065), (1.0, 0.045)):
                at = (round(start[0] + (end[0] - start[0]) * step), round(start[1] + (end[1] - start[1]) * step))
                _bubble(surface, at, round(size * radius))
            for dx, dy, radius in _CLOUD:
                _bubble(surface, (round(centre[0] + dx * size), round(centre[1] + dy * size)), round(radius * size), 0)
            for dx, dy, radius in _CLOUD:
                _bubble(surface, (round(centre[0] + dx * size), round(centre[1] + dy * size)), round(radius * size), 1)
        else:
            card = pygame.Rect(0, 0, round(size * 0.9), size)
            card.center = centre
            radius = max(2, size // 8)
            pygame.draw.rect(surface, theme.PANEL, card, border_radius=radius)
            pygame.draw.rect(surface, theme.OUTLINE, card, width=max(2, size // 24), border_radius=radius)
        head = self.ctx.rig.head(member.kind, member.look, round(size * 0.82))
        surface.blit(head, head.get_rect(center=(centre[0], round(centre[1] - size * 0.04))))

    def _draw_prop(self, surface: pygame.Surface, stage: Stage, prop: _Prop) -> None:
        spec = prop.spec
        path = f"svg/props/{spec.name}.svg"
        if not self.ctx.assets.exists(path):
            return
        size = stage.length(spec.size)
        image = self.ctx.assets.svg(path, (stage.length(spec.width or spec.size), size))
        lift, angle = prop.offset(self.ctx.reduced_motion)
        transforms = self.scene.transforms
        if self.scene.pressed_target == spec.name:
            image = transforms.get(image, flip=False, angle=0, sx=0.95, sy=0.95, alpha=255)
        if angle:
            image = transforms.get(image, flip=False, angle=angle, sx=1, sy=1, alpha=255)
        surface.blit(image, image.get_rect(center=stage.point(spec.x, spec.y - lift)))

    def _draw_breathing(self, surface: pygame.Surface, stage: Stage) -> None:
        """A slow breathing circle round the buddy (in someone's arms, or on its own)."""
        scene = self.scene
        box = self.cast.buddy_rect() if self.cast is not None else None
        if box is None:
            return
        t = scene.page_time % BREATH_CYCLE
        if t < 4.0:
            fraction = 0.5 - 0.5 * math.cos(math.pi * t / 4.0)
        elif t < 5.0:
            fraction = 1.0
        else:
            fraction = 0.5 + 0.5 * math.cos(math.pi * (t - 5.0) / 4.0)
        if self.ctx.reduced_motion:
            fraction = round(fraction * 4) / 4
        radius = round(max(box.width, box.height) * (0.75 + 0.35 * fraction))
        glow = pygame.Surface((radius * 2 + 4, radius * 2 + 4), pygame.SRCALPHA)
        pygame.draw.circle(glow, (*theme.lighter(theme.SKY, 0.35), 120), (radius + 2, radius + 2), radius)
        surface.blit(glow, glow.get_rect(center=box.center))

    # -- where things are ------------------------------------------------------------------------

    def target_box(self, target: str) -> pygame.Rect | None:
        """The pixel box of a tap target on this page (an actor, the buddy in someone's arms, a prop)."""
        scene = self.scene
        page = scene.page
        stage = scene.stage
        if page is None:
            return None
        if target == DOOR_TARGET and page.door is not None:
            return pixel_rect(stage, DoorPlace(page.door.x, page.door.y, page.door.height).frame())
        if target == PHOTO_TARGET and page.photo is not None:
            photo = page.photo
            box = (photo.x - photo.width / 2, photo.y - photo.width * 0.45, photo.width, photo.width * 0.9)
            return pixel_rect(stage, box)
        if target == PORTRAIT_TARGET and page.portrait is not None:
            portrait = page.portrait
            half = portrait.size * (0.95 if portrait.frame == "thought" else 0.5)
            return pixel_rect(stage, (portrait.x - half, portrait.y - half, 2 * half, 2 * half))
        prop = scene.props.get(target)
        if prop is not None:
            item = prop.spec
            width = item.width or item.size
            return pixel_rect(stage, (item.x - width / 2, item.y - item.size / 2, width, item.size))
        if self.cast is None:
            return None
        if target == "buddy":
            motion = scene.actors.get("buddy")
            if motion is not None and not motion.visible:
                return None
            return self.cast.buddy_rect()
        motion = scene.actors.get(target)
        if motion is None or not motion.visible:
            return None
        return self.cast.rect(target)

    def figure_boxes(self) -> list[FigureBox]:
        """Everyone on the page as drawn now, and the door, in pixels."""
        scene = self.scene
        page = scene.page
        if page is None or self.cast is None:
            return []
        found = []
        for who in self.cast.figures:
            rect, face = self.cast.rect(who), self.cast.face(who)
            if rect is not None and face is not None:
                found.append(FigureBox(who, rect, face))
        if "buddy" not in self.cast.figures:
            held = self.cast.buddy_rect()
            if held is not None:
                found.append(FigureBox("buddy", held, held.inflate(-held.width // 3, -held.height // 2)))
        if page.door is not None:
            frame = pixel_rect(scene.stage, DoorPlace(page.door.x, page.door.y, page.door.height).frame())
            found.append(FigureBox(DOOR_TARGET, frame, NO_FACE))
        return found


#: A thought cloud: circles (x, y, radius) in parts of the portrait's size round its middle.
_CLOUD = ((-0.42, 0.05, 0.36), (0.42, 0.05, 0.36), (0.0, -0.25, 0.4), (0.0, 0.3, 0.38), (0.0, 0.02, 0.46))


def _bubble(surface: pygame.Surface, centre: tuple[int, int], radius: int, layer: int = -1) -> None:
    """A white bubble with a soft outline; ``layer`` 0 draws only the outline ring, 1 only the white
    (a cloud is all its outlines, then all its fills, so the circles join); -1 both."""
    edge = max(2, radius // 9)
    if layer in (-1, 0):
        pygame.draw.circle(surface, theme.OUTLINE, centre, radius + edge)
    if layer in (-1, 1):
        pygame.draw.circle(surface, theme.WHITE, centre, radius)


def pixel_rect(stage: Stage, box: tuple[float, float, float, float]) -> pygame.Rect:
    """A stage-unit box in window pixels."""
    x, y, w, h = box
    left, top = stage.point(x, y)
    right, bottom = stage.point(x + w, y + h)
    return pygame.Rect(left, top, right - left, bottom - top)


__all__ = ["PagePicture", "pixel_rect"]
