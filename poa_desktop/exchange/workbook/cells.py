"""How each answer field is written in one spreadsheet cell, and read back from it.

The Excel workbook is the interchange format: a person reads and edits it, UNODA reads it by
machine, and this app re-imports it without loss. Export and import therefore share these
encoders: every ``format_*`` has a ``parse_*`` with ``parse(format(x)) == x``. The parsers are also
forgiving of what a person types by hand (case, spacing, Windows line ends), and raise
``ValueError`` with a message a focal point understands when a cell cannot be read.

Lists inside one cell use a backslash escape so any text survives: ``\\\\`` is a backslash, ``\\|``
a vertical bar, ``\\n`` and ``\\r`` line breaks, and a backslash before a space keeps a space that
would otherwise be trimmed. A backslash before any other character is kept as typed, so a
hand-typed path such as ``C:\\laws\\act.pdf`` reads as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime
from functools import cache
from typing import Any

from poa_desktop.domain.catalog import Term
from poa_desktop.domain.content import LAW_AREAS, Law
from poa_desktop.domain.fields import CellKind
from poa_desktop.domain.status import STATUSES, Status
from poa_desktop.domain.words import NO, YES, read_yes_no
from poa_desktop.translations import REPORT_LANGUAGES, Texts

STATUS_TEXT: dict[Status, str] = {status: status.label for status in STATUSES}
"""The words an English workbook's Status column holds (its drop-down offers these)."""


def _status_key(text: str) -> str:
    return " ".join(text.replace("_", " ").replace("-", " ").split()).casefold()


@cache
def text_statuses() -> dict[str, Status]:
    """Every language's status words (a workbook written in any of them reads back); read
    from the six translations when first asked, not when a report is written."""
    return {
        _status_key(Texts(language).term(status.label)): status
        for language in REPORT_LANGUAGES
        for status in STATUSES
    }


FORMULA_TRIGGERS = ("=", "+", "-", "@")
# Characters XML 1.0 cannot hold (written as _xHHHH_), and an underscore that starts what would
# read as such an escape.
_CELL_ESCAPE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]|_(?=x[0-9A-Fa-f]{4}_)"
)
_CELL_UNESCAPE = re.compile("_x([0-9A-Fa-f]{4})_")
_XML_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

# A cell's text as (character, escaped) pairs: escaped characters are never separators nor trimmed.
_Token = tuple[str, bool]


def _is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


# --- status -------------------------------------------------------------------------------------


def format_status(status: str | None) -> str:
    """``"not_implemented"`` -> ``"Not implemented"``; not yet assessed (None) -> empty cell."""
    return "" if status is None else STATUS_TEXT[Status(status)]


def parse_status(value: Any) -> Status | None:
    """Inverse of :func:`format_status`, case-insensitive; also accepts the ids themselves."""
    if _is_blank(value):
        return None
    key = _status_key(str(value))
    status = text_statuses().get(key)
    if status is not None:
        return status
    allowed = ", ".join(STATUS_TEXT.values())
    raise ValueError(f"status {str(value).strip()!r} is not one of {allowed} (or empty)")


# --- escaped lists ------------------------------------------------------------------------------


def _escape(value: str, specials: str) -> str:
    """Backslash-escape ``value`` so that it survives splitting on ``specials`` and trimming."""
    plain = value and not value[0].isspace() and not value[-1].isspace()
    if plain and not any(ch in value for ch in ("\\", "\n", "\r", *specials)):
        return value  # nearly always: nothing to escape
    out = []
    for ch in value:
        if ch == "\\" or ch in specials:
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        else:
            out.append(ch)
    if out and out[0].isspace():
        out[0] = "\\" + out[0]
    if out and out[-1].isspace():
        out[-1] = "\\" + out[-1]
    return "".join(out)


def _tokens(text: str) -> list[_Token]:
    """Read the escapes; a backslash before an ordinary character stays a literal backslash."""
    tokens: list[_Token] = []
    i = 0
    while i < len(text):
        ch = text[i]
        nxt = text[i + 1] if i + 1 < len(text) else ""
        if ch == "\\" and nxt != "" and (nxt in "\\|" or nxt.isspace()):
            tokens.append((nxt, True))
            i += 2
        elif ch == "\\" and nxt in ("n", "r"):
            tokens.append(("\n" if nxt == "n" else "\r", True))
            i += 2
        else:
            tokens.append((ch, False))
            i += 1
    return tokens


def _split(tokens: list[_Token], separator: str) -> list[list[_Token]]:
    parts: list[list[_Token]] = [[]]
    for token in tokens:
        if token == (separator, False):
            parts.append([])
        else:
            parts[-1].append(token)
    return parts


