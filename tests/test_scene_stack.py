from __future__ import annotations

from dropoff_buddy.scene import Scene, SceneStack


class Recorder(Scene):
    def __init__(self, name: str, log: list[str]) -> None:
        self.name = name
        self.log = log

    def enter(self) -> None:
        self.log.append(f"{self.name}.enter")

    def exit(self) -> None:
        self.log.append(f"{self.name}.exit")

    def pause(self) -> None:
        self.log.append(f"{self.name}.pause")

    def resume(self) -> None:
        self.log.append(f"{self.name}.resume")


def test_push_pauses_the_scene_below_and_pop_resumes_it() -> None:
    log: list[str] = []
    stack = SceneStack()
    stack.push(Recorder("home", log))
    stack.push(Recorder("story", log))
    stack.pop()
    assert log == ["home.enter", "home.pause", "story.enter", "story.exit", "home.resume"]
    assert stack.top is not None and stack.top.name == "home"


def test_replace_swaps_the_top_without_resuming_the_one_below() -> None:
    log: list[str] = []
    stack = SceneStack()
    stack.push(Recorder("home", log))
    stack.push(Recorder("gate", log))
    stack.replace(Recorder("parent", log))
    assert log[-2:] == ["gate.exit", "parent.enter"]
    assert "home.resume" not in log
    assert [scene.name for scene in stack.scenes] == ["home", "parent"]


def test_the_root_scene_cannot_be_popped() -> None:
    log: list[str] = []
    stack = SceneStack()
    stack.push(Recorder("home", log))
    assert stack.pop() is None
    assert len(stack) == 1


def test_pop_to_root_exits_every_scene_above_home_once() -> None:
    log: list[str] = []
    stack = SceneStack()
    for name in ("home", "flow", "story"):
        stack.push(Recorder(name, log))
    log.clear()
    stack.pop_to_root()
    assert log == ["story.exit", "flow.exit", "home.resume"]


def test_every_change_bumps_the_generation_so_the_app_can_cross_fade() -> None:
    stack = SceneStack()
    log: list[str] = []
    seen = stack.generation
    stack.push(Recorder("home", log))
    assert stack.generation > seen
    seen = stack.generation
    stack.push(Recorder("story", log))
    stack.pop()
    assert stack.generation == seen + 2
