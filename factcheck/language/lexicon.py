"""Word lists the language layer reads numbers with, each stated once.

Every list is lower-case data, not a pattern: `numbers.py` and `exclusions.py` build
their patterns from these, so adding a word here is the whole change.
"""

from __future__ import annotations

# --- How digits are typed -------------------------------------------------------------

# Characters that separate thousands in one figure: "13,748", "13 748", "13'748".
# A plain space is one too, but it also separates two figures, so a number grouped
# only by plain spaces is read only when it cannot be two numbers (see normalise.py).
THOUSANDS_SEPARATORS = frozenset(",'\u2019\u00a0\u2009\u202f\u2007 ")
# Of those, the ones that are a kind of space (so may also just separate two words).
SPACE_SEPARATORS = frozenset("\u00a0\u2009\u202f\u2007 ")
# Characters with no width that editors and CMSs leave inside words and figures:
# zero-width space/non-joiner/joiner, word joiner, BOM, soft hyphen, direction marks
# and embeddings/isolates. They are dropped before reading.
INVISIBLE = frozenset(
    "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f"
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)

# --- Numbers in words -----------------------------------------------------------------

CARDINALS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
# Words that multiply what comes before them ("three hundred", "a thousand").
SCALES: dict[str, int] = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9}
# Short forms of the scales after digits: "1.2m", "£3bn", "13k".
SCALE_ABBREVIATIONS: dict[str, int] = {"k": 1000, "m": 10**6, "bn": 10**9}
DOZEN = 12
ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
    "eightieth": 80, "ninetieth": 90, "hundredth": 100,
}  # fmt: skip
ORDINAL_SUFFIXES = ("st", "nd", "rd", "th")
# How many times: "once", "twice"; "three times" is a cardinal and TIMES.
MULTIPLICATIVES: dict[str, int] = {"once": 1, "twice": 2, "thrice": 3}
TIMES = "times"
# Parts of a whole written as words ("half the vote", "two-thirds").
FRACTIONS: dict[str, float] = {
    "half": 0.5,
    "third": 1 / 3,
    "thirds": 1 / 3,
    "quarter": 0.25,
    "quarters": 0.25,
}
# "five-figure majority": the number of digits, not a quantity of anything.
FIGURE_WORD = "figure"

# --- Units that make a number a percentage, a duration or a year -----------------------

PERCENT_WORDS = ("%", "per cent", "percent", "pc")
POINT_WORDS = ("percentage points", "percentage point", "points", "point", "pts", "ppts")
DURATION_UNITS = ("year", "years", "month", "months", "week", "weeks", "decade", "decades")
# Durations with no number: "for decades", "a century".
BARE_DURATIONS: dict[str, int | None] = {
    "decades": None, "centuries": None, "a decade": 10, "a century": 100,
}  # fmt: skip
# A four-digit number in this range with no unit after it is a year.
YEAR_RANGE = (1000, 2100)
# Units that make a four-digit number a count, not a year ("1950 votes").
COUNT_UNITS = frozenset(
    {"votes", "vote", "seats", "seat", "voters", "people", "mps", "councillors"}
)

# --- Words that say a number is not an election result (exclusions.py) ----------------

MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
)  # fmt: skip
MONEY_SIGNS = ("£", "$", "€")
MONEY_WORDS = ("pounds", "pound", "pence", "p", "euros", "dollars", "quid")
# Words after a number that make it a clock time.
TIME_WORDS = ("am", "pm", "a.m.", "p.m.", "o'clock", "o’clock", "gmt", "bst", "hrs")
# Words after a number that make it a short span of time (days, hours), not a result.
CLOCK_DURATIONS = (
    "days", "day", "nights", "night", "hours", "hour", "minutes", "minute", "mins", "min",
    "seconds", "secs",
)  # fmt: skip
# "5 min read": the page furniture of news sites.
READING_TIME = ("min read", "mins read", "minute read", "minutes read", "minute listen")
# Words before or after a number that make it someone's age.
AGE_BEFORE = ("aged", "age of", "age", "ages")
AGE_AFTER = ("year-old", "years-old", "years old", "year old", "-year-old", "old")
# Nouns that make a number a count of people or things, not of votes.
PEOPLE_NOUNS = (
    "people", "residents", "registrations", "members", "supporters", "activists",
    "volunteers", "staff", "workers", "jobs", "households", "homes", "houses", "families",
    "children", "pupils", "students", "patients", "signatures", "followers", "viewers",
    "listeners", "readers", "visitors", "migrants", "refugees", "businesses", "leaflets",
    "doors", "calls", "officers", "councillors", "troops", "deaths", "cases", "beds",
)  # fmt: skip
# Words in a number's neighbourhood that make it a poll, projection or target.
POLL_WORDS = (
    "poll", "polls", "polling", "survey", "surveys", "forecast", "forecasts", "forecasting",
    "projected", "projection", "projections", "predicted", "prediction", "predictions",
    "target", "targets", "mrp", "model", "odds", "bookmakers", "needs", "needed", "would need",
    "exit poll", "estimate", "estimated", "expected",
)  # fmt: skip
# Phrases where "poll" means the vote itself, not an opinion poll ("went to the polls").
VOTING_PHRASES = (
    "at the polls", "to the polls", "polls closed", "polls opened", "polls close",
    "polls open", "polling station", "polling stations", "polling day", "polling card",
)  # fmt: skip
# Contests that are not the Westminster elections the reference holds.
OTHER_CONTESTS = (
    "referendum", "leadership", "council", "councils", "councillor", "councillors",
    "mayoral", "mayor", "holyrood", "senedd", "stormont", "assembly", "european parliament",
    "euro elections", "european elections", "meps", "mep", "local elections",
    "local election", "police and crime commissioner", "pcc", "ward",
)  # fmt: skip
# Words just before a number that deny it.
NEGATIONS = ("not", "never", "no", "nor", "neither", "rather than", "instead of")
NEGATION_SUFFIX = "n't"  # "didn't", "wasn't"
# Hedges that start with a negation word: they qualify the number, they do not deny it.
NEGATIVE_HEDGES = ("no fewer than", "no less than", "no more than", "not quite", "not far")
# Phrases in which a number word is not a quantity ("no one", "one of the").
IDIOMS = (
    "no one", "one of", "one another", "the one", "one day", "at one point", "one thing",
    "once again", "once more", "at once", "at first", "first of all", "one or two",
    "one side", "this one", "on the one hand",
)  # fmt: skip

# --- Frames: what a figure hangs on, whom it belongs to, when it is ------------------
# (Read by resolve/ and kinds/; each list is the whole of its rule's vocabulary.)

# Nouns of a gap between two results: a figure hung on one is a majority, not a vote
# count ("a difference of 187 votes", "the margin of victory ... was 1,425 votes").
GAP_NOUNS = ("margin", "difference", "gap")
# Nouns a result figure can hang on: a name owning one of them owns the figure
# ("Harrison's majority of 2,147"); a name owning any other noun is not the subject
# ("Sir Keir Starmer's party had hoped ...").
MEASURE_NOUNS = (
    "majority", "share", "vote", "votes", "tally", "total", "margin", "lead", "turnout",
    "result",
)  # fmt: skip
# Words before a party that make it the one beaten, not the figure's owner
# ("a majority of 3,266 over the Conservative Robert Alden").
OPPONENT_WORDS = ("over", "against", "ahead of", "from", "beating", "defeating", "behind")
# Words before "by N" that make N a running gap, not a result ("behind by 260 votes").
RUNNING_GAP_WORDS = ("behind", "ahead", "trailing", "trailed", "lagging", "led", "leading")
# Openings that turn a sentence aside to another seat ("Elsewhere in Scotland, ...").
ASIDE_OPENINGS = ("elsewhere", "meanwhile", "nearby", "next door", "in neighbouring", "across the")
# Words naming a seat as one that no longer exists ("the old North East Somerset seat").
FORMER_SEAT_WORDS = ("old", "former", "then", "previous", "defunct", "abolished")
# Words that place a figure on the day of the contest the article reports.
NOW_WORDS = ("tonight", "today", "last night", "this morning", "overnight")
# Words that move a clause away from the time its sentence opened with.
OTHER_TIME_WORDS = (
    "now", "this time", "this year", "tonight", "today", "since", "then", "later",
    "previously", "before",
)  # fmt: skip
# Words that compare with the contest before ("my majority meant nothing this time").
LAST_TIME_WORDS = ("this time", "last time")
# Nouns for a person standing or sitting, with the words that may qualify them: a
# sentence whose subject is "the former Labour leader" is about a person, not a party.
PERSON_NOUNS = (
    "leader", "MP", "member", "candidate", "incumbent", "politician", "minister",
    "chancellor",
)  # fmt: skip
PERSON_QUALIFIERS = ("former", "veteran", "sitting", "outgoing", "new", "long-serving", "local")
# Verbs of change after which "up to N" means "to N", not "at most N"
# ("pushed his majority up to 9,714").
CHANGE_VERBS = (
    "push", "pushed", "pushing", "raised", "raising", "rose", "risen", "rising", "increased",
    "increasing", "climbed", "climbing", "went", "gone", "grew", "grown", "growing",
    "jumped", "jumping", "boosted", "boosting", "took", "taking", "doubled", "doubling",
    "swelled", "swelling",
)  # fmt: skip
# Words that give one figure to several owners at once ("the three unionist parties
# between them won 13,380 votes", "each took less than 3%"): not one result to check.
SEVERAL_OWNER_WORDS = ("each", "between them", "combined", "together", "jointly", "in all")

