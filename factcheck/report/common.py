"""What every report format shares: verdict symbols, number display, quotes and spans."""

from __future__ import annotations

import io
import json
import os
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, TextIO

from factcheck.claims import Finding, Qualifier, Quantity, UnusedSuppression, Verdict
from factcheck.pipeline import FileReport
from factcheck.read.document import Document

# Order in which verdicts are summarised: the problems first.
VERDICT_ORDER = (Verdict.FALSE, Verdict.APPROXIMATELY_TRUE, Verdict.UNVERIFIABLE, Verdict.TRUE)

VERDICT_LABELS = {
    Verdict.TRUE: "true",
    Verdict.APPROXIMATELY_TRUE: "approximately true",
    Verdict.FALSE: "false",
    Verdict.UNVERIFIABLE: "unverifiable",
}
UNICODE_SYMBOLS = {
    Verdict.TRUE: "✓",
    Verdict.APPROXIMATELY_TRUE: "≈",
    Verdict.FALSE: "✗",
    Verdict.UNVERIFIABLE: "?",
}
# For terminals whose encoding cannot print the symbols above.
ASCII_SYMBOLS = {
    Verdict.TRUE: "+",
    Verdict.APPROXIMATELY_TRUE: "~",
    Verdict.FALSE: "x",
    Verdict.UNVERIFIABLE: "?",
}

_QUALIFIER_WORDS = {
    Qualifier.ABOUT: "about",
    Qualifier.NEARLY: "nearly",
    Qualifier.MORE_THAN: "more than",
    Qualifier.AT_LEAST: "at least",
    Qualifier.LESS_THAN: "less than",
    Qualifier.AT_MOST: "at most",
}


def symbols_for(encoding: str | None) -> dict[Verdict, str]:
    """The verdict symbols, or their ASCII stand-ins when `encoding` cannot print them."""
    try:
        "".join(UNICODE_SYMBOLS.values()).encode(encoding or "ascii")
    except (LookupError, UnicodeEncodeError):
        return ASCII_SYMBOLS
    return UNICODE_SYMBOLS


# The order a report groups claims in: the worst first, as --show and --fail-on rank them.
SEVERITY_ORDER = (Verdict.FALSE, Verdict.UNVERIFIABLE, Verdict.APPROXIMATELY_TRUE, Verdict.TRUE)

# Which verdicts a report lists (`--show`); None lists every claim.
Show = frozenset[Verdict] | None
# What a format that lists problems (gitlab, rdjson) lists unless told otherwise.
PROBLEMS: frozenset[Verdict] = frozenset(
    {Verdict.FALSE, Verdict.UNVERIFIABLE, Verdict.APPROXIMATELY_TRUE}
)


def listed(finding: Finding, show: Show) -> bool:
    """Whether `--show` lists this claim (suppression is each format's own business)."""
    return show is None or finding.verdict in show


def shown_findings(report: FileReport, show: Show = None) -> list[Finding]:
    """The findings a reader is shown: suppressed ones, and those `show` leaves out, are
    only counted."""
    return [f for f in report.findings if not f.suppressed and listed(f, show)]


def by_severity(findings: list[Finding]) -> list[Finding]:
    """The findings grouped by verdict, false first, each group in text order."""
    rank = {v: i for i, v in enumerate(SEVERITY_ORDER)}
    return sorted(findings, key=lambda f: rank[f.verdict])  # stable: text order kept


def not_shown(report: FileReport, show: Show) -> dict[Verdict, int]:
    """How many claims of each verdict `show` leaves out (suppressed ones apart)."""
    counts = dict.fromkeys(SEVERITY_ORDER, 0)
    for f in report.findings:
        if not f.suppressed and not listed(f, show):
            counts[f.verdict] += 1
    return counts


