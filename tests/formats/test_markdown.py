"""Markdown: code blocks and comments hold no claims; lists are not code."""

from __future__ import annotations

import pytest

from factcheck.read.document import document_from_text


def skipped_words(text: str) -> set[str]:
    doc = document_from_text(text, "a.md", format="markdown")
    return {w for w in ("CODE", "TEXT", "NOTE") for i in _all(text, w) if doc.is_skipped(i)}


def _all(text: str, word: str) -> list[int]:
    out, at = [], text.find(word)
    while at >= 0:
        out.append(at)
        at = text.find(word, at + 1)
    return out


def test_fenced_code_is_skipped():
    text = "TEXT 1\n\n```python\nCODE 12 votes\n```\n\nTEXT 2\n"
    assert skipped_words(text) == {"CODE"}


def test_tilde_fence_needs_a_matching_close():
    text = "~~~~\nCODE\n~~~\nCODE\n~~~~\nTEXT\n"
    assert skipped_words(text) == {"CODE"}
    doc = document_from_text(text, "a.md", format="markdown")
    assert not doc.is_skipped(text.index("TEXT"))


def test_unclosed_fence_runs_to_the_end():
    text = "TEXT\n```\nCODE\n\nCODE again\n"
    doc = document_from_text(text, "a.md", format="markdown")
    assert doc.is_skipped(text.rindex("CODE"))
    assert not doc.is_skipped(0)


def test_indented_code_after_a_blank_line_is_skipped():
    text = "TEXT para\n\n    CODE 12 votes\n    CODE more\n\nTEXT after\n"
    assert skipped_words(text) == {"CODE"}
    doc = document_from_text(text, "a.md", format="markdown")
    assert not doc.is_skipped(text.rindex("TEXT"))


def test_indented_continuation_of_a_paragraph_is_not_code():
    text = "TEXT starts here\n    TEXT continues the paragraph\n"
    assert skipped_words(text) == set()


def test_indented_paragraph_inside_a_list_item_is_not_code():
    text = "- TEXT item\n\n    TEXT more of the item\n\nTEXT\n\n    CODE\n"
    assert skipped_words(text) == {"CODE"}


def test_html_comments_are_skipped_but_read_as_directives():
    text = "TEXT\n<!-- NOTE 12 votes -->\n<!-- factcheck: ignore -->\nTEXT\n"
    doc = document_from_text(text, "a.md", format="markdown")
    assert skipped_words(text) == {"NOTE"}
    assert [body.strip() for _, body in doc.comments] == ["NOTE 12 votes", "factcheck: ignore"]


def test_comment_inside_code_is_not_a_directive():
    text = "```\n<!-- factcheck: off -->\n```\nTEXT\n"
    doc = document_from_text(text, "a.md", format="markdown")
    assert doc.comments == []


def test_front_matter_is_skipped_and_code_after_it_found():
    text = "---\ndate: 2017-02-24\n---\n\n    CODE\n\nTEXT\n"
    doc = document_from_text(text, "a.md", format="markdown")
    assert doc.is_skipped(text.index("date"))
    assert doc.is_skipped(text.index("CODE"))
    assert not doc.is_skipped(text.index("TEXT"))


def test_plain_text_keeps_code_looking_lines():
    text = "TEXT\n\n    indented 12 votes\n"
    doc = document_from_text(text, "a.txt", format="text")
    assert not doc.is_skipped(text.index("indented"))


def test_windows_line_endings():
    text = "---\r\ndate: 2017-02-24\r\n---\r\nTEXT\r\n\r\n```\r\nCODE\r\n```\r\nTEXT\r\n"
    doc = document_from_text(text, "a.md", format="markdown")
    assert doc.info.date is not None
    assert skipped_words(text) == {"CODE"}


# --- markdown-it-py: code spans, links, images and tables read by the parser ----------

COPELAND = "---\ndate: 2017-02-24\n---\n"


def checked(text: str) -> str:
    """The text the claim readers see, blanked where Markdown holds no claims."""
    from factcheck.pipeline import masked

    doc = document_from_text(text, "a.md", format="markdown")
    return masked(doc.text, doc.skipped, doc.inline_skipped)


def test_a_code_span_is_blanked_in_place_and_the_sentence_reads_on():
    text = "TEXT won `CODE 12 votes` in all.\n"
    assert skipped_words(text) == {"CODE"}
    assert checked(text) == text.replace("`CODE 12 votes`", " " * 15)


