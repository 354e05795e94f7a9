"""The command line: a thin layer over the library, the same calls the window makes.

`exodesk --help` lists every way to start it (MODES below) and every command
(COMMANDS, at the end: the one table the parser, the dispatch and the "did you
mean" of a mistyped command are built from). A mistake on the command line is one line on standard error and
exit status 2, never a traceback and never a window; a command whose work
partly failed (a file refused, a paper not found) exits with 1.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from exodesk import APP_NAME, __version__
from exodesk.formats import CITATION_STYLES, DEFAULT_STYLE, EXPORT_FORMATS

MODES = """\
ways to start it:
  exodesk                          open the window on your library
  exodesk FILE...                  open the window and import the files or folders
  exodesk --demo                   open the window on a fresh demo library (the seed papers)
  exodesk --demo --quit-after MS   open, show and close the window (a smoke test)
  exodesk COMMAND ...              work on the library without a window (commands above)

A --library FILE that does not exist is refused unless --create is given; without
--library, your library in the user data folder (or $EXODESK_LIBRARY) is used and
made the first time. --library and $EXODESK_LIBRARY also take a shared library's
address on a PostgreSQL server, postgresql://LOGIN@HOST[:PORT]/DATABASE (its
password from the system keyring); `exodesk library init ADDRESS` sets one up."""

# Exit statuses.
MISTAKE = 2  # the command line asked for something impossible: nothing was done
PARTLY = 1  # the work was done, but not all of it (a file refused, a paper not found)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="exodesk", description=f"{APP_NAME} reference manager for a clinic. Without a command it opens the window.",
        usage="exodesk [--library FILE [--create]] [--demo] [--quit-after MS] [FILE ...]\n"
              "       exodesk [--library FILE [--create]] COMMAND ...",
        epilog=MODES, formatter_class=argparse.RawDescriptionHelpFormatter, parents=[_common()])
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    sub = parser.add_subparsers(dest="command", title="commands", metavar="COMMAND",
                                prog="exodesk [--library FILE [--create]]")
    for command in COMMANDS.values():
        command.arguments(sub.add_parser(command.name, help=command.help))
    return parser


def _common() -> argparse.ArgumentParser:
    """The options of the window and of every command."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--library", type=_location, metavar="FILE",
                        help="library file or postgresql:// address (default: your user data folder, "
                             "or $EXODESK_LIBRARY)")
    common.add_argument("--create", action="store_true", help="make a new, empty library at --library if there is none")
    common.add_argument("--demo", action="store_true", help="open the window on a fresh demo library")
    common.add_argument("--quit-after", type=int, metavar="MS", help="close the window MS milliseconds after it shows")
    return common


def _window_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="exodesk", parents=[_common()],
                                     usage="exodesk [--library FILE [--create]] [--demo] [--quit-after MS] [FILE ...]")
    parser.add_argument("files", nargs="*", type=Path)
    return parser


def _location(text: str) -> Path | str:
    """A library file, or a server's address kept as given (a Path would
    make `postgresql://host/db` into `postgresql:/host/db`)."""
    from exodesk.library.locations import is_shared

    return text if is_shared(text) else Path(text)


