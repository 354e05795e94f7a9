import contextlib
import os
import sys
import tempfile
from pathlib import Path

import pytest

# Qt tests run without a screen; set before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Whatever a test starts logs here, never into the user's own log folder.
os.environ.setdefault("EXODESK_LOG_DIR", tempfile.mkdtemp(prefix="exodesk-test-logs-"))
sys.path.insert(0, str(Path(__file__).parent))


@pytest.fixture(scope="session")
def qapp_cls():
    """Qt tests run on ExoDesk's own QApplication, as the program does."""
    from exodesk.gui.app import Application

    return Application


# -- the storage engines ------------------------------------------------------
# Tests taking `new_library` run once on each engine: a SQLite file and a
# library on a PostgreSQL server of the tests' own (tests/postgres_server.py).

ENGINES = ("sqlite", "postgresql")


@pytest.fixture(scope="session")
def postgres_server():
    from postgres_server import TestServer

    server = TestServer()
    try:
        yield server
    finally:
        from exodesk.library.shared import connection

        connection.close_pools()
        server.stop()


@pytest.fixture(scope="session")
def shared_template(postgres_server):
    """A database holding an empty library's tables, copied for each test."""
    from exodesk.library.shared import connection
    from exodesk.library.shared.store import SharedLibrary

    url = postgres_server.new_database()
    SharedLibrary(url).close()
    connection.close_pools()  # a template with connections cannot be copied
    from postgres_server import database_of

    return database_of(url)


@contextlib.contextmanager
def _shared_database(request):
    """A new shared library's address on the tests' server, dropped afterwards."""
    server = request.getfixturevalue("postgres_server")
    url = server.new_database(template=request.getfixturevalue("shared_template"))
    try:
        yield url
    finally:
        from postgres_server import database_of

        from exodesk.library.shared import connection

        connection.close_pools()
        with server.admin() as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{database_of(url)}" WITH (FORCE)')


@pytest.fixture
def shared_location(request):
    """A new shared library's address on the tests' server, dropped afterwards."""
    with _shared_database(request) as url:
        yield url


@pytest.fixture(params=ENGINES)
def engine(request) -> str:
    return request.param


@pytest.fixture
def library_location(engine, request, tmp_path):
    """Where a new library goes, on each engine in turn."""
    if engine == "postgresql":
        return request.getfixturevalue("shared_location")
    return tmp_path / "library.sqlite"


@pytest.fixture
def new_library(library_location):
    """A new, empty library on each engine in turn; closed afterwards."""
    from exodesk.library.locations import open_library

    library = open_library(library_location)
    yield library
    library.close()


@pytest.fixture
def second_library(engine, request, tmp_path):
    """Another new, empty library on the engine of `new_library`."""
    from exodesk.library.locations import open_library

    with contextlib.ExitStack() as stack:
        if engine == "postgresql":
            location = stack.enter_context(_shared_database(request))
        else:
            location = tmp_path / "second.sqlite"
        library = stack.enter_context(open_library(location))
        yield library


# The same for a module whose tests all read one library built once.

@pytest.fixture(scope="module", params=ENGINES)
def module_engine(request) -> str:
    return request.param


@pytest.fixture(scope="module")
def module_library_location(module_engine, request, tmp_path_factory):
    if module_engine == "postgresql":
        with _shared_database(request) as url:
            yield url
    else:
        yield tmp_path_factory.mktemp("library") / "library.sqlite"
