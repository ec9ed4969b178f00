"""No user-visible string escapes translation: literals handed to Qt's text setters must go
through tr()/translate, and the core's messages through gettext."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Qt calls whose string arguments the user reads.
TEXT_CALLS = {
    "setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setStatusTip",
    "setWhatsThis", "setTitle", "addButton", "showMessage", "setHeaderLabels", "addItem",
    "addItems", "addTab", "addMenu", "setPrefix", "setSuffix", "setSpecialValueText",
    "setLabelText", "setInformativeText", "setDetailedText", "setAccessibleName",
    "QLabel", "QAction", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox",
    "QToolButton", "QMenu", "show_error", "confirm", "inform", "plain_label", "muted_label",
    "heading_label", "getText", "getItem", "getInt", "information", "warning", "critical",
    "question",
}  # fmt: skip
WORDS = re.compile(r"[A-Za-z]{2,}")
# Text that is not language: keys, formats, file patterns, brand names.
NOT_WORDS = re.compile(r"^(Ctrl|Shift|Alt|F\d+|Delight Workshop|%\d|\W|\d)+")


def _literal_text(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value for v in node.values if isinstance(v, ast.Constant))
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return (_literal_text(node.left) or "") + (_literal_text(node.right) or "") or None
    return None


def _name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def untranslated_literals(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or _name(node) not in TEXT_CALLS:
            continue
        owner = getattr(node.func, "value", None)
        if isinstance(owner, ast.Name) and owner.id in ("log", "logger", "logging"):
            continue  # the log is for developers
        for arg in node.args[:3]:
            text = _literal_text(arg)
            if text and WORDS.search(text) and not NOT_WORDS.fullmatch(text.strip()):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {_name(node)}({text!r})")
    return found


def test_no_literal_reaches_a_qt_text_setter_untranslated() -> None:
    problems = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        problems += untranslated_literals(path)
    assert problems == [], "\n".join(problems)


def test_the_checker_catches_a_raw_label(tmp_path: Path) -> None:
    sample = ROOT / "ui" / f"_sample_{tmp_path.name}.py"
    sample.write_text(
        'label = QLabel("Hello there")\nok = QLabel(self.tr("Hello there"))\n', encoding="utf-8"
    )
    try:
        assert len(untranslated_literals(sample)) == 1
    finally:
        sample.unlink()


def test_core_messages_go_through_gettext() -> None:
    """Every exception the core raises for the user carries a gettext-wrapped message."""
    problems = []
    for path in sorted((ROOT / "workshop").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
                continue
            name = _name(node.exc)
            if name in (
                "KeyError",
                "TypeError",
                "ValueError",
                "RuntimeError",
                "AssertionError",
                "AttributeError",
            ):
                continue  # programming errors, never shown to a user
            for arg in node.exc.args[:1]:
                text = _literal_text(arg)
                if text and WORDS.search(text):
                    problems.append(f"{path.relative_to(ROOT)}:{node.lineno}: {text!r}")
    assert problems == [], "\n".join(problems)
