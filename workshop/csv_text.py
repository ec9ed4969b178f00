"""Reading CSV text strictly: the one parser of every CSV import (contributions, feedback).

Python's ``csv`` module is lenient where a user loses data: an unbalanced quote
silently swallows every following row into one cell, ``"x"y`` becomes ``xy``,
and NUL bytes pass through. This reader refuses those, naming the line where
the problem starts:

- a quoted field that is never closed, or that closes before more text
  (``"x"y``);
- a quoted field that runs over several lines inside a row whose number of
  values then differs from the header's (the sign of a missing closing quote;
  a real multi-line text in a row of the right width is fine);
- control characters other than tab and line breaks (NUL and the like);
- UTF-16 text without a byte-order mark (reported as such, not as "not UTF-8").
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from dataclasses import dataclass

from .errors import InvalidInput

# C0 controls but tab, LF and CR; DEL; C1 controls.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x80-\x9f]")
_QUOTED = re.compile(r'"((?:[^"]|"")*)"')
_BREAK = re.compile(r"\r\n?|\n")  # Windows, old Mac and Unix line breaks


class CsvProblem(InvalidInput):
    """The text is not CSV this app can read safely; ``line`` is where the problem starts."""

    def __init__(self, line: int, message: str) -> None:
        self.line = line
        self.detail = message
        super().__init__(f"line {line}: {message}")


@dataclass(frozen=True)
class Record:
    """One row of the file: the line it starts on and its values."""

    line: int
    cells: tuple[str, ...]
    multiline_from: int | None = None  # line where a quoted value spanning lines starts


def looks_like_utf16(data: bytes) -> str | None:
    """ "LE" or "BE" when *data* (without a BOM) looks like UTF-16 text, else None."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    # UTF-8 text has no NUL bytes; UTF-16 has one in every ASCII character (commas, line
    # breaks, the header), on one side only: LE on odd bytes, BE on even ones.
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    enough = max(2, len(sample) // 40)
    if odd >= enough and even * 10 <= odd:
        return "LE"
    if even >= enough and odd * 10 <= even:
        return "BE"
    return None


def decode_utf8(data: bytes) -> str:
    """UTF-8 text (a BOM is fine); a clear refusal of UTF-16 and of other encodings."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise CsvProblem(1, "the file is UTF-16 text: save it as “CSV UTF-8” and try again")
    if looks_like_utf16(data):
        raise CsvProblem(
            1,
            "the file looks like UTF-16 text (without a byte-order mark): "
            "save it as “CSV UTF-8” and try again",
        )
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise CsvProblem(
            line,
            f"byte 0x{data[exc.start]:02X} is not UTF-8 text (save the file as “CSV UTF-8”)",
        ) from None


def line_of(text: str, position: int) -> int:
    return len(_BREAK.findall(text, 0, position)) + 1


def check_characters(text: str) -> None:
    """Refuse control characters other than tab and line breaks, naming the first line."""
    found = _CONTROL.search(text)
    if found:
        code = ord(found.group())
        raise CsvProblem(
            line_of(text, found.start()),
            f"the file contains the control character U+{code:04X}, which is not text "
            "(only tabs and line breaks are allowed); remove it and try again",
        )


def _records(text: str, delimiter: str) -> Iterator[Record]:
    unquoted = re.compile(f"[^{re.escape(delimiter)}\r\n]*")
    pos, end, line = 0, len(text), 1
    while pos < end:
        start_line = line
        cells: list[str] = []
        multiline_from: int | None = None
        while True:
            probe = pos
            while probe < end and text[probe] == " " and delimiter != " ":
                probe += 1
            if probe < end and text[probe] == '"':
                found = _QUOTED.match(text, probe)
                if found is None:
                    raise CsvProblem(
                        line,
                        "a quoted value starts here and its closing quote is missing "
                        "(it runs to the end of the file)",
                    )
                value = found.group(1).replace('""', '"')
                breaks = len(_BREAK.findall(found.group(0)))
                if breaks and multiline_from is None:
                    multiline_from = line
                opened_on = line
                line += breaks
                pos = found.end()
                while pos < end and text[pos] == " " and delimiter != " ":
                    pos += 1
                if pos < end and text[pos] not in (delimiter, "\r", "\n"):
                    if breaks:
                        raise CsvProblem(
                            opened_on,
                            f"a quoted value starts here, runs over {breaks + 1} lines and is "
                            "followed by more text: a closing quote is probably missing",
                        )
                    raise CsvProblem(
                        opened_on,
                        "a quoted value is followed by more text before the next separator "
                        '(like "x"y): put the whole value in quotes and double any quote '
                        "inside it",
                    )
            else:
                found = unquoted.match(text, pos)
                assert found is not None  # the pattern matches the empty string
                value = found.group()
                pos = found.end()
            cells.append(value)
            if pos < end and text[pos] == delimiter:
                pos += 1
                continue
            break
        if text.startswith("\r\n", pos):
            pos += 2
        elif pos < end:
            pos += 1  # \n or \r
        line += 1
        yield Record(start_line, tuple(cells), multiline_from)


def split_line(line: str, delimiter: str) -> tuple[str, ...]:
    """The values of one line (a header line, say)."""
    return next(_records(line, delimiter), Record(1, ())).cells


def read_records(text: str, delimiter: str) -> tuple[Record | None, list[Record], int]:
    """The header (the first non-blank row), the non-blank rows under it, and how many
    blank rows were skipped. Raises CsvProblem for the problems listed above.
    """
    check_characters(text)
    header: Record | None = None
    rows: list[Record] = []
    blank = 0
    for record in _records(text, delimiter):
        if not any(c.strip() for c in record.cells):
            blank += header is not None
            continue
        if header is None:
            header = record
            continue
        if record.multiline_from is not None and len(record.cells) != len(header.cells):
            raise CsvProblem(
                record.multiline_from,
                "a quoted value starts here and runs over several lines, and its row then "
                f"has {len(record.cells)} values instead of {len(header.cells)}: "
                "a closing quote is probably missing",
            )
        rows.append(record)
    return header, rows, blank
