"""PySide does not read the source of our modules at start-up: the launcher gives it
their answers first, and they are the answers it would have found itself."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from ui.app.source_scan import IGNORED, USES, our_modules

ROOT = Path(__file__).resolve().parents[1]

# A start as the launcher makes it, with PySide's scan watched: which modules it read.
WATCHED_START = """
import json, sys
from ui.app.source_scan import skip_source_scan  # (imports no Qt: it comes first)
from PySide6.support import feature
scanned = []
scan = feature._mod_uses_pyside
def watched(module):
    scanned.append(module.__name__)
    return scan(module)
feature._mod_uses_pyside = watched
told = skip_source_scan()
import ui.app.application, ui.console.main_window, ui.phases, ui.commands.registry
ui.phases.load_pages()
ui.commands.registry.load_action_modules()
ours = sorted(n for n in sys.modules if n.split(".")[0] in ("ui", "workshop"))
print(json.dumps({"told": told, "scanned": scanned, "ours": ours,
                  "answers": {n: feature.pyside_feature_dict.get(n) for n in ours}}))
"""


def test_the_start_does_not_scan_our_modules_and_tells_pyside_what_a_scan_would_find():
    out = subprocess.run(
        [sys.executable, "-c", WATCHED_START], capture_output=True, text=True, check=True,
        cwd=ROOT, env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": "/tmp"},
    )  # fmt: skip
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["told"] >= 150  # every module of ours, imported or not
    assert len(result["ours"]) >= 80  # the window's modules were imported ...
    assert [n for n in result["scanned"] if n.split(".")[0] in ("ui", "workshop")] == []
    assert result["scanned"]  # ... and PySide still scans everybody else's
    for name in result["ours"]:
        expected = USES if name.startswith("ui") else IGNORED
        assert result["answers"][name] == expected, name


def test_our_answers_are_pysides_for_every_module_that_names_pyside():
    """The scan's criterion is the word "PySide6" in the source. Every core module lacks
    it (the core never imports Qt); a ui module that has it gets "uses"; the few that
    lack it (package __init__ files) differ only in a way no module's features see."""
    answers = our_modules()
    files = {p.relative_to(ROOT).with_suffix("").as_posix().replace("/", "."): p
             for package in ("ui", "workshop") for p in (ROOT / package).rglob("*.py")
             if "__pycache__" not in p.parts}  # fmt: skip
    files = {name.removesuffix(".__init__"): path for name, path in files.items()}
    assert set(answers) == set(files)
    for name, path in files.items():
        named = "PySide6" in path.read_text(encoding="utf-8")
        if name.startswith("workshop"):
            assert not named and answers[name] == IGNORED, name
        elif named:
            assert answers[name] == USES, name


def test_the_launcher_tells_pyside_before_the_window_is_built(tmp_path: Path):
    code = (
        "import json, sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from PySide6.support import feature\n"
        "scanned = []\n"
        "scan = feature._mod_uses_pyside\n"
        "feature._mod_uses_pyside = lambda m: scanned.append(m.__name__) or scan(m)\n"
        "import ui.app.source_scan as source_scan\n"
        "before = []\n"  # what was imported when the launcher told PySide
        "tell = source_scan.skip_source_scan\n"
        "def told():\n"
        "    before.extend(sys.modules)\n"
        "    return tell()\n"
        "source_scan.skip_source_scan = told\n"
        "from ui.app.launcher import main\n"
        "run = QApplication.exec\n"
        "def exec_and_report(*args):\n"
        "    ours = [n for n in scanned if n.split('.')[0] in ('ui', 'workshop')\n"
        "            and n not in before]\n"
        "    print('SCANNED', len(scanned), json.dumps(ours), flush=True)\n"
        "    QTimer.singleShot(0, QApplication.instance().quit)\n"
        "    return run()\n"
        "QApplication.exec = exec_and_report\n"
        "main([])\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path),
             "XDG_CONFIG_HOME": str(tmp_path / "config")},
        timeout=60,
    ).stdout  # fmt: skip
    line = next(x for x in out.splitlines() if x.startswith("SCANNED"))
    _, others, ours = line.split(" ", 2)
    assert int(others) > 0  # PySide still reads everybody else's modules
    assert json.loads(ours) == []  # of ours, only those imported before it was told
