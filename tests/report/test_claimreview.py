"""`--format claimreview`: schema.org ClaimReview JSON-LD, one per checked claim."""

from __future__ import annotations

import json

from factcheck.claims import Verdict
from factcheck.report import claimreview


def reviews(reports, documents=None, publisher=None) -> list[dict]:
    return json.loads(claimreview.render(reports, documents, publisher))


def test_one_review_per_shown_claim_with_the_schema_org_keys(reports, documents):
    found = reviews(reports, documents)
    assert len(found) == sum(not f.suppressed for f in reports[0].findings)
    for review in found:
        assert review["@context"] == "https://schema.org"
        assert review["@type"] == "ClaimReview"
        assert review["author"] == {"@type": "Organization", "name": "factcheck"}
        assert review["reviewRating"]["@type"] == "Rating"
        assert review["itemReviewed"]["@type"] == "Claim"
        assert review["itemReviewed"]["appearance"]["url"] == "drafts/copeland.txt"


def test_claim_in_its_sentence_rated_with_the_verdict_and_reason(reports, documents):
    review = reviews(reports, documents)[1]
    assert review["claimReviewed"] == (
        "Trudy Harrison won with 13,748 votes, a majority of 2,417 over Labour."
    )
    assert review["reviewRating"]["alternateName"] == "False"
    assert review["reviewRating"]["ratingExplanation"] == "official majority: 2,147"
    assert "claimed: 2,417; official: 2,147" in review["description"]


def test_dates_come_from_the_article_when_known(reports, documents):
    review = reviews(reports, documents)[0]
    assert review["datePublished"] == "2017-02-24"
    assert review["itemReviewed"]["datePublished"] == "2017-02-24"
    without = reviews(reports)[0]
    assert "datePublished" not in without and "datePublished" not in without["itemReviewed"]


def test_without_the_article_the_claim_text_alone(reports):
    assert reviews(reports)[0]["claimReviewed"] == "13,748 votes"


def test_safe_to_paste_into_a_script_element(reports, documents):
    text = claimreview.render(reports, documents)
    assert "</script>" not in text and "<script>" not in text
    assert "<script>alert(1)</script>" in json.loads(text)[2]["claimReviewed"]


def test_ratings_are_named_as_a_reader_says_them(reports, documents):
    names = {r["reviewRating"]["alternateName"] for r in reviews(reports, documents)}
    assert names == {"True", "Mostly true", "False", "Unverified"}
    assert claimreview.RATING_NAMES.keys() == set(Verdict)


def test_the_reviewed_url_and_the_publishing_organisation(reports, documents):
    publisher = claimreview.Publisher(
        url="https://news.example.org/politics/copeland",
        organisation="Example News",
        organisation_url="https://news.example.org",
    )
    for review in reviews(reports, documents, publisher):
        assert review["url"] == "https://news.example.org/politics/copeland"
        assert review["itemReviewed"]["appearance"]["url"] == review["url"]
        assert review["author"] == {
            "@type": "Organization",
            "name": "Example News",
            "url": "https://news.example.org",
        }


def test_a_url_template_names_each_file(reports, documents):
    publisher = claimreview.Publisher(url="https://example.org/{stem}?from={path}")
    review = reviews(reports, documents, publisher)[0]
    assert review["url"] == "https://example.org/copeland?from=drafts/copeland.txt"


def test_without_a_url_the_review_has_none_and_the_claim_appears_at_the_path(reports):
    review = reviews(reports)[0]
    assert "url" not in review
    assert review["itemReviewed"]["appearance"]["url"] == "drafts/copeland.txt"
