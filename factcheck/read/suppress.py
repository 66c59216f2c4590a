"""Inline suppression: `<!-- factcheck: ignore -->`, `<!-- factcheck: off -->` ... `on`.

- `ignore` before a claim suppresses the first claim after the comment, on the comment's
  line or the next non-blank line.
- `ignore` after a claim, with no claim after it on its line (the `noqa` habit:
  `... 13,748 votes. <!-- factcheck: ignore -->`), suppresses every claim on its line.
- `off` suppresses every claim up to the next `on` (or the end of the file).

Each may name codes or kinds, separated by commas or spaces: `ignore FC104`,
`ignore majority`, `off FC101, share`; then only claims of those are suppressed (a
leading `ignore` suppresses the first claim of each named). Text after `--` is a free
note: `<!-- factcheck: ignore FC101 -- quoted from the leaflet -->`. A suppression that
matched no claim is reported as unused, as ruff reports an unused `noqa`. Suppressed
findings are marked, never dropped, and never fail a run. The same comments work in
plain text and HTML.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from factcheck.claims import Finding, UnusedSuppression
from factcheck.read.document import Document

_DIRECTIVE = re.compile(r"\s*factcheck\s*:\s*([A-Za-z-]*)(.*)", re.I | re.S)
DIRECTIVES = ("ignore", "off", "on")
_CODE = re.compile(r"FC\d{3}", re.I)
# A name is a code or a kind; a name list ends at the note ("-- ...") or the comment's end.
_NAME_SEPARATORS = re.compile(r"[\s,]+")


@dataclass(frozen=True)
class Directive:
    word: str  # "ignore" | "off" | "on"
    at: int  # index in the source of the comment's "<!--"
    end: int  # index in the source just past the comment
    line: int
    column: int = 1
    # The codes ("FC104") and kind names ("majority") it is limited to; empty: every claim.
    names: tuple[str, ...] = ()

    @property
    def written(self) -> str:
        """The directive as a reader would quote it: 'factcheck: ignore FC104, majority'."""
        return f"factcheck: {self.word}" + (f" {', '.join(self.names)}" if self.names else "")


@dataclass
class Suppressions:
    """What applying the comments found: warnings about them, and those that matched nothing."""

    warnings: list[str] = field(default_factory=list)
    unused: list[UnusedSuppression] = field(default_factory=list)


def _known_names() -> tuple[dict[str, str], dict[str, str]]:
    """Codes and kind names, each lower-cased to its proper spelling."""
    # Imported here: only an article that names a code or kind pays for the registry.
    from factcheck.kinds.registry import CODES, OTHER_KIND

    codes = {c.code.lower(): c.code for c in CODES.values()}
    codes[OTHER_KIND.code.lower()] = OTHER_KIND.code
    kinds = {kind.lower(): kind for kind in CODES}
    return codes, kinds


def _names(text: str, line: int, word: str, warnings: list[str]) -> tuple[tuple[str, ...], bool]:
    """The codes and kinds named after a directive word, and whether every name was known."""
    listed = text.split("--", 1)[0]
    given = [n for n in _NAME_SEPARATORS.split(listed.strip(" \t\r\n:")) if n]
    if not given:
        return (), True
    codes, kinds = _known_names()
    names: list[str] = []
    known = True
    for name in given:
        lowered = name.lower().replace("-", "_")
        if _CODE.fullmatch(name) and lowered in codes:
            names.append(codes[lowered])
        elif lowered in kinds:
            names.append(kinds[lowered])
        else:
            known = False
            import difflib  # only to suggest a correction

            close = difflib.get_close_matches(
                name.upper() if _CODE.match(name) else lowered, [*codes.values(), *kinds], n=1
            )
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            warnings.append(
                f"line {line}: unknown code or kind {name!r} in 'factcheck: {word}'{hint}; "
                "`factcheck rule --all` lists them"
            )
    return tuple(dict.fromkeys(names)), known


def directives(document: Document) -> tuple[list[Directive], list[str]]:
    """The suppression comments in a document, and warnings for unknown ones."""
    found: list[Directive] = []
    warnings: list[str] = []
    for at, body in document.comments:
        m = _DIRECTIVE.match(body)
        if not m:
            continue
        line, column = document.source_line_column(at)
        word = m.group(1).lower()
        if word not in DIRECTIVES:
            warnings.append(
                f"line {line}: unknown directive 'factcheck: {m.group(1)}' (want ignore, off or on)"
            )
            continue
        names: tuple[str, ...] = ()
        if word != "on":
            names, known = _names(m.group(2), line, word, warnings)
            if not known and not names:
                # Every name misspelt: suppressing every claim instead would hide too much.
                continue
        found.append(Directive(word, at, at + len(body) + 7, line, column, names))
    return found, warnings


def _next_nonblank_line(lines: list[str], after_line: int) -> int:
    line = after_line + 1
    while line <= len(lines) and not lines[line - 1].strip():
        line += 1
    return line


def _matches(finding: Finding, name: str) -> bool:
    from factcheck.kinds.registry import code_for

    kind = finding.claim.kind
    return kind == name or code_for(kind).code == name


def _unused(d: Directive, names: list[str], message: str) -> UnusedSuppression:
    return UnusedSuppression(d.line, d.column, d.written, tuple(names), message, d.at)


def _what(names: list[str]) -> str:
    return "claim" if not names else f"{' or '.join(names)} claim"


def apply_suppressions(document: Document, findings: list[Finding]) -> Suppressions:
    """Mark findings suppressed by comments; return warnings and the comments left unused."""
    found, warnings = directives(document)
    result = Suppressions(warnings=warnings)
    if not found:
        return result
    for f in findings:
        if f.line == 0:
            f.line, f.column = document.line_column(f.claim.start)
    positions = [document.source_offset(f.claim.start) for f in findings]
    order = sorted(range(len(findings)), key=lambda i: positions[i])
    lines = document.source_text.split("\n")
    opened: Directive | None = None
    passages: list[tuple[Directive, int]] = []
    for d in found:
        if d.word == "off" and opened is None:
            opened = d
        elif d.word == "on" and opened is not None:
            passages.append((opened, d.at))
            opened = None
        elif d.word == "ignore":
            _apply_ignore(d, findings, positions, order, lines, result)
    if opened is not None:
        passages.append((opened, len(document.source_text) + 1))
    for d, end in passages:
        hit = [
            i
            for i, at in enumerate(positions)
            if d.end <= at < end and (not d.names or any(_matches(findings[i], n) for n in d.names))
        ]
        for i in hit:
            findings[i].suppressed = True
        if not hit:
            message = f"'{d.written}' suppressed nothing: no {_what(list(d.names))} before 'on'"
            result.unused.append(_unused(d, list(d.names), message))
    return result


def _apply_ignore(
    d: Directive,
    findings: list[Finding],
    positions: list[int],
    order: list[int],
    lines: list[str],
    result: Suppressions,
) -> None:
    """Suppress what one `ignore` covers: the claims before it on its line when it trails
    them, else the first claim (of each name) after it on its line or the next."""
    on_line = [i for i in order if findings[i].line == d.line]
    before = [i for i in on_line if positions[i] < d.at]
    after = [i for i in on_line if positions[i] >= d.end]
    wanted: list[str | None] = list(d.names) or [None]
    missing: list[str] = []
    if before and not after:
        for name in wanted:
            hit = [i for i in before if name is None or _matches(findings[i], name)]
            for i in hit:
                findings[i].suppressed = True
            if not hit and name is not None:
                missing.append(name)
        if missing:
            message = f"'{d.written}' has no {_what(missing)} before it on this line"
            result.unused.append(_unused(d, missing, message))
        return
    last_line = _next_nonblank_line(lines, d.line)
    for name in wanted:
        target = next(
            (
                i
                for i in order
                if positions[i] >= d.end and (name is None or _matches(findings[i], name))
            ),
            None,
        )
        if target is not None and findings[target].line <= last_line:
            findings[target].suppressed = True
        elif name is not None:
            missing.append(name)
        else:
            missing.append("")
    if missing:
        named = [n for n in missing if n]
        message = f"'{d.written}' has no {_what(named)} after it on this line or the next"
        result.unused.append(_unused(d, named, message))
