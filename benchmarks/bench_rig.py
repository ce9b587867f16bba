"""Rig benchmarks (picked up by ``benchmarks/run.py``), at 1920×1080 with the dummy driver.

- ``rig_page_frame_p99_ms``: a page with four rigged figures (a grown-up walking, a child
  changing pose every second and a half, the teacher waving, the buddy) drawn every frame:
  update + backdrop + four figures + flip, after one pass through their poses (caches warm).
  Budget ≤ 6 ms. ``rig_page_first_pass_p99_ms`` is the same over the first pass, while pictures
  are still being composed. ``*_cpu_*`` are the main thread's CPU time for the same frames
  (what other processes on a busy machine can't inflate).
- ``rig_cold_<kind>_ms``: the first picture of a figure with every cache cold (new rig): SVG
  pieces rasterised, turned and composed. ``rig_new_pose_<kind>_ms``: a pose not seen before
  once the pieces are rasterised (only turning and composing).
- ``rig_pair_solve_ms``: solving a hug between a grown-up and a child (placing, bending arms).
- ``rig_cache_mb``: pixels held by the rig's caches after the page run.
"""

from __future__ import annotations

import os
import statistics
import time

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

import pygame

from measure import percentile

SIZE = (1920, 1080)
ADULT_HEIGHT = 560.0  # pixels, as the story draws a grown-up at 1920×1080


def _new_rig() -> object:
    from dropoff_buddy.assets import Assets
    from dropoff_buddy.buddy.render import BuddyRenderer
    from dropoff_buddy.rig import Rig

    assets = Assets()
    return Rig(assets, BuddyRenderer(assets))


def page_frames(frames: int) -> dict[str, float]:
    from dropoff_buddy.rig import Rig
    from dropoff_buddy.storage.models import Profile

    screen = pygame.display.set_mode(SIZE)
    rig = _new_rig()
    assert isinstance(rig, Rig)
    profile = Profile()
    backdrop = pygame.Surface(SIZE)
    backdrop.fill((250, 240, 226))
    floor = 900.0
    grownup = rig.figure("adult", profile.grownup.look, position=(300, floor), height=ADULT_HEIGHT, pose="walk")
    child = rig.figure(
        "child", profile.child.look, position=(800, floor), height=ADULT_HEIGHT * 0.58, carried=profile.buddy
    )
    teacher = rig.figure("adult", profile.teacher.look, position=(1300, floor), height=ADULT_HEIGHT, pose="wave")
    buddy = rig.figure("buddy", profile.buddy, position=(1650, floor), height=ADULT_HEIGHT * 0.3, facing=-1)
    figures = [grownup, child, teacher, buddy]
    child_poses = ["carry_buddy", "wave", "sit_floor", "backpack", "cheer", "stand"]
    buddy_poses = ["wave", "stand", "cheer"]
    dt = 1 / 60

    def one_pass(cpu: list[float]) -> list[float]:
        times = []
        for index in range(frames):
            start, start_cpu = time.perf_counter(), time.thread_time()
            if index % 90 == 0:
                child.set_pose(child_poses[(index // 90) % len(child_poses)])
                buddy.set_pose(buddy_poses[(index // 90) % len(buddy_poses)])
            for figure in figures:
                figure.update(dt)
            screen.blit(backdrop, (0, 0))
            for figure in figures:
                figure.draw(screen)
            pygame.display.flip()
            times.append((time.perf_counter() - start) * 1000)
            cpu.append((time.thread_time() - start_cpu) * 1000)
        return times

    first_cpu: list[float] = []
    warm_cpu: list[float] = []
    first = one_pass(first_cpu)
    warm = one_pass(warm_cpu)
    return {
        "rig_page_frame_p99_ms": percentile(warm, 0.99),
        "rig_page_frame_median_ms": statistics.median(warm),
        "rig_page_frame_cpu_p99_ms": percentile(warm_cpu, 0.99),
        "rig_page_first_pass_cpu_p99_ms": percentile(first_cpu, 0.99),
        "rig_page_first_pass_p99_ms": percentile(first, 0.99),
        "rig_page_first_pass_max_ms": max(first),
        "rig_cache_mb": rig.memory_bytes() / 1e6,
        "rig_cached_frames": float(rig.cached_frames),
    }


def cold_figures(runs: int) -> dict[str, float]:
    from dropoff_buddy.rig import Rig
    from dropoff_buddy.rig.pair import pose_pair
    from dropoff_buddy.storage.models import Profile

    pygame.display.set_mode(SIZE)
    profile = Profile()
    looks = {"adult": profile.grownup.look, "child": profile.child.look, "buddy": profile.buddy}
    heights = {"adult": ADULT_HEIGHT, "child": ADULT_HEIGHT * 0.58, "buddy": ADULT_HEIGHT * 0.3}
    cold: dict[str, list[float]] = {kind: [] for kind in looks}
    new_pose: dict[str, list[float]] = {kind: [] for kind in looks}
    solve: list[float] = []
    for _ in range(runs):
        for kind, look in looks.items():
            rig = _new_rig()
            assert isinstance(rig, Rig)
            figure = rig.figure(kind, look, position=(900, 900), height=heights[kind], pose="stand")
            start = time.perf_counter()
            figure.frame()
            cold[kind].append((time.perf_counter() - start) * 1000)
            figure.set_pose("wave", 0)
            start = time.perf_counter()
            figure.frame()
            new_pose[kind].append((time.perf_counter() - start) * 1000)
        rig = _new_rig()
        assert isinstance(rig, Rig)
        grownup = rig.figure("adult", looks["adult"], position=(700, 900), height=ADULT_HEIGHT)
        child = rig.figure("child", looks["child"], position=(1100, 900), height=heights["child"], facing=-1)
        start = time.perf_counter()
        pose_pair("hug", grownup, child, transition=0)
        solve.append((time.perf_counter() - start) * 1000)
    figures = {f"rig_cold_{kind}_ms": statistics.median(values) for kind, values in cold.items()}
    figures |= {f"rig_new_pose_{kind}_ms": statistics.median(values) for kind, values in new_pose.items()}
    figures["rig_pair_solve_ms"] = statistics.median(solve)
    return figures


def run(quick: bool) -> dict[str, float]:
    pygame.init()
    try:
        results = page_frames(240 if quick else 900)
        results |= cold_figures(2 if quick else 5)
    finally:
        pygame.quit()
    return results


if __name__ == "__main__":
    import json
    import sys

    print(json.dumps(run("--quick" in sys.argv), indent=2))
