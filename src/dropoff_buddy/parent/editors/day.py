"""The day: three to eight picture cards in order, ending when the grown-up comes back."""

from __future__ import annotations

from dropoff_buddy.content.lines import Line
from dropoff_buddy.parent.editors.picker import OrderedPicker
from dropoff_buddy.storage.models import Profile


def sensible_pickup(schedule: list[str], wanted: str) -> str:
    """``wanted`` if it is in the day; else the card just before home time, else the second-to-last."""
    if wanted in schedule:
        return wanted
    if "pickup" in schedule:
        index = schedule.index("pickup")
        if index > 0:
            return schedule[index - 1]
    return schedule[max(0, len(schedule) - 2)]


class DayEditor(OrderedPicker):
    key = "day"
    minimum = 3
    maximum = 8

    def options(self) -> list[tuple[str, str, str]]:
        return [(card.id, self.ctx.text(card.label), card.icon) for card in self.ctx.content.cards.card]

    def current(self) -> list[str]:
        return list(self.profile.schedule)

    def store(self, chosen: list[str]) -> None:
        pickup = sensible_pickup(chosen, self.profile.pickup_after)
        data = self.profile.model_dump()
        data.update(schedule=chosen, pickup_after=pickup)
        self.ctx.child.profile = Profile.model_validate(data)

    def summary(self) -> str:
        return self.t("summary", count=len(self.profile.schedule))

    def preview(self) -> Line | None:
        return self.ctx.content.lines.my_day.promise
