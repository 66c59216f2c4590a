"""Reading articles: encodings, binary and empty files, formats, dates and positions."""

from __future__ import annotations

import datetime as dt
import os

import pytest

from factcheck.read.document import (
    DEFAULT_MAX_BYTES,
    DocumentError,
    document_from_text,
    format_for_path,
    parse_size,
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


@pytest.mark.parametrize(
    "page",
    [
        "<!DOCTYPE html>\n<html><body><p>12 votes</p></body></html>",
        "<html lang=en><p>12 votes</p>",
        "\n  <!-- from the CMS -->\n<article><p>12 votes</p></article>",
        "<p>12 votes</p>",
        "Headline\n<div class=body>\n<p>12 votes</p></div>",
    ],
)
def test_html_on_stdin_without_a_name_is_sniffed(page):
    doc = read_document("-", data=page.encode())
    assert (doc.path, doc.format) == ("-", "html")
    assert doc.text.endswith("12 votes")


@pytest.mark.parametrize(
    "text",
    [
        "Labour won 12 votes.\n",
        "Labour won 12 votes, a rise from <10 in 2015.\n",
        "A <p> tag in prose is one mention, not a page.\n",
    ],
)
def test_text_on_stdin_stays_text_and_a_name_with_an_extension_decides(text):
    assert read_document("-", data=text.encode()).format == "text"
    page = b"<html><p>12 votes</p></html>"
    assert read_document("-", data=page, display_path="draft.txt").format == "text"
    assert read_document("-", data=page, display_path="draft").format == "html"
    assert read_document("-", data=page, display_path="draft.md").format == "markdown"


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


# --- front matter that is wrong costs only its own file --------------------------------


def front(body: str) -> str:
    return f"---\n{body}\n---\nLabour won 12 votes.\n"


@pytest.mark.parametrize(
    ("body", "line", "says"),
    [
        ("title: x\ndate: 2017-02-30", 3, "'2017-02-30' is not a valid date"),
        ("date: 2017-13-01", 2, "month must be in 1..12"),
        ("date: !!int x", 2, "'x' is not a valid int"),
        # No year: not a date read (the message lists the spellings that are).
        ('date: "24 February"', 2, "date is not a date (want 2019-12-13, 13 December 2019"),
        ('date: "24 February"', 2, "December 13, 2019 or 13/12/2019): '24 February'"),
        ("date: 12/31/2019", 2, "date is not a date"),  # numeric dates are day first
        ("date: 20170224", 2, "date is not a date"),
        ("election: [a, b]", 2, "election must be text"),
        ("date: [2017", 2, "front matter:"),
    ],
)
def test_invalid_front_matter_is_an_error_with_its_line(body, line, says):
    with pytest.raises(DocumentError) as info:
        document_from_text(front(body), "a.md", format="markdown")
    assert info.value.path == "a.md"
    assert info.value.message.startswith(f"line {line}: front matter: ")
    assert says in info.value.message
    assert "\n" not in info.value.message


def test_a_yaml_alias_bomb_is_refused_quickly():
    bomb = "\n".join(
        [f'a0: &a0 ["{"x" * 8}"]']
        + [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 9)]
        + ["election: *a8"]
    )
    assert len(bomb) < 700  # 9**8 strings if expanded
    with pytest.raises(DocumentError, match=r"line 3: front matter: aliases \(\*name\) are not"):
        document_from_text(front(bomb), "a.md", format="markdown")


def test_front_matter_is_capped_and_deep_nesting_refused():
    with pytest.raises(DocumentError, match="front matter is over 64 KB"):
        document_from_text(front("title: " + "x" * 70_000), "a.md", format="markdown")
    with pytest.raises(DocumentError, match="front matter: nested too deeply"):
        document_from_text(front("a: " + "[" * 20_000), "a.md", format="markdown")


def test_a_date_override_makes_a_bad_front_matter_date_harmless():
    flag = dt.date(2017, 2, 24)
    doc = document_from_text(front('date: "soon"'), "a.md", date=flag, format="markdown")
    assert doc.info.date == flag


def test_front_matter_without_date_or_that_is_not_a_mapping_is_fine():
    assert document_from_text(front("title: x\ndate:"), format="markdown").info.date is None
    assert document_from_text(front("just a line"), format="markdown").info.date is None


# --- dates as writers spell them, published:, TOML front matter ------------------------


@pytest.mark.parametrize(
    "body",
    [
        "date: 13 December 2019",
        "date: December 13, 2019",
        "date: Friday 13th December 2019",
        "date: 13/12/2019",  # UK order: day first
        "date: 13.12.2019",
        "date: 2019-12-13T08:00:00Z",
        "date: 2019-12-13 08:00",
        'date: "2019-12-13T08:00:00+01:00"',
        "date: 13 December 2019 at 8am",
        "published: 2019-12-13",
        "published: 13 December 2019",
        "pubDate: Fri, 13 Dec 2019 08:00:00 +0000",  # RSS's spelling
        "date_published: 2019-12-13",
        "title: x\npublished: true\ndate: 13 December 2019",  # Jekyll's flag, then a date
    ],
)
def test_front_matter_dates_in_the_usual_spellings(body):
    doc = document_from_text(front(body), "a.md", format="markdown")
    assert doc.info.date == dt.date(2019, 12, 13)
    assert doc.warnings == []


def test_date_wins_over_published_and_a_draft_flag_is_no_date():
    both = front("published: 1 May 1997\ndate: 13 December 2019")
    assert document_from_text(both, "a.md").info.date == dt.date(2019, 12, 13)
    draft = document_from_text(front("published: false"), "a.md")
    assert (draft.info.date, draft.warnings) == (None, [])


