"""Parent screens: full redraw of the busiest set-up page and the settings grid, and one typed letter.

``run(quick)`` returns medians and p99s in milliseconds, beside a bare fill + flip of the same
window so the ratio shows. A typed letter is measured from the TEXTINPUT event to the redrawn
frame, with a non-Latin name in the field (the glyph checks are cached after the first time).
"""

from __future__ import annotations

import statistics
import tempfile
from pathlib import Path

from measure import percentile, times_ms

SIZE = (1920, 1080)


def run(quick: bool) -> dict[str, float]:
    import pygame

    from dropoff_buddy.parent.pages.settings import SettingsPageScene, SettingsScene
    from dropoff_buddy.parent.pages.setup import ParentSetupScene
    from dropoff_buddy.playtest import start_game

    count = 60 if quick else 400
    results: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as data:
        game = start_game(Path(data), SIZE)
        ctx = game.ctx
        ctx.persist = False
        screen = pygame.display.get_surface()
        assert screen is not None

        def redraw() -> None:
            game.app.step([], 1 / 60)
            game.app.render()
            pygame.display.flip()

        setup = ParentSetupScene(ctx)
        ctx.scenes.push(setup)
        setup.show(7)  # the day: the page with the most buttons
        redraw()
        day = times_ms(redraw, count)
        ctx.scenes.pop()
        ctx.scenes.push(SettingsScene(ctx))
        redraw()
        grid = times_ms(redraw, count)
        ctx.scenes.pop()

        page = SettingsPageScene(ctx, "child")
        ctx.scenes.push(page)
        field = page.fields[0]
        field.focus()
        field.set_text("Амелия Łucja")

        def type_letter() -> None:
            if len(field.text) >= 20:
                field.set_text("Амелия Łucja")
            if game.app.step([pygame.event.Event(pygame.TEXTINPUT, text="ё")], 1 / 60):
                game.app.render()
            pygame.display.flip()

        type_letter()
        typed = times_ms(type_letter, count)

        def bare() -> None:
            screen.fill((238, 242, 246))
            pygame.display.flip()

        bare_times = times_ms(bare, count)
        ctx.scenes.clear()
        pygame.quit()
    bare_median = statistics.median(bare_times)
    for name, values in (("setup_day", day), ("settings_grid", grid), ("typed_letter", typed)):
        results[f"parent_{name}_1920x1080_median_ms"] = statistics.median(values)
        results[f"parent_{name}_1920x1080_p99_ms"] = percentile(values, 0.99)
        results[f"parent_{name}_vs_bare_ratio"] = statistics.median(values) / max(bare_median, 1e-6)
    results["parent_bare_frame_1920x1080_median_ms"] = bare_median
    return results


if __name__ == "__main__":
    for key, value in run(quick=False).items():
        print(f"{key}: {value:.3f}")
