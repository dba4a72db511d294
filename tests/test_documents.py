"""Reading documents: dates (header, sidecar, text), discovery of folders, and bad input."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from iccgraph.documents import discover, document_date, from_text, read_document
from iccgraph.model import IccgraphError


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


# --- dates and metadata ------------------------------------------------------------------

def test_header_date(tmp_path):
    doc = read_document(write(tmp_path / "a.txt", "date 2024-03-11\n\nCanada sanctioned Iran."))
    assert doc.id == "a"
    assert doc.date == "2024-03-11"


def test_header_date_with_colon_and_any_case(tmp_path):
    doc = read_document(write(tmp_path / "a.txt", "Date: 2023-07-01\nThe court met."))
    assert doc.date == "2023-07-01"


def test_header_must_be_at_the_start(tmp_path):
    # Not a header: the date is found as the latest full date of the text instead.
    doc = read_document(write(tmp_path / "a.txt", "On 1 June 2025 the court met.\ndate 2023-07-01\n"))
    assert doc.date == "2025-06-01"


def test_impossible_header_date_is_a_one_line_error(tmp_path):
    with pytest.raises(IccgraphError) as err:
        read_document(write(tmp_path / "a.txt", "date 2024-02-30\nThe court met."))
    assert "\n" not in str(err.value)


def test_text_is_kept_exactly_as_written_but_for_its_line_ends(tmp_path):
    text = "date 2024-03-11\r\n\r\nThe court\u00a0met  on Friday.\n"
    doc = read_document(write(tmp_path / "a.txt", text.encode("utf-8")))
    assert doc.text == text.replace("\r\n", "\n")  # (odd spaces and runs of them kept)


def test_byte_order_mark_is_dropped(tmp_path):
    doc = read_document(write(tmp_path / "a.txt", "\ufeffdate 2024-03-11\nThe court met.".encode("utf-8")))
    assert doc.text == "date 2024-03-11\nThe court met."
    assert doc.date == "2024-03-11"


def test_sidecar_meta_json(tmp_path):
    write(tmp_path / "story.txt", "The court met on Friday.")
    write(tmp_path / "story.meta.json", json.dumps(
        {"date": "2024-05-20", "title": "Court meets", "source": "https://example.org/story"}))
    doc = read_document(tmp_path / "story.txt")
    assert (doc.date, doc.title, doc.source) == ("2024-05-20", "Court meets", "https://example.org/story")
    assert doc.path == str(tmp_path / "story.txt")


def test_sidecar_with_a_month_date(tmp_path):
    write(tmp_path / "story.txt", "The court met.")
    write(tmp_path / "story.meta.json", json.dumps({"date": "2024-05"}))
    assert read_document(tmp_path / "story.txt").date == "2024-05"


def test_header_wins_over_sidecar(tmp_path):
    write(tmp_path / "story.txt", "date 2024-03-11\nThe court met.")
    write(tmp_path / "story.meta.json", json.dumps({"date": "2020-01-01", "title": "T"}))
    doc = read_document(tmp_path / "story.txt")
    assert doc.date == "2024-03-11"
    assert doc.title == "T"


def test_sidecar_wins_over_dates_in_the_text(tmp_path):
    write(tmp_path / "story.txt", "On June 1, 2019, the court met.")
    write(tmp_path / "story.meta.json", json.dumps({"date": "2024-05-20"}))
    assert read_document(tmp_path / "story.txt").date == "2024-05-20"


def test_latest_full_date_in_text(tmp_path):
    text = "The court met on March 3, 2024. It ruled on 20 May 2024, after a hearing on 2024-04-01."
    assert read_document(write(tmp_path / "a.txt", text)).date == "2024-05-20"


def test_partial_dates_in_text_do_not_date_the_document(tmp_path):
    doc = read_document(write(tmp_path / "a.txt", "The court met on Friday, May 20, and again in 2023."))
    assert doc.date is None


def test_no_date(tmp_path):
    doc = read_document(write(tmp_path / "a.txt", "The court met."))
    assert (doc.date, doc.title, doc.source) == (None, None, None)


@pytest.mark.parametrize("bad", ["20 May 2024", "2024-13-01", "2023-02-29", "yesterday"])
def test_sidecar_with_a_bad_date(tmp_path, bad):
    write(tmp_path / "story.txt", "The court met.")
    write(tmp_path / "story.meta.json", json.dumps({"date": bad}))
    with pytest.raises(IccgraphError) as err:
        read_document(tmp_path / "story.txt")
    assert "\n" not in str(err.value)


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", b"\xff\xfe{}"])
def test_unreadable_sidecar(tmp_path, content):
    write(tmp_path / "story.txt", "The court met.")
    write(tmp_path / "story.meta.json", content)
    with pytest.raises(IccgraphError, match="meta") as err:
        read_document(tmp_path / "story.txt")
    assert "\n" not in str(err.value)


def test_from_text():
    assert from_text("x", "The court met.", "2024-01-02").date == "2024-01-02"
    assert from_text("x", "date 2024-03-11\nThe court met.").date == "2024-03-11"
    assert from_text("x", "The court met on 5 June 2022.").date == "2022-06-05"
    assert from_text("x", "The court met.").date is None


def test_document_date_order():
    assert document_date("date 2024-03-11\nOn 1 June 2030.", {"date": "2020"}) == "2024-03-11"
    assert document_date("On 1 June 2030.", {"date": "2020"}) == "2020"
    assert document_date("On 1 June 2030 and 2 June 2029.", {}) == "2030-06-01"


# --- discovery ---------------------------------------------------------------------------

def test_discover_a_folder_recursively(tmp_path):
    root = tmp_path / "news"
    a = write(root / "a.txt", "A.")
    b = write(root / "sub" / "b.md", "B.")
    c = write(root / "sub" / "deeper" / "C.TXT", "C.")
    write(root / "README.md", "about this folder")
    write(root / "readme.txt", "about this folder")
    write(root / "notes.json", "{}")
    write(root / "a.meta.json", "{}")
    write(root / "image.png", b"\x89PNG\x00")
    found = discover([root])
    assert sorted(found) == sorted([a, b, c])


def test_discover_files_and_folders_without_duplicates(tmp_path):
    a = write(tmp_path / "d" / "a.txt", "A.")
    b = write(tmp_path / "d" / "b.txt", "B.")
    found = discover([a, tmp_path / "d", a])
    assert found == [a, b]


def test_discover_names_a_file_directly(tmp_path):
    f = write(tmp_path / "story.md", "A.")
    assert discover([f]) == [f]


def one_line_error(exc: pytest.ExceptionInfo, *words: str) -> str:
    msg = str(exc.value)
    assert msg and "\n" not in msg, repr(msg)
    for w in words:
        assert w.lower() in msg.lower(), msg
    return msg


def test_missing_path(tmp_path):
    with pytest.raises(IccgraphError) as err:
        discover([tmp_path / "nope.txt"])
    one_line_error(err, "no such file", "nope.txt")


def test_folder_with_no_documents(tmp_path):
    write(tmp_path / "d" / "README.md", "about")
    write(tmp_path / "d" / "data.csv", "a,b")
    with pytest.raises(IccgraphError) as err:
        discover([tmp_path / "d"])
    one_line_error(err, "no .txt or .md")


def test_empty_folder(tmp_path):
    (tmp_path / "empty").mkdir()
    with pytest.raises(IccgraphError) as err:
        discover([tmp_path / "empty"])
    one_line_error(err, "empty")


@pytest.mark.parametrize("name", ["story.pdf", "story.json", "story", "story.txt.bak"])
def test_wrong_suffix(tmp_path, name):
    f = write(tmp_path / name, "The court met.")
    with pytest.raises(IccgraphError) as err:
        discover([f])
    one_line_error(err, name)


# --- unreadable documents ------------------------------------------------------------------

def test_empty_file(tmp_path):
    with pytest.raises(IccgraphError) as err:
        read_document(write(tmp_path / "e.txt", ""))
    one_line_error(err, "empty", "e.txt")


@pytest.mark.parametrize("blank", [" ", "\n\n\n", " \t\r\n ", "\ufeff\n", "\u00a0\u2003\n"])
def test_whitespace_only_file(tmp_path, blank):
    with pytest.raises(IccgraphError) as err:
        read_document(write(tmp_path / "w.txt", blank.encode("utf-8")))
    one_line_error(err, "empty")


def test_binary_file_with_nul(tmp_path):
    with pytest.raises(IccgraphError) as err:
        read_document(write(tmp_path / "b.txt", b"The court\x00met.\x00\x01\x02"))
    one_line_error(err, "binary", "b.txt")


def test_utf16_text_counts_as_binary(tmp_path):
    with pytest.raises(IccgraphError) as err:
        read_document(write(tmp_path / "u16.txt", "The court met.".encode("utf-16")))
    one_line_error(err, "u16.txt")


@pytest.mark.parametrize("data", ["Caf\u00e9 Kiev".encode("latin-1"), b"ok \xc3\x28 bad", b"\xff\xfe\xfa"])
def test_non_utf8_file(tmp_path, data):
    with pytest.raises(IccgraphError) as err:
        read_document(write(tmp_path / "n.txt", data))
    one_line_error(err, "utf-8", "n.txt")


def test_a_place_line_at_a_paragraphs_start_is_blanked_at_the_same_length():
    from iccgraph.nlp import prepare
    text = "Statement\n\nParis, Kyiv - FIDH welcomes the vote.\n\nKenya - a party to the statute - is silent."
    out = prepare(text)
    assert len(out) == len(text)
    assert "Paris" not in out and "Kyiv" not in out and out.count("FIDH welcomes") == 1
    assert "Kenya - a party" in out  # not followed by a capitalised subject: kept



def test_markdown_marks_are_blanked_and_their_words_kept_in_place():
    from iccgraph.nlp import prepare
    text = ("# Chile recalls envoy\n\n**SANTIAGO** - Chile *on Tuesday* recalled its [ambassador to Peru](https://example.org/a?b=1).\n\n"
            "> \"We regret it,\" Lima said.")
    out = prepare(text)
    cut = len(text) - len(out)  # (the blank before the first word)
    assert not any(c in out for c in "#*[]()>"), out
    assert out.index("ambassador to Peru") + cut == text.index("ambassador to Peru")  # offsets stay the document's
    assert "SANTIAGO" not in out and "Chile" in out  # the place line, once unmarked, is blanked too


def test_a_pages_photo_captions_and_other_stories_headlines_are_blanked():
    from iccgraph.nlp import prepare
    text = ("Chile recalls envoy\n\nFILE PHOTO: Chile's president meets Peru's president in Lima, May 2, 2030. "
            "REUTERS/Ana Diaz/File Photo\n\nThe court in The Hague, June 1, 2030. © 2030 Jan Smit/AP Photo\n\n"
            "Chile on Tuesday recalled its ambassador.\n\nRelated coverage\nPeru expels Chilean diplomats\n"
            "Bolivia backs Lima\n\nRead more: Peru sanctions Chilean firms\n\nChile said it regretted the row.")
    out = prepare(text)
    assert len(out) == len(text)
    for gone in ("meets", "Hague", "expels", "backs", "sanctions", "Related", "Read more"):
        assert gone not in out, gone
    assert "recalled its ambassador" in out and "regretted the row" in out


@pytest.mark.parametrize("text, date", [
    ("Chile recalls envoy\n\nPublished On 3 Mar 2031\n\nThe hearing is set for June 5, 2031.", "2031-03-03"),
    ("Chile recalls envoy\nUpdated 5 March 2031\nFirst published on Mon 3 Mar 2031 12.00 GMT\n\nIt said.", "2031-03-03"),
    ("Chile recalls envoy\n\nMarch 3, 2031 9:41 PM GMT+1 Updated 2 hours ago\n\nIt said.", "2031-03-03"),
    ("Chile recalls envoy\n\nThe hearing is set for June 5, 2031, after talks on March 3, 2031.", "2031-06-05"),
])
def test_a_saved_pages_time_stamp_dates_it_before_any_date_its_story_names(text, date):
    assert document_date(text, {}) == date


def test_windows_line_ends_are_read_as_python_reads_a_text_file(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"Chile recalls envoy\r\n\r\nSANTIAGO, March 3, 2031 (Reuters) - Chile said.\r\n")
    doc = read_document(path)
    assert doc.text == path.read_text(encoding="utf-8") == "Chile recalls envoy\n\nSANTIAGO, March 3, 2031 (Reuters) - Chile said.\n"
    assert doc.date == "2031-03-03"


@pytest.mark.parametrize("text, places, date", [
    ("BERLIN (dpa) - Germany on Tuesday said", ("Berlin",), None),
    ("ACCRA, Ghana, Nov 8, 2031 (AFP) - The police said", ("Accra", "Ghana"), "2031-11-08"),
    ("SEOUL, Oct. 30, 2031 Kyodo - South Korea on Thursday said", ("Seoul",), "2031-10-30"),
    ("LIMA, May 6, 2031 (EL PAÍS) - The government said", ("Lima",), "2031-05-06"),  # an agency in any alphabet
    # under a headline and a byline, as wire stories are printed
    ("Ghana recalls envoy\n\nBy Ama Owusu\n\nACCRA, March 3, 2031 (Reuters) - The government said",
     ("Accra",), "2031-03-03"),
    ("Ghana recalls envoy\n\nMarch 3, 2031 (Reuters) - The government said", (), "2031-03-03"),  # no place
    # statements' datelines: in title case, day first, or the date in brackets
    ("Ghana: free the journalists\n\nGeneva, 3 March 2031 – The government said", ("Geneva",), "2031-03-03"),
    ("Ghana: free the journalists\n\n(Nairobi, March 3, 2031) - The government said", ("Nairobi",), "2031-03-03"),
    ("GENEVA (3 March 2031) – The government said", ("Geneva",), "2031-03-03"),
    ("Ghana: free the journalists\n\n(Geneva) – The government said", ("Geneva",), None),  # a press release's
    ("(New York, March 3, 2031) – The government said", ("New York",), "2031-03-03"),
    # a place alone in title case opening a lead paragraph (a short headline so set out is no dateline)
    ("Ghana recalls envoy\n\nAccra - The government said on Tuesday that it had recalled its ambassador to Togo "
     "for consultations after a row over the detention of two Ghanaian traders.", ("Accra",), None),
])
def test_a_wire_dateline_gives_its_place_its_country_and_its_date(text, places, date):
    from iccgraph.documents import dateline_place
    from iccgraph.nlp import prepare
    assert dateline_place(text) == places
    assert document_date(text, {}) == date
    prepared = prepare(text)
    assert len(prepared) <= len(text) and "(" not in prepared and "-" not in prepared  # the dateline is no sentence
    assert prepared.lstrip().split("\n")[-1].split()[0] in ("Germany", "The", "South")


def test_a_short_headline_with_a_dash_is_no_dateline():
    from iccgraph.documents import dateline_place
    assert dateline_place("Ghana - Togo row deepens\n\nThe government said on Tuesday.") == ()