def not_shown_line(counts: dict[Verdict, int]) -> str:
    """'11 true claims not shown; --show all to list them', or '' when none are left out."""
    parts = [f"{n} {VERDICT_LABELS[v]}" for v in SEVERITY_ORDER if (n := counts.get(v, 0))]
    if not parts:
        return ""
    total = sum(counts.values())
    listing = parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} and {parts[-1]}"
    noun = "claim" if total == 1 else "claims"
    return f"{listing} {noun} not shown; --show all to list them"


def suppressed_count(report: FileReport) -> int:
    return sum(1 for f in report.findings if f.suppressed)


def unused_warning(unused: UnusedSuppression) -> str:
    """'line 3: unused suppression: 'factcheck: ignore FC104' has no FC104 claim ...'."""
    return one_line(f"line {unused.line}: unused suppression: {unused.message}")


def unused_suppressions_text(count: int) -> str:
    return f"{count} unused suppression{'s' if count != 1 else ''}"


# The dispositions of a number mention, in the order summaries name them.
DISPOSITIONS = ("claim", "not_a_result", "not_understood")


def number_counts(reports: list[FileReport]) -> dict[str, int]:
    """How many number mentions the reports hold under each disposition."""
    counts = dict.fromkeys(DISPOSITIONS, 0)
    for report in reports:
        for number in report.numbers:
            counts[number.disposition] += 1
    return counts


def numbers_line(counts: dict[str, int]) -> str:
    """'numbers 41: checked 27, not results 11, not understood 3'."""
    total = sum(counts.values())
    return (
        f"numbers {total}: checked {counts['claim']}, not results {counts['not_a_result']}, "
        f"not understood {counts['not_understood']}"
    )


def one_line(text: str) -> str:
    """Collapse every run of whitespace (newlines included) to one space."""
    return " ".join(text.split())


def format_number(value: float | int, *, grouped: bool = True) -> str:
    """13748 -> '13,748'; 37.30 -> '37.3'; years are passed with grouped=False."""
    if isinstance(value, bool):
        return str(value)
    if float(value).is_integer():
        return f"{int(value):,}" if grouped else str(int(value))
    text = f"{value:,.2f}" if grouped else f"{value:.2f}"
    return text.rstrip("0").rstrip(".")


def _grouped(quantity: Quantity) -> bool:
    return quantity.unit not in ("year", "decade")


def claimed_text(quantity: Quantity) -> str:
    """The claimed figure with its hedge, as a reader would say it: 'about 2,500'."""
    written = quantity.as_written
    if quantity.unit == "years" and "year" not in written and written[-1:].isdigit():
        written += " years"
    if quantity.qualifier == Qualifier.ODD and "odd" not in written:
        return f"{written}-odd"
    word = _QUALIFIER_WORDS.get(quantity.qualifier)
    if word and not written.lower().startswith(word):
        return f"{word} {written}"
    return written


def official_text(finding: Finding) -> str:
    """The official figure in the claim's own unit, or a dash when there is none."""
    actual = finding.actual
    if actual is None or actual == "":
        return "—"
    if isinstance(actual, str):
        return actual
    quantity = finding.claim.quantity
    text = format_number(actual, grouped=_grouped(quantity))
    if quantity.unit == "percent" and quantity.as_written.rstrip().endswith("%"):
        text += "%"
    return text


# Kinds whose percentages are changes or gaps in share: percentage points, not per cent.
_POINTS_KINDS = frozenset({"share_change", "swing", "gap"})
# The unit a figure of each Quantity.unit is read in, singular and plural.
_UNIT_WORDS = {"votes": ("vote", "votes"), "years": ("year", "years")}


def unit_word(finding: Finding, value: float | int | None = None) -> str:
    """The unit a reader needs after the claim's figures: 'votes', '%', 'points', 'years'."""
    claim = finding.claim
    unit = claim.quantity.unit
    one = value is not None and abs(value) == 1
    if unit == "percent":
        if claim.kind in _POINTS_KINDS or "point" in claim.text.lower():
            return "point" if one else "points"
        return "%"
    singular, plural = _UNIT_WORDS.get(unit, ("", ""))
    return singular if one else plural


