"""What the child's parts share: a part ends once, with its sound, and leaves the stack."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dropoff_buddy.scene import Scene

if TYPE_CHECKING:
    from dropoff_buddy.context import GameContext


class PartScene(Scene):
    """A part of the child's morning or evening (the story, breathe, my day...) that ends once.

    ``finish`` plays ``end_sound`` and pops the part; a second call (a tap on the last arrow while
    the page turns by itself, the part's own timer) does nothing, and ``finished`` says it is over.
    """

    #: The sound the part ends with ("": none).
    end_sound = ""

    def __init__(self, ctx: GameContext) -> None:
        super().__init__(ctx)
        self.finished = False

    def finish(self) -> None:
        if self.finished:
            return
        self.finished = True
        if self.end_sound:
            self.ctx.play_sound(self.end_sound)
        self.ctx.scenes.pop()
