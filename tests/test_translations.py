"""Every command name and tooltip can be found by Qt's translation tool (pyside6-lupdate)."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ui.commands.registry import load_action_modules

ROOT = Path(__file__).resolve().parent.parent


def lupdate() -> str | None:
    found = Path(sys.executable).with_name("pyside6-lupdate")
    return str(found) if found.exists() else shutil.which("pyside6-lupdate")


@pytest.mark.skipif(lupdate() is None, reason="pyside6-lupdate is not installed")
def test_every_action_text_and_tip_is_extracted_for_translators(qapp, tmp_path) -> None:
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    ts = tmp_path / "delight-workshop.ts"
    subprocess.run([lupdate(), *sources, "-ts", str(ts)], check=True, capture_output=True)
    text = ts.read_text(encoding="utf-8")
    start = text.index("<name>Actions</name>")
    context = text[start : text.index("</context>", start)]
    extracted = {html.unescape(s) for s in re.findall(r"<source>(.*?)</source>", context, re.S)}
    registry = load_action_modules().values()
    wanted = {s.text for s in registry} | {s.tip for s in registry if s.tip}
    assert wanted - extracted == set()
