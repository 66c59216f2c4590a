"""Resolution: which seat, election and party a claim is about."""

import datetime as dt

from factcheck.claims import DocumentInfo
from factcheck.resolve.context import ArticleContext


def seats(text, reference, date=None):
    return [m.id for m in ArticleContext(text, reference, DocumentInfo(date=date)).seat_mentions]


def test_exact_names_aliases_and_press_shortenings(reference):
    assert seats("Stoke Central and Copeland", reference) == ["stoke-on-trent-central", "copeland"]


def test_a_misspelt_seat_where_a_seat_must_be_is_matched_fuzzily(reference):
    assert seats("Polls closed in the Hartlepol by-election.", reference) == ["hartlepool"]


def test_fuzzy_matching_refuses_a_name_close_to_several_seats(reference):
    # "Manchester" is close to many Manchester seats and exactly none: no guess.
    assert seats("Polls closed in the Manchester by-election.", reference) == []


def test_region_and_city_names_are_not_seats(reference):
    assert seats("The swing was the largest in London and across Scotland.", reference) == []


def test_a_long_abolished_seat_is_not_the_subject(reference):
    assert seats("Voters in Glasgow went to the polls.", reference, dt.date(2015, 5, 8)) == []


def test_a_person_named_like_a_seat_is_not_a_seat(reference):
    assert seats("Gordon Brown spoke at the rally.", reference) == []


def test_the_article_date_is_inferred_from_serving_leaders(reference):
    text = "Labour leader Keir Starmer visited Hartlepool before the by-election."
    context = ArticleContext(text, reference, DocumentInfo())
    assert context.focus["hartlepool"].date == dt.date(2021, 5, 6)


def test_an_undated_article_takes_the_contest_its_candidates_shared(reference):
    text = "Caroline Lucas beat Nancy Platts in Brighton Pavilion."
    context = ArticleContext(text, reference, DocumentInfo())
    assert context.focus["brighton-pavilion"].date.year == 2010


def test_an_election_named_as_a_comparison_is_not_the_contest(reference):
    text = "Copeland by-election: the Tory share was up 8.5 points on the 2015 general election."
    context = ArticleContext(text, reference, DocumentInfo(date=dt.date(2017, 2, 24)))
    election, _ = context.election_for("copeland", text.index("8.5"))
    assert election.kind == "by-election"


def test_a_one_letter_slip_in_a_source_name_still_matches():
    from factcheck.resolve.context import one_slip_apart

    assert one_slip_apart("Walting", "Watling")  # a swap
    assert one_slip_apart("Harrison", "Harrisen")  # a wrong letter
    assert not one_slip_apart("Brown", "Green")
    assert not one_slip_apart("Cox", "Fox")  # too short to guess
