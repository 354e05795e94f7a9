"""Restoring the library from a backup: from the File menu, and when it is damaged."""

from exodesk.gui import app as app_module
from exodesk.gui import shown as shown_module
from exodesk.gui.restore_dialog import RestoreDialog
from exodesk.library import Library
from exodesk.library.backup import list_backups, make_backup
from exodesk.model import Paper


def test_the_file_menu_restores_a_backup_and_keeps_the_replaced_library(open_window, demo_path, monkeypatch):
    with Library(demo_path, backup=False) as lib:
        make_backup(lib.db.conn, demo_path)
        with lib.transaction():
            lib.insert_paper(Paper(title="Added after the backup"))
    window = open_window(demo_path)
    assert window.library.count() == 6
    monkeypatch.setattr(shown_module, "show_message", lambda *args: None)
    restarted = []
    newest = list_backups(demo_path)[0].path
    assert window.backups.restore(choose=lambda: newest, restart=lambda: restarted.append(True))
    assert restarted == [True]
    with Library(demo_path, backup=False) as lib:
        assert lib.count() == 5
    # The replaced library is kept beside the backups, with the paper added later.
    (aside,) = [b.path for b in list_backups(demo_path) if "before-restore" in b.path.name]
    with Library(aside, backup=False) as lib:
        assert lib.count() == 6
    window.library = Library(demo_path, backup=False)  # for the fixture's clean-up


def test_a_damaged_library_offers_its_backups_on_open(qtbot, demo_path, monkeypatch):
    with Library(demo_path, backup=False) as lib:
        make_backup(lib.db.conn, demo_path)
    damaged = demo_path.read_bytes()
    demo_path.write_bytes(damaged[:100] + b"\x00garbage" * 500 + damaged[4200:])
    for suffix in ("-wal", "-shm"):
        (demo_path.parent / (demo_path.name + suffix)).unlink(missing_ok=True)

    shown = []

    def accept(dialog):
        shown.append(dialog.list.count())
        return RestoreDialog.DialogCode.Accepted

    monkeypatch.setattr(RestoreDialog, "exec", accept)
    library = app_module._offer_restore(demo_path, "the library is damaged")
    assert shown == [1]
    assert library is not None and library.count() == 5
    library.close()


def test_the_dialog_lists_backups_newest_first(qtbot, demo_path, tmp_path):
    import datetime

    with Library(demo_path, backup=False) as lib:
        make_backup(lib.db.conn, demo_path, now=datetime.datetime(2026, 11, 1, 9, 0))
        make_backup(lib.db.conn, demo_path, now=datetime.datetime(2026, 11, 20, 9, 0))
    dialog = RestoreDialog(demo_path)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 2
    assert "2026-11-20" in dialog.list.item(0).text()
    assert dialog.chosen() == list_backups(demo_path)[0].path
    assert dialog.restore_button.isEnabled()
