"""Make tests/library/fixtures/library-v1.sqlite: a library at schema version 1.

    python tests/library/make_fixture_v1.py

Version 1 is the first migration only (m001). The library holds the five
seeds, as imported, a person's edit and evidence notes, so the upgrade test
can prove that every later migration keeps all of it. Run once; the file is
committed and must not be remade by later versions of ExoDesk.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from exodesk.library import Library, import_paths
from exodesk.library.schema import migrations
from exodesk.model import Notes

HERE = Path(__file__).parent
FIXTURE = HERE / "fixtures" / "library-v1.sqlite"
SEEDS = sorted((HERE.parents[1] / "seeds").glob("*.txt"))


def main() -> None:
    FIXTURE.unlink(missing_ok=True)
    db = Database(sqlite3.connect(FIXTURE))
    later = [m.name for m in migrations._migrations[1:]]
    migrations.apply(db, stop_before=later or None)
    # A Library on the version-1 file, without the upgrade its constructor runs.
    library = Library.__new__(Library)
    library.db, library.path, library.warnings = db, FIXTURE, []
    library._order_cache, library._order_stamp = {}, None
    import_paths(library, SEEDS)
    library.edit_paper(1, {"title": "Clinical applications of exosomes (title typed by a person)"})
    library.save_notes(1, Notes(study_design="narrative review", evidence_level="5",
                                conditions=["systemic-sclerosis"], free_notes="Read 3 Oct; 系統性硬化症",
                                tags=["handout"]))
    library.save_notes(4, Notes(study_design="phase I trial", sample_size=5, outcome="fistula healed in 3 of 5"))
    library.move_to_trash([3])
    db.execute("VACUUM")
    db.close()
    print(f"wrote {FIXTURE}")


if __name__ == "__main__":
    main()
