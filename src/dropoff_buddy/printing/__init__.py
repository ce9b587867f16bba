"""Printables: the storybook, picture cards for the fridge and the teacher's "About me" page, as PDF.

Pictures are drawn by the game's own renderers (the story's stage, the cards' art, the buddy,
the people, the family photo) offscreen at 300 dpi and embedded; text is set in the game's font
(Andika, embedded) so it is real, selectable text. ``make_printable`` is the one way in, used by
the parent area's Print page and by ``dropoff-buddy print``.
"""

from __future__ import annotations

from dropoff_buddy.printing.document import PAPERS, Paper, Printable, PrintError
from dropoff_buddy.printing.make import KINDS, PrintKind, make_printable, printable_file_stem

__all__ = ["KINDS", "PAPERS", "Paper", "PrintError", "PrintKind", "Printable", "make_printable", "printable_file_stem"]
