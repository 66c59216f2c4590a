"""The whole check for one article: extract claims, resolve subjects, verify, locate."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace

from factcheck.claims import Claim, Finding, NumberMention, UnusedSuppression, Verdict
from factcheck.judge.tolerances import Tolerances
from factcheck.language.normalise import Normalised
from factcheck.read.document import Document, document_from_text, format_for_path
from factcheck.reference.index import Reference


@dataclass
class FileReport:
    """The findings for one input, or the error that stopped it being read."""

    path: str
    findings: list[Finding] = field(default_factory=list)
    error: str | None = None
    warnings: list[str] = field(default_factory=list)
    # Every number in the text with its disposition, in text order.
    numbers: list[NumberMention] = field(default_factory=list)
    # `factcheck: ignore` and `off` comments that suppressed no claim, in text order.
    unused_suppressions: list[UnusedSuppression] = field(default_factory=list)

    def count(self, verdict: Verdict) -> int:
        return sum(1 for f in self.findings if f.verdict == verdict and not f.suppressed)


def check_document(
    document: Document, reference: Reference, tolerances: Tolerances | None = None
) -> FileReport:
    """Check every claim in a document and account for every number, both in text order.

    Claims under a `<!-- factcheck: ignore -->` comment are kept, marked suppressed.
    """
    from factcheck.fix import fix_for
    from factcheck.kinds.extract import extract_claims
    from factcheck.kinds.verify import verify_claim
    from factcheck.language.exclusions import dispose
    from factcheck.language.normalise import normalise
    from factcheck.language.numbers import find_numbers
    from factcheck.read.suppress import apply_suppressions
    from factcheck.resolve.context import ArticleContext

    text = masked(document.text, document.skipped, document.inline_skipped)
    # Claims are read from the folded text; every span is mapped back before it leaves here.
    folded = normalise(text)
    claims = extract_claims(folded.text)
    context = ArticleContext(folded.text, reference, document.info, tolerances=tolerances)
    findings = []
    for claim in claims:
        finding = verify_claim(claim, context)
        finding.claim = _claim_in_source(claim, folded, text)
        if folded.offsets is not None:
            # Readings may share an Evidence record: map each one once.
            unique = {id(e): e for r in finding.readings for e in r.evidence}
            for evidence in unique.values():
                evidence.start, evidence.end = folded.span_to_source(evidence.start, evidence.end)
        finding.line, finding.column = document.line_column(finding.claim.start)
        finding.fix = fix_for(finding, text)
        findings.append(finding)
    numbers = dispose(folded.text, find_numbers(folded.text), claims, folded.ambiguous)
    for number in numbers:
        number.start, number.end = folded.span_to_source(number.start, number.end)
        number.text = text[number.start : number.end]
    suppressions = apply_suppressions(document, findings)
    return FileReport(
        path=document.path,
        findings=findings,
        warnings=[*document.warnings, *suppressions.warnings],
        numbers=numbers,
        unused_suppressions=suppressions.unused,
    )


def _claim_in_source(claim: Claim, folded: Normalised, text: str) -> Claim:
    """The claim with its spans (and its text, where it is a plain slice) in `text`'s terms."""
    if folded.text is text:
        return claim
    start, end = folded.span_to_source(claim.start, claim.end)
    s_start, s_end = folded.span_to_source(claim.sentence_start, claim.sentence_end)
    # The user's own typing ("13\u00a0748 votes") is what a report should quote.
    as_typed = text[start:end] if claim.text == folded.text[claim.start : claim.end] else claim.text
    return replace(
        claim, start=start, end=end, sentence_start=s_start, sentence_end=s_end, text=as_typed
    )


def masked(
    text: str, skipped: list[tuple[int, int]], inline: Sequence[tuple[int, int]] = ()
) -> str:
    """The text with skipped spans (front matter, code) blanked: offsets kept, paragraphs cut.

    Blanking rather than removing keeps every offset valid, and the paragraph breaks
    keep a sentence from running into front matter or a code block. `inline` spans
    (a code span, a link's target) are blanked with spaces alone: the sentence goes on.
    """
    if not skipped and not inline:
        return text
    chars = list(text)
    for start, end in inline:
        for i in range(start, min(end, len(chars))):
            if chars[i] not in "\r\n":
                chars[i] = " "
    for start, end in skipped:
        for i in range(start, min(end, len(chars))):
            if chars[i] != "\n":
                chars[i] = " "
        if start < len(chars):
            chars[start] = "\n"
        if end - 1 < len(chars) and end - 1 > start:
            chars[end - 1] = "\n"
    return "".join(chars)


def check_text(
    text: str,
    reference: Reference | None = None,
    date: dt.date | None = None,
    tolerances: Tolerances | None = None,
) -> list[Finding]:
    """Check an article's text against the reference (the bundled one by default)."""
    if reference is None:
        from factcheck.reference.load import load_reference

        reference = load_reference()
    return check_document(document_from_text(text, date=date), reference, tolerances).findings


def check_texts(
    texts: Iterable[str | tuple[str, str]],
    reference: Reference | None = None,
    date: dt.date | None = None,
    tolerances: Tolerances | None = None,
    *,
    default_date: dt.date | None = None,
) -> Iterator[FileReport]:
    """Check many articles, yielding one FileReport each, in order, as each is done.

    Each item is an article's text, or a (name, text) pair: the name becomes the
    report's `path` and its suffix (.md, .html) picks the format. Nothing is kept between
    items, so an archive of any size can stream through. The reference (the bundled one
    by default) is loaded once; `date` overrides any date an article gives and
    `default_date` is used when it gives none. An article whose check fails unexpectedly
    gets a report with `error` set, and the rest go on.
    """
    if reference is None:
        from factcheck.reference.load import load_reference

        reference = load_reference()
    for number, item in enumerate(texts, 1):
        if isinstance(item, str):
            name, text, format = f"<text {number}>", item, "text"
        else:
            name, text = item
            format = format_for_path(name)
        try:
            document = document_from_text(
                text, path=name, date=date, format=format, default_date=default_date
            )
            report = check_document(document, reference, tolerances)
        except Exception as exc:  # one article's failure must not end an archive's run
            message = f"internal error while checking: {type(exc).__name__}: {exc}"
            report = FileReport(path=name, error=message)
        yield report
