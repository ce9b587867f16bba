"""The kid parts of the game, each described once (``levels/parts.toml``).

A part's identity lives here and nowhere else: the scene that plays it, its picture and
caption, its door on home (and the line the door says), whether Play runs it in the morning
flow (in the file's order) and the line that leads into it, and how the parent's settings
name and describe it. Home, the morning flow and the settings all read this catalogue, so a
new part is an entry here plus its scene.
"""

from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import Field, model_validator

from dropoff_buddy.content.lines import Line, Text
from dropoff_buddy.content.loader import StrictContent

ColourName = Literal["sky", "sunshine", "rose", "leaf", "lilac", "coral", "dusk"]


class Part(StrictContent):
    """One kid part (``parts:<id>.door_line``, ``parts:<id>.bridge``)."""

    line_scope: ClassVar[str | None] = "{id}"

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    scene: str = Field(pattern=r"^[a-z][a-z0-9-]*$")
    icon: str = Field(pattern=r"^svg/[a-z0-9_/]+\.svg$")
    caption: Text
    colour: ColourName = "sunshine"
    door: int = Field(default=0, ge=0, le=12)  # place on home, 1 = first; 0 = no door
    door_line: Line = Line("")
    morning: bool = False
    on: bool = True  # with ``morning``: on until the parent switches it off
    home_day: bool = False  # with ``morning``: Play runs it on a home day too (no daycare today)
    bridge: Line = Line("")
    parent_title: Text = Text("")
    parent_description: Text = Text("")

    @model_validator(mode="after")
    def _complete(self) -> Part:
        if not self.caption:
            raise ValueError("caption: a part needs a caption, under its door")
        if self.door and not self.door_line:
            raise ValueError("a part with a door needs a door_line, said when the door is tapped")
        if self.home_day and not self.morning:
            raise ValueError("home_day is for a morning part (morning = true)")
        if self.morning:
            missing = [name for name in ("bridge", "parent_title", "parent_description") if not getattr(self, name)]
            if missing:
                raise ValueError(f"a morning part needs {', '.join(missing)}")
        return self


class PartCatalog(StrictContent):
    schema_version: Literal[1]
    part: list[Part] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique(self) -> PartCatalog:
        for name in ("id", "scene"):
            values = [getattr(part, name) for part in self.part]
            repeated = sorted({value for value in values if values.count(value) > 1})
            if repeated:
                raise ValueError(f"part {name} {repeated[0]!r} is used twice")
        doors = [part.door for part in self.part if part.door]
        if len(set(doors)) != len(doors):
            raise ValueError("two parts have their door at the same place")
        return self

    def get(self, part_id: str) -> Part | None:
        return next((part for part in self.part if part.id == part_id), None)

    @property
    def morning(self) -> list[Part]:
        """The parts Play can run, in the order it runs them."""
        return [part for part in self.part if part.morning]

    @property
    def doors(self) -> list[Part]:
        """The parts with a door on home, in door order."""
        return sorted((part for part in self.part if part.door), key=lambda part: part.door)

    def flow(self, chosen: list[str] | None, *, home_day: bool = False) -> list[Part]:
        """The morning parts switched on: ``chosen`` (the profile's ``flow_parts``), or by default
        those with ``on = true``; always in this file's order, unknown ids left out. On a home day,
        only those with ``home_day = true``."""
        parts = [part for part in self.morning if (part.on if chosen is None else part.id in chosen)]
        return [part for part in parts if part.home_day] if home_day else parts