def _with_unit(figure: str, unit: str) -> str:
    if not unit or not figure[-1:].isdigit():
        return figure  # "twice", "third", "51%", "80 years": the unit is in the words
    return f"{figure}{unit}" if unit == "%" else f"{figure} {unit}"


def claimed_figure(finding: Finding) -> str:
    """The claimed figure with its hedge and unit: 'more than 12 points', '51.3%'."""
    quantity = finding.claim.quantity
    return _with_unit(claimed_text(quantity), unit_word(finding, quantity.value))


def official_figure(finding: Finding) -> str:
    """The official figure with the claim's unit: '-15 points', '2,252 votes'; '—' if none."""
    text = official_text(finding)
    actual = finding.actual
    if text == "—" or isinstance(actual, str | bool):
        return text
    return _with_unit(text, unit_word(finding, actual))


def reason_text(finding: Finding) -> str:
    """The reason on one line, without the rule the kinds add in brackets (shown apart)."""
    reason = one_line(finding.reason)
    rule = one_line(finding.rule)
    if rule and reason.endswith(f" ({rule})"):
        reason = reason[: -len(rule) - 3]
    return reason


def short_source(source: str, limit: int = 100) -> str:
    """The first of the sources ('; '-separated), with how many more; the rest are in JSON."""
    sources = [s for s in (one_line(part) for part in source.split("; ")) if s]
    if not sources:
        return ""
    first = sources[0]
    if len(first) > limit:
        first = first[: limit - 1].rsplit(" ", 1)[0] + "…"
    more = len(sources) - 1
    return f"{first} (+{more} more)" if more else first


def fix_text(finding: Finding, document: Document | None) -> str:
    """The suggested correction as a reader sees it: '2,252 votes', with what it replaces
    when that is more than the claim itself ('9 points, for “more than 12 points”')."""
    fix = finding.fix
    if fix is None:
        return ""
    replacement = one_line(fix.replacement)
    claim = finding.claim
    if (
        document is not None
        and (fix.start, fix.end) != (claim.start, claim.end)
        and 0 <= fix.start < fix.end <= len(document.text)
    ):
        return f"{replacement}, for “{one_line(document.text[fix.start : fix.end])}”"
    return replacement


@dataclass(frozen=True)
class SourceEdit:
    """A fix as an edit of the file itself: 1-based line and column, end exclusive."""

    start: tuple[int, int]
    end: tuple[int, int]
    deleted: str
    inserted: str


def _word_boundary(text: str, at: int) -> bool:
    return at in (0, len(text)) or text[at - 1].isspace() or text[at].isspace()


def source_edit(finding: Finding, document: Document | None) -> SourceEdit | None:
    """The finding's fix as an edit of the source file, narrowed to the words that change
    ("2,552" -> "2,252", not the whole "2,552 votes"), or None when it cannot be placed.

    Narrowed, an edit of an HTML article touches only text, never the tags between the
    claim's words; an edit whose words the source spells otherwise (an entity) is None.
    """
    fix = finding.fix
    if fix is None or document is None or not (0 <= fix.start < fix.end <= len(document.text)):
        return None
    old, new = document.text[fix.start : fix.end], fix.replacement
    head = len(os.path.commonprefix([old, new]))
    tail = len(os.path.commonprefix([old[::-1], new[::-1]]))
    tail = min(tail, len(old) - head, len(new) - head)
    while head and not _word_boundary(old, head):
        head -= 1
    while tail and not _word_boundary(old, len(old) - tail):
        tail -= 1
    if head + tail >= len(old):
        head = tail = 0  # only an insertion would be left: replace the whole span instead
    start, end = fix.start + head, fix.end - tail
    source_start = document.source_offset(start)
    source_end = document.source_offset(end - 1) + 1
    deleted = document.text[start:end]
    if document.source_text[source_start:source_end] != deleted:
        return None
    return SourceEdit(
        document.source_line_column(source_start),
        document.source_line_column(source_end),
        deleted,
        new[head : len(new) - tail],
    )


