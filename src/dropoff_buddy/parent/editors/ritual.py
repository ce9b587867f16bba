"""The goodbye ritual: one to four steps, in the order the family does them."""

from __future__ import annotations

from dropoff_buddy.content.lines import Line
from dropoff_buddy.parent.editors.picker import OrderedPicker


class RitualEditor(OrderedPicker):
    key = "ritual"
    minimum = 1
    maximum = 4

    def options(self) -> list[tuple[str, str, str]]:
        return [(step.id, self.ctx.text(step.label), step.icon) for step in self.ctx.content.ritual_steps.step]

    def current(self) -> list[str]:
        return list(self.profile.ritual)

    def store(self, chosen: list[str]) -> None:
        self.profile.ritual = chosen

    def summary(self) -> str:
        labels = [
            (self.ctx.text(step.label) if step else step_id)
            for step_id in self.profile.ritual
            for step in [self.ctx.content.ritual_steps.get(step_id)]
        ]
        return ", ".join(labels)

    def preview(self) -> Line | None:
        return self.ctx.content.lines.ritual.praise