# --- Results tables and lists (language/tables.py) ---------------------------------------
# A results block is a run of lines (or table rows) each naming a candidate and/or party
# and giving their figures; these lists say how its cells are read.

# Lower-case words that may sit inside a name or party cell ("Workers Party of Britain",
# "Alliance for Green Socialism", "Plaid Cymru - the Party of Wales").
ROW_NAME_CONNECTORS = ("of", "for", "the", "and", "de", "van", "von", "der", "da", "le", "la", "y")
# Lower-case words that may open a label in a list run on in a sentence ("the Yorkshire
# Party 1,530", "independent Michael Guest 811").
ROW_LABEL_DESCRIPTORS = ("the", "independent", "candidate")
# Words after a row's figures that mark the row and are no figure's subject.
ROW_MARKERS = (
    "elected", "re-elected", "winner", "won", "hold", "holds", "gain", "gains", "incumbent",
    "defending", "lost deposit", "deposit lost", "mp", "new", "from nowhere", "no candidate",
    "n/a", "na", "unchanged", "nil", "did not stand", "didn't stand", "elected mp",
)  # fmt: skip
# A row whose label is one of these sums the block up: it names no candidate, and its
# figure is some other kind's (turnout, majority, an electorate).
ROW_SUMMARY_LABELS = (
    "turnout", "turn-out", "majority", "total", "total votes", "total valid votes",
    "valid votes", "votes cast", "electorate", "rejected", "rejected ballots",
    "spoilt", "spoilt ballots", "spoiled ballots", "swing", "registered voters",
    "total votes cast", "result", "change", "share",
)  # fmt: skip
# Words in a block's heading that make it a national tally, not one contest's result.
NATIONAL_HEADING_WORDS = (
    "national", "nationally", "nationwide", "uk-wide", "across the uk", "across the country",
    "popular vote", "across britain", "great britain", "overall result", "all seats",
)  # fmt: skip
# Words that make a row a summary wherever they stand in its label ("Labour Majority",
# "LD maj", "Total Votes"); names of parties never hold them.
ROW_SUMMARY_WORDS = (
    "majority", "maj", "turnout", "turn-out", "electorate", "swing", "rejected", "spoilt",
    "spoiled", "total", "invalid",
)  # fmt: skip
# Header cells that name a column's role ("| Candidate | Party | Votes | % | +/- |").
ROW_HEADER_ROLES: dict[str, str] = {
    "candidate": "name", "candidates": "name", "name": "name", "nominee": "name",
    "party": "party", "parties": "party", "affiliation": "party",
    "votes": "votes", "vote": "votes", "votes cast": "votes", "count": "votes", "total": "votes",
    "%": "share", "share": "share", "vote share": "share", "share %": "share",
    "% share": "share", "per cent": "share", "percent": "share", "%share": "share",
    "change": "change", "+/-": "change", "+/–": "change", "±": "change", "+/−": "change",
    "change %": "change", "% change": "change", "change in share": "change", "±%": "change",
    "+/-%": "change", "+/−%": "change", "change (%)": "change", "change (pts)": "change",
    "votes %": "share", "% of votes": "share", "share of vote": "share", "vote %": "share",
}  # fmt: skip
# Header cells of a table of seats or national totals: its rows are not one contest's.
NOT_RESULTS_HEADERS = ("seats", "seat", "gains", "losses", "net", "mps", "councillors")
# Words in a block's heading that make it a tally of seats or members, not votes: its
# party-only rows with bare counts ("Labour – 198") are not vote counts.
SEAT_HEADING_WORDS = (
    "seats", "seat", "mps", "parliament", "councillors", "members", "majorities", "tally",
    "commons", "state of the parties",
)  # fmt: skip
# Words in a block's heading that make it a list of polls, forecasts or dates: none of its
# rows is a result.
POLL_HEADING_WORDS = (
    "poll", "polls", "polling", "survey", "projection", "projected", "forecast", "odds",
    "dates", "timeline", "predicted", "prediction", "exit poll", "mrp",
)  # fmt: skip