def _id_list(text: str) -> list[int]:
    try:
        return [int(x) for x in text.split(",") if x.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a list of paper numbers such as 1,2,5") from None


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # macOS gives an app started from the Finder a process number it does not need.
    argv = [a for a in argv if not a.startswith("-psn_")]
    parser = _parser()
    if _first_word(parser, argv) not in COMMANDS:
        if any(a in ("-h", "--help", "--version") for a in argv):
            parser.parse_args(argv)  # prints the help or the version, and exits
        window = _guarded("the window", _window_arguments, _window_parser().parse_args(argv))
        # The window, once started, has its own handler: errors in it are shown there.
        return window if isinstance(window, int) else _open_window(window)
    args = parser.parse_args(argv)
    if args.demo or args.quit_after is not None:
        parser.error("--demo and --quit-after are for the window; they do not go with a command")
    return _guarded(args.command, _run, args)


def entry() -> None:
    """The `exodesk` command and `python -m exodesk`: main(), then the end of
    the process. After a command the process ends at once, once what is
    written is flushed and the exit handlers have run (the log, the workers):
    Python would otherwise free every object it made, one by one, before it
    ends (0.1 s after an import of many files, the Chinese converters' tables
    among them), for nothing. After the window, it ends as Qt expects."""
    code = main()
    if "PySide6" not in sys.modules:
        end_now(code)
    sys.exit(code)


def end_now(code: int) -> None:
    import atexit
    import threading

    run_exit_handlers = getattr(atexit, "_run_exitfuncs", None)
    others = [t for t in threading.enumerate() if t is not threading.current_thread() and not t.daemon]
    if run_exit_handlers is None or others:  # not CPython, or work still under way: end as usual
        sys.exit(code)
    run_exit_handlers()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):  # a closed pipe: nothing more can be said there
            stream.flush()
    os._exit(code)


def _guarded(what: str, function, args):
    """Run a command: what goes wrong is one line here (and the details in the log)."""
    try:
        return function(args)
    except KeyboardInterrupt:
        print("exodesk: stopped", file=sys.stderr)
        return 130
    except BrokenPipeError:  # what reads the output stopped early (`exodesk list | head`): as Unix tools, quietly
        _discard_output()
        return PARTLY
    except OSError as error:  # a file that cannot be written, a disk that is full
        print(f"exodesk: {_os_error(error)}", file=sys.stderr)
        return PARTLY
    except Exception as error:  # a bug
        from exodesk import logs

        logs.setup_logging()
        logs.log.error("exodesk: %s failed", what, exc_info=True)
        print(f"exodesk: {what} failed ({type(error).__name__}: {error}); "
              f"the details are in {logs.log_path()}", file=sys.stderr)
        return PARTLY