def test_a_code_span_over_two_lines_of_a_quote_is_blanked():
    text = "> TEXT `CODE\n> CODE` TEXT\n"
    doc = document_from_text(text, "a.md", format="markdown")
    assert [doc.is_skipped(i) for i in _all(text, "CODE")] == [True, True]
    assert [doc.is_skipped(i) for i in _all(text, "TEXT")] == [False, False]


def test_a_link_keeps_its_words_and_loses_its_target():
    text = 'See [TEXT 12](https://example.org/CODE/2017 "CODE 9") and [TEXT][ref].\n\n'
    text += "[ref]: https://example.org/CODE/13748\n\nTEXT\n"
    assert skipped_words(text) == {"CODE"}
    target = '](https://example.org/CODE/2017 "CODE 9")'
    first = text.splitlines()[0].replace(target, " " * len(target)).replace("][ref]", "      ")
    assert checked(text).splitlines()[0] == first.replace("[", " ")


def test_images_and_autolinks_are_blanked_whole():
    text = "![CODE 12 chart](CODE.png) TEXT <https://example.org/CODE/9> TEXT\n"
    assert skipped_words(text) == {"CODE"}


def test_table_rows_reach_the_table_reader_with_links_and_code_blanked():
    text = "| Candidate | Votes |\n|---|---|\n| [TEXT](https://x.org/CODE) | 12 |\n"
    text += "| `CODE` | 9 |\n"
    rows = checked(text).splitlines()
    assert rows[2] == "|  TEXT" + " " * len("](https://x.org/CODE)") + " | 12 |"
    assert rows[3] == "|        | 9 |"


def test_backticks_inside_a_fenced_block_and_an_unclosed_backtick_are_left_as_they_are():
    text = "TEXT ` TEXT 12 votes\n"
    assert checked(text) == text


def test_a_comment_inside_a_code_span_is_not_a_directive():
    text = "TEXT `<!-- factcheck: off -->` TEXT\n"
    assert document_from_text(text, "a.md", format="markdown").comments == []


def test_code_inside_a_list_item_is_found_by_the_parser():
    text = "- TEXT item\n\n  ```\n  CODE 12\n  ```\n\nTEXT\n"
    assert skipped_words(text) == {"CODE"}


def test_claims_after_links_and_code_keep_their_line_and_column(reference):
    from factcheck.pipeline import check_document

    text = (
        COPELAND
        + "The [Copeland](https://example.org/copeland-2017/1) by-election, `v2`:\n"
        + "Trudy Harrison [won](https://example.org/r/9) 13,748 votes.\n"
    )
    doc = document_from_text(text, "a.md", format="markdown")
    report = check_document(doc, reference)
    votes = [f for f in report.findings if f.claim.kind == "votes"]
    assert [(f.line, f.column, f.verdict.value) for f in votes] == [(5, 47, "true")]
    assert [n.text for n in report.numbers] == ["13,748"]


@pytest.mark.parametrize(
    "text",
    [
        "TEXT\n\n    CODE\n",
        "TEXT\n\n\tCODE\n",
        "TEXT\n\n~~~\nCODE\n~~~\n",
        "TEXT `CODE`\n",
        "TEXT [TEXT](CODE)\n",
        "TEXT <https://CODE>\n",
        "TEXT\n\n[ref]: https://CODE\n",
    ],
)
def test_every_shape_of_markup_reaches_the_parser(text):
    # The shortcut for text without markup must not pass over any of them.
    assert skipped_words(text) == {"CODE"}


def _read_cpu(text: str) -> float:
    import gc
    import time

    best = float("inf")
    for _ in range(3):
        gc.collect()
        gc.disable()
        try:
            start = time.process_time()
            document_from_text(text, "a.md", format="markdown")
            best = min(best, time.process_time() - start)
        finally:
            gc.enable()
    return max(best, 1e-6)


def test_reading_markdown_full_of_markup_takes_linear_time():
    # A line with a link, a code span and a comment, many times over, in one paragraph:
    # each span's lookup and each comment's code test must not rescan the ones before.
    unit = "Labour won [12 votes](https://x.org/1) and `code` <!-- note --> here.\n"
    short, long = unit * 500, unit * 8000
    _read_cpu(short)  # warm: the parser is built once
    growth = (_read_cpu(long) / len(long)) / (_read_cpu(short) / len(short))
    assert growth <= 5.0, f"16x the text cost {growth:.1f}x per byte"