def display_path(path: str) -> str:
    """A path as given, or relative to the working directory when it lies inside it."""
    if os.path.isabs(path):
        try:
            relative = os.path.relpath(path)
        except ValueError:  # another drive on Windows
            return path
        if not relative.startswith(".."):
            return relative
    return path


@dataclass(frozen=True)
class Quote:
    """A claim with a little of its sentence either side, on one line."""

    before: str
    claim: str
    after: str

    def plain(self) -> str:
        return f"{self.before}{self.claim}{self.after}"


_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s|\n\s*\n")


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around [start, end): the claim's own span when the extractor gave one."""
    back = text.rfind("\n\n", 0, start)
    lo = max(back + 2 if back >= 0 else 0, start - 400)
    for m in _SENTENCE_END.finditer(text, lo, start):
        lo = m.end()
    m = _SENTENCE_END.search(text, end, min(len(text), end + 400))
    hi = m.start() + 1 if m and not m.group().startswith("\n") else (m.start() if m else len(text))
    return lo, min(hi, len(text))


def quote(finding: Finding, document: Document | None, *, context: int | None = 60) -> Quote:
    """The claim in its sentence, cut to `context` characters either side (None: whole sentence).

    Without the document's text, or when the claim's span does not fit it, the claim alone.
    """
    claim = finding.claim
    if document is None or not (0 <= claim.start < claim.end <= len(document.text)):
        return Quote("", one_line(claim.text), "")
    text = document.text
    if claim.sentence_start <= claim.start and claim.end <= claim.sentence_end <= len(text):
        lo, hi = claim.sentence_start, claim.sentence_end
    else:
        lo, hi = _sentence_bounds(text, claim.start, claim.end)
    before = one_line(text[lo : claim.start] + "x")[:-1].lstrip()
    after = one_line("x" + text[claim.end : hi])[1:].rstrip()
    if context is not None:
        if len(before) > context:
            cut = before[-context:]
            before = "…" + (cut.split(" ", 1)[1] if " " in cut[:-1] else cut)
        if len(after) > context:
            cut = after[:context]
            after = (cut.rsplit(" ", 1)[0] if " " in cut[1:] else cut) + "…"
    return Quote(before, one_line(text[claim.start : claim.end]), after)


def end_position(finding: Finding, document: Document | None) -> tuple[int, int]:
    """1-based line and column just past the claim's last character (end exclusive)."""
    claim = finding.claim
    if document is not None and 0 <= claim.start < claim.end <= len(document.text):
        # From the last character, not past it: in HTML the next one may sit after a tag.
        line, column = document.line_column(claim.end - 1)
        return line, column + 1
    text = claim.text or " "
    if "\n" in text:
        return finding.line + text.count("\n"), len(text.rsplit("\n", 1)[1]) + 1
    return finding.line, finding.column + len(text)


def claim_fingerprint(path: str, finding: Finding, document: Document | None, seen: Counter) -> str:
    """A hash of a claim that survives edits elsewhere in the article: its file, kind, text,
    sentence and subject, and how many such claims came before it (`seen` counts them;
    give it every claim of the file, listed or not, so --show never changes a fingerprint).
    """
    import hashlib

    context = quote(finding, document, context=None).plain()
    claim = finding.claim
    key = "\0".join((path, claim.kind, one_line(claim.text), context, finding.subject))
    seen[key] += 1
    return hashlib.sha256(f"{key}\0{seen[key]}".encode()).hexdigest()[:32]


def utf8_position(document: Document, at: int) -> tuple[int, int]:
    """1-based line and column of `source_text[at]`, the column counted in UTF-8 bytes (as
    reviewdog counts them)."""
    line, column = document.source_line_column(at)
    start = at - (column - 1)
    return line, len(document.source_text[start:at].encode("utf-8", "surrogatepass")) + 1


def verdict_counts(reports: list[FileReport]) -> dict[Verdict, int]:
    return {v: sum(r.count(v) for r in reports) for v in Verdict}


