"""Choosing languages: the app's setting, Qt's own strings, right to left, a session's own
language for the projector and the exports, the CLI under LANG and --lang."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from tests.pdf_extract import normalised, pdftotext
from ui.app.i18n import install_language, remove_language
from ui.state import settings as prefs
from workshop import i18n
from workshop.book import Book
from workshop.exports.certificate import write_certificate
from workshop.exports.markdown import render_markdown
from workshop.exports.pdf import write_action_plan
from workshop.model import Phase

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def english_again(qapp) -> Iterator[QApplication]:
    """Whatever a test installs, the next test starts in English, left to right."""
    yield qapp
    remove_language(qapp)


def test_the_language_dialog_stores_the_choice_for_the_next_start(
    qtbot, ui_settings, english_again
) -> None:
    from ui.dialogs.language import LanguageDialog

    dialog = LanguageDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    from PySide6.QtWidgets import QLabel

    notes = [label.text() for label in dialog.findChildren(QLabel)]
    assert any("next time Delight Workshop starts" in note for note in notes)  # says when
    dialog.choice.setFocus()
    qtbot.keyClicks(dialog.choice, "Deutsch")
    assert dialog.choice.currentData() == "de"
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert prefs.LANGUAGE.read(prefs.settings()) == "de"
    # At the next start the app comes up in German, Qt's own buttons too.
    assert install_language(english_again) == "de"
    assert QCoreApplication.translate("Menus", "&File") == "&Datei"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"
    assert i18n._("Owner") == "Verantwortlich"  # the core follows the app


def test_system_language_is_the_default(ui_settings, english_again, monkeypatch) -> None:
    from PySide6.QtCore import QLocale

    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("fr_FR")))
    assert install_language(english_again) == "fr"


def test_arabic_mirrors_the_whole_app(qtbot, ui_settings, english_again) -> None:
    install_language(english_again, "ar")
    assert english_again.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QCoreApplication.translate("Menus", "&File") == "&ملف"
    install_language(english_again, "en")
    assert english_again.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_projector_follows_the_sessions_language(qtbot, book: Book, english_again) -> None:
    from tests.test_projector import go, make_room

    sid = book.sessions.create("Équipe", language="ar", participants=["Ann"])
    book.contributions.add(sid, "delight", "Un café offert")
    projector = make_room(qtbot, book, sid)
    go(qtbot, projector, Phase.IDEATE)
    assert projector.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert projector.header.phase == "الأفكار"
    # The console stays English; a German session turns the projector German, left to right.
    book.sessions.update(sid, language="de")
    qtbot.waitUntil(lambda: projector.layoutDirection() == Qt.LayoutDirection.LeftToRight)
    assert projector.header.phase == "Ideen"
    assert QCoreApplication.translate("Menus", "&File") == "&File"


def test_exports_follow_the_sessions_language(book: Book, tmp_path: Path) -> None:
    sid = book.sessions.create("Frente", date="2026-11-20", language="de")
    book.contributions.add(sid, "obstacle", "Die Kasse hängt")
    text = normalised(pdftotext(write_action_plan(book, sid, tmp_path / "p.pdf", "A4")))
    assert "AKTIONSPLAN" in text and "Hindernisse" in text and "Seite 1 von" in text
    assert "20. November 2026" in text  # the date in German (CLDR)
    assert "Hindernisse" in render_markdown(book, sid)
    book.sessions.update(sid, language="ar")
    arabic = normalised(pdftotext(write_action_plan(book, sid, tmp_path / "a.pdf", "A4")))
    assert "العقبات" in arabic and "خطة العمل" in arabic
    assert i18n.current_language() == "en"  # the app's language is untouched


def test_certificate_draws_rtl_names_joined_and_in_order(
    book: Book, session_id: int, tmp_path: Path
) -> None:
    """Issue 13 item 6: the name line went around the bidi path when the name fitted."""
    for name in ("أحمد الفارسي", "דוד כהן", "Ann مريم Lee"):
        story = book.contributions.add(
            session_id, "hero", "قالت العميلة: شكرًا جزيلًا", credited=[name]
        )
        path = write_certificate(book, story, tmp_path / "c.pdf")
        raw = pdftotext(path)
        assert not any("\ufb50" <= ch <= "\ufeff" for ch in raw)  # no presentation forms
        if name != "Ann مريم Lee":
            assert name in raw  # joined letters copy back as the name, in logical order
        assert "شكرًا جزيلًا" in normalised(raw)
        assert "Helvetica" not in path.read_bytes().decode("latin-1")


def _cli(*args: str, lang: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env["LANG"] = lang
    return subprocess.run(
        [sys.executable, "-c", "import sys; from workshop.cli import main; sys.exit(main())",
         *args],
        capture_output=True, text=True, env=env, cwd=ROOT,
    )  # fmt: skip


def test_cli_follows_lang_and_export_takes_lang(book: Book, session_id: int, tmp_path) -> None:
    book.contributions.add(session_id, "delight", "Kaffee für alle")
    book.close()
    path = str(book.path)
    helped = _cli("export", "--help", lang="de_DE.UTF-8")
    assert "die zu exportierende Sitzung" in helped.stdout
    assert "Optionen" in helped.stdout or "options" not in helped.stdout
    wrong = _cli("export", str(tmp_path / "missing.dwbook"), lang="de_DE.UTF-8")
    assert wrong.returncode != 0 and "existiert nicht" in wrong.stderr
    done = _cli("export", path, "--lang", "ar", "-o", str(tmp_path / "x.pdf"), lang="de_DE.UTF-8")
    assert done.returncode == 0, done.stderr
    assert "كُتبت خطة عمل" in done.stdout
    assert "خطة العمل" in normalised(pdftotext(tmp_path / "x.pdf"))
    english = _cli("export", path, "-o", str(tmp_path / "y.md"), lang="C.UTF-8")
    assert english.stdout.startswith("Wrote the action plan")


def test_a_card_reads_in_its_own_direction_whatever_the_ui(qtbot, english_again) -> None:
    from ui.widgets.card_delegate import text_direction

    ltr, rtl = Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft
    assert text_direction("Keep the winter tyres", rtl) == ltr  # English card, Arabic UI
    assert text_direction("«مرحبا» hello", ltr) == rtl  # Arabic card, English UI
    assert text_direction("123 …", rtl) == rtl  # no strong character: the UI's


def test_the_projector_mirrors_its_layout_in_arabic(qtbot, book: Book, english_again) -> None:
    from tests.test_projector import go, make_room

    sid = book.sessions.create("Team", language="ar")
    book.contributions.add(sid, "delight", "قهوة مجانية")
    projector = make_room(qtbot, book, sid)
    go(qtbot, projector, Phase.IDEATE)
    view = projector.current_view()
    assert view.mirrored
    image = projector.grab().toImage()

    # The countdown (the widest bright digits) is on the left in Arabic, on the right otherwise.
    def bright_columns(img) -> list[int]:
        return [x for x in range(0, img.width(), 8)
                if any(img.pixelColor(x, y).value() > 200 and img.pixelColor(x, y).red() > 200
                       and img.pixelColor(x, y).blue() < 120 for y in range(80, 300, 6))]  # fmt: skip

    mirrored = bright_columns(image)
    book.sessions.update(sid, language="en")
    qtbot.waitUntil(lambda: not view.mirrored)
    qtbot.wait(50)
    plain = bright_columns(projector.grab().toImage())
    assert mirrored and plain
    assert sum(mirrored) / len(mirrored) < image.width() / 2 < sum(plain) / len(plain)


def test_csv_columns_and_kinds_follow_the_sessions_language(book: Book, tmp_path: Path) -> None:
    import csv

    from workshop.exports.csv_export import write_csv

    sid = book.sessions.create("Equipo", language="es")
    book.contributions.add(sid, "obstacle", "La caja se cuelga")
    with (write_csv(book, sid, tmp_path / "c.csv")).open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:5] == ["sesión", "fecha", "tipo", "tema", "texto"]
    assert rows[1][2] == "Obstáculo"


def test_projector_cards_align_with_their_own_text(qapp) -> None:
    from PySide6.QtGui import QFont

    from ui.projector.paint import lay_out

    arabic = lay_out("قهوة مجانية مع ابتسامة", QFont("DejaVu Sans", 20), 600)
    english = lay_out("Free coffee with a smile", QFont("DejaVu Sans", 20), 600)
    assert arabic.layout.lineAt(0).naturalTextRect().x() > 200  # flush right
    assert english.layout.lineAt(0).naturalTextRect().x() == 0  # flush left
