"""Re-extract every translatable string and (optionally) compile the catalogues.

    python packaging/i18n.py            # extract: update the .ts and .po files
    python packaging/i18n.py --compile  # extract, then write the .qm and .mo files
    python packaging/i18n.py --compile-only
    python packaging/i18n.py --check    # exit 1 if any string is untranslated

Two catalogues, both under version control as text:

* Qt (``ui/``): ``resources/i18n/delight-workshop_<lang>.ts``, extracted by
  ``pyside6-lupdate`` from every ``tr()`` / ``QCoreApplication.translate`` call;
  lupdate keeps existing translations and marks new strings ``unfinished``.
* The core (``workshop/``, no Qt): ``resources/locale/<lang>/LC_MESSAGES/
  delight-workshop.po``, extracted with Babel from ``_``, ``N_``, ``ngettext``
  and the field names passed to ``clean_text`` & co., plus the templates' names,
  descriptions and prompts (``resources/templates/*.json``).

The compiled ``.qm`` / ``.mo`` files are build products (ignored by git): the
bundle build runs ``--compile``; a checkout compiles on first use (see
``ui/app/i18n.py`` and ``workshop/i18n.py``). Run this after merging branches
that add strings, then translate what ``--check`` lists.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
from datetime import datetime
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from workshop.i18n import DOMAIN, LANGUAGES, SOURCE_LANGUAGE  # noqa: E402

TS_DIR = ROOT / "resources" / "i18n"
PO_DIR = ROOT / "resources" / "locale"
TARGETS = [code for code in LANGUAGES if code != SOURCE_LANGUAGE]
KEYWORDS = {
    "_": None,
    "N_": None,
    "t": None,  # print_html.py: translated and escaped
    "ngettext": (1, 2),
    "pgettext": ((1, "c"), 2),
    "clean_text": (2,),
    "optional_text": (2,),
    "clean_date": (2,),
    "require": (3,),
}


def tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        sys.exit(f"{name} not found: install PySide6-Essentials in this Python")
    return found


# -- Qt ------------------------------------------------------------------------
# Module helpers that call QCoreApplication.translate for their callers; lupdate
# does not see through them: name -> default context (None: the context is the
# first argument, the text the second).
WRAPPERS = {"_t": "Projector", "_tr": None, "tr": "Series"}
WRAPPER_CONTEXTS = {  # a module's own context for its _t/_tr helper
    "ui/projector/window.py": "Projector",
    "ui/dialogs/first_run.py": "FirstRun",
    "ui/phases/card_commands.py": "CardCommands",
}
# Contexts lupdate invents for calls like ``self.view.tr(...)`` or a module-level ``tr()``;
# at run time they are looked up by source text (ui/state/language.py's fallback).
BOGUS_CONTEXTS = ("", "view", "self.view", "parent", "model")


def wrapper_calls() -> list[tuple[str, str]]:
    """(context, text) of every call of a translating helper with literal arguments."""
    import ast

    found: list[tuple[str, str]] = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            name = node.func.id
            if name not in WRAPPERS or not node.args:
                continue
            literals = [a.value for a in node.args if isinstance(a, ast.Constant)]
            if len(literals) != len(node.args) or not all(isinstance(v, str) for v in literals):
                continue
            if name == "_t" and len(literals) == 2:  # ui.models.labels._t(context, text)
                found.append((literals[0], literals[1]))
            elif name == "tr":
                context = literals[1] if len(literals) > 1 else "Series"
                for kw in node.keywords:
                    if kw.arg == "context" and isinstance(kw.value, ast.Constant):
                        context = kw.value.value
                found.append((context, literals[0]))
            elif len(literals) == 1:
                found.append((WRAPPER_CONTEXTS.get(rel, WRAPPERS[name] or "App"), literals[0]))
    return found


DATA_NAMES = re.compile(r"^(headers|[A-Z_]*LABELS|FILTERS)$")


def data_strings() -> list[tuple[str, str]]:
    """(context, text) of UI words kept in data and translated where shown: a model's
    column ``headers`` (context: the class) and ``*_LABELS`` / ``FILTERS`` dictionaries."""
    import ast

    found: list[tuple[str, str]] = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            bodies = [(node.name, node.body)] if isinstance(node, ast.ClassDef) else []
            if isinstance(node, ast.Module):
                bodies.append(("Data", node.body))
            for context, body in bodies:
                for statement in body:
                    if not isinstance(statement, ast.Assign | ast.AnnAssign):
                        continue
                    targets = statement.targets if isinstance(statement, ast.Assign) else [
                        statement.target
                    ]  # fmt: skip
                    names = [t.id for t in targets if isinstance(t, ast.Name)]
                    if not any(DATA_NAMES.match(n) for n in names) or statement.value is None:
                        continue
                    value = statement.value
                    items = value.values if isinstance(value, ast.Dict) else getattr(
                        value, "elts", []
                    )  # fmt: skip
                    found += [(context, v.value) for v in items
                              if isinstance(v, ast.Constant) and isinstance(v.value, str)
                              and re.search(r"[A-Za-z]{2}", v.value)]  # fmt: skip
    return found


def _drop_bogus_contexts(ts: Path) -> None:
    import re

    text = ts.read_text(encoding="utf-8")
    for name in BOGUS_CONTEXTS:
        text = re.sub(
            rf"<context>\s*<name>{re.escape(name)}</name>.*?</context>\s*", "", text, flags=re.S
        )
    ts.write_text(text, encoding="utf-8")


def extract_qt() -> None:
    import tempfile

    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    TS_DIR.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        extra = Path(folder) / "helpers.py"
        lines = ["from PySide6.QtCore import QCoreApplication", ""]
        lines += [f"QCoreApplication.translate({c!r}, {t!r})" for c, t in wrapper_calls()]
        lines += [f"QCoreApplication.translate({c!r}, {t!r})" for c, t in data_strings()]
        # Calls lupdate files under an invented context: the class they run in at run time.
        lines += [
            "QCoreApplication.translate('BallotModel', 'hidden')",
            "QCoreApplication.translate('VoteView', 'tied')",
            "QCoreApplication.translate('WallView', 'Not grouped')",
            "QCoreApplication.translate('WallView', '%1 (continued)')",
            "QCoreApplication.translate('NewSessionDialog', '&Title')",
            "QCoreApplication.translate('NewSessionDialog', '&Date')",
            "QCoreApplication.translate('NewSessionDialog', '&Facilitator')",
        ]
        extra.write_text("\n".join(lines) + "\n", encoding="utf-8")
        for code in [SOURCE_LANGUAGE, *TARGETS]:
            ts = TS_DIR / f"{DOMAIN}_{code}.ts"
            # English needs only its plural forms ("%n card(s)" -> "1 card", "2 cards").
            only = ["-pluralonly"] if code == SOURCE_LANGUAGE else []
            subprocess.run(
                [tool("pyside6-lupdate"), "-locations", "none", "-no-obsolete", *only,
                 "-target-language", code, *sources, str(extra), "-ts", str(ts)],
                check=True, capture_output=True,
            )  # fmt: skip
            _drop_bogus_contexts(ts)


def compile_qt() -> None:
    for code in [SOURCE_LANGUAGE, *TARGETS]:
        ts = TS_DIR / f"{DOMAIN}_{code}.ts"
        subprocess.run(
            [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
            check=True,
        )


# -- the core -------------------------------------------------------------------
def template_messages() -> list[tuple[str, str]]:
    out = []
    for path in sorted((ROOT / "resources" / "templates").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        where = path.relative_to(ROOT).as_posix()
        out += [(data["name"], where), (data["description"], where)]
        out += [(r["prompt"], where) for r in data["rounds"]]
    return out


def core_template() -> Catalog:
    catalog = Catalog(project="Delight Workshop", domain=DOMAIN, fuzzy=False)
    method_map = [("workshop/**.py", "python")]
    for filename, lineno, message, comments, context in extract_from_dir(
        str(ROOT), method_map, keywords=KEYWORDS, comment_tags=("TRANSLATORS:",)
    ):
        catalog.add(message, locations=[(filename, lineno)], auto_comments=comments,
                    context=context)  # fmt: skip
    for message, where in template_messages():
        catalog.add(message, locations=[(where, 0)])
    return catalog


def extract_core() -> None:
    template = core_template()
    for code in TARGETS:
        po = PO_DIR / code / "LC_MESSAGES" / f"{DOMAIN}.po"
        po.parent.mkdir(parents=True, exist_ok=True)
        if po.exists():
            with po.open("rb") as handle:
                catalog = read_po(handle, locale=code)
            catalog.update(template, no_fuzzy_matching=True)
        else:
            catalog = Catalog(locale=code, domain=DOMAIN, project="Delight Workshop",
                              creation_date=datetime(2026, 1, 1))  # fmt: skip
            catalog.update(template, no_fuzzy_matching=True)
        catalog.obsolete.clear()
        with po.open("wb") as handle:
            write_po(handle, catalog, width=100, omit_header=False, include_lineno=False,
                     sort_output=True)  # fmt: skip


def compile_core() -> None:
    for code in TARGETS:
        po = PO_DIR / code / "LC_MESSAGES" / f"{DOMAIN}.po"
        with po.open("rb") as handle:
            catalog = read_po(handle, locale=code)
        with po.with_suffix(".mo").open("wb") as handle:
            write_mo(handle, catalog)


# -- check ------------------------------------------------------------------------
def untranslated() -> dict[str, list[str]]:
    """Per language, the source strings still without a translation in either catalogue."""
    import re
    from html import unescape

    out: dict[str, list[str]] = {}
    for code in [SOURCE_LANGUAGE, *TARGETS]:
        missing: list[str] = []
        ts = (TS_DIR / f"{DOMAIN}_{code}.ts").read_text(encoding="utf-8")
        for message in re.findall(r"<message.*?</message>", ts, re.S):
            if 'type="unfinished"' in message or 'type="obsolete"' in message:
                if 'type="obsolete"' not in message and 'type="vanished"' not in message:
                    source = re.search(r"<source>(.*?)</source>", message, re.S)
                    missing.append(unescape(source.group(1)) if source else "?")
        po = PO_DIR / code / "LC_MESSAGES" / f"{DOMAIN}.po"
        if code == SOURCE_LANGUAGE:
            out[code] = missing
            continue
        with po.open("rb") as handle:
            catalog = read_po(handle, locale=code)
        for message in catalog:
            if not message.id:
                continue
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            if message.fuzzy or not all(strings):
                missing.append(message.id if isinstance(message.id, str) else message.id[0])
        out[code] = missing
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--compile", action="store_true", help="also write .qm and .mo files")
    parser.add_argument("--compile-only", action="store_true", help="only write .qm and .mo")
    parser.add_argument("--check", action="store_true", help="list untranslated strings")
    args = parser.parse_args()
    if args.check:
        missing = untranslated()
        for code, strings in missing.items():
            print(f"{code}: {len(strings)} untranslated")
            for s in strings[:60]:
                print(f"    {s!r}")
        return 1 if any(missing.values()) else 0
    if not args.compile_only:
        extract_qt()
        extract_core()
    if args.compile or args.compile_only:
        compile_qt()
        compile_core()
    return 0


if __name__ == "__main__":
    sys.exit(main())