@dataclass
class Totals:
    """What an overall summary counts, added up one file at a time as reports stream past."""

    files: int = 0
    errors: int = 0
    suppressed: int = 0
    baselined: int = 0  # claims in the --baseline file (not suppressed): reported, not failing
    unused_suppressions: int = 0
    verdicts: dict[Verdict, int] = field(default_factory=lambda: dict.fromkeys(Verdict, 0))
    numbers: dict[str, int] = field(default_factory=lambda: dict.fromkeys(DISPOSITIONS, 0))

    def add(self, report: FileReport) -> None:
        self.files += 1
        self.errors += report.error is not None
        self.unused_suppressions += len(report.unused_suppressions)
        for finding in report.findings:
            if finding.suppressed:
                self.suppressed += 1
            else:
                self.verdicts[finding.verdict] += 1
                self.baselined += finding.baselined
        for number in report.numbers:
            self.numbers[number.disposition] += 1


def summary_line(totals: Totals) -> str:
    """The run in one line: '2 files, 26 claims: 3 false, 1 unverifiable, 22 true'."""
    files, claims = totals.files, sum(totals.verdicts.values())
    text = f"{files} file{'s' if files != 1 else ''}, {claims} claim{'s' if claims != 1 else ''}"
    parts = [f"{n} {VERDICT_LABELS[v]}" for v in SEVERITY_ORDER if (n := totals.verdicts[v])]
    if parts:
        text += ": " + ", ".join(parts)
    aside = []
    if totals.suppressed:
        aside.append(f"{totals.suppressed} suppressed")
    if totals.baselined:
        aside.append(f"{totals.baselined} in baseline")
    if aside:
        text += f" ({', '.join(aside)})"
    if totals.errors:
        text += f"; {totals.errors} file{'s' if totals.errors != 1 else ''} not read"
    return text


# --- writing a report as the files arrive -------------------------------------------
def nested_json(value: object, depth: int) -> str:
    """`value` as json.dumps(indent=2, ensure_ascii=False) lays it out when nested `depth`
    levels deep. Written here because json.dumps with an indent runs its pure-Python
    encoder, a generator per value: this is the same text at several times the speed."""
    out: list[str] = []
    _layout(value, "\n" + "  " * depth, out)
    return "".join(out)


_encode_string = json.encoder.encode_basestring  # (the C one where there is one)
_int_text = int.__repr__


def _layout(value: object, newline: str, out: list[str]) -> None:
    """`value` laid out onto `out`, its lines after the first starting with `newline`.
    The values of a report are mostly strings, numbers, booleans and None: those of a
    list or dict are written in its loop, without a call of their own; each item is one
    piece of `out` (the text is joined once, not level by level)."""
    if isinstance(value, dict):
        if not value:
            out.append("{}")
            return
        inner = newline + "  "
        leads = _LEADS.get(inner)
        if leads is None:
            leads = _LEADS[inner] = {}
        opening = True
        for key, item in value.items():
            lead = leads.get(key) if type(key) is str else None
            if lead is None:
                lead = _key_lead(key, inner, leads)
            if opening:  # (the first item's lead opens the object, with no comma)
                lead = "{" + lead[1:]
                opening = False
            kind = type(item)
            if kind is str:
                out.append(lead + _encode_string(item))
            elif item is None:
                out.append(lead + "null")
            elif kind is int:
                out.append(lead + _int_text(item))
            elif kind is bool:
                out.append(lead + ("true" if item else "false"))
            else:
                out.append(lead)
                _layout(item, inner, out)
        out.append(newline + "}")
        return
    if isinstance(value, list | tuple):
        if not value:
            out.append("[]")
            return
        inner = newline + "  "
        lead = "[" + inner
        for item in value:
            kind = type(item)
            if kind is str:
                out.append(lead + _encode_string(item))
            elif item is None:
                out.append(lead + "null")
            elif kind is int:
                out.append(lead + _int_text(item))
            elif kind is bool:
                out.append(lead + ("true" if item else "false"))
            else:
                out.append(lead)
                _layout(item, inner, out)
            lead = "," + inner
        out.append(newline + "]")
        return
    out.append(_scalar(value))


