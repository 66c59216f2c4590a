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
    "target", "targets", "quota", "quotas", "mrp", "model", "odds", "bookmakers", "needs",
    "needed", "would need",
    "exit poll", "estimate", "estimated", "expected", "pollster", "pollsters",
)  # fmt: skip
# Parts of a seat the record does not count separately: a figure "in the coastal wards",
# "on the older estates" is that part's (resolve/subjects.region_of).
SEAT_PART_NOUNS = ("ward", "wards", "estate", "estates", "villages", "suburbs",
                   "neighbourhoods", "polling districts", "precincts")  # fmt: skip
# Groups of voters a survey breaks the vote down by: a figure "of women", "among over-65s",
# "of those under 35" is a survey's, not a declared result (resolve/subjects).
VOTER_GROUPS = (
    "women", "men", "female voters", "male voters", "young voters", "younger voters",
    "older voters", "first-time voters", "pensioners", "graduates", "non-graduates",
    "students", "homeowners", "renters", "private renters", "mortgage holders",
    "leave voters", "remain voters", "Leave voters", "Remain voters", "leavers", "remainers",
    "Leavers", "Remainers", "ethnic minority voters",
    "working-class voters", "middle-class voters", "respondents", "those surveyed",
    "voters surveyed", "those questioned", "those asked", "those polled",
)  # fmt: skip
# Phrases where "poll" means the vote itself, not an opinion poll ("went to the polls").
VOTING_PHRASES = (
    "at the polls", "to the polls", "polls closed", "polls opened", "polls close",
    "polls open", "polling station", "polling stations", "polling day", "polling card",
    "poll closed", "poll opened", "poll closes", "poll opens", "result of poll",
    "result of the poll", "results of the poll", "declaration of result of poll",
    "close of poll", "close of the poll", "day of the poll", "day of poll",
    "poll cards", "polling cards", "polling districts", "polling place", "polling places",
    # a share "of the valid poll", "of the total poll": the votes cast, as returning
    # officers write it
    "valid poll", "total poll", "of the poll",
    # a change of name, not a survey: "changed his name by deed poll"
    "deed poll",
)  # fmt: skip
# Contests that are not the Westminster elections the reference holds.
OTHER_CONTESTS = (
    "referendum", "leadership", "council", "councils", "councillor", "councillors",
    "mayoral", "mayor", "holyrood", "senedd", "stormont", "assembly", "european parliament",
    "euro elections", "european elections", "meps", "mep", "local elections",
    "local election", "police and crime commissioner", "pcc", "ward",
)  # fmt: skip
# Words of a party's own ballots, whose figures are no election's: a selection meeting,
# an open primary, a motion of no confidence put to its members or delegates
# (resolve/subjects.is_poll_or_forecast).
PARTY_BALLOT_WORDS = (
    "selection", "shortlist", "shortlisted", "open primary", "members' votes",
    "members' ballot", "ballot of members", "local membership", "party members",
    "general committee", "delegates", "motion", "no confidence",
    "selection meeting", "hustings",
)  # fmt: skip
# Bodies whose elections the reference does not hold: "the European elections", "the
# council elections", "the Holyrood election", "the police and crime commissioner vote". A
# figure in a sentence naming one of these with an election noun after it (and no
# Westminster contest), or in the sentence after it, is not checked against a Westminster
# result (resolve/subjects). A body alone is no contest: "a Welsh Assembly member", "a
# former MEP", "the Stormont environment minister".
OTHER_CONTEST_BODIES = (
    "european parliament", "european", "euro", "council", "county council",
    "borough council", "district council", "city council", "local", "mayoral", "mayor",
    "metro mayor", "police and crime commissioner", "pcc", "scottish parliament", "holyrood",
    "welsh assembly", "welsh parliament", "senedd", "stormont", "assembly", "ward",
    "devolved",
)  # fmt: skip
# Those bodies by the names that stand for the place they sit ("one short of a majority
# at Holyrood", "in the Senedd"): a sentence closing on one is about its contest.
OTHER_CONTEST_PLACES = ("holyrood", "stormont", "the senedd", "the scottish parliament",
                        "the welsh assembly", "the welsh parliament", "the london assembly",
                        "the northern ireland assembly")  # fmt: skip
OTHER_CONTEST_NOUNS = ("election", "elections", "poll", "polls", "vote", "contest", "race",
                       "count", "by-election", "by-elections", "constituency", "seat",
                       "seats", "majority", "majorities")  # fmt: skip
# Phrases that are such a contest by themselves: "in the EU referendum", "Leave won".
OTHER_CONTEST_PHRASES = (
    "in the referendum", "at the referendum", "in the eu referendum", "in the brexit referendum",
    "in the 2016 referendum", "voted leave", "voted remain", "leave won", "leave took",
    "remain won", "first-preference", "first preference", "first preferences",
    "second-preference", "second preference", "second preferences",
    # the Scottish Parliament's and the Senedd's list ballot
    "regional list", "list vote", "list votes", "list seat", "list seats", "list msp",
    "list msps", "backed brexit", "backed leave",
    "backed remain", "voted to leave", "voted to remain", "mayoral results", "mayoral result",
    "mayoral contests", "mayoral races", "council results", "local election results",
    "mayoralty", "mayoralties",
    # ("the same day's elections for police and crime commissioners drew a turnout of 15%")
    "police and crime commissioners", "police and crime commissioner elections",
    # ("the Durham county elections held the same day": the county council's, though a
    # "county constituency" is a Westminster seat)
    "county elections", "county election",
)  # fmt: skip
# A council named in full is a local contest's body, and one of these words before it makes
# a contest of it: "took control of Durham County Council", "nine seats on Hartlepool
# Borough Council" (a capitalised name, one of the types, then "Council"); "a former leader
# of Southampton City Council" names a body only. A named ward or division is a council
# seat: "the Hartlepool ward of Seaton", "the Easington division". Someone elected "as"
# mayor ("re-elected mayor") won a mayoral contest (resolve/subjects, `_OTHER_CONTEST_PHRASE`).
COUNCIL_CONTEST_WORDS = ("control of", "seats on", "seat on", "elected to", "majority on")
COUNCIL_TYPES = ("County", "Borough", "District", "City", "Town", "Parish", "Metropolitan Borough")
COUNCIL_SEAT_UNITS = ("ward", "division")
MAYOR_TITLES = ("mayor", "metro mayor", "mayoralty")
# Nouns of a change in a count: "the loss of more than 11,000 votes from its 1983 total" is
# a change, not a vote count (kinds/votes).
VOTE_CHANGE_NOUNS = (
    "loss", "fall", "drop", "rise", "increase", "decrease", "decline", "slump", "surge", "jump",
)  # fmt: skip
# Verbs of a change in a count: "Labour added 2,000 votes", "the Tories shed 5,000 votes"
# (not "gained", which reports often use of a count received).
VOTE_CHANGE_VERBS = ("added", "adding", "shed", "shedding", "lost", "losing", "put on")
# Nouns of a member's going that a by-election follows: "caused by the death of David
# Cairns", "after the resignation of the MP Chris Pincher"; with "the late X" such a member
# owns none of the by-election's figures (resolve/subjects.person_near).
DEPARTURE_NOUNS = (
    "death", "resignation", "retirement", "elevation", "expulsion", "recall", "disqualification",
    "departure", "passing",
)  # fmt: skip
# Verbs of reported speech: a clause "X said that Reform UK got 15%" is about its own
# subject, not the speaker (resolve/subjects.person_near).
REPORTING_VERBS = (
    "said", "says", "told", "tells", "claimed", "claims", "insisted", "insists", "argued",
    "argues", "added", "adds", "boasted", "boasts", "pointed out", "noted", "stated",
    "suggested", "wrote",
)  # fmt: skip
# Nouns naming a general election by its outcome: "the party's 1979 collapse", "the 1997
# landslide", "in the Labour landslide of 1997" (resolve/context: the year's election).
ELECTION_EVENT_NOUNS = (
    "landslide", "collapse", "rout", "wipeout", "wipe-out", "meltdown", "debacle", "victory",
    "defeat", "triumph", "gain", "win", "hold", "loss",
)  # fmt: skip
# Of those, the ones a party before them names as the country's swing, not as a figure's
# owner: "In the Labour landslide of 1997 ... his share dropped to 42.0 per cent" is the
# Conservative's share (resolve/subjects.party_near).
NATIONAL_EVENT_NOUNS = ("landslide", "rout", "wipeout", "wipe-out", "meltdown", "debacle")
# Words that name a Westminster contest in a sentence: its figures are Westminster's.
# Nouns after "national" that name a body or a backdrop, not the country's figures ("the
# national press", "national headwinds", "national poll ratings"; not "The national
# picture was close. Labour took 44.1 per cent", a topic the next figures are about):
# resolve/subjects._NATIONAL.
NATIONAL_NON_AREA_NOUNS = ("backdrop", "headwinds", "politics", "press", "media", "newspapers",
                           "stage", "debate", "conversation", "interest", "insurance",
                           "health", "lottery", "security", "service", "treasure", "minimum",
                           "living", "executive", "team", "campaign", "leadership", "leader",
                           "issues", "spotlight", "attention", "headlines",
                           # ("given his party's national poll ratings": polls, no result)
                           "poll", "polls", "polling", "ratings", "rating")  # fmt: skip
