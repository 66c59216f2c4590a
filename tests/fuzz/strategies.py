"""Hypothesis strategies for articles: election-ish tokens mixed with arbitrary Unicode.

Tokens are what real reports are made of (seats, parties, people, contests, figures in
every shape the grammar reads, hedges, punctuation), so the generated text reaches the
extractors, the resolver and the judges, not only the tokenizer; arbitrary Unicode and
control characters are mixed in so no input is assumed clean.
"""

from __future__ import annotations

import datetime as dt
import re

import yaml
from hypothesis import strategies as st

SEATS = [
    "Copeland", "Stoke-on-Trent Central", "Hartlepool", "Clacton", "Rochdale",
    "Chesham and Amersham", "Batley and Spen", "North Shropshire", "Tiverton and Honiton",
    "Ynys Môn", "Bristol Central", "Mitcham & Morden", "Brighton Pavilion", "Makerfield",
]  # fmt: skip
PARTIES = [
    "Labour", "the Conservatives", "Conservative", "Tory", "the Liberal Democrats",
    "Lib Dem", "UKIP", "Reform UK", "the SNP", "Plaid Cymru", "the Greens", "Sinn Féin",
    "Workers Party", "an independent",
]  # fmt: skip
PEOPLE = [
    "Trudy Harrison", "Gillian Troughton", "George Galloway", "Jill Mortimer",
    "Douglas Carswell", "Helen Morgan", "Sarah Green", "Keir Starmer", "Boris Johnson",
]  # fmt: skip
CONTESTS = [
    "by-election", "general election", "the 2017 general election", "the 2019 election",
    "the Copeland by-election", "in 2015", "in 2024", "last time", "at the previous election",
    "since 1935", "in 1983", "on 23 February 2017", "notional results",
]  # fmt: skip
WORDS = [
    "won", "polled", "took", "gained", "held", "lost", "majority", "votes", "vote", "share",
    "turnout", "swing", "seat", "seats", "per cent", "percentage points", "points", "up",
    "down", "fell", "rose", "by", "of", "the", "a", "with", "over", "ahead of", "behind",
    "first", "second", "third", "time", "since", "created", "was created in", "for the first",
    "electorate", "candidates", "stood", "spoiled ballots", "deposit", "record", "lowest",
    "highest", "poll", "survey", "MP", "councillors", "years", "decades", "twice", "majority of",
    "to", "and", "or", "about", "nearly", "more than", "at least", "almost", "just under",
    "around", "some", "-odd", "a third of", "half", "two-thirds of", "a five-figure",
]  # fmt: skip
PUNCTUATION = [".", ",", ";", ":", "(", ")", "—", "–", "-", "'", "’", "“", "”", '"', "!", "?",
               "\n", "\n\n", " ", "%", "£", "/", "·"]  # fmt: skip
# Characters a hostile or damaged file may hold: controls, bidi overrides, invisible ones.
CONTROLS = [
    "\x00", "\x07", "\x08", "\x0b", "\x0c", "\r", "\x1b", "\x1b[2J", "\x1b]0;x\x07", "\x7f",
    "\x85", "\x9b", "\u00a0", "\u00ad", "\u200b", "\u200e", "\u2028", "\u202e", "\u2066",
    "\ufeff", "\ufffd", "\t",
]  # fmt: skip
SEPARATORS = [",", "\u00a0", "\u2009", "\u202f", "\u2007", "'", "’"]
# The zero of scripts whose decimal digits the reader folds to ASCII (all are Nd).
DIGIT_ZEROS = [0x30, 0x660, 0x6F0, 0x966, 0x9E6, 0xE50, 0xFF10, 0x1D7CE]


def digits_in(script_zero: int, text: str) -> str:
    """ASCII digits in `text` written in the script whose zero is `script_zero`."""
    return "".join(chr(script_zero + int(c)) if c.isdigit() else c for c in text)


