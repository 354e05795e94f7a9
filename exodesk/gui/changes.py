"""What an edit changed, as the window's views hear it.

An undoable command says which papers it touched and what of them changed;
each view decides from that whether to refresh (as Anki's OpChanges does).
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum


class Change(StrEnum):
    NOTES = "notes"  # a paper's evidence notes: its row, the editor, the filter lists
    PAPER = "paper"  # a paper's metadata: its row and the detail pane
    LIST = "list"  # which papers the library (or the trash) holds: the whole table


# changed(paper_ids, change, first_run): on the first run the widget that made
# the change already shows it, so the editor is not reloaded under the cursor.
Changed = Callable[[list[int], Change, bool], None]