# Words that make a figure a statistic across seats, not one contest's result ("The median
# majority was 6,286", "the average turnout fell to 60.1 per cent"): resolve/subjects.
STATISTIC_WORDS = ("median", "average", "mean", "typical")
# Verbs of a statistic over several contests: "Reform averaged 23% of the vote" across a group
# of seats (resolve/subjects).
STATISTIC_VERBS = ("averaged", "averages", "averaging")
# Words naming a market or a price: a figure in a clause about one is a market move, not
# a result ("while the FTSE 250 gained 5 per cent", "shares in Persimmon rose 4.2 per
# cent", "sterling jumped 2.1%"): resolve/subjects.is_poll_or_forecast.
MARKET_WORDS = ("FTSE", "Dow", "Nasdaq", "S&P", "Nikkei", "index", "indices", "sterling",
                "the pound", "the dollar", "the euro", "gilt", "gilts", "yield", "yields",
                "shares in", "share price", "stock", "stocks", "equities", "bond", "bonds",
                "house prices", "inflation", "interest rates", "base rate",
                "basis points")  # fmt: skip
# Other countries and their parliaments, as a sentence names them: a result in a sentence
# naming one and no UK seat is that country's ("In France, the National Rally won 33.2
# percent", "Canada's Liberals were cut to 157 seats"); resolve/subjects.is_poll_or_forecast.
# (Ireland is left out: "Northern Ireland", "Irish nationalists".)
FOREIGN_COUNTRIES = ("France", "Germany", "Canada", "Australia", "United States", "U.S.",
                     "America", "Netherlands", "Italy", "Spain", "Portugal", "Sweden",
                     "Norway", "Denmark", "Poland", "Hungary", "New Zealand", "Japan")  # fmt: skip
FOREIGN_ADJECTIVES = ("French", "German", "Canadian", "Australian", "American", "Dutch",
                      "Italian", "Spanish", "Portuguese", "Swedish", "Norwegian", "Danish",
                      "Polish", "Hungarian", "Indian", "Japanese")  # fmt: skip
FOREIGN_ADJECTIVE_NOUNS = ("voters", "electorate", "election", "elections", "parliament",
                           "president", "presidential", "government", "party", "parties",
                           "far-right", "far", "left", "right", "socialists", "liberals",
                           "conservatives", "greens", "politics", "voting", "polls")  # fmt: skip
FOREIGN_PARLIAMENTS = ("Bundestag", "Knesset", "Dáil", "Dail", "US Congress", "U.S. Congress")
# What a paper publishes, as a correction or a reader's letter names it ("An article on 9
# May said ...", "Your report on Saturday said that ..."): a figure it is said to have
# given, put right in the next sentence, is withdrawn (resolve/subjects.is_correction).
PUBLISHED_PIECE_NOUNS = ("article", "report", "story", "piece", "profile", "graphic",
                         "table", "edition", "round-up", "roundup", "headline", "caption",
                         "column", "map", "chart", "panel", "obituary", "leader",
                         "editorial", "analysis", "explainer", "live blog", "blog",
                         "newsletter", "podcast", "sketch", "columnist", "correspondent",
                         "reporter")  # fmt: skip
# One-word aliases of minor parties that are also surnames or first names: after another
# capitalised word they are a person's name ("Keith Best", not Best of a Bad Bunch).
SURNAME_LIKE_PARTY_ALIASES = ("Best", "Beer", "Roman", "Poet", "Trust", "Unity", "Patria",
                              "Humanity", "Consensus", "Concordia", "Propel", "Renew",
                              "Vanguard", "Transform", "Campaign", "Mainstream")  # fmt: skip
