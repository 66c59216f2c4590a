"""Reading articles: encodings, binary and empty files, formats, dates and positions."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.read.document import (
    DocumentError,
    document_from_text,
    format_for_path,
    read_document,
)


def write(tmp_path, name: str, data: bytes | str):
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return str(path)


def test_utf8_with_bom_reads_cleanly(tmp_path):
    doc = read_document(write(tmp_path, "a.txt", b"\xef\xbb\xbfCaf\xc3\xa9 won 12 votes."))
    assert doc.text == "Café won 12 votes."
    assert doc.warnings == []


def test_cp1252_is_guessed_with_a_warning(tmp_path):
    doc = read_document(write(tmp_path, "a.txt", "Ynys Môn – 12 votes".encode("cp1252")))
    assert doc.text == "Ynys Môn – 12 votes"
    assert doc.warnings == ["decoded as cp1252 (guessed)"]


def test_utf16_with_bom_is_read(tmp_path):
    doc = read_document(write(tmp_path, "a.txt", "Labour won 12 votes.".encode("utf-16")))
    assert doc.text == "Labour won 12 votes."


def test_binary_file_is_an_error_not_a_crash(tmp_path):
    with pytest.raises(DocumentError) as info:
        read_document(write(tmp_path, "a.txt", b"PK\x03\x04\x00\x00binary"))
    assert "binary" in info.value.message


def test_undecodable_file_is_an_error(tmp_path):
    # 0x81 is undefined in cp1252 and invalid as UTF-8.
    with pytest.raises(DocumentError) as info:
        read_document(write(tmp_path, "a.txt", b"abc \x81\x8d\x90 def"))
    assert "UTF-8" in info.value.message


def test_missing_and_folder_are_errors_with_the_path(tmp_path):
    with pytest.raises(DocumentError) as info:
        read_document(str(tmp_path / "nope.txt"))
    assert str(info.value).startswith(str(tmp_path / "nope.txt"))
    with pytest.raises(DocumentError, match="directory"):
        read_document(str(tmp_path))


def test_empty_file_is_an_empty_article(tmp_path):
    doc = read_document(write(tmp_path, "a.md", b""))
    assert doc.text == "" and doc.warnings == []


def test_format_follows_the_extension():
    assert format_for_path("a.MD") == "markdown"
    assert format_for_path("a.markdown") == "markdown"
    assert format_for_path("a.htm") == "html"
    assert format_for_path("a.txt") == "text"
    assert format_for_path("notes") == "text"


def test_data_and_display_name_for_stdin():
    doc = read_document("-", data=b"<p>12 votes</p>", display_path="draft.html")
    assert doc.path == "draft.html"
    assert doc.format == "html"
    assert doc.text == "12 votes"


def test_front_matter_gives_date_and_election_and_is_skipped():
    text = "---\ndate: 2017-02-24\nelection: Copeland by-election\n---\nBody 12 votes.\n"
    doc = document_from_text(text, "a.md", format="markdown")
    assert doc.info.date == dt.date(2017, 2, 24)
    assert doc.info.election_hint == "Copeland by-election"
    assert doc.is_skipped(text.index("date"))
    assert not doc.is_skipped(text.index("Body"))


def test_front_matter_closing_at_end_of_file():
    doc = document_from_text("---\ndate: 2019-12-13\n---", "a.md", format="markdown")
    assert doc.info.date == dt.date(2019, 12, 13)


def test_flag_date_beats_front_matter_which_beats_default():
    text = "---\ndate: 2017-02-24\n---\nBody\n"
    flag, default = dt.date(2020, 1, 1), dt.date(2000, 1, 1)
    assert document_from_text(text, date=flag, default_date=default).info.date == flag
    assert document_from_text(text, default_date=default).info.date == dt.date(2017, 2, 24)
    assert document_from_text("Body", default_date=default).info.date == default


def test_line_and_column_are_one_based():
    doc = document_from_text("first line\nsecond 12 votes\n")
    assert doc.line_column(doc.text.index("12")) == (2, 8)
    assert doc.line_column(0) == (1, 1)


def test_comments_are_collected_in_text_files():
    doc = document_from_text("a <!-- factcheck: ignore --> b\n")
    assert doc.comments == [(2, " factcheck: ignore ")]