def _discard_output() -> None:
    """Send what is still to be written to the null device: the closed pipe
    would raise again when the output is flushed at the end."""
    with contextlib.suppress(OSError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _first_word(parser: argparse.ArgumentParser, argv: list[str]) -> str | None:
    """The first argument that is neither an option nor an option's value:
    a command, or the window's first file."""
    takes_value = {option for action in parser._actions if action.nargs != 0 for option in action.option_strings}
    words = iter(argv)
    for word in words:
        if word == "--":  # what follows are the window's files, whatever their names
            return None
        if not word.startswith("-") or word == "-":
            return word
        if word in takes_value:
            next(words, None)
    return None


def _run(args) -> int:
    from exodesk import logs
    from exodesk.library.locations import is_shared

    logs.setup_logging()  # what goes wrong in a file is logged there, never printed as a traceback
    command = COMMANDS[args.command]
    if command.alone:  # its locations are its own arguments
        return command.run(None, args)
    location = args.library or _default_location()
    if is_shared(location):
        return _run_shared(command, str(location), args)
    if command.on_file:  # these work on a damaged library too
        return command.run(location, args)
    path, problem = _library_path(args)
    if problem:
        print(f"exodesk: {problem}", file=sys.stderr)
        return MISTAKE
    new = not path.exists()
    # Into a new library, the import's workers start before it is made.
    args.begun = _begin_import(args) if new and args.command == "import" else None
    try:
        return _open_and_run(command, path, new, args)
    finally:
        if args.begun is not None:  # stopped, even if the library could not be made
            args.begun.close()


def _run_shared(command: Command, location: str, args) -> int:
    """A command on a shared library: the server is reached when it is opened."""
    if problem := _create_on_a_server(args, location):
        print(f"exodesk: {problem}", file=sys.stderr)
        return MISTAKE
    if command.on_file:
        return command.run(location, args)
    args.begun = None
    return _open_and_run(command, location, False, args)


def _create_on_a_server(args, location: str) -> str:
    from exodesk.library.locations import shown

    if not args.create:
        return ""
    return (f"--create is for a library file; a shared library's tables are made on its server by "
            f"`exodesk library init {shown(location)}`")


def _default_location() -> Path | str:
    """Without --library: $EXODESK_LIBRARY (a file or an address), else the user data folder."""
    from exodesk.library import default_library_path
    from exodesk.library.locations import is_shared

    override = os.environ.get("EXODESK_LIBRARY", "")
    return override if is_shared(override) else default_library_path()


def _open_and_run(command: Command, location: Path | str, new: bool, args) -> int:
    with _opened(location) as library:  # a damaged file, a server that cannot be reached: one line
        if library is None:
            return MISTAKE
        if new:
            print(f"exodesk: made a new library at {location}", file=sys.stderr)
        for warning in library.warnings:  # the day's backup could not be made
            print(f"exodesk: warning: {warning}", file=sys.stderr)
        return command.run(library, args)


def _library_path(args) -> tuple[Path, str]:
    """The library file to open, and why it cannot be, if so. A --library that does
    not exist is most often a mistyped path: it is made only when asked."""
    if args.library:  # the database layer is not loaded yet (cmd_import's workers start first)
        path = args.library
    else:
        from exodesk.library import default_library_path

        path = default_library_path()
    if path.is_dir():
        return path, f"{path} is a folder; --library takes the library's file, e.g. {path / 'library.sqlite'}"
    if args.library and not path.exists() and not args.create:
        return path, f"there is no library at {path}; check the path, or add --create to make a new one there"
    return path, ""


def _os_error(error: OSError) -> str:
    name = f"{error.filename}: " if error.filename else ""
    if isinstance(error, FileNotFoundError) and error.filename:
        folder = Path(error.filename).parent
        if not folder.is_dir():
            return f"{name}the folder {folder} does not exist"
    return f"{name}{error.strerror or error}"


def _window_arguments(args) -> list[str] | int:
    """The window's arguments, or the exit status if it must not open."""
    from exodesk import smoke
    from exodesk.library.locations import is_shared

    location = None if args.demo else args.library or _default_location()
    shared = is_shared(location)
    library_problem = _create_on_a_server(args, str(location)) if shared else (
        _library_path(args)[1] if location is not None else "")
    for problem in (_missing_files(args.files), library_problem, _no_display()):
        if problem:
            print(f"exodesk: {problem}", file=sys.stderr)
            return MISTAKE
    if args.library and not shared and not args.demo and not args.library.exists():  # --create
        from exodesk.library import Library

        Library(args.library, backup=False).close()
        print(f"exodesk: made a new library at {args.library}", file=sys.stderr)
    if args.quit_after is not None:
        smoke.ask_to_quit_after(args.quit_after)
    # A shared library reaches the window as its address, whether from --library or $EXODESK_LIBRARY.
    given = str(location) if shared else str(args.library) if args.library else ""
    return ["--demo"] * args.demo + ["--library", given] * bool(given) + [str(f) for f in args.files]


def _open_window(argv: list[str]) -> int:
    from exodesk import logs

    # Until the window installs its own handler (one that shows a dialog), an
    # error while starting is still written to the log.
    logs.install_crash_handler()
    try:
        from exodesk.gui.app import run
    except ImportError as error:
        logs.log.error("The window cannot start: %s", error)
        print(f"exodesk: the window cannot start here: {_missing_library(str(error))}", file=sys.stderr)
        return MISTAKE
    return run(argv)


def _missing_files(files: list[Path]) -> str:
    """Why the window is not opened for these files, if one does not exist: a
    mistyped command (`exodesk lst`) must not start a window importing "lst"."""
    import difflib  # here, not at the start of every command: 1.4 ms

    from exodesk.library.examine import shown_text

    for file in files:
        if file.exists():
            continue
        word = shown_text(str(file))
        if len(file.parts) > 1 or file.suffix:
            return f"no such file or folder: {word}"
        close = difflib.get_close_matches(word, COMMANDS, n=1)
        if close:
            return f"unknown command {word!r}: did you mean {close[0]}? (exodesk --help lists the commands)"
        return f"{word!r} is neither a command nor a file or folder (exodesk --help lists the commands)"
    return ""


def _no_display() -> str:
    """Why the window cannot open here, found before Qt is started: without a
    display, or without a system library its X11 plugin needs, Qt aborts the
    whole process (exit 134) with a message about plugins."""
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")) or os.environ.get("QT_QPA_PLATFORM"):
        return ""
    if os.environ.get("WAYLAND_DISPLAY"):
        return ""
    if os.environ.get("DISPLAY"):
        return _x11_plugin_problem()
    return ("no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set): start ExoDesk from a "
            "desktop session, or install a virtual display (xvfb) and run `xvfb-run exodesk`; the commands "
            "work without one (exodesk --help)")


def _x11_plugin_problem() -> str:
    """A system library missing for Qt's X11 plugin, named with its package."""
    import ctypes
    import importlib.util

    spec = importlib.util.find_spec("PySide6")  # found, not imported: the core loads no Qt
    if spec is None or not spec.submodule_search_locations:
        return ""
    plugin = Path(spec.submodule_search_locations[0]) / "Qt" / "lib" / "libQt6XcbQpa.so.6"
    if not plugin.is_file():  # another build of Qt, laid out otherwise: Qt will say
        return ""
    try:
        ctypes.CDLL(str(plugin))
    except OSError as error:
        return f"the window cannot start: {_missing_library(str(error))}"
    return ""


# Debian and Ubuntu packages of the system libraries Qt needs that a minimal system may lack.
LINUX_PACKAGES = {"libglib-2.0": "libglib2.0-0", "libxcb-shape": "libxcb-shape0", "libxcb-cursor": "libxcb-cursor0",
                  "libxcb-icccm": "libxcb-icccm4", "libxcb-keysyms": "libxcb-keysyms1",
                  "libxcb-render-util": "libxcb-render-util0", "libxcb-image": "libxcb-image0",
                  "libxkbcommon-x11": "libxkbcommon-x11-0", "libxkbcommon": "libxkbcommon0", "libGL": "libgl1",
                  "libEGL": "libegl1", "libfontconfig": "libfontconfig1", "libdbus-1": "libdbus-1-3"}


def _missing_library(error: str) -> str:
    """An import error of Qt in words a person can act on."""
    marker = ": cannot open shared object file"
    if marker not in error:
        return error
    name = Path(error.partition(marker)[0].rpartition(" ")[2]).name
    package = next((p for prefix, p in LINUX_PACKAGES.items() if name.startswith(prefix + ".so")), None)
    how = f" (on Debian or Ubuntu: apt install {package})" if package else ""
    return f"the system library {name} is missing; install it{how}"


def import_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", type=Path)
    p.add_argument("--no-suggest", dest="suggest", action="store_false",
                   help="do not suggest evidence notes for new papers (faster for very large files)")


def _begin_import(args):
    """The files are found and workers start reading them before the library
    is made (importing.begin_import): the database layer is loaded meanwhile."""
    from exodesk.library.importing import begin_import

    return begin_import(_existing(args.paths), suggest=args.suggest)


def _existing(paths: list[Path]) -> list[Path]:
    return [p for p in paths if p.exists() or p.is_symlink()]


def cmd_import(library, args) -> int:
    from exodesk.library import import_paths
    from exodesk.library.examine import shown_text
    from exodesk.library.importing import IMPORTED_WITH_GAPS, REFUSED

    existing = _existing(args.paths)
    missing = [p for p in args.paths if p not in existing]
    for path in missing:
        print(shown_text(f"{path}: refused: no such file or folder"))
    # New papers start with suggested notes, as in the window.
    results = import_paths(library, existing, suggest=args.suggest, begun=args.begun)
    amber = _colour("33") if sys.stdout.isatty() else None
    for result in results:
        line = result.line()
        print(amber(line) if amber and result.status == IMPORTED_WITH_GAPS else line)
    counts: dict[str, int] = {}
    for result in results:
        counts[result.status] = counts.get(result.status, 0) + 1
    summary = ", ".join(f"{n} {s}" for s, n in counts.items()) or "nothing to import"
    print(f"-- {len(results)} files: {summary}", file=sys.stderr)
    # A file imported with gaps is in the library (its line says what it lacks): 0.
    return PARTLY if missing or any(r.status == REFUSED for r in results) else 0


def _colour(code: str):
    """Text in a terminal colour, unless the person asked for none (NO_COLOR)."""
    if os.environ.get("NO_COLOR") or (os.name == "nt" and not os.environ.get("WT_SESSION")):
        return None
    return lambda text: f"\033[{code}m{text}\033[0m"


def list_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("query", nargs="*")


def cmd_list(library, args) -> int:
    from exodesk.library.search import also_searched

    query = " ".join(args.query)
    ids = library.search_ids(query, order_by="id")
    widened = also_searched(query)
    if widened:  # on stderr, so that the listing stays one paper a line
        print(f"-- also searched: {', '.join(widened)}", file=sys.stderr)
    if query.strip() and not ids:
        print(f"-- no paper matches {query}", file=sys.stderr)
    rows = library.rows(ids)
    for paper_id in ids:
        row = rows[paper_id]
        title = row["title"] or "(no title)"
        year = row["year"] or "n.d."
        print(f"{paper_id:>6}  {year}  {(row['first_author'] or '')[:24]:<24}  {title}")
    return 0


def show_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("id", type=int)
    p.add_argument("--json", action="store_true", help="everything the library holds, as JSON")


def cmd_show(library, args) -> int:
    try:
        paper = library.get(args.id)
    except KeyError:
        print(f"exodesk: no paper {args.id}", file=sys.stderr)
        return 1
    notes = library.notes(args.id)
    if args.json:
        files = [
            {"name": f["name"], "importer": f["importer"], "sha256": f["hash"], "size": f["size"]}
            for f in library.original_files(args.id)
        ]
        record = {"id": args.id, **paper.to_dict(), "missing": paper.missing,
                  "notes": notes.to_dict(), "files": files}
        changed_by = library.changed_by(args.id)
        if changed_by is not None:  # a shared library's logins
            record["changed_by"] = changed_by._asdict()
        print(json.dumps(record, ensure_ascii=False, indent=2))
        return 0
    print(paper.title or "(no title)")
    print("; ".join(a.display() for a in paper.authors) + (" et al." if paper.authors_truncated else ""))
    print(" ".join(filter(None, [paper.journal or paper.journal_abbrev, paper.date,
                                 paper.volume and f"vol {paper.volume}", paper.doi and f"doi:{paper.doi}"])))
    if paper.missing:
        print("missing: " + ", ".join(paper.missing))
    for abstract in paper.abstracts:
        label = abstract.language + (" (machine translation)" if abstract.origin == "machine-translation" else "")
        print(f"\n[{label}]\n{abstract.text}")
    return 0


def _chosen_ids(library, args) -> list[int]:
    if args.ids:
        return args.ids
    return library.search_ids(args.query or "", order_by="id")


def _unknown(library, ids: list[int] | None) -> str:
    """The line that says which of the paper numbers asked for do not exist."""
    known = library.rows(list(ids or []))
    unknown = [i for i in ids or [] if i not in known]
    if not unknown:
        return ""
    return f"exodesk: no paper {', '.join(map(str, unknown))} (exodesk list shows the numbers)"


def export_arguments(p: argparse.ArgumentParser) -> None:
    # Not argparse's choices: an unknown format gets the command's own one-line refusal.
    p.add_argument("--format", required=True, help=_either(EXPORT_FORMATS))
    group = p.add_mutually_exclusive_group()
    group.add_argument("--query", help="only papers matching this search")
    group.add_argument("--ids", type=_id_list, help="only these papers, e.g. 1,2,5")
    p.add_argument("-o", "--output", type=Path, help="file to write (default: standard output)")


def _either(names) -> str:
    """The names as a sentence lists them: "a, b or c"."""
    *first, last = names
    return f"{', '.join(first)} or {last}" if first else last


def cmd_export(library, args) -> int:
    from exodesk.export import ExportError, export_papers, write_atomically

    if args.format not in EXPORT_FORMATS:
        print(f"exodesk: unknown format {args.format!r}; choose from {', '.join(EXPORT_FORMATS)}", file=sys.stderr)
        return MISTAKE
    if problem := _unknown(library, args.ids):
        print(problem, file=sys.stderr)
        return PARTLY
    exported = export_papers(args.format, _chosen_ids(library, args), library.get)
    for skipped in exported.skipped:  # a damaged record costs only itself
        print(f"exodesk: {skipped.line()}", file=sys.stderr)
    if args.output:
        try:  # whole or not at all; the CSV text carries its own byte-order mark
            write_atomically(args.output, exported.text)
        except ExportError as error:
            print(f"exodesk: {error}", file=sys.stderr)
            return PARTLY
        print(f"{exported.written} papers written to {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(exported.text)
    return PARTLY if exported.skipped else 0


def check_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--repair", action="store_true",
                   help="rebuild the search index and read damaged records again from their kept originals")


def no_arguments(p: argparse.ArgumentParser) -> None:
    """A command that takes none."""


def cmd_check(path, args) -> int:
    from exodesk.library.health import check, repair
    from exodesk.library.locations import is_shared

    if is_shared(path):
        return _check_shared(path, args)
    if not path.exists():
        print(f"exodesk: no library at {path}", file=sys.stderr)
        return 2
    report = repair(path) if getattr(args, "repair", False) else check(path)
    print("\n".join(report.lines()))
    return 0 if report.ok else 1


def _check_shared(location: str, args) -> int:
    from exodesk.library.shared import health

    with _opened(location) as library:
        if library is None:
            return MISTAKE
        report = health.repair(library) if args.repair else health.check(library)
    print("\n".join(report.lines()))
    return 0 if report.ok else 1


@contextlib.contextmanager
def _opened(location: Path | str, **options):
    """The library opened, or None once the reason it cannot be is said in one line."""
    from exodesk.library import LibraryError
    from exodesk.library.locations import open_library

    try:
        _reach(location)
        library = open_library(location, **options)
    except LibraryError as error:
        print(f"exodesk: {error}", file=sys.stderr)
        yield None
        return
    with library:
        yield library


def _reach(*locations: Path | str) -> None:
    """Raise LibraryError, with libpq's reason, for a server that cannot be
    reached. The connection pool would wait its whole timeout and then say
    only that it got no connection; a command tries once and says why."""
    from exodesk.library.locations import is_shared

    shared = [str(location) for location in locations if is_shared(location)]
    if not shared:
        return
    from exodesk.library.shared import connection

    _driver_to_log()
    for location in shared:
        connection.reach(location)


def _driver_to_log() -> None:
    """What the database driver reports (a lost connection the pool
    replaces) goes to the log file, not the terminal."""
    import logging

    from exodesk import logs

    driver = logging.getLogger("psycopg")
    driver.propagate = False
    for handler in logs.log.handlers:
        if handler not in driver.handlers:
            driver.addHandler(handler)


def cmd_backup(path, args) -> int:
    from exodesk.library.backup import BackupError, back_up_now
    from exodesk.library.locations import is_shared, shown

    try:
        if is_shared(path):  # the server's database, dumped by pg_dump
            from exodesk.library.shared import backup as shared_backup

            made = shared_backup.back_up(path)
        else:
            made = back_up_now(path)
    except BackupError as error:
        print(f"exodesk: {shown(path)} is not backed up: {error}", file=sys.stderr)
        return 1
    print(f"backed up to {made}")
    return 0


def restore_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("backup", nargs="?", help="a backup's name (or number in the list) or file")


def cmd_restore(path, args) -> int:
    from exodesk.library.backup import BackupError, list_backups, restore
    from exodesk.library.locations import is_shared, shown
    from exodesk.library.shared import backup as shared_backup

    shared = is_shared(path)  # dumps of the server's database, put back by pg_restore
    backups = shared_backup.list_backups(path) if shared else list_backups(path)
    if not args.backup:
        if not backups:
            print(f"no backups of {shown(path)}")
        for number, backup in enumerate(backups, 1):
            print(f"{number:>3}  {backup.line()}")
        return 0
    chosen = next((b.path for n, b in enumerate(backups, 1) if args.backup in (str(n), b.path.name)), None)
    chosen = chosen or Path(args.backup)
    if not chosen.is_file():
        print(f"exodesk: no backup {args.backup!r}; `exodesk restore` lists them", file=sys.stderr)
        return 2
    try:
        aside = shared_backup.restore(path, chosen) if shared else restore(path, chosen)
    except BackupError as error:
        print(f"exodesk: {error}", file=sys.stderr)
        return 1
    print(f"restored {chosen.name}; the library as it was is kept as {aside}")
    return 0


def cite_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("ids", nargs="+", type=int)
    p.add_argument("--style", default=DEFAULT_STYLE, choices=list(CITATION_STYLES))


def cmd_cite(library, args) -> int:
    from exodesk.export.cite import format_references

    try:
        papers = [library.get(i) for i in args.ids]
    except KeyError as missing:
        print(f"exodesk: no paper {missing}", file=sys.stderr)
        return 1
    for reference in format_references(papers, args.style):
        print(reference)
    return 0


def handout_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("condition", help="any name, synonym or abbreviation, e.g. scleroderma, SSc, 系統性硬化症")
    p.add_argument("--lang", default="en", choices=["en", "zh-Hant", "both"])
    p.add_argument("--paper", default="a4", choices=["a4", "letter"])
    p.add_argument("--ids", type=_id_list, help="only these papers (default: every paper linked to the condition)")
    p.add_argument("--approved-by", default="",
                   help="the clinician who approves the sheet; refused (exit 1, a draft written) while anything "
                        "needs settling: unconfirmed notes, claim words, clinic details not set")
    p.add_argument("--clinic", default="", help="clinic name printed on the sheet")
    p.add_argument("--contact", default="", help="clinic contact printed on the sheet")
    p.add_argument("-o", "--output", type=Path, required=True)


def cmd_handout(library, args) -> int:
    from exodesk.evidence import vocabulary
    from exodesk.export import ExportError, write_atomically
    from exodesk.handouts.content import build_handout
    from exodesk.handouts.pdf import fitted
    from exodesk.handouts.selection import handout_entries
    from exodesk.handouts.wording import clinic_details, clinic_texts
    from exodesk.library import LibraryError
    from exodesk.library.faults import NOT_ALLOWED
    from exodesk.library.handouts import record_handout
    from exodesk.settings import Settings

    condition = vocabulary.lookup(args.condition)
    if condition is None:
        print(f"exodesk: no condition called {args.condition!r} in the vocabulary", file=sys.stderr)
        return MISTAKE
    if problem := _unknown(library, args.ids):
        print(problem, file=sys.stderr)
        return PARTLY
    entries = handout_entries(library, condition.id, args.ids or None)
    clinic = clinic_details(Settings(), name=args.clinic, contact=args.contact)  # as set in Preferences
    handout = build_handout(condition=condition, entries=entries, clinic=clinic, language=args.lang,
                            approved_by=args.approved_by, texts=clinic_texts())
    handout, pdf = fitted(handout, paper=args.paper)
    try:
        # Recorded first, in one transaction with the writing: a sheet the
        # record refuses (on a server, an approval by a login that is not a
        # clinician's) is not written, and one that cannot be written is not recorded.
        with library.transaction():
            record_handout(library, snapshot=handout.snapshot, pdf=pdf, approved_by=handout.approved_by)
            write_atomically(args.output, pdf)
    except ExportError as error:
        print(f"exodesk: {error}", file=sys.stderr)
        return PARTLY
    except LibraryError as error:
        if error.kind != NOT_ALLOWED:
            raise
        print(f"exodesk: {error}, and the sheet was not written (without --approved-by it is a draft)",
              file=sys.stderr)
        return PARTLY
    for warning in handout.warnings:
        print(f"note: {warning}", file=sys.stderr)
    printed = len(handout.snapshot["paper_ids"])
    state = f"approved by {handout.approved_by}" if not handout.draft else "DRAFT (not approved)"
    print(f"{condition.en}: {printed} of {len(entries)} papers on topic, {handout.rows} in the table, {state}, "
          f"written to {args.output}", file=sys.stderr)
    if args.approved_by and handout.draft:
        print(f"exodesk: not approved: {len(handout.blockers)} thing(s) to settle first (the notes above); "
              "the sheet was written as a draft", file=sys.stderr)
        return 1
    return 0


def library_arguments(p: argparse.ArgumentParser) -> None:
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    copy = actions.add_parser("copy", help="copy a whole library into an empty one (a file or a server's "
                                           "address each), then compare every table's count and hash")
    copy.add_argument("source", type=_location, metavar="FROM")
    copy.add_argument("target", type=_location, metavar="TO")
    init = actions.add_parser("init", help="make a shared library's tables and roles on a PostgreSQL server")
    init.add_argument("location", metavar="ADDRESS", help="postgresql://ADMIN@HOST[:PORT]/DATABASE, an "
                                                          "administrator's login on an existing database")
    init.add_argument("--clinician", action="extend", nargs="+", default=[], metavar="LOGIN",
                      help="existing logins that may also approve handouts (role exodesk_clinician)")
    init.add_argument("--staff", action="extend", nargs="+", default=[], metavar="LOGIN",
                      help="existing logins that may read, import and annotate (role exodesk_staff)")


def cmd_library(_nothing, args) -> int:
    return {"copy": _copy_library, "init": _init_library}[args.action](args)


def _init_library(args) -> int:
    from exodesk.library import LibraryError
    from exodesk.library.locations import is_shared

    if not is_shared(args.location):
        print(f"exodesk: {args.location!r} is not a server's address; init sets up a shared library at "
              "postgresql://ADMIN@HOST/DATABASE (a library file needs no setting up)", file=sys.stderr)
        return MISTAKE
    from exodesk.library.shared.roles import SetupError, init

    try:
        _reach(args.location)
        setup = init(args.location, clinicians=args.clinician, staff=args.staff)
    except (SetupError, LibraryError) as error:
        print(f"exodesk: {error}", file=sys.stderr)
        return MISTAKE
    print("\n".join(setup.lines()))
    return 0


def _copy_library(args) -> int:
    from exodesk.library import LibraryError
    from exodesk.library.copy import CopyError, copy_library

    try:
        _reach(args.source, args.target)
        report = copy_library(args.source, args.target)
    except (CopyError, LibraryError) as error:
        print(f"exodesk: {error}", file=sys.stderr)
        return MISTAKE
    print("\n".join(report.lines()))
    return 0 if report.ok else PARTLY


@dataclass(frozen=True)
class Command:
    name: str
    help: str  # its line in `exodesk --help`
    arguments: Callable[[argparse.ArgumentParser], None]  # adds its own arguments to its parser
    run: Callable[[Any, argparse.Namespace], int]  # the work: (library, args) -> exit status
    on_file: bool = False  # given the library's file, not the open library: works on a damaged one
    alone: bool = False  # works on the libraries its own arguments name, not on --library


# Every command, in the order --help lists them: the parser, the dispatch and
# the "did you mean" of a mistyped command are built from here.
COMMANDS = {command.name: command for command in (
    Command("import", "import files or folders", import_arguments, cmd_import),
    Command("list", "list papers, or those matching a search", list_arguments, cmd_list),
    Command("show", "show one paper", show_arguments, cmd_show),
    Command("export", "export papers", export_arguments, cmd_export),
    Command("check", "check the library and its kept original files", check_arguments, cmd_check, on_file=True),
    Command("backup", "back the library up now", no_arguments, cmd_backup, on_file=True),
    Command("restore", "list the backups, or restore one", restore_arguments, cmd_restore, on_file=True),
    Command("cite", "formatted references", cite_arguments, cmd_cite),
    Command("handout", "a patient handout for a condition, as PDF", handout_arguments, cmd_handout),
    Command("library", "set up a shared library on a server, or copy a whole library", library_arguments,
            cmd_library, alone=True),
)}

if __name__ == "__main__":
    sys.exit(main())