# A key as it opens its item after the one before (',\n    "verdict": '), by the line
# start, for the few dozen keys a report has at each of its few depths.
_LEADS: dict[str, dict[str, str]] = {}


def _key_lead(key: object, inner: str, leads: dict[str, str]) -> str:
    lead = "," + inner + _encode_string(key if type(key) is str else _key(key)) + ": "
    if type(key) is str and len(leads) < 1000:
        leads[key] = lead
    return lead


def _scalar(value: object) -> str:
    if isinstance(value, str):
        return _encode_string(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return _int_text(value)
    if isinstance(value, float):
        return _float(value)
    return json.dumps(value)  # what json.dumps would refuse, refused the same way


def _float(value: float) -> str:
    if value != value:
        return "NaN"
    if value in (float("inf"), float("-inf")):
        return "Infinity" if value > 0 else "-Infinity"
    return float.__repr__(value)


def _key(key: object) -> str:
    if isinstance(key, str):
        return key
    if key is True or key is False or key is None:
        return {True: "true", False: "false", None: "null"}[key]
    if isinstance(key, int):
        return int.__repr__(key)
    if isinstance(key, float):
        return _float(key)
    raise TypeError(f"keys must be str, int, float, bool or None, not {type(key).__name__}")


def written(
    make: Callable[[TextIO], Any], reports: list[FileReport], documents: dict[str, Document] | None
) -> str:
    """What the streaming writer `make(out)` writes for `reports`: a module's whole-report
    `render` goes through the same writer as the CLI."""
    out = io.StringIO()
    writer = make(out)
    for report in reports:
        writer.add(report, (documents or {}).get(report.path))
    writer.close()
    return out.getvalue()


class JsonArray:
    """A JSON array written one item at a time, byte for byte as json.dumps(indent=2) would.

    `depth` is how deeply the array itself is nested (0 for a top-level array); only
    what `write` is given ever exists, so a report of any length takes no more memory.
    """

    def __init__(self, write: Callable[[str], object], depth: int) -> None:
        self._write, self._depth, self.count = write, depth, 0

    def add(self, item: object) -> None:
        lead = "[\n" if self.count == 0 else ",\n"
        indent = "  " * (self._depth + 1)
        self._write(lead + indent + nested_json(item, self._depth + 1))
        self.count += 1

    def close(self) -> None:
        self._write("\n" + "  " * self._depth + "]" if self.count else "[]")


# A stand-in value marking where a streamed array goes in a JSON document; random, so
# that no string from an article or a file name can be mistaken for it.
HOLE = f"\x00factcheck-hole-{os.urandom(8).hex()}"


def around_hole(document: object) -> tuple[str, str]:
    """json.dumps(indent=2) of `document` cut where HOLE stands: the text before and after."""
    text = nested_json(document, 0)
    head, tail = text.split(json.dumps(HOLE), 1)
    return head, tail


class Spool:
    """Text set aside until what goes before it is known: in memory while small, then on disk."""

    MEMORY = 4 * 1024 * 1024  # characters kept in memory before spilling to a temporary file

    def __init__(self) -> None:
        import tempfile  # only reports that need it pay for the import

        # surrogatepass: file names that are not UTF-8 come back exactly as they went in.
        self._file = tempfile.SpooledTemporaryFile(  # noqa: SIM115 - closed by close()
            max_size=self.MEMORY, mode="w+", encoding="utf-8", errors="surrogatepass", newline="\n"
        )

    def write(self, text: str) -> None:
        self._file.write(text)

    def lines(self) -> Iterator[str]:
        """What was written, line by line without the line ends (split at '\\n' only)."""
        self._file.seek(0)
        for line in self._file:
            yield line[:-1] if line.endswith("\n") else line

    def copy_to(self, out: TextIO) -> None:
        import shutil

        self._file.seek(0)
        shutil.copyfileobj(self._file, out)

    def close(self) -> None:
        self._file.close()
