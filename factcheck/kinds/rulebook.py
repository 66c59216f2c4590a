"""What `factcheck rule` prints for a code or kind, read from the kinds registry.

Each kind module carries its own words: `SUMMARY`, its docstring (what it reads),
`RULE` (how its verdict is decided), `FIGURES` (the sorts of figure it reads, whose
verdict bands `judge/semantics.py` words from the tolerances), optional `VERDICTS`
(what a verdict means for this kind where that differs), `EXAMPLES`, and optionally
`READS` (what it reads, when the docstring's first paragraph does not say).
"""

from __future__ import annotations

import inspect
from dataclasses import dataclass
from types import ModuleType

from factcheck.claims import Verdict
from factcheck.judge.semantics import FIGURE_LABELS, FIGURES, UNVERIFIABLE, meanings
from factcheck.judge.tolerances import DEFAULT_TOLERANCES, Tolerances
from factcheck.kinds.examples import Example

# The order `factcheck rule` gives the verdicts in: as the report grades them, best first.
VERDICT_ORDER = (Verdict.TRUE, Verdict.APPROXIMATELY_TRUE, Verdict.FALSE, Verdict.UNVERIFIABLE)


@dataclass(frozen=True)
class RuleCard:
    """Everything `factcheck rule` says about one kind of claim."""

    code: str
    kind: str
    summary: str
    reads: str
    rule: str
    # For each verdict, when a claim of this kind gets it: one line per sort of figure.
    verdicts: dict[Verdict, list[str]]
    examples: tuple[Example, ...]


class UnknownRule(LookupError):
    """A name that is neither a code nor a kind; the message suggests the nearest."""


def _reads(module: ModuleType) -> str:
    """The kind's `READS`, else its docstring's first paragraph less the kind's name, and
    the next when it adds to what is read ("Also ...")."""
    if getattr(module, "READS", None):
        return " ".join(module.READS.split())
    doc = inspect.getdoc(module) or ""
    paragraphs = [" ".join(p.split()) for p in doc.split("\n\n") if p.strip()]
    if not paragraphs:
        return ""
    first = paragraphs[0]
    prefix = f"{module.NAME}:"
    if first.startswith(prefix):
        first = first[len(prefix) :].strip()
    kept = [first[:1].upper() + first[1:]]
    if len(paragraphs) > 1 and paragraphs[1].startswith("Also "):
        kept.append(paragraphs[1])
    return " ".join(kept)


def _verdicts(module: ModuleType, tol: Tolerances) -> dict[Verdict, list[str]]:
    figures = list(dict.fromkeys(FIGURES[f] for f in getattr(module, "FIGURES", ())))
    own = {Verdict(k): v for k, v in getattr(module, "VERDICTS", {}).items()}
    words: dict[Verdict, list[str]] = {}
    for verdict in VERDICT_ORDER:
        if verdict in own:
            words[verdict] = [own[verdict]]
        elif verdict == Verdict.UNVERIFIABLE:
            words[verdict] = [UNVERIFIABLE]
        elif len(figures) == 1:
            words[verdict] = [meanings(figures[0], tol)[verdict]]
        else:
            words[verdict] = [f"{FIGURE_LABELS[f]}: {meanings(f, tol)[verdict]}" for f in figures]
    return words


def card(module: ModuleType, tol: Tolerances = DEFAULT_TOLERANCES) -> RuleCard:
    """The rule card of one kind module."""
    return RuleCard(
        code=module.CODE,
        kind=module.NAME,
        summary=module.SUMMARY,
        reads=_reads(module),
        rule=" ".join(getattr(module, "RULE", "").split()),
        verdicts=_verdicts(module, tol),
        examples=tuple(getattr(module, "EXAMPLES", ())),
    )


def find(
    name: str, tol: Tolerances = DEFAULT_TOLERANCES, *, also: tuple[str, ...] = ()
) -> RuleCard:
    """The card for a code ("FC104", any case) or a kind ("share_change", "share-change").

    `also` are other names the caller knows, offered as suggestions for a misspelling.
    """
    from factcheck.kinds.registry import CODES, KINDS

    wanted = name.strip()
    for code in CODES.values():
        if wanted.upper() == code.code or wanted.lower().replace("-", "_") == code.kind:
            return card(KINDS[code.kind], tol)
    import difflib  # only to suggest a correction

    known = [c.code for c in CODES.values()] + list(CODES) + list(also)
    probe = wanted.upper() if wanted[:2].upper() == "FC" else wanted.lower()
    close = difflib.get_close_matches(probe, known, n=1)
    hint = f" (did you mean {close[0]!r}?)" if close else ""
    raise UnknownRule(f"unknown code or kind {name!r}{hint}; `factcheck rule --all` lists them")
