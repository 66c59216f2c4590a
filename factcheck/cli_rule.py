"""`factcheck rule CODE|KIND` and `factcheck rule --all`: what a code means, from the registry."""

from __future__ import annotations

import shutil
import sys
import textwrap
from typing import TYPE_CHECKING, Annotated, TextIO

import typer

from factcheck.exitcodes import ExitStatus
from factcheck.report.escape import visible

if TYPE_CHECKING:
    from factcheck.judge.tolerances import Tolerances
    from factcheck.kinds.rulebook import RuleCard

HELP = """Explain a code or kind of claim: what it reads, how its verdict is decided
(with the tolerances in force), what each verdict means for it, and examples
the checker gives each verdict.

\b
Examples:
  factcheck rule FC104          (by code)
  factcheck rule share_change   (by kind; share-change works too)
  factcheck rule --all          (every code and kind, one line each)

The codes are those the concise, github and sarif reports give, and the names
`<!-- factcheck: ignore CODE -->` and --skip-kind take. Tolerances are those a
check from the working folder would use ([tool.factcheck.tolerances]). Exit
status: 0 shown, 2 an unknown code or kind.
"""

rule_app = typer.Typer(
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)

_VERDICT_WORDS = {
    "true": "true",
    "approximately_true": "approximately true",
    "false": "false",
    "unverifiable": "unverifiable",
}


@rule_app.command(help=HELP)
def rule(
    name: Annotated[
        str | None,
        typer.Argument(metavar="CODE|KIND", help="A code (FC104) or a kind (share_change)."),
    ] = None,
    all_: Annotated[bool, typer.Option("--all", help="List every code and kind.")] = False,
) -> None:
    out = sys.stdout
    if all_ == (name is not None):
        print(
            "factcheck rule: give one code or kind (factcheck rule FC104), or --all",
            file=sys.stderr,
        )
        raise typer.Exit(int(ExitStatus.ERROR))
    if all_:
        out.write(listing())
        raise typer.Exit(int(ExitStatus.OK))
    assert name is not None
    try:
        text = describe(name, width=_width(out), tolerances=_tolerances())
    except LookupError as exc:
        print(visible(f"factcheck rule: {exc.args[0]}"), file=sys.stderr)
        raise typer.Exit(int(ExitStatus.ERROR)) from None
    out.write(text)
    raise typer.Exit(int(ExitStatus.OK))


def _tolerances() -> Tolerances:
    """The tolerances a check from the working folder would use: the rule is said as it applies."""
    from factcheck.config import ConfigError, load_config
    from factcheck.judge.tolerances import DEFAULT_TOLERANCES

    try:
        config = load_config(None)
        return DEFAULT_TOLERANCES.updated(config["tolerances"])
    except ConfigError as exc:
        print(visible(f"factcheck rule: {exc}"), file=sys.stderr)
        raise typer.Exit(int(ExitStatus.ERROR)) from None


def _width(out: TextIO) -> int | None:
    """Wrap to the terminal; a pipe or a file gets whole paragraphs, one a line."""
    if not out.isatty():
        return None
    return max(40, min(shutil.get_terminal_size().columns, 100))


def _other_codes() -> dict[str, tuple[str, str]]:
    """The codes that are not kinds of claim (FC001 ..., FC100): code -> (name, about)."""
    from factcheck.kinds.registry import OTHER_KIND
    from factcheck.report.concise import _OTHER_CODES  # the one table of them

    found = {c.code: (name, c.about) for name, c in _OTHER_CODES.items()}
    found[OTHER_KIND.code] = (OTHER_KIND.kind, OTHER_KIND.about)
    return dict(sorted(found.items()))


def listing() -> str:
    """Every kind's code, name and summary, then the codes that are not kinds."""
    from factcheck.kinds.registry import CODES

    width = max(len(kind) for kind in CODES)
    lines = ["Kinds of claim (factcheck rule CODE or KIND for one):"]
    lines += [f"  {c.code}  {c.kind.ljust(width)}  {c.about}" for c in CODES.values()]
    lines += ["", "Other codes:"]
    others = _other_codes()
    width = max(len(name) for name, _ in others.values())
    lines += [f"  {code}  {name.ljust(width)}  {about}" for code, (name, about) in others.items()]
    return "\n".join(lines) + "\n"


def describe(name: str, *, width: int | None = None, tolerances: Tolerances | None = None) -> str:
    """The text `factcheck rule NAME` prints; LookupError for an unknown name."""
    from factcheck.judge.tolerances import DEFAULT_TOLERANCES
    from factcheck.kinds.rulebook import find

    others = _other_codes()
    if name.strip().upper() in others:
        code = name.strip().upper()
        other, about = others[code]
        return f"{code} {other}: {about}\n"
    card = find(name, tolerances or DEFAULT_TOLERANCES, also=tuple(others))
    return card_text(card, width=width)


def _paragraph(text: str, indent: str, width: int | None, hanging: str | None = None) -> str:
    if width is None:
        return indent + text
    return textwrap.fill(
        text,
        width=width,
        initial_indent=indent,
        subsequent_indent=hanging if hanging is not None else indent,
        break_on_hyphens=False,
    )


def _example_lines(card: RuleCard, width: int | None) -> list[str]:
    import datetime as dt

    lines = []
    for example in card.examples:
        label = _VERDICT_WORDS[example.verdict]
        lines.append(_paragraph(f"{label}: {example.text}", "  ", width, "    "))
        notes = [f"claim “{example.claim}”"]
        if example.official:
            notes.append(f"official {example.official}")
        if example.date:
            day = dt.date.fromisoformat(example.date)
            notes.append(f"article dated {day.day} {day:%B %Y}")
        lines.append(_paragraph(f"({', '.join(notes)})", "    ", width))
    return lines


def card_text(card: RuleCard, *, width: int | None = None) -> str:
    """One kind's rule card as plain text."""
    lines = [_paragraph(f"{card.code} {card.kind}: {card.summary}", "", width, "  "), ""]
    lines += ["Reads:", _paragraph(card.reads, "  ", width), ""]
    lines += ["Rule:", _paragraph(card.rule, "  ", width), ""]
    lines.append("Verdicts:")
    for verdict, meanings in card.verdicts.items():
        label = _VERDICT_WORDS[verdict.value]
        if len(meanings) == 1:
            lines.append(_paragraph(f"{label}: {meanings[0]}", "  ", width, "    "))
            continue
        # One line for each sort of figure the kind reads, under the verdict.
        lines.append(f"  {label}:")
        lines.extend(_paragraph(f"- {meaning}", "    ", width, "      ") for meaning in meanings)
    lines += ["", "Examples:", *_example_lines(card, width), ""]
    closing = (
        f"Suppress one with <!-- factcheck: ignore {card.code} -->; leave the kind out "
        f"with --skip-kind {card.kind}."
    )
    lines.append(_paragraph(closing, "", width))
    return "\n".join(lines) + "\n"
