"""The layers of ARCHITECTURE.md hold: the import contracts in pyproject.toml are kept.

``lint-imports`` (import-linter) reads ``[tool.importlinter]``. The contracts are
also shown to break on a copy of the code with a forbidden import added, so the
check cannot pass by checking nothing.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LINT = Path(sys.executable).with_name("lint-imports")

pytestmark = pytest.mark.skipif(not LINT.exists(), reason="the test extra installs import-linter")


def _lint(root: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(root)}
    return subprocess.run(
        [str(LINT), "--config", str(root / "pyproject.toml"), "--no-cache"],
        cwd=root, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def _copy_with(tmp_path: Path, module: str, source: str) -> Path:
    for name in ("workshop", "ui"):
        shutil.copytree(ROOT / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    (tmp_path / Path(*module.split("."))).with_suffix(".py").write_text(source, encoding="utf-8")
    return tmp_path


def test_the_code_keeps_every_layer_contract() -> None:
    result = _lint(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


@pytest.mark.parametrize(
    ("module", "source", "contract"),
    [
        ("workshop.leak", "from ui.state.context import WorkshopContext\n",
         "The core (workshop) never imports Qt or the ui package"),
        ("workshop.qt_leak", "import PySide6.QtCore\n",
         "The core (workshop) never imports Qt or the ui package"),
        ("ui.widgets.leak", "from ui.console.main_window import MainWindow\n",
         "ui.models and ui.widgets never import"),
        ("ui.models.leak", "import ui.phases.plan\n",
         "ui.models and ui.widgets never import"),
        ("ui.state.leak", "from ui.models.labels import fill\n",
         "ui.state is the bottom layer of ui"),
        ("ui.phases.leak", "import ui.series.common\n",
         "No import cycles between the packages of ui"),
    ],
)  # fmt: skip
def test_a_forbidden_import_breaks_its_contract(
    tmp_path: Path, module: str, source: str, contract: str
) -> None:
    result = _lint(_copy_with(tmp_path, module, source))
    assert result.returncode != 0, result.stdout
    broken = result.stdout.split("Broken contracts", 1)[-1]
    assert contract in broken, result.stdout


def test_every_ui_package_has_its_place_in_the_contracts() -> None:
    """A new folder under ui/ must be placed in a layer, or the contracts would miss it."""
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    named: set[str] = set()
    for contract in config["tool"]["importlinter"]["contracts"]:
        for key in ("source_modules", "forbidden_modules"):
            named |= set(contract.get(key, []))
    packages = {f"ui.{p.parent.name}" for p in (ROOT / "ui").glob("*/__init__.py")}
    assert packages - named == set(), "add these to the layer contracts in pyproject.toml"
