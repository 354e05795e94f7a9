"""The command line: a thin layer over the library, the same calls the window makes.

    exodesk                      open the window on your library
    exodesk --demo               open the window on a fresh demo library
    exodesk FILE...              open the window and import the files
    exodesk --demo --quit-after MS   open, show and close the window (smoke test)
    exodesk import PATH...       import files or folders
    exodesk list [QUERY]         list papers, or those matching a search
    exodesk show ID [--json]     one paper with everything the library holds
    exodesk export --format F    write the library (or a search) as RIS, BibTeX…
    exodesk check                check the library and its kept files
    exodesk backup               back the library up now
    exodesk restore [BACKUP]     list backups, or restore one
    exodesk cite ID... --style S formatted references (vancouver, apa, ama)
    exodesk handout CONDITION    a patient handout PDF for a condition
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from exodesk import __version__

COMMANDS = ("import", "list", "show", "export", "cite", "handout", "check", "backup", "restore")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="exodesk", description="ExoDesk reference manager for a clinic")
    parser.add_argument("--version", action="version", version=f"ExoDesk {__version__}")
    parser.add_argument("--library", type=Path, help="library file (default: your user data folder, or $EXODESK_LIBRARY)")
    sub = parser.add_subparsers(dest="command")

    p = sub.add_parser("import", help="import files or folders")
    p.add_argument("paths", nargs="+", type=Path)
    p.add_argument("--no-suggest", dest="suggest", action="store_false",
                   help="do not suggest evidence notes for new papers (faster for very large files)")

    p = sub.add_parser("list", help="list papers, or those matching a search")
    p.add_argument("query", nargs="*")

    p = sub.add_parser("show", help="show one paper")
    p.add_argument("id", type=int)
    p.add_argument("--json", action="store_true", help="everything the library holds, as JSON")

    p = sub.add_parser("export", help="export papers")
    p.add_argument("--format", required=True)
    group = p.add_mutually_exclusive_group()
    group.add_argument("--query", help="only papers matching this search")
    group.add_argument("--ids", help="only these papers, e.g. 1,2,5")
    p.add_argument("-o", "--output", type=Path, help="file to write (default: standard output)")

    sub.add_parser("check", help="check the library and its kept original files")
    sub.add_parser("backup", help="back the library up now")
    p = sub.add_parser("restore", help="list the backups, or restore one")
    p.add_argument("backup", nargs="?", help="a backup's name (or number in the list) or file")
    p = sub.add_parser("cite", help="formatted references")
    p.add_argument("ids", nargs="+", type=int)
    # The names of export/cite.py's STYLES (not imported here: citeproc is slow to load).
    p.add_argument("--style", default="vancouver", choices=["vancouver", "apa", "ama"])

    p = sub.add_parser("handout", help="a patient handout for a condition, as PDF")
    p.add_argument("condition", help="any name, synonym or abbreviation, e.g. scleroderma, SSc, 系統性硬化症")
    p.add_argument("--lang", default="en", choices=["en", "zh-Hant", "both"])
    p.add_argument("--paper", default="a4", choices=["a4", "letter"])
    p.add_argument("--ids", help="only these papers (default: every paper linked to the condition)")
    p.add_argument("--approved-by", default="",
                   help="the clinician who approves the sheet; refused (exit 1, a draft written) while anything "
                        "needs settling: unconfirmed notes, claim words, clinic details not set")
    p.add_argument("--clinic", default="", help="clinic name printed on the sheet")
    p.add_argument("--contact", default="", help="clinic contact printed on the sheet")
    p.add_argument("-o", "--output", type=Path, required=True)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    asks_parser = any(a in ("--version", "-h", "--help") for a in argv)
    has_command = any(a in COMMANDS for a in argv if not a.startswith("-"))
    if (not has_command and not asks_parser) or "--demo" in argv:
        return _open_window(argv)
    args = _parser().parse_args(argv)
    from exodesk.library import Library, LibraryError, default_library_path

    if args.command in FILE_COMMANDS:  # these work on a damaged library too
        return FILE_COMMANDS[args.command](args.library or default_library_path(), args)

    try:
        library = Library(args.library)
    except LibraryError as error:
        print(f"exodesk: {error}", file=sys.stderr)
        return 2
    with library:
        return COMMAND_FUNCTIONS[args.command](library, args)


def _open_window(argv: list[str]) -> int:
    from exodesk import logs, smoke

    argv = smoke.take_quit_after(argv)
    # Until the window installs its own handler (one that shows a dialog), an
    # error while starting is still written to the log.
    logs.install_crash_handler()
    try:
        from exodesk.gui.app import run
    except ImportError as error:
        logs.log.error("The window cannot start: %s", error)
        print(f"exodesk: the window cannot start here ({error})", file=sys.stderr)
        return 2
    return run(argv)


def cmd_import(library, args) -> int:
    from exodesk.library import import_paths

    missing = [p for p in args.paths if not p.exists()]
    for path in missing:
        print(f"{path}: refused: no such file or folder")
    # New papers start with suggested notes, as in the window.
    results = import_paths(library, [p for p in args.paths if p.exists()], suggest=args.suggest)
    for result in results:
        print(result.line())
    refused = [r for r in results if r.status == "refused"]
    counts = {}
    for result in results:
        counts[result.status] = counts.get(result.status, 0) + 1
    summary = ", ".join(f"{n} {s}" for s, n in counts.items()) or "nothing to import"
    print(f"-- {len(results)} files: {summary}", file=sys.stderr)
    return 1 if refused or missing else 0


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
        return [int(x) for x in args.ids.split(",") if x.strip()]
    return library.search_ids(args.query or "", order_by="id")


def cmd_export(library, args) -> int:
    from exodesk.export import EXPORTERS

    if args.format not in EXPORTERS:
        print(f"exodesk: unknown format {args.format!r}; choose from {', '.join(EXPORTERS)}", file=sys.stderr)
        return 2
    papers = [library.get(i) for i in _chosen_ids(library, args)]
    text = EXPORTERS[args.format](papers)
    if args.output:
        # The CSV text carries its own byte-order mark (for Excel); "utf-8-sig" would add a second.
        args.output.write_text(text, encoding="utf-8", newline="")
        print(f"{len(papers)} papers written to {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0


def cmd_check(path, args) -> int:
    from exodesk.library.backup import check

    if not path.exists():
        print(f"exodesk: no library at {path}", file=sys.stderr)
        return 2
    report = check(path)
    print("\n".join(report.lines()))
    return 0 if report.ok else 1


def cmd_backup(path, args) -> int:
    import sqlite3

    from exodesk.library.backup import BackupError, integrity_problems, make_backup, prune

    problems = integrity_problems(path) if path.exists() else ["no library there"]
    if problems:
        print(f"exodesk: {path} is not backed up: {problems[0]}", file=sys.stderr)
        return 1
    try:
        with sqlite3.connect(path) as db:
            made = make_backup(db, path)
        prune(path)
    except BackupError as error:
        print(f"exodesk: {error}", file=sys.stderr)
        return 1
    print(f"backed up to {made}")
    return 0


def cmd_restore(path, args) -> int:
    from exodesk.library.backup import BackupError, list_backups, restore

    backups = list_backups(path)
    if not args.backup:
        if not backups:
            print(f"no backups of {path}")
        for number, backup in enumerate(backups, 1):
            print(f"{number:>3}  {backup.line()}")
        return 0
    chosen = next((b.path for n, b in enumerate(backups, 1) if args.backup in (str(n), b.path.name)), None)
    chosen = chosen or Path(args.backup)
    if not chosen.is_file():
        print(f"exodesk: no backup {args.backup!r}; `exodesk restore` lists them", file=sys.stderr)
        return 2
    try:
        aside = restore(path, chosen)
    except BackupError as error:
        print(f"exodesk: {error}", file=sys.stderr)
        return 1
    print(f"restored {chosen.name}; the library as it was is kept as {aside}")
    return 0


# Commands given the library's file rather than an open library.
FILE_COMMANDS = {"check": cmd_check, "backup": cmd_backup, "restore": cmd_restore}


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


def cmd_handout(library, args) -> int:
    from exodesk.evidence import vocabulary
    from exodesk.handouts.content import build_handout
    from exodesk.handouts.pdf import fitted
    from exodesk.handouts.selection import handout_entries
    from exodesk.handouts.wording import clinic_details, clinic_texts
    from exodesk.library.handouts import record_handout
    from exodesk.settings import Settings

    condition = vocabulary.lookup(args.condition)
    if condition is None:
        print(f"exodesk: no condition called {args.condition!r} in the vocabulary", file=sys.stderr)
        return 2
    ids = [int(x) for x in args.ids.split(",") if x.strip()] if args.ids else None
    entries = handout_entries(library, condition.id, ids)
    clinic = clinic_details(Settings(), name=args.clinic, contact=args.contact)  # as set in Preferences
    handout = build_handout(condition=condition, entries=entries, clinic=clinic, language=args.lang,
                            approved_by=args.approved_by, texts=clinic_texts())
    handout, pdf = fitted(handout, paper=args.paper)
    args.output.write_bytes(pdf)
    record_handout(library, snapshot=handout.snapshot, pdf=pdf, approved_by=handout.approved_by)
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


COMMAND_FUNCTIONS = {
    "cite": cmd_cite,
    "handout": cmd_handout,
    "import": cmd_import,
    "list": cmd_list,
    "show": cmd_show,
    "export": cmd_export,
}

if __name__ == "__main__":
    sys.exit(main())
