"""Counted texts have real English plurals: the catalogue covers every "%n" text, and the
compiled .qm that the app loads is the one its .ts source gives."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from tests.test_translations import ROOT, lupdate

CATALOGUE = ROOT / "resources" / "i18n" / "delight-workshop_en.ts"


def catalogue_entries() -> set[tuple[str, str]]:
    text = CATALOGUE.read_text(encoding="utf-8")
    found = set()
    for context in re.findall(r"<context>(.*?)</context>", text, re.S):
        name = re.search(r"<name>(.*?)</name>", context).group(1)
        for source in re.findall(r"<source>(.*?)</source>", context, re.S):
            found.add((name, source))
    return found


@pytest.mark.skipif(lupdate() is None, reason="pyside6-lupdate is not installed")
def test_every_counted_text_has_its_english_plural(qapp, tmp_path: Path) -> None:
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    ts = tmp_path / "all.ts"
    subprocess.run([lupdate(), *sources, "-ts", str(ts)], check=True, capture_output=True)
    extracted = set()
    for context in re.findall(r"<context>(.*?)</context>", ts.read_text(encoding="utf-8"), re.S):
        name = re.search(r"<name>(.*?)</name>", context).group(1)
        for source in re.findall(r"<source>(.*?)</source>", context, re.S):
            if "%n" in source:
                extracted.add((name, source))
    assert extracted - catalogue_entries() == set()


def test_one_and_many(qapp) -> None:
    t = QCoreApplication.translate
    assert t("Dashboard", "session(s)", None, 1) == "session"
    assert t("Dashboard", "session(s)", None, 3) == "sessions"
    assert t("IdeateView", "%n hero story/stories on the wall", None, 1) == (
        "1 hero story on the wall"
    )
    assert t("GroupPage", "Name of the new theme, with %n selected card(s):", None, 2) == (
        "Name of the new theme, with 2 selected cards:"
    )
