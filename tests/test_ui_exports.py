"""Export and print from the app: the save dialog, the offer to open, the print dialog (offscreen)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QWidget

from tests.test_export_pdf import ACTIONS, ARABIC_LINE, MARKUP, flat, rich_session
from ui.commands import exporting as exports
from ui.state.bridge import BookBridge
from workshop.book import Book


class SaveDialog:
    """Stands in for QFileDialog.getSaveFileName: records what it was asked, answers *answer*."""

    def __init__(self, answer: Path | None) -> None:
        self.answer = answer
        self.calls: list[tuple] = []

    def __call__(self, parent, title, proposed, file_filter):
        self.calls.append((parent, title, proposed, file_filter))
        return (str(self.answer) if self.answer else "", file_filter)


@pytest.fixture
def window(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def opened(monkeypatch) -> list[str]:
    """The user answers Open to the offer; records the URLs the app asked the desktop to open."""
    urls: list[str] = []
    monkeypatch.setattr(exports, "confirm", lambda *args, **kwargs: True)
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: urls.append(url.toLocalFile()) or True
    )
    return urls


def test_export_pdf_proposes_documents_and_a_named_file_then_opens_it(
    book: Book, window, monkeypatch, tmp_path: Path, opened: list[str]
) -> None:
    sid = rich_session(book)
    target = tmp_path / "chosen.pdf"
    dialog = SaveDialog(target)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    assert exports.export_action_plan(window, BookBridge(book), sid) == target
    _parent, title, proposed, file_filter = dialog.calls[0]
    assert title == "Export Action Plan as PDF" and "*.pdf" in file_filter
    assert Path(proposed).parent == exports.documents_folder()
    assert Path(proposed).name == "action-plan-2026-11-20-front-desk-bnovemberb.pdf"
    text = flat("".join(p.extract_text() for p in PdfReader(target).pages))
    assert all(what in text for what, _o, _d in ACTIONS)
    assert opened == [str(target)]


def test_with_no_pdf_viewer_the_offer_says_so_and_shows_the_folder(
    book: Book, window, monkeypatch, tmp_path: Path, message_boxes: list
) -> None:
    sid = rich_session(book)
    target = tmp_path / "out" / "plan.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", SaveDialog(target))
    monkeypatch.setattr(exports, "confirm", lambda *args, **kwargs: True)  # "Open"
    asked: list[str] = []

    def desktop(url) -> bool:  # a computer with a file manager but no PDF viewer
        asked.append(url.toLocalFile())
        return not url.toLocalFile().endswith(".pdf")

    monkeypatch.setattr(QDesktopServices, "openUrl", desktop)
    assert exports.export_action_plan(window, book, sid) == target
    assert asked == [str(target), str(target.parent)]
    title, text = message_boxes[-1]
    assert title == "No program to open it" and "plan.pdf" in text


def test_cancelling_the_save_dialog_writes_nothing(
    book: Book, window, monkeypatch, tmp_path: Path, opened: list[str]
) -> None:
    sid = rich_session(book)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", SaveDialog(None))
    assert exports.export_action_plan(window, book, sid) is None
    assert list(tmp_path.glob("*.pdf")) == [] and opened == []


@pytest.mark.parametrize("fmt, suffix", [("csv", ".csv"), ("markdown", ".md"), ("ics", ".ics")])
def test_export_as_each_format_adds_the_suffix(
    book: Book, window, monkeypatch, tmp_path: Path, opened: list[str], fmt: str, suffix: str
) -> None:
    sid = rich_session(book)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", SaveDialog(tmp_path / "plan"))
    path = exports.export_as(window, book, sid, fmt)
    assert path == tmp_path / f"plan{suffix}" and path.exists()
    data = path.read_bytes()
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
        assert MARKUP in [r["text"] for r in rows]
    elif fmt == "markdown":
        assert data.decode().startswith("# Action plan")
    else:
        assert data.count(b"BEGIN:VEVENT") == len(ACTIONS)
    assert opened == [str(path)]


def test_a_file_that_cannot_be_written_is_reported(
    book: Book, window, monkeypatch, tmp_path: Path, opened: list[str]
) -> None:
    sid = rich_session(book)
    errors: list[tuple] = []
    monkeypatch.setattr(exports, "show_error", lambda *args: errors.append(args))
    blocked = tmp_path / "missing-folder" / "plan.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", SaveDialog(blocked))
    assert exports.export_action_plan(window, book, sid) is None
    assert errors and "plan.pdf" in errors[0][2] and opened == []


def test_print_shows_the_dialog_and_prints_the_plan(
    book: Book, window, monkeypatch, tmp_path: Path
) -> None:
    sid = rich_session(book)
    shown: list[QPrintDialog] = []

    def press_print(dialog) -> bool:
        shown.append(dialog)
        return True

    monkeypatch.setattr(exports, "exec_dialog", press_print)
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert exports.print_action_plan(window, book, sid, printer=printer) is True
    assert isinstance(shown[0], QPrintDialog) and shown[0].windowTitle() == "Print Action Plan"
    # "Print to file" proposes this name: nothing Windows forbids in a file name.
    assert printer.docName() == "action-plan-2026-11-20-front-desk-bnovemberb"
    assert not set(printer.docName()) & set('<>:"/\\|?*')
    text = flat("".join(p.extract_text() for p in PdfReader(tmp_path / "printed.pdf").pages))
    positions = [text.index(what) for what, _o, _d in ACTIONS]
    assert positions == sorted(positions)
    assert MARKUP in text and "Ann stayed late <script>x</script>" in text
    assert "Follow-up from earlier sessions" in text and "Appendix" in text


def test_print_cancelled_prints_nothing(book: Book, window, monkeypatch, tmp_path: Path) -> None:
    sid = rich_session(book)
    monkeypatch.setattr(exports, "exec_dialog", lambda dialog: False)
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "none.pdf"))
    assert exports.print_action_plan(window, book, sid, printer=printer) is False
    assert not (tmp_path / "none.pdf").exists()


def test_print_document_escapes_user_text(book: Book) -> None:
    from workshop.exports.plan_data import build_plan

    document = exports.print_document(build_plan(book, rich_session(book)))
    plain = document.toPlainText()
    assert MARKUP in plain and ARABIC_LINE in plain
    assert "Front desk <b>November</b>" in plain
    assert "<img" not in document.toHtml().replace("&lt;img", "")


def test_page_size_of_the_system_locale(monkeypatch) -> None:
    from PySide6.QtCore import QLocale

    for name, expected in (("en_US", "Letter"), ("fr_CA", "Letter"), ("de_DE", "A4")):
        monkeypatch.setattr(QLocale, "system", staticmethod(lambda name=name: QLocale(name)))
        assert exports.system_page_size() == expected
