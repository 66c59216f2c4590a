"""Markdown: code blocks and comments hold no claims; lists are not code."""

from __future__ import annotations

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
