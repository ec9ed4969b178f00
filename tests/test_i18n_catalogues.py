"""Every shipped language is complete: no unfinished or empty entry, no English left,
placeholders, plural forms and accelerators kept, and the catalogues match the code."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from workshop.i18n import LANGUAGES, SOURCE_LANGUAGE

ROOT = Path(__file__).resolve().parent.parent
TARGETS = [code for code in LANGUAGES if code != SOURCE_LANGUAGE]
# Strings that read the same in a translation: names, keys, units and formats.
SAME_EVERYWHERE = re.compile(
    r"^(Delight Workshop|F2|Ctrl\+S|Markdown…|Qt %1.*|Page (Up|Down)|Backspace|Shift\+Tab|"
    r"%1 \(%2\)|%1 · %2|Ctrl\+N|Teams?|\{story\} \(\{team\}; \{kind\}, \{day\}\)|\{uses\}: \{outcomes\}|[Ss]tatus|Status:|Start|Workshop|Phase|Score|text|%\(prog\)s: error: %\(message\)s\n|Timer: %1| min|\+1 min|Type|[Cc]ontributions?|\{n\} obstacle|Phase: %1|Phase %1: %2|Version %1|Optional|Pause|Menu|Export|"
    r"%1 \(continued\)|“%1”: %2|\{prog\}: .*|Status: \{status\}|Note|Notiz|Kind|Item|Date|"
    r"Dots|Ideate|Plan|Vote|Group|Actions|Action|Action plan|Open|Total|Rank|Dashboard|"
    r"Recognition|Routine delight|Recovery|Follow-up|Warm-up|Wrap-up|Obstacle|Obstacles|"
    r"Round|Sessions|Session|Settings|Voting|Ideas|Story|Credited|Contribution|By|Due|"
    r"Owner|Votes|Closed|None\.|Keys|Key|Command|Length|Reset|Phones|words|date|customer|"
    r"employee|done|open|removed|theme|round|session|action|options|Status:.*|"
    r"PDF files \(\*\.pdf\)|Text|Edit|Delete|Drop|Undo|Redo|Clear|Cancel|Discard|Projector|"
    r"Themes|Participants|Voters|Method|Hero story|Hero stories|Value idea|Value ideas|"
    r"Delight idea|Delight ideas|.{0,3})$"
)
PLACEHOLDER = re.compile(r"%n|%L?\d|\{[a-zA-Z_0-9]*(?::[^}]*)?\}|%\([a-z_]+\)[sr]|%s")


def ts_messages(code: str) -> list[tuple[str, str, ET.Element, bool]]:
    root = ET.parse(ROOT / "resources" / "i18n" / f"delight-workshop_{code}.ts").getroot()
    out = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out.append((name, message.findtext("source") or "", message.find("translation"),
                        message.get("numerus") == "yes"))  # fmt: skip
    return out


def po_catalogue(code: str):
    path = ROOT / "resources" / "locale" / code / "LC_MESSAGES" / "delight-workshop.po"
    with path.open("rb") as handle:
        return read_po(handle, locale=code)


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


@pytest.mark.parametrize("code", TARGETS)
def test_every_qt_string_is_translated_with_its_placeholders(code: str) -> None:
    messages = ts_messages(code)
    assert len(messages) > 500
    problems = []
    for context, source, translation, numerus in messages:
        assert translation is not None
        kind = translation.get("type")
        if kind in ("vanished", "obsolete"):
            continue
        forms = [f.text or "" for f in translation.iter("numerusform")] if numerus else [
            translation.text or ""
        ]  # fmt: skip
        if kind == "unfinished" or not all(forms):
            problems.append(f"{context}: {source!r} is not translated")
            continue
        for form in forms:
            wanted = [p for p in placeholders(source) if p != "%n"]
            found = [p for p in placeholders(form) if p != "%n"]
            if wanted != found:
                problems.append(f"{context}: {source!r} -> {form!r} changes placeholders")
            if "&" in source.replace("&&", "") and "&" not in form and code != "ar":
                problems.append(f"{context}: {source!r} -> {form!r} lost its accelerator")
        plain = source.replace("&", "")
        if code != "ar" and forms[0] == source and not SAME_EVERYWHERE.match(plain):
            problems.append(f"{context}: {source!r} is still English")
        if code == "ar" and forms[0] == source and re.search(r"[a-z]{4}", source):
            if not SAME_EVERYWHERE.match(plain):
                problems.append(f"{context}: {source!r} is still English")
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("code", TARGETS)
def test_every_core_string_is_translated_with_real_plurals(code: str) -> None:
    catalogue = po_catalogue(code)
    assert len(catalogue) > 200
    problems = []
    for message in catalogue:
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if message.fuzzy or not all(strings):
            problems.append(f"{ids[0]!r} is not translated")
            continue
        if isinstance(message.id, tuple):
            assert len(strings) == catalogue.num_plurals, ids[0]
        for form in strings:
            if placeholders(form) != placeholders(ids[-1]) and placeholders(form) != placeholders(
                ids[0]
            ):
                # Arabic's zero/one/two forms may spell the number out instead of {n}.
                if not (code == "ar" and placeholders(form) == [
                    p for p in placeholders(ids[0]) if p != "{n}"
                ]):  # fmt: skip
                    problems.append(f"{ids[0]!r} -> {form!r} changes placeholders")
        if code != "ar" and strings[0] == ids[0] and not SAME_EVERYWHERE.match(ids[0]):
            problems.append(f"{ids[0]!r} is still English")
    assert problems == [], "\n".join(problems)


def test_arabic_has_six_plural_forms() -> None:
    catalogue = po_catalogue("ar")
    assert catalogue.num_plurals == 6
    dots = catalogue.get(("{n} dot", "{n} dots"))
    assert dots is not None and len(set(dots.string)) >= 4  # zero, one, two, few/many/other


def test_the_catalogues_hold_every_string_of_the_code(tmp_path: Path) -> None:
    """Re-extracting finds nothing that the shipped catalogues lack (run packaging/i18n.py)."""
    for folder in ("resources/i18n", "resources/locale"):
        target = tmp_path / folder
        target.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(["cp", "-r", str(ROOT / folder), str(target)], check=True)
    script = (ROOT / "packaging" / "i18n.py").read_text(encoding="utf-8")
    script = script.replace(
        'TS_DIR = ROOT / "resources" / "i18n"',
        f"TS_DIR = Path({str(tmp_path / 'resources/i18n')!r})",
    ).replace(
        'PO_DIR = ROOT / "resources" / "locale"',
        f"PO_DIR = Path({str(tmp_path / 'resources/locale')!r})",
    )
    copy = ROOT / "packaging" / f".i18n_check_{tmp_path.name}.py"
    copy.write_text(script, encoding="utf-8")
    try:
        subprocess.run([sys.executable, str(copy)], check=True, capture_output=True)
        done = subprocess.run(
            [sys.executable, str(copy), "--check"], capture_output=True, text=True
        )
    finally:
        copy.unlink()
    assert done.returncode == 0, done.stdout


@pytest.mark.parametrize("code", list(LANGUAGES))
def test_the_start_up_reader_of_a_catalogue_agrees_with_an_xml_parser(code: str) -> None:
    """The app reads each catalogue's contexts with a regular expression (no XML parser
    at start-up): it must find what ElementTree finds, entities decoded."""
    from ui.state.language import source_contexts

    ts = ROOT / "resources" / "i18n" / f"delight-workshop_{code}.ts"
    expected: dict[str, list[str]] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            if source is not None:
                expected.setdefault(source, []).append(name)
    assert source_contexts(ts) == expected
    assert any("&" in s or "<" in s or '"' in s for s in expected) or code == "en"