def test_a_published_date_not_understood_is_a_warning_with_its_line_and_value():
    doc = document_from_text(front("title: x\npublished: last Tuesday"), "a.md")
    assert doc.info.date is None
    assert doc.warnings == [
        "line 3: front matter: published is not a date (want 2019-12-13, 13 December 2019, "
        "December 13, 2019 or 13/12/2019): 'last Tuesday'; ignored"
    ]
    # Beside a date that is understood, it is still said, and the date is used.
    doc = document_from_text(front("date: 2019-12-13\npubDate: 12/31/2019"), "a.md")
    assert doc.info.date == dt.date(2019, 12, 13)
    assert [w[:38] for w in doc.warnings] == ["line 3: front matter: pubDate is not a"]


def toml(body: str) -> str:
    return f"+++\n{body}\n+++\nLabour won 12 votes.\n"


@pytest.mark.parametrize(
    ("body", "date"),
    [
        ("date = 2019-12-13", dt.date(2019, 12, 13)),
        ("date = 2019-12-13T08:00:00Z", dt.date(2019, 12, 13)),
        ('date = "13 December 2019"', dt.date(2019, 12, 13)),
        ('title = "x"\npublishDate = 2017-02-24', dt.date(2017, 2, 24)),
    ],
)
def test_toml_front_matter_gives_date_and_election_and_is_skipped(body, date):
    text = toml(body + '\nelection = "Copeland by-election"')
    doc = document_from_text(text, "a.md", format="markdown")
    assert doc.info.date == date
    assert doc.info.election_hint == "Copeland by-election"
    assert doc.is_skipped(text.index("election"))
    assert not doc.is_skipped(text.index("Labour"))


def test_toml_front_matter_errors_and_warnings_name_their_line():
    with pytest.raises(DocumentError) as info:
        document_from_text(toml('title = "x"\ndate = "soon"'), "a.md")
    assert info.value.message.startswith("line 3: front matter: date is not a date")
    with pytest.raises(DocumentError) as info:
        document_from_text(toml('title = "x"\ndate = = 2019'), "a.md")
    assert info.value.message.startswith("line 3: front matter: Invalid value")
    doc = document_from_text(toml('title = "x"\n\npublished = "soon"'), "a.md")
    assert doc.warnings[0].startswith("line 4: front matter: published is not a date")


def test_toml_front_matter_is_capped_and_deep_nesting_refused():
    with pytest.raises(DocumentError, match=r"front matter is over 64 KB; is its closing \+\+\+"):
        document_from_text(toml('title = "' + "x" * 70_000 + '"'), "a.md")
    with pytest.raises(DocumentError, match="front matter: nested too deeply"):
        document_from_text(toml("a = " + "[" * 20_000), "a.md")


# --- only regular files, never too many bytes ---------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_refused_without_being_opened(tmp_path):
    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)
    # Opening a FIFO for reading with no writer would block this test forever.
    with pytest.raises(DocumentError) as info:
        read_document(str(fifo))
    assert info.value.message == "is a named pipe (FIFO), not a regular file: skipped"


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_a_symlink_to_a_device_is_refused_not_read(tmp_path):
    link = tmp_path / "zero.md"
    link.symlink_to("/dev/zero")
    with pytest.raises(DocumentError) as info:
        read_document(str(link))
    assert info.value.message == (
        "is a character device (through a symlink), not a regular file: skipped"
    )


def test_a_symlink_to_a_regular_file_is_read(tmp_path):
    target = write(tmp_path, "real.txt", "Labour won 12 votes.")
    (tmp_path / "link.txt").symlink_to(target)
    assert read_document(str(tmp_path / "link.txt")).text == "Labour won 12 votes."


def test_a_socket_is_refused(tmp_path, monkeypatch):
    socket = pytest.importorskip("socket")
    if not hasattr(socket, "AF_UNIX"):
        pytest.skip("no Unix sockets")
    monkeypatch.chdir(tmp_path)  # a socket's path is limited to about 100 bytes
    with socket.socket(socket.AF_UNIX) as server:
        server.bind("s.md")
        with pytest.raises(DocumentError, match="is a socket, not a regular file"):
            read_document("s.md")


def test_a_file_over_the_size_cap_is_an_error_naming_the_limit(tmp_path):
    path = write(tmp_path, "big.txt", b"Labour won 12 votes. " * 100)
    assert read_document(path, max_bytes=2100).text.startswith("Labour")
    with pytest.raises(DocumentError) as info:
        read_document(path, max_bytes=2000)
    assert info.value.message == (
        "is 2.1 KB, over the 2 KB limit "
        "(raise it with --max-file-size or max-file-size in the configuration)"
    )
    with pytest.raises(DocumentError, match="over the 10 bytes limit"):
        read_document("-", data=b"x" * 11, max_bytes=10)


def test_ten_megabytes_are_within_the_default_cap():
    assert DEFAULT_MAX_BYTES >= 10 * 1024 * 1024


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads anything")
def test_an_unreadable_file_is_an_error(tmp_path):
    path = write(tmp_path, "secret.txt", "x")
    os.chmod(path, 0)
    with pytest.raises(DocumentError, match="cannot read: Permission denied"):
        read_document(path)


@pytest.mark.parametrize(
    ("text", "size"),
    [
        ("20MB", 20 * 1024**2),
        ("20 MiB", 20 * 1024**2),
        ("512k", 512 * 1024),
        ("1.5G", 1610612736),
        ("4096", 4096),
        ("100b", 100),
        (300, 300),
    ],
)
def test_sizes_are_read_in_powers_of_1024(text, size):
    assert parse_size(text) == size


@pytest.mark.parametrize("text", ["", "twenty", "0", "-5MB", "5 TB", True])
def test_bad_sizes_are_refused(text):
    with pytest.raises(ValueError):
        parse_size(text)
