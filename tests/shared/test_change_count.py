"""The server counts a change once a transaction: the window's kept orders
go stale at each write, but an import's thousands of rows no longer update
the counter thousands of times (benchmarks/README.md)."""

from exodesk.library.locations import open_library
from exodesk.model import Notes, Paper


def test_a_transaction_of_many_rows_is_one_change_and_the_next_transaction_another(shared_location):
    library = open_library(shared_location)
    try:
        (before,) = library._change_stamp()
        with library.transaction():
            for number in range(40):
                library.insert_paper(Paper(title=f"Exosomes, study {number}"), Notes(tags=["reception"]))
        (imported,) = library._change_stamp()
        with library.transaction():
            library.insert_paper(Paper(title="One more"))
        (after,) = library._change_stamp()
        # A savepoint undone takes its count with it: the next write counts again.
        with library.transaction():
            try:
                with library.transaction():
                    library.insert_paper(Paper(title="Undone"))
                    raise RuntimeError
            except RuntimeError:
                pass
            library.insert_paper(Paper(title="Kept"))
        (last,) = library._change_stamp()
    finally:
        library.close()
    assert (imported - before, after - imported, last - after) == (1, 1, 1)
    assert library_titles(shared_location)[-2:] == ["One more", "Kept"]


def library_titles(location) -> list[str]:
    with open_library(location) as library:
        return [library.get(i).title for i in library.all_ids()]
