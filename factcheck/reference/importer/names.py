"""Slugs and name keys: how differently written names of one seat or party are matched."""

from __future__ import annotations

import re

from factcheck.reference.index import normalise_name

_APOSTROPHES = re.compile(r"['\u2019`]")

# Compass words that sources put either before or after the place ("Cornwall North" /
# "North Cornwall"). Longest first so "south west" wins over "west".
_COMPASS = (
    "north east",
    "north west",
    "south east",
    "south west",
    "north",
    "south",
    "east",
    "west",
)
_COMPASS += ("mid", "central")

# Suffixes some sources add to burgh seats ("Stirling and Falkirk District of Burghs").
_BURGH_SUFFIXES = (" district of burghs", " district of boroughs", " burghs")


def fold(text: str) -> str:
    """normalise_name, with apostrophes dropped rather than split ("King's" = "Kings")."""
    return normalise_name(_APOSTROPHES.sub("", text))


def slug(text: str) -> str:
    """The id form of a name: `Stoke-on-Trent Central` -> `stoke-on-trent-central`."""
    return fold(text).replace(" ", "-")


def seat_key(name: str) -> str:
    """A seat name folded so that the sources' variants of one name compare equal.

    Folds case, accents, punctuation, '&'/'and', apostrophes, a leading or trailing "The"
    ("Hartlepools, The"), "Durham, City of", "Hull East" for "Kingston upon Hull East",
    burgh suffixes, and compass words written after the place ("Cornwall North").
    """
    words = fold(name).split()
    if words[:1] == ["the"]:
        words = words[1:]
    if words[-1:] == ["the"]:
        words = words[:-1]
    text = " ".join(words)
    if text.endswith(" city of"):
        text = "city of " + text[: -len(" city of")]
    for suffix in _BURGH_SUFFIXES:
        if text.endswith(suffix) and len(text) > len(suffix):
            text = text[: -len(suffix)]
            break
    if text.startswith("hull "):
        text = "kingston upon " + text
    return " and ".join(_compass_first(part) for part in text.split(" and "))


def _compass_first(part: str) -> str:
    for compass in _COMPASS:
        if part.endswith(" " + compass) and part != compass:
            place = part[: -len(compass) - 1]
            if place and place not in _COMPASS:
                return f"{compass} {place}"
    return part


_SMALL_WORDS = {"And": "and", "Of": "of", "Upon": "upon", "On": "on", "Under": "under", "In": "in"}


def tidy_title(name: str) -> str:
    """Undo mechanical title-casing in old CBP names ("King'S Norton", "Ashton Under Lyne")."""
    name = " ".join(name.split())
    name = re.sub(r"(\w)'S\b", r"\1's", name)
    words = name.split(" ")
    return " ".join(_SMALL_WORDS.get(w, w) if i else w for i, w in enumerate(words))


def display_name(name: str) -> str:
    """A source's name as printed: spacing tidied, '&' written 'and'."""
    return tidy_title(name.replace("&", " and "))


# UTF-8 text decoded with another codec leaves marks: "SÃ©amus" (Latin-1), "M√¥n" (Mac Roman).
_MOJIBAKE = (("latin-1", ("Ã", "Â")), ("mac_roman", ("√",)))


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 read as Latin-1 or Mac Roman ("SÃ©amus" -> "Séamus", "Ynys M√¥n" ->
    "Ynys Môn"); other text is returned as is."""
    for codec, marks in _MOJIBAKE:
        if any(mark in text for mark in marks):
            try:
                return text.encode(codec).decode("utf-8")
            except (UnicodeEncodeError, UnicodeDecodeError):
                continue
    return text
