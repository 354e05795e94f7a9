"""Make tests/library/fixtures/library-vN.sqlite: a library at schema version N.

    python tests/library/make_fixture.py N

Version N is the first N migrations only. The library holds the five seeds,
as imported, a person's edit, evidence notes and a paper in the trash, so the
upgrade test can prove that every later migration keeps all of it. Run once,
when version N is the newest: the file is committed and must not be remade
by later versions of ExoDesk (library-v1 was made with m001 alone, library-v3
when m003 was the newest).
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from sqlite_utils import Database

from exodesk.library import Library, import_paths
from exodesk.library.schema import migrations
from exodesk.model import Notes

HERE = Path(__file__).parent
SEEDS = sorted((HERE.parents[1] / "seeds").glob("*.txt"))


def main() -> None:
    version = int(sys.argv[1])
    fixture = HERE / "fixtures" / f"library-v{version}.sqlite"
    fixture.unlink(missing_ok=True)
    db = Database(sqlite3.connect(fixture))
    later = [m.name for m in migrations._migrations[version:]]
    migrations.apply(db, stop_before=later or None)
    # A Library on the version-N file, without the upgrade its constructor runs.
    library = Library.__new__(Library)
    library.db, library.path, library.warnings = db, fixture, []
    library._order_cache, library._order_stamp, library._pending_index = {}, None, None
    import_paths(library, SEEDS)
    library.edit_paper(1, {"title": "Clinical applications of exosomes (title typed by a person)"})
    library.save_notes(1, Notes(study_design="narrative review", evidence_level="5",
                                conditions=["systemic-sclerosis"], free_notes="Read 3 Oct; 系統性硬化症",
                                tags=["handout"]))
    library.save_notes(4, Notes(study_design="phase I trial", sample_size=5, outcome="fistula healed in 3 of 5"))
    library.move_to_trash([3])
    db.execute("VACUUM")
    db.close()
    print(f"wrote {fixture}")


if __name__ == "__main__":
    main()