# Capitalised words naming a faction of a party that the record counts among others, not
# as the party ("the Coalition Liberals won 127 seats" in 1918, "Asquith Liberals").
# ("Lloyd George Liberals": the word before the party's is "George")
PARTY_FACTION_WORDS = ("Coalition", "Asquith", "Asquithian", "Independent", "George")
WESTMINSTER_CONTEST_WORDS = (
    "general election", "by-election", "by election", "byelection", "westminster",
    "commons", "mp", "mps", "parliamentary",
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
    "one side", "this one", "on the one hand", "two horse race", "two-horse race",
    "three horse race", "three-horse race",
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
# Words that frame the figures they reach as a notional recast of an election on new
# boundaries, not a declared result ("The redrawn seat was notionally Labour: ...", "On
# the new boundaries the Tories would have won by ..."): such a figure is read against
# the reference's notional results, and is unverifiable where it has none
# (resolve/context.py, `_NOTIONAL_FRAME`). A frame inside a comparison ("up 9 points on
# the notional result on the new boundaries") is the baseline, not a frame.
NOTIONAL_FRAME_WORDS = ("notionally", "notional figures", "notional results", "notional result",
                        "notional basis", "notional terms", "notional estimates",
                        "notional calculations")  # fmt: skip
# "on the new boundaries", "under the redrawn map": an adjective and a noun of these.
NEW_BOUNDARY_ADJECTIVES = ("new", "redrawn", "revised", "present", "current", "proposed")
BOUNDARY_NOUNS = ("boundaries", "boundary", "map", "lines", "borders")
# Phrases that frame a conditional as notional only beside one ("on paper the Tories
# would have won by ...", "on the 2019 figures the party would have led by ..."): alone
# "on paper" is an idiom, and a year's figures may be the declared ones.
NOTIONAL_BASIS_PHRASES = ("on paper",)
# The conditional of such a frame: the figures of its clause are the notional ones (an
# adverb may stand inside it: "would notionally have won").
COUNTERFACTUAL_WORDS = ("would have", "would’ve", "would've")
# "fought the by-election as an independent. Ms Olney won it by 1,872 votes": an anaphor
# as the object of a verb of winning or losing refers to the contest named just before
# (resolve/context.py, `_WON_IT`), unless a seat is named between them ("it" is the seat).
ANAPHOR_WIN_VERBS = ("won", "lost", "win", "lose", "wins", "loses", "winning", "losing")
CONTEST_ANAPHORS = ("it", "that contest", "the contest", "that race", "the race")
# The nouns such an anaphor may point back to.
CONTEST_NOUNS = ("by-election", "by election", "byelection", "election", "contest", "race")
# "won 25 general elections in a row", "had won 25 straight contests": a count of wins,
# not of votes (kinds/votes.py); the words that may stand between the figure and the noun.
WIN_COUNT_NOUNS = ("elections", "general elections", "by-elections", "contests", "times",
                   "polls", "races")  # fmt: skip
WIN_COUNT_QUALIFIERS = ("consecutive", "straight", "successive", "previous", "past")
# Words that move a clause away from the time its sentence opened with.
OTHER_TIME_WORDS = (
    "now", "this time", "this year", "tonight", "today", "since", "then", "later",
    "previously", "before",
)  # fmt: skip
# Capitalised words that may stand before a one-word seat name without making it part of
# a person's name ("In Bolsover", "Across Wakefield"), and the determiners that open a
# sentence before a seat used as a modifier ("His Blackburn majority", "Their Bolsover
# vote") (resolve/context: a seat's name read at a capital).
WORDS_BEFORE_A_SEAT = (
    "In", "At", "For", "From", "Of", "The", "By", "To", "And", "Across", "Around", "Near",
    "Outside", "His", "Her", "Its", "Their", "This", "That", "A", "An",
    # a columnist's imperative opening a sentence: "Take Bolsover.", "Consider Sedgefield."
    "Take", "Consider",
    # a word describing the place opening a sentence: "Neighbouring Kensington, one of
    # the wealthiest seats, ...", "Nearby Bolsover"
    "Neighbouring", "Neighboring", "Nearby", "Adjacent", "Affluent", "Leafy", "Rural",
    "Marginal", "Suburban", "Coastal", "Wealthy", "Prosperous", "Historic", "Tiny",
)  # fmt: skip
# Days of the week: "; on Thursday the Conservative took ..." opens a clause on its own
# time (polling day), not one hung on the election named before it.
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# Words that compare with the contest before ("my majority meant nothing this time").
LAST_TIME_WORDS = ("this time", "last time")
# Nouns for a person standing or sitting, with the words that may qualify them: a
# sentence whose subject is "the former Labour leader" is about a person, not a party.
PERSON_NOUNS = (
    "leader", "MP", "member", "candidate", "incumbent", "politician", "minister",
    "chancellor",
)  # fmt: skip
# Offices a report may name their holder by ("The Health Secretary won ..."): a person the
# text does not name, whom a later "he" or "she" may stand for (resolve/anaphora).
OFFICE_TITLES = ("secretary", "minister", "chancellor", "speaker", "attorney general",
                 "chief whip", "solicitor general")  # fmt: skip
PERSON_QUALIFIERS = ("former", "veteran", "sitting", "outgoing", "new", "long-serving", "local")
# Verbs of change after which "up to N" means "to N", not "at most N"
# ("pushed his majority up to 9,714").
CHANGE_VERBS = (
    "push", "pushed", "pushing", "raised", "raising", "rose", "risen", "rising", "increased",
    "increasing", "climbed", "climbing", "went", "gone", "grew", "grown", "growing",
    "jumped", "jumping", "boosted", "boosting", "took", "taking", "doubled", "doubling",
    "swelled", "swelling", "edged", "edging", "nudged", "nudging", "inched", "inching",
    "crept", "creeping",
)  # fmt: skip
# A figure elided after a claim of the same measure in its sentence ("a majority of 298
# in 1951 and only 185 in 1955", "4,331 in 2019, and it was 733 in 2015", "3,435, which
# he cut to 1,609"): the verbs that carry the measure on to the next figure.
ELISION_VERBS = (
    "increased", "cut", "reduced", "raised", "doubled", "halved", "extended", "grew",
    "rose", "fell", "slipped", "shrank", "pushed", "nudged", "trimmed", "slashed",
    "collapsed", "dropped", "climbed", "recovered", "stretched", "tumbled", "plunged",
    "soared", "jumped", "narrowed", "widened", "swelled", "dwindled", "sank", "crashed",
    "dipped", "slumped", "edged", "crept", "ballooned", "shrunk", "slid",
)  # fmt: skip
# The same verbs' plain forms, after "saw": "saw his majority grow to 19,736".
ELISION_VERBS_PLAIN = (
    "increase", "rise", "fall", "grow", "shrink", "slip", "drop", "climb", "dip", "slump",
    "double", "halve", "narrow", "widen", "swell", "dwindle", "sink", "tumble", "plunge",
    "soar", "jump", "recover", "edge",
)  # fmt: skip
# The nouns that take up a measure again in a later clause or the next sentence ("He
# pushed that to 10,837 in 2005, and his lead shrank to 8,215 in 2010"), by the kind of
# claim they carry on: a figure after one of them, with a verb of change, is that measure.
MEASURE_ANAPHOR_NOUNS = {
    "majority": ("majority", "lead", "margin"),
    "share": ("share", "share of the vote", "vote share"),
}
# The measures a figure may carry on to an elided one, and the unit each is written in.
ELIDED_MEASURES = {"majority": "votes", "votes": "votes", "share": "percent"}

# Words that give one figure to several owners at once ("the three unionist parties
# between them won 13,380 votes", "each took less than 3%"): not one result to check.
SEVERAL_OWNER_WORDS = ("each", "between them", "combined", "together", "jointly", "in all")
# Blocs of parties named by what they share ("the unionist parties won 40.5 per cent"; and
# a bare lower-case "unionists won", not "the nationalists' majority", the SNP's): the sum
# of several parties, which the record does not total (resolve/subjects.several_owners).
PARTY_BLOC_WORDS = ("unionist parties", "nationalist parties",
                    "unionist bloc", "nationalist bloc", "pro-union parties",
                    "pro-independence parties", "remain parties", "leave parties",
                    "the two main parties", "the main parties", "the big two",
                    "the smaller parties")  # fmt: skip

# --- Attribution and margins (issue 8: who a figure belongs to; majorities and gaps) ---

# How alike (rapidfuzz ratio, 0-100) a name in the text and a candidate's name in the
# data must be to be read as one person spelt two ways ("Zulfiqar" / "Zulifiqar"). Only
# used among one contest's own candidates, and only when one candidate is that close.
NEAR_NAME_SCORE = 92
# Words judging a figure between its verb and it: "trailed with a humiliating 483".
FIGURE_ADJECTIVES = (
    "mere", "paltry", "humiliating", "meagre", "measly", "derisory", "miserable", "lowly",
    "respectable", "creditable", "distant", "healthy", "impressive", "disappointing",
    "record", "modest", "credible", "dismal", "pitiful",
)  # fmt: skip
# Words that may follow a count a name owns ("Azhar Ali's 2,402, who ...", "Mr Balls'
# 18,354 and ..."): anything else after it is a noun the number counts ("Labour's 2,000
# members"), so the number is not read as votes.
AFTER_OWNED_FIGURE = (
    "and", "to", "in", "at", "while", "whilst", "against", "for", "on", "as", "with",
    "was", "were", "who", "which", "from", "but",
)  # fmt: skip
# Words that frame a majority from the losing side ("Labour lost by 422", "losing to X
# by 422 votes", "beaten by 310 votes"): the figure is the contest's majority, and the
# party the sentence names is the loser, not its owner. Passive forms only: "whom X had
# beaten by 103 votes" is the winner's side.
DEFEAT_WORDS = (
    "lost", "lose", "loses", "losing", "beaten by", "defeated by", "ousted by",
    "unseated by", "toppled by", "short", "trailing", "trailed", "behind", "narrowly missed",
)  # fmt: skip
# The gap between two candidates (kinds/gap.py). Comparatives after a figure: "7,247
# more votes than X" (this side has more), "N fewer votes than X" (fewer).
GAP_MORE_WORDS = ("more", "fewer", "less")
# Comparatives straight after a figure, making it a difference, not the measure itself:
# "its electorate is about 10,000 lower" (kinds/electorate).
DIFFERENCE_COMPARATIVES = ("lower", "higher", "smaller", "larger", "bigger", "greater", "more",
                           "fewer", "less")  # fmt: skip
# Places after a figure: "2,620 votes clear of X", "117 ahead of Reform", "N votes behind",
# "79 votes further back" (behind the side named before this one).
GAP_PLACE_WORDS = ("ahead", "in front", "behind", "clear", "adrift", "short", "further back",
                   "further behind")  # fmt: skip
# The words among these that put the clause's side below the other.
GAP_FEWER_WORDS = (
    "fewer", "less", "behind", "adrift", "short", "trailing", "trailed", "further back",
    "further behind",
)  # fmt: skip
# Verbs before "by N points" that make the points a gap between two sides ("trailing
# Labour by 4,925 votes and 18 percentage points", "won by 18 points"), not a change.
GAP_RESULT_VERBS = (
    "won", "win", "wins", "winning", "lost", "lose", "loses", "losing", "trailing",
    "trailed", "beat", "beating", "defeated", "defeating", "ahead", "behind", "led",
    "leading", "finished",
)  # fmt: skip
# Words that put a gap during the count, not in the declared result ("he was 260 votes
# behind after the first count").
INTERIM_COUNT_WORDS = (
    "first count", "initial count", "early count", "at one point", "at one stage",
    "earlier in the night", "bundle", "bundles", "sampling", "exit poll", "first recount",
)  # fmt: skip
# Of those, the stages of a count that are never the declaration, whatever the figure's
# kind ("after a first recount had put the gap at 31"; a bundle check may confirm it).
INTERIM_STAGE_WORDS = tuple(w for w in INTERIM_COUNT_WORDS if not w.startswith("bundle"))
# A recount after another, named after a figure in its sentence: the figure is an earlier
# stage's ("a recount put the gap at 251; a second recount settled it at 239").
LATER_RECOUNT_WORDS = ("second recount", "another recount", "further recount", "third recount")
# Parties named by what they are, not by name ("In 2017 the Welsh nationalist party won
# 1,299 votes"): each phrase stands for one party id of reference/parties.yaml.
PARTY_DESCRIPTORS = {
    "Welsh nationalist party": "plaid-cymru",
    "Welsh nationalists": "plaid-cymru",
    "Scottish nationalist party": "snp",
    "Scottish nationalists": "snp",
}
# Times a gap may be measured against instead of a rival ("a majority of 26,000 - 1,180
# more than this year", or "... than in 2019"): the gap is then between two majorities.
GAP_TIME_PHRASES = (
    "this year", "this time", "last time", "last year", "at the last election",
    "at the previous election",
)  # fmt: skip
# Nouns naming a candidate by their place in the result ("The winner took 17,440 votes",
# "with the runner-up on 16,728"): the place, 0 for the winner.
RANK_SUBJECTS = {
    "winner": 0, "victor": 0, "winning candidate": 0, "new MP": 0,
    "runner-up": 1, "second-placed candidate": 1, "second-placed": 1,
}  # fmt: skip
# Verbs whose subject owns the count right after them ("Anne-Marie Trevelyan polled
# 14,116", "Stephen Gethins polled 13,743"): the name before the verb is the owner.
OWN_COUNT_VERBS = ("polled", "took", "won", "got", "received", "secured", "gained", "had")
# Words that make a sentence a result's even without the word "votes", so that a bare
# "on N" or "and X N" in it is a vote count ("ahead of Plaid Cymru on 3,051").
RESULT_FRAME_WORDS = (
    "ahead of", "behind", "came second", "came third", "came fourth", "came fifth",
    "finished second", "finished third", "finished fourth", "was second", "was third",
    "polled", "polling", "trailed", "second place", "third place", "fourth place",
    "fifth place", "last place", "came last", "finished last",
    # "Mr Coaker finished on 22,039"
    "finished on", "finishing on", "ended on", "ended up on",
    # "UKIP a distant second on 8,194", "with the Lib Dems third on 1,672"
    "second on", "third on", "fourth on", "fifth on", "sixth on", "last on",
)  # fmt: skip
# Verbs after which "by N" with no unit is a winning margin ("beat the former first
# minister by 2,607", "he lost by just 105", "took it by just 148").
# Verbs of defeat before the one beaten ("ousted the Lib Dem Dan Rogerson", "held off the
# Conservative Maggie Throup"): the object owns none of the subject's figures in a
# participle clause after it (resolve/subjects._BEATEN_OBJECT).
DEFEAT_VERBS = (
    "beat", "beating", "ousted", "ousting", "unseated", "unseating", "defeated", "defeating",
    "toppled", "toppling", "overturned", "overturning", "held off", "holding off", "saw off",
    "seeing off", "fended off", "fending off", "edged out", "edging out", "pipped", "pipping",
    "knocked out", "saw off the challenge of",
)  # fmt: skip
# Verbs of taking a seat from someone ("took the seat from Labour's Gareth Snell by 670
# votes, polling 14,557"): the one after "from" is beaten, as with DEFEAT_VERBS.
TAKE_FROM_VERBS = (
    "took", "taking", "won", "winning", "gained", "gaining", "captured", "capturing",
    "seized", "seizing", "snatched", "snatching", "wrested", "wresting", "grabbed", "grabbing",
)  # fmt: skip
MARGIN_VERBS = (
    "won", "wins", "win", "winning", "beat", "beats", "beating", "defeated", "defeating",
    "held", "holds", "holding", "retained", "retaining", "kept", "took", "taking", "lost",
    "loses", "losing", "ousted", "unseated", "edged", "scraped", "gained", "gaining",
    # headline verbs: "Labour snatch town by 831", "Tories seize seat by 1,200"
    "snatch", "snatches", "snatched", "seize", "seizes", "seized", "grab", "grabs",
    "grabbed", "take", "takes", "hold", "clinch", "clinches", "clinched",
    # result labels: "Southport: Conservative gain by 2,914"
    "gain",
    # "survived by three hundred and forty-six votes", "clung on by 345"
    "survived", "survives", "clung", "clings", "squeaked", "squeezed",
)  # fmt: skip
# Words of a piece looking back at a contest long past: "Twenty years ago tonight",
# "Fifty years since the upset", "Twenty years on", "on the anniversary".
LOOK_BACK_WORDS = ("ago", "anniversary", "years since", "years on", "half a century", "decades on")
# Verbs that change a majority, before it: "increased his majority in X to 8,700".
MAJORITY_CHANGE_VERBS = (
    "increased", "increasing", "increases", "raised", "boosted", "extended", "doubled",
    "cut", "cutting", "reduced", "reducing", "halved", "slashed", "trimmed", "grew",
)  # fmt: skip
# Nouns after a one-word place that make it describe a person or body, not name the
# seat: "a Durham county councillor", "a Hartlepool businessman".
PLACE_ADJECTIVE_NOUNS = (
    "county", "councillor", "councillors", "council", "businessman", "businesswoman",
    "headteacher", "teacher", "miner", "mayor", "born", "based", "native", "resident",
)  # fmt: skip
# Quantifiers after "in" that make a figure several contests' at once: "came second in all
# four", "more than half the vote in two Tory shires".
SEVERAL_CONTEST_WORDS = (
    "all", "each", "every", "both", "most", "many", "several", "two", "three", "four",
    "five", "six", "half", "a third", "a quarter",
)  # fmt: skip
# Verbs of a contest ending a party's hold, before the hold: "ending Labour's hold on the
# town since 1922", "broke the Tories' 40-year grip".
HOLD_ENDING_VERBS = (
    "ended", "ending", "ends", "end", "broke", "breaking", "broken", "brought an end to",
    "bringing an end to",
)  # fmt: skip
# Nouns for a seat held by a margin, after "an N-vote": the figure is the seat's majority
# ("a 1,192-vote marginal", "the 24,664-vote Conservative stronghold").
# Nouns for one constituency: "the Westminster seat", "this constituency" speak of one seat,
# not of the whole country (resolve/subjects.is_national).
SEAT_NOUNS = ("seat", "constituency")
MARGIN_SEAT_NOUNS = ("marginal", "stronghold", "cushion")
# Verbs before "a lead of N" that make the lead a seat's majority, not a poll lead
# ("overturning a Labour lead of over 13,000", "defending a notional lead of 22,000").
LEAD_FRAME_WORDS = (
    "overturning", "overturned", "overturn", "overturns", "defending", "defended", "defend",
    "defends", "overcoming", "overcame", "overcome", "wiping out", "wiped out", "erasing",
    "erased", "inheriting", "inherited", "overhauling", "overhauled",
)  # fmt: skip
# Nouns for one side's lead over another ("Mr Levy's lead over Labour was 712 votes",
# "the winning margin was 1.7 percentage points"): read by kinds/gap.py before the
# majority and votes kinds see the figure.
LEAD_NOUNS = ("lead", "margin", "advantage")
# Roles that name a leader without their name ("19,254 for the former SNP leader", "The
# prime minister's share"): resolved to the one leader who stood in the article's seats.
LEADER_ROLES = (
    "leader", "prime minister", "first minister", "party leader", "deputy prime minister",
)  # fmt: skip

# --- A party's strength in the Commons (kinds/party_strength.py) ----------------------

# Verbs that give a party a number of MPs at the time of writing: "the Lib Dems now have
# 12 MPs", "taking the party to 12 seats". (Past verbs, "won 365 seats", are a general
# election's total: kinds/seats.py.)
STRENGTH_VERBS = (
    "now have", "now has", "have", "has", "having", "had", "now holds", "now hold",
    "takes it to", "takes them to", "takes the party to", "taking it to",
    "taking them to", "taking the party to", "bringing it to", "bringing them to",
    "bringing the party to", "bringing their total to", "bringing its total to",
    "taking their tally to", "taking its tally to", "tally to", "total to",
)  # fmt: skip
# Places that make a count of MPs regional, not the party's whole strength ("takes the
# party to four seats in Wales", "Scotland's MPs").
STRENGTH_REGIONS = (
    "scotland", "scottish", "wales", "welsh", "northern ireland", "england", "english",
    "london", "the north", "the south", "the midlands", "yorkshire", "cornwall", "the region",
    "the county", "region", "regional",
)  # fmt: skip
# Words before such a verb that make the count a projection or a target, not a strength
# ("would have 400 seats", "needs to have 326 MPs").
STRENGTH_MODALS = ("would", "could", "might", "may", "will", "to", "should", "must", "wants")
# Words in the heading or rows above a list "Party - N" that make it a list of seats held
# ("the make-up of Parliament", "state of the parties", "How many MPs ...").
STRENGTH_LIST_CUES = (
    "seats", "mps", "make-up of parliament", "makeup of parliament", "state of the parties",
    "house of commons", "commons", "parliament is as follows", "members of parliament",
)  # fmt: skip

# --- Frames of numbers that count something other than a result (exclusions.py) -------

# Nouns a result figure can count: a number followed by one of these (after at most two
# modifiers) may be a claim, so it is never disposed of by the noun it counts. Any
# other plural noun makes the number a count of that thing ("four daughters", "the 32
# boroughs", "two cheeks"): not a result.
RESULT_NOUNS = (
    "vote", "votes", "ballot", "ballots", "seat", "seats", "mp", "mps", "candidate",
    "candidates", "majority", "majorities", "per", "percent", "point", "points", "election",
    "elections", "by-election", "by-elections", "byelection", "byelections", "time", "times",
    "term", "terms", "win", "wins", "victory", "victories", "defeat", "defeats", "recount",
    "recounts", "count", "counts", "year", "years", "decade", "decades", "month", "months",
    "week", "weeks", "century", "centuries", "electors", "voters", "constituencies",
    "constituency", "places", "place", "councillors", "members", "swing", "gains", "losses",
    "holds", "deposits", "deposit", "contests", "contest", "parliaments", "terms",
)  # fmt: skip
# Words that end a noun phrase after a number, or that are verbs, not nouns: the
# words after "2,564 was ..." or "12,032 and ..." are not what the number counts.
PHRASE_STOPS = (
    "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "by",
    "with", "as", "is", "was", "were", "are", "has", "had", "have", "this", "that", "his",
    "her", "its", "their", "than", "more", "fewer", "less", "who", "which", "while",
    "does", "means", "remains", "seems", "goes", "comes", "takes", "gives", "makes", "shows",
    "puts", "leaves", "represents", "says", "plus", "minus", "ahead", "behind", "over",
    "under", "since", "after", "before", "ago", "earlier", "later", "across", "among",
    "between", "into", "out", "up", "down", "off", "each", "apiece", "so", "yes", "thus",
    "always", "perhaps", "nevertheless",
)  # fmt: skip
# Amounts with no figure: "millions of voters", "thousands of leaflets".
VAGUE_AMOUNTS = ("millions", "thousands", "hundreds", "dozens", "scores", "tens", "billions")
# Words that make a span of time a punishment, not a tenure: "an 18-month jail sentence",
# "jailed for three months".
PUNISHMENT_WORDS = (
    "jail", "jailed", "prison", "imprisoned", "imprisonment", "sentence", "sentenced",
    "custodial", "custody", "suspended sentence", "community order", "banned", "ban",
    "disqualified", "suspension",
)  # fmt: skip
# Words a ranking ordinal may hang on through a superlative ("the fifth richest economy"):
# the superlatives, with "most"/"least" before an adjective.
SUPERLATIVE_HEADS = ("most", "least")
# Stages of a count: "after the first count", "in the third round". (Not "recount": how
# many recounts there were is a claim about the count, if not one the data holds.)
COUNT_STAGES = ("count", "round")
# Units of a span of time written on the number ("three months", "18-month").
SPAN_UNITS = ("day", "days", "week", "weeks", "month", "months", "year", "years")

# Words before a number that make it part of a name: "Radio 4", "Channel 4", "Article 50".
NAME_PREFIXES = (
    "radio", "channel", "article", "section", "clause", "schedule", "chapter", "page",
    "paragraph", "tier", "level", "category", "division", "route", "junction", "platform",
    "terminal", "gate", "room", "flat", "unit", "bbc", "itv", "s4c", "apollo", "formula",
)  # fmt: skip
# Street nouns after a number and a capitalised name: an address ("10 Downing Street").
STREET_NOUNS = (
    "street", "road", "avenue", "lane", "square", "place", "terrace", "crescent", "drive",
    "way", "close", "gardens", "row", "hill",
)  # fmt: skip
# Words before a number that make it an age: "who turned 62", "voters under 25".
AGE_VERBS = ("turned", "turns", "turning", "turn")
AGE_GROUP_NOUNS = ("voters", "people", "those", "adults", "electors", "residents", "anyone")
AGE_GROUP_WORDS = ("under", "over", "aged under", "aged over", "below", "above")

# --- Swing (kinds/swing.py) -------------------------------------------------------------

# Words in a swing's clause before it that make it one needed, imagined or projected,
# not one that happened ("it would take a swing of 3.2%", "if repeated, a uniform swing").
HYPOTHETICAL_SWING_BEFORE = (
    "would", "could", "might", "if", "needed", "needs", "need", "required", "requires",
    "require", "uniform", "repeated", "enough to", "target", "targets",
)  # fmt: skip
# Words after a swing, in its clause, that make it one needed ("the 12% swing needed to
# win", "the 7% swing that would mean ..."); "would" alone after it says what the swing
# that happened would do ("the 19.3% swing would send shivers ...").
HYPOTHETICAL_SWING_AFTER = (
    "needed", "required", "necessary", "that would", "which would", "that could",
    "which could", "to win", "to take", "to gain",
)  # fmt: skip
# Parties reported together in national figures: "the Greens won 6.7%" counts the Scottish
# and Northern Ireland Greens with the Green Party of England and Wales. A national share
# for a party here is also read as its family's.
PARTY_FAMILIES = {
    "green": ("green", "scottish-greens", "green-party-northern-ireland"),
}
# Parties and their forerunners, one line of succession: "four decades of Liberal
# representation" in Berwick runs from the Liberal by-election win of 1973 through the
# Alliance to the Liberal Democrats' defeat in 2015 (kinds/held_since, kinds/years_held).
PARTY_LINEAGES = (("liberal", "sdp-liberal-alliance", "liberal-democrats"),)
# Joint labels parties stood under at some elections, with their members: "the Liberal
# Richard Livsey held Brecon and Radnor by 56 votes" in 1987, when the record lists him as
# the SDP-Liberal Alliance (resolve/subjects.stood_as).
JOINT_LABELS = {
    "sdp-liberal-alliance": ("liberal", "sdp"),
}
# Abbreviations results services print in a table's party column ("C 51.9% (+22.0)", "Grn",
# "Ref"), read only as a whole label cell: too short to trust in prose.
ROW_PARTY_ABBREVIATIONS = {
    "c": "conservative", "grn": "green", "ref": "reform-uk", "bxp": "reform-uk",
    "all": "alliance", "lib": "liberal",
}  # fmt: skip
# Fractions of the vote a share may be given as ("more than a quarter of the vote",
# "almost half the votes cast"), in percent; judged as round figures to the nearest 5.
VOTE_FRACTIONS = {
    "a tenth": 10.0, "a fifth": 20.0, "a quarter": 25.0, "a third": 100 / 3, "half": 50.0,
    "two-thirds": 200 / 3, "two thirds": 200 / 3, "three-quarters": 75.0,
    "three quarters": 75.0,
}  # fmt: skip
# Cities whose seats are named "City District" ("Glasgow Garscadden"): after the full name,
# the district alone names the seat ("Garscadden became one of the safest ...").
CITY_SEAT_PREFIXES = (
    "Glasgow", "Edinburgh", "Aberdeen", "Dundee", "Belfast", "Birmingham", "Manchester",
    "Liverpool", "Leeds", "Sheffield", "Bristol", "Bradford", "Cardiff", "Newcastle",
    "Nottingham", "Leicester", "Coventry", "Hull", "Plymouth", "Southampton", "Portsmouth",
    "Wolverhampton", "Stoke-on-Trent", "Derby", "Salford", "Swansea", "Brighton",
)  # fmt: skip
# Compass and other common last words of seat names, never a seat alone.
SEAT_NAME_COMMON_WORDS = ("north", "south", "east", "west", "central", "city", "inner")
# Superlatives that make "since YEAR" a record's ("the highest turnout in the seat since
# 1992", "Labour's best result here since 1966"), not a hold's.
RECORD_SUPERLATIVES = (
    "highest", "lowest", "best", "worst", "biggest", "largest", "smallest", "strongest",
    "weakest", "greatest", "poorest", "most", "fewest", "record",
)  # fmt: skip
# Superlatives of a margin: "the narrowest majority since ... won Cheadle by 33 votes".
MARGIN_SUPERLATIVES = ("narrowest", "closest", "tightest", "slimmest", "thinnest")
# Modals after a swing brought in by "a" ("a swing of just 0.6% would hand the seat to
# ..."): an indefinite swing with a modal is one imagined; "the swing would ..." is not.
HYPOTHETICAL_SWING_MODALS = ("would", "could", "might", "will", "should")
# --- Seat history: durations, records and ordinal counts (kinds years_held, first_since,
# --- first_ever, streak, position, contest_count, by_election_record) ----------------

# Nouns a party's unbroken hold of a seat goes by: "that 92-year run", "a 50-year reign".
# (A person's "tenure" is not one: that is a member's own time, not a party's hold.)
HOLD_RUN_NOUNS = (
    "run", "reign", "hold", "grip", "rule", "stranglehold", "dominance", "spell", "streak",
    "control", "monopoly",
)  # fmt: skip
# Nouns for a party's time in charge of a seat after "decades of": "decades of Labour control".
HOLD_SPAN_NOUNS = ("control", "rule", "dominance", "representation", "hold", "domination")
# Verbs of taking a seat from its holder: "took the seat from the party after 14 years".
TAKE_VERBS = (
    "took", "take", "takes", "taken", "taking", "seized", "seize", "seizing", "snatched",
    "snatch", "snatching", "gained", "gain", "gaining", "won", "win", "wins", "winning",
    "wrested", "wrest", "captured", "capture", "capturing", "grabbed", "prised", "claimed",
    "claiming",
)  # fmt: skip
# Nouns for a seat's age in "in its 105-year history".
SEAT_AGE_NOUNS = ("history", "existence", "lifetime")
# Words after "first" that make the first a seat's member of a party: "its first ever
# Conservative MP", "the first Labour MP for Hartlepool in 57 years".
MEMBER_NOUNS = ("mp", "member", "member of parliament", "representative")
# Finishing places a candidate "came"/"finished" in: "came third", "finished in second place".
FINISH_VERBS = ("came", "come", "comes", "coming", "finished", "finish", "finishes",
                "finishing", "ended", "ending", "placed", "trailed", "trailing", "was",
                "were")  # fmt: skip
# "pushing the Tories into third place", "relegated Labour to fourth".
PUSH_VERBS = ("pushing", "pushed", "push", "pushes", "relegating", "relegated", "relegate",
              "knocking", "knocked", "forcing", "forced", "beaten", "beat", "beating")  # fmt: skip
# Words for consecutive wins: "his seventh successive victory".
SUCCESSIVE_WORDS = ("successive", "consecutive", "straight", "back-to-back", "in a row")
WIN_NOUNS = ("victory", "victories", "win", "wins", "term", "election win", "election victory")
# Nouns that count wins only after a verb of winning: "held the seat for a third successive time".
WIN_OCCASION_NOUNS = ("time", "election", "general election", "contest", "term")
WIN_VERBS = ("won", "win", "wins", "winning", "held", "hold", "holds", "holding", "retained",
             "retain", "retains", "kept", "keep", "re-elected", "returned", "elected")  # fmt: skip
# --- Results tables and lists (language/tables.py) ---------------------------------------
# A results block is a run of lines (or table rows) each naming a candidate and/or party
# and giving their figures; these lists say how its cells are read.

# Lower-case words that may sit inside a name or party cell ("Workers Party of Britain",
# "Alliance for Green Socialism", "Plaid Cymru - the Party of Wales").
ROW_NAME_CONNECTORS = (
    "of", "for", "the", "and", "de", "van", "von", "der", "da", "le", "la", "y",
    "ap", "ab", "ferch", "del", "di", "du",  # Welsh and other patronymic particles
)  # fmt: skip
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
# --- Tables with one row per seat (language/tables.py, read as claims in kinds/rows.py) ---
# "| Seat | Result | Winner | Majority | Share % | Change | Turnout | Runner-up |": a table
# whose header names a seat column and at least one measure is read one row per seat. Each
# figure cell is a claim of the kind its column's header names, about the row's seat (its
# seat cell, at the contest the article's date and cues give) and, for a candidate's
# measure, the row's winner (its winner cell, else the first party of its result cell).
# Header cells are matched in lower case, spaces collapsed, a bracketed note ("(%)",
# "(votes)") dropped, and a year ("Majority 2015", "GE2017 share") taken out: a measure's
# year names its contest (a change's, the contest it is measured from). A header cell
# matching none of these lists names no measure: its column's figures are not claims.
# The seat column (never "seats": a column of seat counts is a tally, not one seat a row).
SEAT_COLUMN_HEADERS = ("seat", "constituency", "seat name", "constituency name")
# Words before a change's year that make it the contest the change is measured from
# ("Change since 2015", "+/- on 2017"), not the one it was at ("Change 2015").
CHANGE_BASELINE_WORDS = ("since", "from", "on", "vs", "vs.", "versus", "cf", "compared with",
                         "compared to", "against")  # fmt: skip
# The row's contest, when the table lists several: a year or a date ("2021", "1 July 2021").
WHEN_COLUMN_HEADERS = ("year", "date", "election", "election date", "polling day", "contest")
# The row's winner: a candidate's name.
WINNER_COLUMN_HEADERS = (
    "winner", "winning candidate", "mp", "new mp", "mp elected", "elected", "elected mp",
    "member", "victor",
    # In a table of candidates ("| Seat | Candidate | Party | Votes |", "| Leader |
    # Constituency | Votes |"), the row's own: its figures are theirs, won or lost.
    "candidate", "name", "leader", "mp or candidate",
)  # fmt: skip
# The row's outcome, whose first party is the winner's: "Lab gain from Con", "Con hold".
RESULT_COLUMN_HEADERS = ("result", "outcome", "gain/hold", "hold/gain", "status", "verdict")
# The winner's party.
PARTY_COLUMN_HEADERS = ("party", "winning party", "winner's party", "won by", "gained by")
# The runner-up ("Byron Davies (Con)"): their party is named, but no figure of the row is theirs
# unless its header says so ("Runner-up votes").
RUNNER_UP_COLUMN_HEADERS = (
    "runner-up", "runner up", "runners-up", "second", "second place", "2nd", "2nd place",
)  # fmt: skip
# The measure a header names: the claim kind its column's figures are read as ("majority_share":
# a majority in per cent of the valid vote). A share,
# change, vote count or swing is the winner's (or the party's or runner-up's a header
# prefix names); a majority, turnout or electorate is the seat's.
SEAT_MEASURE_HEADERS: dict[str, str] = {
    "majority": "majority", "maj": "majority", "maj.": "majority", "margin": "majority",
    # A majority as a share of the valid vote (a bare "7.1" in it is per cent).
    "maj %": "majority_share", "majority %": "majority_share", "% majority": "majority_share",
    "maj%": "majority_share", "majority%": "majority_share",
    "share": "share", "share %": "share", "% share": "share", "vote share": "share",
    "%": "share", "vote %": "share", "votes %": "share", "share of vote": "share",
    "share of the vote": "share", "% of vote": "share", "% of votes": "share", "pct": "share",
    "change": "share_change", "chg": "share_change", "chg.": "share_change", "+/-": "share_change",
    "+/–": "share_change", "+/−": "share_change", "±": "share_change", "±%": "share_change",
    "+/-%": "share_change", "+/- %": "share_change", "change %": "share_change",
    "% change": "share_change", "share change": "share_change", "change in share": "share_change",
    "pts change": "share_change",
    "turnout": "turnout", "turnout %": "turnout", "turn-out": "turnout", "% turnout": "turnout",
    "votes": "votes", "vote": "votes",
    "swing": "swing", "swing %": "swing", "% swing": "swing",
    "electorate": "electorate", "electors": "electorate", "registered voters": "electorate",
}  # fmt: skip
# A header prefix naming whose measure a column gives ("Lab %", "Con votes", "Winner's
# share", "Runner-up votes"); a party word alone ("Lab", "Con") heads a column of that
# party's figures, each read by its shape (a share, a signed change, a count). Party words
# are mapped to parties by the reference (and ROW_PARTY_ABBREVIATIONS); these are only
# the words a header is taken to name a party by.
SEAT_HEADER_PARTY_WORDS = (
    "lab", "labour", "con", "cons", "conservative", "conservatives", "tory", "tories", "ld",
    "lib dem", "lib dems", "libdem", "snp", "pc", "plaid", "grn", "green", "greens",
    "ukip", "ref", "reform", "bxp", "brexit", "sf", "dup", "sdlp", "uup", "alliance", "ind",
)  # fmt: skip
SEAT_HEADER_WINNER_WORDS = ("winner", "winner's", "winning", "mp's", "mp")
SEAT_HEADER_RUNNER_UP_WORDS = ("runner-up", "runner-up's", "runner up", "second", "2nd")
# The words of a result cell after the winner's party ("Lab gain from Con", "SNP hold",
# "Con GAIN"): the party before them won; one after "from" lost the seat to it.
RESULT_CELL_WORDS = (
    "gain", "gains", "gained", "hold", "holds", "held", "win", "wins", "won", "regain",
    "regains", "retain", "retains", "retained", "take", "takes", "took", "gn",
)  # fmt: skip
# ... those that say the seat was held (the party before them held it before too).
RESULT_CELL_HELD_WORDS = ("hold", "holds", "held", "retain", "retains", "retained")
# Words in a seat table's heading that make it a list of targets: a swing in it is the one
# needed to take the seat, not read (its majorities and shares are the last results).
SEAT_TABLE_TARGET_WORDS = (
    "target", "targets", "needed", "required", "need", "needs", "to gain", "to win",
    "battleground", "battlegrounds", "in play", "hit list", "would fall", "could fall",
)  # fmt: skip
# A seat cell that sums the table up: its row is no one seat's and is not read.
SEAT_TABLE_SUMMARY_ROWS = ("total", "totals", "overall", "average", "mean", "median", "all seats")
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


# --- Numbers that belong to a claim whose figure is elsewhere in the clause -------------
# "the first time in almost 90 years", "its first by-election gain since 2012": the
# ordinal heads a history claim read on the later figure, so it is that claim's word, not a
# number left unread (exclusions.dispose gives it the reason `part_of_claim`).
CLAIM_HEAD_WORDS = ("first", "last")
# The kinds such a word can head.
HISTORY_KINDS = ("first_since", "first_ever", "years_since", "held_since", "years_held",
                 "created", "by_election_record", "streak")  # fmt: skip

# --- Numbers that name a time, a petition or a ranked thing, not a result ---------------
# "two years ago", "six weeks ago": a time reference, disposed as a date.
AGO_UNITS = ("year", "years", "month", "months", "week", "weeks", "day", "days")
# The count's own mechanics after a figure on its line: "148 ballot papers rejected",
# "27,000 postal votes issued", "96 ballot boxes" (kinds/base.py: not a result).
COUNT_MECHANICS_NOUNS = ("papers", "ballot papers", "postal votes", "postal ballots",
                         "proxy votes", "spoilt ballots", "ballot boxes")  # fmt: skip
# Part of a count being sorted: "a bundle of 100 votes for Ms Riches".
COUNT_PART_NOUNS = ("bundle", "bundles", "batch", "batches", "tray", "trays")
# A turnout of part of a seat's electorate: "Turnout among postal voters was 84 per cent",
# "Postal turnout: 84.6%", "Turnout at the St Andrews polling station was 54 per cent",
# "Turnout at polling stations was 38.2 per cent, with a further 16.9 per cent voting by
# post": no record holds it (kinds/turnout.py).
TURNOUT_PART_WORDS = ("postal", "by post", "polling station", "polling stations",
                      "in person", "in-person", "ward", "wards")  # fmt: skip
# "nearly 20% of voters signed a recall petition": signatures, not votes. A recall
# petition's figures (signatures, its register, its "turnout", a shortfall) are in no record:
# a figure whose clause holds one of these is the petition's ("11,896 electors signed the
# recall petition", "the petition fell short by 444 votes"), unless the clause names an
# election ("the first by-election caused by a recall petition", "an election petition").
PETITION_WORDS = ("petition", "petitions", "signed", "signatures", "signatories",
                  "entitled to sign", "eligible to sign")  # fmt: skip
# The nouns an ordinal can rank that make it an election record ("the first woman to win
# the seat", "a second term"), beyond RESULT_NOUNS and PERSON_NOUNS: an ordinal before any
# other single noun ("a third runway", "her second child") ranks something else.
ORDINAL_RECORD_NOUNS = ("woman", "women", "man", "person", "female", "male", "black",
                        "ever", "non", "successive", "consecutive", "straight", "round",
                        "preference", "reading", "ballot", "stage", "attempt", "go", "bid",
                        "tilt", "run", "spell", "stint", "gain", "hold", "loss", "party",
                        "government", "parliament", "minority", "coalition",
                        "majority")  # fmt: skip

# --- By-election reports (probe-by) -------------------------------------------------
# What a report calls the person it has just named, opening the next sentence ("The
# solicitor polled 16,346 votes", "The 26-year-old took 46.7%"): like "He"/"She", the
# sentence is about the last sentence's subject. Only words for a person's calling: a
# party word or a rank ("the winner", "the runner-up") names someone else and is read
# elsewhere.
BACK_REFERENCE_NOUNS = (
    "solicitor", "barrister", "lawyer", "councillor", "teacher", "headteacher", "doctor",
    "GP", "nurse", "businessman", "businesswoman", "campaigner", "activist", "newcomer",
    "mayor", "journalist", "broadcaster", "academic", "economist", "farmer", "father",
    "mother", "grandfather", "grandmother", "veteran", "actress", "actor", "author",
    "writer", "scientist", "engineer", "entrepreneur", "trade unionist",
)  # fmt: skip

# --- probe-ge (issue 8): general-election results-night reports ------------------------
# Verbs after "N votes" that make the count a gap between two sides, not anyone's votes
# ("Just 974 votes separate first and third", "only 92 votes split the top two").
COUNT_GAP_VERBS = ("separate", "separated", "separating", "separates", "split", "splits",
                   "divided", "divide", "divides", "between")  # fmt: skip
# Verbs by which a party's vote moves to a share ("the Liberal Democrat vote collapsed to
# 1.3%"): the figure after "to" is the party's share.
SHARE_MOVE_VERBS = ("collapsed", "fell", "dropped", "slumped", "slipped", "sank", "plunged",
                    "crashed", "rose", "climbed", "jumped", "surged", "soared", "grew",
                    "increased", "decreased", "shrank", "tumbled")  # fmt: skip

# --- Forenames and their familiar forms ------------------------------------------------
# A report may name a candidate by the familiar form of a forename the official result
# spells in full ("Sue Hayman" for "Susan Hayman"). Used only to pick between one
# contest's own candidates with the same surname (resolve/subjects._near_spelling).
FAMILIAR_FORENAMES = {
    "sue": ("susan", "suzanne"), "andy": ("andrew",), "bill": ("william",),
    "will": ("william",), "bob": ("robert",), "rob": ("robert",), "dick": ("richard",),
    "jim": ("james",), "jimmy": ("james",), "ted": ("edward",), "ned": ("edward",),
    "jack": ("john",), "johnny": ("john", "jonathan"), "tony": ("anthony", "antony"),
    "mike": ("michael",), "mick": ("michael",), "chris": ("christopher", "christine",
    "christina"), "kate": ("katherine", "catherine", "kathryn"), "cathy": ("catherine",),
    "liz": ("elizabeth",), "beth": ("elizabeth", "bethany"), "betty": ("elizabeth",),
    "peggy": ("margaret",), "maggie": ("margaret",), "meg": ("margaret",),
    "jenny": ("jennifer",), "jo": ("joanne", "joanna", "josephine"), "nick": ("nicholas",),
    "dave": ("david",), "steve": ("stephen", "steven"), "pat": ("patrick", "patricia"),
    "tom": ("thomas",), "tim": ("timothy",), "ben": ("benjamin",), "dan": ("daniel",),
    "sam": ("samuel", "samantha"), "alex": ("alexander", "alexandra"), "greg": ("gregory",),
    "harry": ("henry", "harold"), "jeff": ("jeffrey", "geoffrey"), "matt": ("matthew",),
    "pete": ("peter",), "phil": ("philip", "phillip"), "ros": ("rosalind", "rosamund"),
    "ray": ("raymond",), "ken": ("kenneth",), "len": ("leonard",), "ron": ("ronald",),
    "sandy": ("alexander", "sandra"), "terry": ("terence",), "vince": ("vincent",),
    "wendy": ("gwendolyn",), "di": ("diana", "diane"), "bernie": ("bernard",),
}  # fmt: skip

# --- probe-old (issue 8): old-style reports ------------------------------------------
# The word after "N years" that makes it a time reference, not a figure: "the majority five
# years ago was 4,307", "two months earlier". Not "before": "held the city for 23 years
# before their defeat" is a length of hold.
AGO_WORDS = ("ago", "earlier", "previously")

# --- Seats named without their city ----------------------------------------------------
# "Hodge Hill" is read as Birmingham Hodge Hill; a seat whose name starts with one of these
# words ("North East Bedfordshire", "St Albans") has no city to drop, and a rest that starts
# with one ("Leeds North West", "Ealing Central and Acton") names no seat on its own.
SEAT_COMPASS_WORDS = ("North", "South", "East", "West", "Central", "Inner", "Outer",
                      "Mid", "Upper", "Lower", "City", "St", "The", "Great", "Old", "New",
                      "Royal", "Isle", "County")  # fmt: skip

# The rest of a city seat's name that is also an ordinary word, a country or a person's
# name, so never read alone as the seat ("Kemptown" is Brighton Kemptown, "Park" is not
# Sheffield Park): see `_seat_phrases` in resolve/context.py.
ORDINARY_SEAT_TAILS = ("Park", "Test", "Exchange", "Scotland", "Victoria", "Falls",
                       "Harbour", "Riverside", "Drake", "Sutton", "Abbey", "Green", "Heath",
                       "Stoke", "Valley", "Coastal", "University", "Chase", "Forest",
                       "Walton", "Clayton", "Aston", "Kelvin", "Everton", "Fairfield",
                       "Woodside", "Hillsborough", "Moseley", "Garston", "Cathcart",
                       "Dales", "Tydfil", "Keynes", "Chatham", "Platting")  # fmt: skip

# --- A past figure's own predicate (probe-nat) ------------------------------------------
# Verbs that make a noun phrase carrying a past election ("the Conservative majority of
# 20,137 at the last general election") the subject of its own clause: "was wiped out",
# "had been". A clause hung on after such a predicate ("..., with the Labour share up
# 21.4 points") belongs to the sentence's own contest, not to the election in the phrase.
PAST_FIGURE_PREDICATE_VERBS = ("was", "were", "had", "has", "have", "is", "are",
                               "vanished", "disappeared", "evaporated", "collapsed",
                               "crumbled", "melted")  # fmt: skip
# Predicates after a majority that tell of its wearing away over time: "How Bolsover's
# 27,000 majority melted away". Which earlier contest it was won at, the text does not say
# (kinds/majority).
MAJORITY_WORN_AWAY_PREDICATES = ("melted away", "melted", "melting away", "evaporated",
                                 "crumbled", "dwindled away", "withered", "eroded",
                                 "was eroded", "was whittled away", "ebbed away",
                                 "has vanished", "vanished")  # fmt: skip
# A majority said to be overturned after its figure ("a 16,570 majority could not be
# overturned", "a 12,000 majority was wiped out"): also the majority of a contest before.
MAJORITY_OVERTURNED_PREDICATES = ("could not be overturned", "couldn't be overturned",
                                  "cannot be overturned", "can't be overturned",
                                  "could never be overturned", "was overturned",
                                  "had been overturned", "has been overturned",
                                  "was wiped out", "was overcome", "was swept away")  # fmt: skip
# Verbs that take "on" as their particle ("held on in 2010 by 2,184 votes", "clung on"):
# the "on" after them is no baseline ("up 9 points on 2005") (resolve/context).
ON_PARTICLE_VERBS = ("held", "hold", "holds", "holding", "clung", "cling", "clings",
                     "clinging", "hung", "hang", "hangs", "hanging")  # fmt: skip
# Words naming a person by their tie to another, before "of": "The sister of the murdered
# MP Jo Cox polled 13,296 votes" (the person after "of" is not the subject); after a
# possessive: "his son kept the seat with 46.4%" (not his share).
KINSHIP_WORDS = ("sister", "brother", "wife", "husband", "widow", "widower", "son",
                 "daughter", "mother", "father", "niece", "nephew", "cousin", "grandson",
                 "granddaughter", "aide", "protégé", "protege")  # fmt: skip
# Parts of a place, before "of": "the southern townships of Peterborough" describes
# another seat's area, and names no seat (resolve/context).
PLACE_PART_NOUNS = ("township", "townships", "suburb", "suburbs", "part", "parts", "village",
                    "villages", "outskirts", "edge", "edges", "ward", "wards", "estate",
                    "estates", "fringe", "fringes", "hinterland")  # fmt: skip
# Words before a party that make it the side compared with, not the subject: "2.2 points
# behind Labour", "more than the Liberal Democrats' 12.2%", "within touching distance of
# Labour in votes" (resolve/subjects._not_compared).
COMPARED_SIDE_WORDS = ("behind", "ahead of", "than", "in front of", "trailing", "distance of",
                       "close to", "short of", "level with", "neck and neck with")  # fmt: skip
# Nouns that head an aside naming a seat after a comma ("..., a seat he had held with a
# majority of 10,420 in 2010, polling 19,295 votes"): an election named inside the aside
# does not reach the figures after it (resolve/context._in_closed_aside).
ASIDE_HEAD_NOUNS = ("seat", "constituency", "stronghold", "marginal",
                    "town", "city", "division")  # fmt: skip
# Past participles that open such an aside with a preposition after them ("The
# Conservatives recaptured the Vale of Glamorgan, lost to Labour at a 1989 by-election, by
# just 19 votes"): the aside's election is not the main clause's.
ASIDE_PARTICIPLES = ("lost", "won", "held", "taken", "gained", "captured", "seized",
                     "snatched", "regained", "retaken")  # fmt: skip
# Participles of a member's career that open an aside after a name ("Matt Warman, the
# Conservative MP first elected here in 2015, who polled 13,510"): the aside's year is
# the career's, not the figure's after it.
CAREER_ASIDE_PARTICIPLES = ("elected", "returned", "selected", "re-elected")


# Words that open an aside after a comma before a seat's name: a relative clause ("Paul
# Williams, who lost Stockton South ...") or, for a seat abolished by the article's date,
# an apposition too ("Mr Holden, the member for North West Durham ..."). A seat in such an
# aside closed before the figure is about the person (resolve/context.seat_for).
RELATIVE_OPENERS = ("who", "whose", "which", "where")
APPOSITION_OPENERS = ("a", "an", "the")
# Words opening a relative aside whose person is not the sentence's subject ("Esher and
# Walton, where Dominic Raab held on in 2019, fell to ... Monica Harding. She took 52.6%":
# resolve/anaphora).
RELATIVE_ASIDE_OPENERS = ("where", "which", "whose", "when")
# Words after a figure that set it against another's, whose area words are that other
# figure's ("Turnout of 60.6% compares with a national figure of 67.3%": resolve/subjects).
SET_AGAINST_WORDS = ("compares with", "compares to", "compare with", "compared with",
                     "compared to", "below", "above", "higher than", "lower than",
                     "better than", "worse than")  # fmt: skip
# A party's loss after its name in a record's clause ("the first time the Conservatives
# have lost the seat since 1923": kinds/records).
LOSS_VERBS = ("lost", "failed to win", "failed to hold", "not won", "not held")


# --- Probe-nations (issue 8): phrases that date a figure to the previous contest ---------
# "her majority last time was 875", "his majority at the last election was 5,259": a time
# phrase between a noun and its verb, read by majority's frame as the contest, not a figure.
LAST_TIME_PHRASES = (
    "last time",
    "last time round",
    "last time out",
    "at the last election",
    "at the last general election",
    "in the last election",
    "at the previous election",
)

# --- Results-night seat tallies ----------------------------------------------------------
# Words that make a seat total the final one ("Labour won 411 seats in all", a list headed
# "The new House of Commons"): on the day after polling a total without them, in its
# sentence or just above it, may be a tally before every seat declared.
FINAL_TALLY_WORDS = ("in all", "in total", "final", "finally", "overall", "all told",
                     "when all", "once all", "every seat", "new house of commons",
                     "new commons", "new parliament", "state of the parties")  # fmt: skip
# Words that make a figure a tally taken while counting went on, not the declared result
# ("with 600 of 650 seats declared", "results so far"; a bare "so far" is too often a
# record, "its best showing so far"); see also the pattern "N of N declared" in
# resolve/subjects.is_interim_tally. Seat totals have their own rule (a party's total only
# grows as seats declare: kinds/base.results_night_tally).
PARTIAL_TALLY_WORDS = ("seats so far", "results so far", "declared so far", "counted so far",
                       "so far declared", "so far counted", "still to declare", "yet to declare",
                       "left to declare",
                       "as counting continued", "as counting continues", "at this stage",
                       "with counting still", "still being counted",
                       "with results still")  # fmt: skip

# --- Anaphora: who "he"/"her" stands for, which election "that year" means ---------------
# The gender a personal pronoun fixes: "she"/"her" cannot stand for a person the article
# calls Mr, Sir or Lord (resolve/subjects.pronoun_person).
PRONOUN_GENDERS = {
    "he": "m", "him": "m", "his": "m", "himself": "m",
    "she": "f", "her": "f", "hers": "f", "herself": "f",
}  # fmt: skip
# Pronouns that may open a sentence as its subject, taking up a measure or a person named
# before ("It rose to 52.6% in 2017"): no party's name (kinds/share).
SUBJECT_PRONOUNS = ("It", "They", "This", "That", "He", "She", "We")
# The gender a title before a name fixes. The reference data holds no one's gender (its
# candidates and leaders carry none), so a title in the text is the only evidence; an
# untitled name ("Stephen Lloyd") may be anyone's referent. (Dr, Professor, Cllr: either.)
TITLE_GENDERS = {
    "mr": "m", "sir": "m", "lord": "m",
    "mrs": "f", "ms": "f", "miss": "f", "dame": "f", "baroness": "f", "lady": "f",
}  # fmt: skip
# Phrases that point back to the time (the election) the text named just before: "his
# majority shrank to 2,615 that year", "Her majority that night was 1,252", "at that
# election" (resolve/context.ArticleContext.election_choice).
ANAPHORIC_TIME_PHRASES = (
    "that year", "the same year", "that same year", "that night", "the same night",
    "that day", "the same day",
    "that election", "that general election", "that contest", "that poll",
    # "Turnout that February was 82.6%": the month of the time named just before
    "that January", "that February", "that March", "that April", "that May", "that June",
    "that July", "that August", "that September", "that October", "that November",
    "that December",
    "that by-election", "the same election", "the same general election",
    "the same contest", "the same poll",
)  # fmt: skip
# Words that link the steps of a progression of figures: "her share climbed from 41.8% in
# 2015 to 52.3% and then 57.2%" (a step between two others is the contest between them).
PROGRESSION_STEP_WORDS = ("to", "then", "and then", "then to", "and then to", "and later",
                          "and finally", "and again to")  # fmt: skip

# --- Nations: a figure framed by one is that nation's (resolve/subjects.nation_of) -------
# The UK's nations as articles name them, and the reference's id (`constituencies.nation`).
NATION_NAMES = {
    "Scotland": "scotland",
    "Wales": "wales",
    "England": "england",
    "Northern Ireland": "northern-ireland",
}
# Areas inside a nation that the record does not total (it holds seats and nations): a
# figure framed by one ("In the capital Labour won 59 of the 75 seats, on about 43% of the
# vote", "The South West was the party's best region. It won 22 seats there") is the
# area's, not the UK's nor a seat's (resolve/subjects.region_of).
REGION_NAMES = (
    "London", "the capital", "Greater London", "the North East", "North East England",
    "the North West", "North West England", "Yorkshire", "Yorkshire and the Humber",
    "the East Midlands", "the West Midlands", "the Midlands", "the East of England",
    "East Anglia", "the South East", "South East England", "the South West",
    "South West England", "the region", "the Home Counties", "the Red Wall", "the red wall",
)  # fmt: skip
# Phrases that name a nation as a figure's area without its name (in UK reports "north of
# the border" is Scotland).
NATION_PHRASES = {"north of the border": "scotland"}
NATION_ADJECTIVES = {
    "Scottish": "scotland",
    "Welsh": "wales",
    "English": "england",
    "Northern Irish": "northern-ireland",
}
# Words before a nation's name that make it the area of a figure ("turnout across
# Scotland", "Labour's share in Wales", "throughout Northern Ireland").
NATION_PREPOSITIONS = ("across", "in", "throughout", "all over", "all across")
# Words before a nation's name that make it a region, not the nation ("North Wales",
# "South West England", "New South Wales").
NATION_REGION_WORDS = ("north", "south", "east", "west", "mid", "central", "new")
# Nouns a nation's adjective or possessive frames as its own figure ("Scottish turnout",
# "the 40 Welsh seats", "Scotland's 59 seats", "Wales's voters", "Their Welsh share").
NATION_MEASURE_NOUNS = (
    "turnout", "turn-out", "seats", "constituencies", "MPs", "vote", "votes", "voters",
    "electorate", "electors", "poll", "share", "shares",
)  # fmt: skip
# What opens the later clause of a comparison, whose figure shares the area of the clause
# before it ("Turnout across Wales was 66.6%, down from 68.6% two years ago").
COMPARISON_OPENERS = (
    "up from", "down from", "from", "compared with", "compared to", "against", "as against",
    "a fall from", "a rise from", "a drop from",
    # ("Turnout across the UK was 59.7 per cent, low by any standard but above the 59.4 per
    # cent of 2001": the figure it is set against shares its frame)
    "above", "below", "higher than", "lower than",
)  # fmt: skip
