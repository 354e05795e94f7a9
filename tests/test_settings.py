"""Preferences: declared once with defaults, kept as JSON, a damaged file never blocks start."""

import json

import pytest

from exodesk.settings import DEFAULTS, Settings


def test_defaults_then_changes_are_kept_across_starts(tmp_path):
    path = tmp_path / "config" / "settings.json"
    assert Settings(path).as_dict() == DEFAULTS
    Settings(path).update(clinic_name="Harbour Skin Clinic 海港皮膚科", language="zh_Hant")
    assert Settings(path).as_dict() == {**DEFAULTS, "clinic_name": "Harbour Skin Clinic 海港皮膚科",
                                        "language": "zh_Hant"}
    assert json.loads(path.read_text(encoding="utf-8"))["clinic_name"] == "Harbour Skin Clinic 海港皮膚科"


def test_a_damaged_or_foreign_file_gives_the_defaults(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text("{not json", encoding="utf-8")
    assert Settings(path).as_dict() == DEFAULTS
    path.write_text(json.dumps({"language": "en", "window_size": 3}), encoding="utf-8")
    assert Settings(path).as_dict() == {**DEFAULTS, "language": "en"}


def test_an_unknown_setting_is_a_bug(tmp_path):
    with pytest.raises(KeyError):
        Settings(tmp_path / "s.json").update(colour="blue")