@st.composite
def figures(draw: st.DrawFn) -> str:
    """A number in any shape a report may print it: grouped, decimal, %, words, year, huge."""
    kind = draw(st.sampled_from(["int", "grouped", "decimal", "percent", "year", "word", "huge"]))
    if kind == "int":
        return str(draw(st.integers(0, 10**7)))
    if kind == "grouped":
        text = f"{draw(st.integers(1000, 10**9)):,}"
        return text.replace(",", draw(st.sampled_from(SEPARATORS)))
    if kind == "decimal":
        return f"{draw(st.floats(0, 100_000, allow_nan=False)):.{draw(st.integers(1, 3))}f}"
    if kind == "percent":
        return f"{draw(st.floats(0, 120, allow_nan=False)):.1f}" + draw(
            st.sampled_from(["%", " per cent", " percentage points", " points", "pc"])
        )
    if kind == "year":
        return str(draw(st.integers(1800, 2100))) + draw(st.sampled_from(["", "s", "-18"]))
    if kind == "word":
        return draw(
            st.sampled_from(
                ["three", "twenty-three", "a hundred", "three hundred and two", "seventh",
                 "a third", "two-thirds", "a dozen", "nine thousand", "1.2 million", "£5m",
                 "21st", "10pm", "12:30", "five-figure", "23-odd"]
            )
        )  # fmt: skip
    # Longer than a float can hold (309 digits and more), or just very long.
    return draw(st.sampled_from(["9", "1", "0"])) * draw(st.integers(17, 400))


# Sentences the extractors read as claims, with slots for seats, parties, people, figures.
TEMPLATES = [
    "{person} won {fig} votes in the {seat} by-election.",
    "{party} held {seat} with a majority of {fig}.",
    "Turnout in {seat} was {pct}, down from {pct} in {year}.",
    "{party} took {pct} of the vote in {seat} in {year}.",
    "{party} has held {seat} since {year}.",
    "The swing from {party} to {party} was {pct} points.",
    "{person} beat {person} by {fig} votes in {seat}.",
    "{seat} was created in {year}.",
    "It was the first time in {fig} years that {party} lost {seat}.",
    "{party} won {fig} seats at the {contest}.",
    "{person} polled {fig} votes to {person}'s {fig}.",
    "{party}'s share fell by {pct} points to {pct}.",
    "{person}, who won {seat} at the {contest}, had a majority of {hedge}{fig}.",
    "In {year}, {party} won {seat} by {fig} votes, {hedge}{pct} of the vote.",
]
HEDGES = ["", "", "about ", "nearly ", "more than ", "at least ", "just under ", "some "]


@st.composite
def claim_sentences(draw: st.DrawFn) -> str:
    """A sentence shaped like a claim, its slots filled from the token lists and figures."""
    template = draw(st.sampled_from(TEMPLATES))
    slots = {
        "person": st.sampled_from(PEOPLE),
        "party": st.sampled_from(PARTIES),
        "seat": st.sampled_from(SEATS),
        "contest": st.sampled_from(CONTESTS),
        "hedge": st.sampled_from(HEDGES),
        "fig": st.one_of(st.integers(0, 70_000).map(lambda n: f"{n:,}"), figures()),
        "pct": st.one_of(st.floats(0, 100).map(lambda x: f"{x:.1f}%"), figures()),
        "year": st.one_of(st.integers(1900, 2030).map(str), figures()),
    }
    # re.split with a group keeps the slots: odd items are slot names, even ones text.
    parts = re.split(r"\{(\w+)\}", template)
    return "".join(draw(slots[p]) if i % 2 else p for i, p in enumerate(parts))


def tokens(unicode: bool = True) -> st.SearchStrategy[str]:
    choices = [
        claim_sentences(),
        claim_sentences(),
        st.sampled_from(SEATS),
        st.sampled_from(PARTIES),
        st.sampled_from(PEOPLE),
        st.sampled_from(CONTESTS),
        st.sampled_from(WORDS),
        st.sampled_from(PUNCTUATION),
        figures(),
        figures(),
    ]
    if unicode:
        choices += [st.sampled_from(CONTROLS), st.text(max_size=8)]
    return st.one_of(choices)