def _text(tokens: list[_Token]) -> str:
    """The tokens as text, without the unescaped whitespace at either end."""
    start, end = 0, len(tokens)
    while start < end and not tokens[start][1] and tokens[start][0].isspace():
        start += 1
    while end > start and not tokens[end - 1][1] and tokens[end - 1][0].isspace():
        end -= 1
    return "".join(ch for ch, _ in tokens[start:end])


def _lines(text: str) -> list[list[_Token]]:
    """Non-blank lines of a cell (``\\r\\n`` from Windows is fine: the ``\\r`` is trimmed)."""
    return [line for line in _split(_tokens(text), "\n") if _text(line)]


def _plain_parts(text: str, separator: str) -> list[list[str]] | None:
    """What :func:`_lines` and :func:`_split` then :func:`_text` make of a cell, as strings,
    when the cell has no backslash (almost always): no escapes, so plain splitting and
    stripping give the same parts without going character by character. None otherwise."""
    if "\\" in text:
        return None
    lines = [line for line in text.split("\n") if line.strip()]
    return [[part.strip() for part in line.split(separator)] for line in lines]


def format_laws(laws: Iterable[Law]) -> str:
    """One law per line: ``title_original | title_english | year | link`` (empty parts blank),
    then ``| area | description`` when either is given (the area by its id, the same in every
    language: export, marking...)."""
    lines = []
    for law in laws:
        parts = [
            _escape(law.title_original, "|"),
            _escape(law.title_english, "|"),
            "" if law.year is None else str(law.year),
            _escape(law.link, "|"),
        ]
        if law.area or law.description:
            parts += [law.area, _escape(law.description, "|")]
        line = parts[0]
        for part in parts[1:]:
            line += " |" + (f" {part}" if part else "")
        lines.append(line)
    return "\n".join(lines)


def parse_laws(text: Any) -> tuple[Law, ...]:
    """Inverse of :func:`format_laws`; a line may stop early (a title alone is a law). The area
    is read by its id or its English label, in any case."""
    if _is_blank(text):
        return ()
    laws = []
    plain = _plain_parts(str(text), "|")
    lines = (
        plain
        if plain is not None
        else [[_text(part) for part in _split(line, "|")] for line in _lines(str(text))]
    )
    for number, parts in enumerate(lines, start=1):
        if len(parts) > 6:
            raise ValueError(
                f"law on line {number} has {len(parts)} parts; write 'original title | English "
                "title | year | link | area | description' (a '|' inside a title as '\\|')"
            )
        parts += [""] * (6 - len(parts))
        year_text = parts[2].strip()
        if year_text and not re.fullmatch(r"[+-]?\d+", year_text):
            raise ValueError(f"law on line {number}: the year {year_text!r} is not a number")
        year = int(year_text) if year_text else None
        area = _law_area(parts[4].strip(), number)
        laws.append(Law(parts[0], parts[1], year, parts[3], area, parts[5]))
    return tuple(laws)


def _law_area(text: str, number: int) -> str:
    if not text:
        return ""
    key = " ".join(text.split()).casefold()
    for area, label in LAW_AREAS.items():
        if key in (area, label.casefold()):
            return area
    raise ValueError(
        f"law on line {number}: the area {text!r} is not one of {', '.join(LAW_AREAS)}"
    )


def format_agencies(names: Iterable[str]) -> str:
    """One agency name per line."""
    return "\n".join(_escape(name, "") for name in names)


def parse_agencies(text: Any) -> tuple[str, ...]:
    """Inverse of :func:`format_agencies`; blank lines are skipped."""
    if _is_blank(text):
        return ()
    plain = _plain_parts(str(text), "\n")
    if plain is not None:
        return tuple(parts[0] for parts in plain)
    return tuple(_text(line) for line in _lines(str(text)))


# --- assistance ---------------------------------------------------------------------------------


def format_kinds(kind_ids: Iterable[str], kinds: Sequence[Term]) -> str:
    """Assistance kinds by their labels (``catalog.assistance_kinds``), joined by ``", "``."""
    labels = {term.id: term.label for term in kinds}
    return ", ".join(labels.get(kind_id, kind_id) for kind_id in kind_ids)


def parse_kinds(text: Any, kinds: Sequence[Term]) -> tuple[str, ...]:
    """Inverse of :func:`format_kinds`: ids by label (in any of the six languages) or id,
    case-insensitive, each once.

    Commas, semicolons and line breaks all separate, as people type any of them.
    """
    if _is_blank(text):
        return ()
    lookup = {
        " ".join(Texts(language).term(term.label).split()).casefold(): term.id
        for language in REPORT_LANGUAGES
        for term in kinds
    }
    lookup.update({term.id.casefold(): term.id for term in kinds})
    found: list[str] = []
    for word in re.split(r"[,;\n،؛、，；]", str(text)):  # the Arabic and Chinese commas too
        key = " ".join(word.split()).casefold()
        if not key:
            continue
        if key not in lookup:
            allowed = ", ".join(term.label for term in kinds)
            raise ValueError(f"assistance kind {word.strip()!r} is not one of {allowed}")
        if lookup[key] not in found:
            found.append(lookup[key])
    return tuple(found)


