"""HTML: visible text only, entities decoded, every character mapped back to the source."""

from __future__ import annotations

import datetime as dt

from factcheck.read.document import document_from_text

PAGE = """<!doctype html>
<html><head><title>Title 99 votes</title>
<meta name="date" content="2017-02-24T09:00:00Z">
<style>p { margin: 0 }</style></head>
<body>
<h1>Copeland   by-election</h1>
<p>Trudy Harrison won 13,748&nbsp;votes &amp; a majority
of 2,147 &#8211; &pound;5 in AT&T money.</p>
<script>var votes = "1,000 votes";</script>
<!-- factcheck: ignore -->
<table><tr><th>Party</th><td>Votes</td></tr><tr><td>Con</td><td>13,748</td></tr></table>
<pre>CODE 12 votes</pre>
<p>Line one<br>line two</p>
</body></html>
"""


def html(source: str = PAGE):
    return document_from_text(source, "page.html", format="html")


def test_visible_text_only():
    text = html().text
    assert "Title" not in text
    assert "margin" not in text
    assert "1,000" not in text
    assert "Copeland by-election" in text


def test_blocks_are_paragraphs_and_whitespace_collapses():
    text = html().text
    assert text.startswith(
        "Copeland by-election\n\nTrudy Harrison won 13,748 votes & a majority of"
    )
    assert "Line one\nline two" in text
    assert "Con\t13,748" in text


def test_entities_are_decoded():
    text = html().text
    assert "2,147 – £5 in AT&T money." in text


def test_every_character_maps_to_the_source():
    doc = html()
    assert len(doc.offsets) == len(doc.text)
    assert doc.offsets == sorted(doc.offsets)
    for needle in ("13,748", "2,147", "Harrison", "line two"):
        i = doc.text.index(needle)
        at = doc.source_offset(i)
        assert PAGE[at : at + len(needle)] == needle
    # A decoded entity points at its ampersand.
    assert PAGE[doc.source_offset(doc.text.index("£")) :].startswith("&pound;")
    assert PAGE[doc.source_offset(doc.text.index("–")) :].startswith("&#8211;")


def test_line_and_column_point_into_the_html_file():
    doc = html()
    line, column = doc.line_column(doc.text.index("2,147"))
    assert PAGE.split("\n")[line - 1][column - 1 :].startswith("2,147")


def test_meta_date_and_election():
    doc = html()
    assert doc.info.date == dt.date(2017, 2, 24)
    page = (
        '<meta property="article:published_time" content="2019-12-13">'
        '<meta name="election" content="ge-2019">'
    )
    doc = html(page + "<p>x</p>")
    assert doc.info.date == dt.date(2019, 12, 13)
    assert doc.info.election_hint == "ge-2019"


def test_time_element_gives_the_date_when_no_meta():
    doc = html('<p>Polling day was <time datetime="2017-02-23">Thursday</time></p>')
    assert doc.info.date == dt.date(2017, 2, 23)
    doc = html(
        '<p><time datetime="2017-02-23">Thursday</time></p>'
        '<footer><time pubdate datetime="2017-02-25">Sat</time></footer>'
    )
    assert doc.info.date == dt.date(2017, 2, 25)


def test_pre_is_kept_but_skipped():
    doc = html()
    assert doc.is_skipped(doc.text.index("CODE"))
    assert not doc.is_skipped(doc.text.index("Harrison"))


def test_comments_are_kept_with_source_positions():
    doc = html()
    ((at, body),) = doc.comments
    assert body.strip() == "factcheck: ignore"
    assert PAGE[at:].startswith("<!--")


def test_head_without_closing_tag_ends_at_the_first_body_element():
    doc = html("<html><head><title>T</title><p>Body 12 votes</p>")
    assert doc.text == "Body 12 votes"


def test_fragment_without_html_or_body():
    doc = html("Intro <b>12</b> votes<p>Next</p>")
    assert doc.text == "Intro 12 votes\n\nNext"


# --- page furniture: navigation, asides, captions and credits, footers ------------------

FURNITURE = """<html><body>
<nav><a href="/">Home</a> <a href="/2019">2019 results</a> <ul><li>Top 10</li></ul></nav>
<article>
<p>Trudy Harrison won 13,748 votes.</p>
<figure><img src="count.jpg"><figcaption>The count at 2am. Photo: A Snapper/Agency 2017
</figcaption></figure>
<aside><h2>Related</h2><p>Turnout fell to 51.3% in 2015 <time datetime="2015-05-08">then</time></p>
</aside>
<p>A majority of 2,147.</p>
</article>
<footer>&copy; 2017 The Courier. <time datetime="2017-02-24" pubdate>24 February</time></footer>
</body></html>
"""


def test_navigation_asides_captions_and_footers_are_left_out():
    doc = html(FURNITURE)
    assert doc.text == "Trudy Harrison won 13,748 votes.\n\nA majority of 2,147."
    at = doc.source_offset(doc.text.index("2,147"))
    assert FURNITURE[at : at + 5] == "2,147"


def test_a_publication_time_in_the_footer_still_dates_the_page_but_an_aside_s_does_not():
    assert html(FURNITURE).info.date == dt.date(2017, 2, 24)
    aside_only = FURNITURE.replace(" pubdate", "")
    assert html(aside_only).info.date is None


def test_an_unclosed_aside_ends_with_the_element_around_it():
    page = "<div><p>Before 12 votes.</p><aside><p>Related 99</div><p>After 13 votes.</p>"
    assert html(page).text == "Before 12 votes.\n\nAfter 13 votes."


def test_stray_end_tags_close_nothing():
    page = "<p>One 12</span></aside></nav><p>Two 13</p>"
    assert html(page).text == "One 12\n\nTwo 13"


def test_a_definition_list_gives_each_term_and_its_value_on_one_line():
    page = (
        "<body><dl>\n<dt>Majority</dt>\n<dd>420</dd>\n<dt>Turnout</dt><dd>66.9%</dd></dl>"
        "<p>After.</p></body>"
    )
    doc = html(page)
    assert doc.text.startswith("Majority: 420\n\nTurnout: 66.9%\n\nAfter.")
    # The joining colon is no character of the page: it maps to where the value starts.
    assert doc.offsets == sorted(doc.offsets)
    at = doc.source_offset(doc.text.index("420"))
    assert page[at : at + 3] == "420"