@st.composite
def articles(draw: st.DrawFn, max_tokens: int = 80, unicode: bool = True) -> str:
    """Plain text: election-ish tokens, mostly joined by spaces."""
    parts = draw(st.lists(tokens(unicode), max_size=max_tokens))
    joins = draw(st.lists(st.sampled_from([" ", " ", " ", "", "\n"]), min_size=len(parts)))
    text = "".join(p + j for p, j in zip(parts, joins, strict=False))
    if unicode and text:
        # Stray characters anywhere, inside words and figures too.
        for _ in range(draw(st.integers(0, 3))):
            at = draw(st.integers(0, len(text)))
            text = (
                text[:at]
                + draw(st.one_of(st.sampled_from(CONTROLS), st.text(max_size=2)))
                + text[at:]
            )
    return text


@st.composite
def dates(draw: st.DrawFn) -> dt.date | None:
    return draw(
        st.one_of(
            st.none(),
            st.sampled_from([dt.date(2017, 2, 24), dt.date(2024, 7, 5), dt.date(2021, 5, 7)]),
            st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)),
        )
    )


@st.composite
def front_matter(draw: st.DrawFn) -> str:
    """Well-formed YAML front matter (hostile front matter is the reader's own suite)."""
    meta = {}
    date = draw(dates())
    if date is not None:
        meta["date"] = date.isoformat()
    if draw(st.booleans()):
        meta["election"] = draw(st.one_of(st.sampled_from(CONTESTS), st.text(max_size=20)))
    return "---\n" + yaml.safe_dump(meta, allow_unicode=True) + "---\n" if meta else ""


@st.composite
def markdown(draw: st.DrawFn) -> str:
    """Markdown: front matter, headings, lists, emphasis, links, code, tables, comments."""
    blocks = []
    for _ in range(draw(st.integers(0, 6))):
        body = draw(articles(max_tokens=25))
        shape = draw(
            st.sampled_from(["p", "h", "li", "quote", "fence", "indent", "table", "comment",
                             "ignore", "off", "link", "emph", "html"])
        )  # fmt: skip
        blocks.append(
            {
                "p": body,
                "h": f"## {body}",
                "li": f"- {body}\n- {body[::-1]}",
                "quote": f"> {body}",
                "fence": f"```\n{body}\n```",
                "indent": f"    {body}",
                "table": f"| Party | Votes |\n|---|---:|\n| {body} | {draw(figures())} |",
                "comment": f"<!-- {body} -->",
                "ignore": f"<!-- factcheck: ignore -->\n{body}",
                "off": f"<!-- factcheck: off -->\n{body}\n<!-- factcheck: on -->",
                "link": f"[{body}](https://example.org/{draw(figures())})",
                "emph": f"**{body}** _{body}_ `{body}`",
                "html": f"<div>{body}</div>",
            }[shape]
        )
    return draw(front_matter()) + "\n\n".join(blocks) + draw(st.sampled_from(["", "\n"]))


@st.composite
def html(draw: st.DrawFn) -> str:
    """HTML fragments and pages: tags, attributes, entities, scripts, tables, broken markup."""
    parts = []
    for _ in range(draw(st.integers(0, 8))):
        body = draw(articles(max_tokens=20))
        tag = draw(
            st.sampled_from(["p", "h1", "li", "td", "b", "script", "style", "title", "a",
                             "span", "br", "table", "raw", "entity", "comment", "unclosed"])
        )  # fmt: skip
        if tag == "raw":
            parts.append(body)
        elif tag == "entity":
            parts.append(draw(st.sampled_from(["&nbsp;", "&amp;", "&#8201;", "&#x1b;", "&bogus;",
                                               "&#0;", "&#99999999;", "&"])))  # fmt: skip
        elif tag == "comment":
            parts.append(f"<!-- {body} -->")
        elif tag == "unclosed":
            parts.append(f"<p class='x {body}")
        elif tag == "br":
            parts.append("<br>")
        elif tag == "table":
            parts.append(f"<table><tr><th>Party</th><th>Votes</th></tr><tr><td>{body}</td>"
                         f"<td>{draw(figures())}</td></tr></table>")  # fmt: skip
        else:
            parts.append(f"<{tag}>{body}</{tag}>")
    page = "".join(parts)
    if draw(st.booleans()):
        meta = draw(st.sampled_from(["", '<meta name="date" content="2017-02-24">']))
        page = f"<!doctype html><html><head>{meta}</head><body>{page}</body></html>"
    return page
