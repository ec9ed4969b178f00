"""Issue 13, item 12: the screenshot script the README advertises writes its PNGs and exits."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXPECTED = ["00-welcome", "01-review", "03-ideate", "06-plan", "07-wrapup", "11-shortcuts"]


def test_make_screenshots_writes_every_picture_and_exits(tmp_path: Path) -> None:
    script = ROOT / "tests" / "screenshots" / "make_screenshots.py"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    # It took under 2 s here; hanging on the drafts prompt is what this catches.
    result = subprocess.run([sys.executable, str(script), str(tmp_path)], env=env,
                            capture_output=True, text=True, timeout=60)  # fmt: skip
    assert result.returncode == 0, result.stderr
    for name in EXPECTED:
        png = tmp_path / f"{name}.png"
        assert png.read_bytes().startswith(b"\x89PNG"), name
