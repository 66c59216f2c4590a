"""Publication dates as writers and site generators spell them in front matter.

Accepted: ISO dates with or without a time (2019-12-13, 2019-12-13T08:00:00Z), the
British and American long forms (13 December 2019, Friday 13th Dec 2019, December 13,
2019), numeric dates day first as in the UK (13/12/2019, 13.12.2019) or year first
(2019/12/13), and RSS's RFC 822 form (Fri, 13 Dec 2019 08:00:00 +0000). A time or zone
after the date is allowed and ignored: an article is dated by its day.
"""

from __future__ import annotations

import datetime as dt
import re

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ),
        1,
    )
    for name in names
}  # fmt: skip
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_WEEKDAY = r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
# What may follow a date: a time of day, a zone, "at 8am", "08:00 GMT", "+01:00".
_MONTH_NUMBER = r"(?P<month>\d{1,2})"
# What may follow a date: a time of day, a zone, "at 8am", "08:00 GMT", "+01:00".
_TIME = (
    r"(?:[\s,T]+(?:at\s+)?[\d:.+\-]*\d(?:\s*[ap]\.?m\.?)?"
    r"(?:\s*(?:[a-z]{1,5}|[+-]\d{2}:?\d{2}))?)?"
)
_SHAPES = [
    re.compile(rf"{_WEEKDAY}{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}{_TIME}", re.I),
    re.compile(rf"{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}{_TIME}", re.I),
    # Numeric dates are read day first, as British newsrooms write them.
    re.compile(rf"{_DAY}(?P<sep>[/.-]){_MONTH_NUMBER}(?P=sep){_YEAR}{_TIME}", re.I),
    re.compile(rf"{_YEAR}(?P<sep>[/.]){_MONTH_NUMBER}(?P=sep){_DAY}{_TIME}", re.I),
]


def parse_written_date(value: object) -> dt.date | None:
    """The day a front-matter value names, or None when it is not a date read here."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        return None
    text = " ".join(value.split())
    iso = re.fullmatch(r"(\d{4}-\d{2}-\d{2})(?:[T ].*|Z)?", text)
    if iso:
        try:
            return dt.date.fromisoformat(iso.group(1))
        except ValueError:
            return None
    for shape in _SHAPES:
        m = shape.fullmatch(text)
        if m is None:
            continue
        month = m.group("month")
        number = int(month) if month.isdigit() else _MONTHS[month.lower().rstrip(".")]
        try:
            return dt.date(int(m.group("year")), number, int(m.group("day")))
        except ValueError:
            return None
    return None