def format_yes_no(value: bool | None) -> str:
    """True -> ``"Yes"``, False -> ``"No"``, None (not answered) -> empty."""
    return "" if value is None else YES if value else NO


def parse_yes_no(value: Any) -> bool | None:
    """Inverse of :func:`format_yes_no`; also yes and no in the other UN languages."""
    if _is_blank(value):
        return None
    if isinstance(value, bool):
        return value
    answer = read_yes_no(str(value))
    if answer is not None:
        return answer
    raise ValueError(f"answer Yes or No, not {str(value).strip()!r}")


# --- dates and times ----------------------------------------------------------------------------


def format_date(value: date | None) -> str:
    """ISO ``YYYY-MM-DD``: unambiguous in every locale, unlike what Excel shows for a date."""
    return "" if value is None else value.isoformat()


def parse_date(value: Any) -> date | None:
    """Inverse of :func:`format_date`; also a date Excel made of what a person typed."""
    if _is_blank(value):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
    raise ValueError(f"date {text!r} is not a date written YYYY-MM-DD")


def format_timestamp(value: datetime | None) -> str:
    """ISO 8601 in UTC to the second, e.g. ``2026-11-22T22:35:31Z`` (naive means UTC)."""
    if value is None:
        return ""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).replace(tzinfo=None, microsecond=0).isoformat() + "Z"


def parse_timestamp(value: Any) -> datetime | None:
    """Inverse of :func:`format_timestamp` (any ISO 8601 offset); an aware UTC datetime."""
    if _is_blank(value):
        return None
    if isinstance(value, datetime):
        parsed = value
    else:
        text = str(value).strip()
        try:
            parsed = datetime.fromisoformat(text)
        except ValueError:
            raise ValueError(f"time {text!r} is not written YYYY-MM-DDTHH:MM:SSZ") from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


# --- text that must stay text -------------------------------------------------------------------


def needs_quote_prefix(text: str) -> bool:
    """Whether Excel would take the text for a formula if a person re-entered it."""
    return text.startswith(FORMULA_TRIGGERS)


def _escape_x(match: re.Match[str]) -> str:
    ch = match.group(0)
    return "_x005F_" if ch == "_" else f"_x{ord(ch):04X}_"


def to_cell_text(text: str) -> str:
    """``text`` as an xlsx cell holds it; :func:`from_cell_text` gives it back.

    Line ends become ``\\n`` (XML would turn a carriage return into a line feed anyway). A
    character XML cannot hold is written as OOXML's own escape ``_xHHHH_``, which Excel and
    LibreOffice decode, and a literal ``_xHHHH_`` in the text gets its underscore escaped, as Excel
    does. Ordinary text is unchanged.
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "_x" not in text and (text.isprintable() or _XML_UNSAFE.search(text) is None):
        return text  # nearly every cell: nothing to escape, found without the slower pattern
    return _CELL_ESCAPE.sub(_escape_x, text)


def from_cell_text(value: Any) -> str:
    """The text of a cell as openpyxl reads it (None -> ""), with ``_xHHHH_`` escapes decoded.

    Use it on every text cell of a workbook, ours or one Excel saved: both escape this way.
    """
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    if "_x" not in text:
        return text
    return _CELL_UNESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)


def safe_text(cell: Any, value: str) -> None:
    """Put ``value`` in an openpyxl ``cell`` as plain text that no spreadsheet evaluates.

    openpyxl would store a string starting with ``=`` as a formula, so the type is forced to text;
    text starting with ``=``, ``+``, ``-`` or ``@`` also gets Excel's own quote prefix (as if typed
    after an apostrophe), so neither opening nor editing the cell runs it. Reading the cell back
    through :func:`from_cell_text` gives the text (line ends as ``\\n``).
    """
    text = to_cell_text(value)
    cell.value = text
    if text and needs_quote_prefix(text):
        cell.data_type = "s"
        cell.quotePrefix = True


# --- one answer field, by its cell kind ---------------------------------------------------------


def format_cell(kind: CellKind, value: Any, assistance_kinds: Sequence[Term]) -> str:
    """An answer field's value as its cell holds it (:data:`poa_desktop.domain.fields`)."""
    if kind is CellKind.STATUS:
        return format_status(value)
    if kind is CellKind.LAWS:
        return format_laws(value)
    if kind is CellKind.AGENCIES:
        return format_agencies(value)
    if kind is CellKind.YES_NO:
        return format_yes_no(value)
    if kind is CellKind.KINDS:
        return format_kinds(value, assistance_kinds)
    if kind is CellKind.DATE:
        return format_date(value)
    return str(value)
