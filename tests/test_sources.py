import codecs

import pytest

from banmian.errors import BinaryInput, EmptyInput, InputTooLarge, UndecodableInput
from banmian.sources.text import read_text

PAGE = "本报讯（记者 林一帆）3月3日上午，青溪县召开经济工作会议，县长李文博主持会议。"


@pytest.mark.parametrize(
    "data",
    [
        PAGE.encode("utf-8"),
        codecs.BOM_UTF8 + PAGE.encode("utf-8"),
        PAGE.encode("gb18030"),
        PAGE.encode("gbk"),
        codecs.BOM_UTF16_LE + PAGE.encode("utf-16-le"),
        PAGE.encode("utf-16-le"),
        PAGE.encode("utf-16-be"),
    ],
    ids=["utf8", "utf8-bom", "gb18030", "gbk", "utf16-bom", "utf16le", "utf16be"],
)
def test_common_encodings_are_detected(data):
    assert read_text(data) == PAGE


def test_big5_traditional_page_is_detected():
    trad = "本報訊（記者 林一帆）3月3日上午，青溪縣召開經濟工作會議，縣長李文博主持會議。"
    assert read_text(trad.encode("big5")) == trad


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b"", EmptyInput),
        (b" \n\r\n ", EmptyInput),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), BinaryInput),
        (bytes([0x81, 0x30, 0xFF, 0xFF, 0x80]) * 20, UndecodableInput),
    ],
    ids=["empty", "whitespace", "png", "garbage"],
)
def test_bad_input_raises_coded_error(data, error):
    with pytest.raises(error) as exc:
        read_text(data, name="x.txt")
    assert str(exc.value).startswith("x.txt: BM")


@pytest.mark.parametrize(
    ("data", "said"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog", "a PDF file"),  # truncated, no NUL
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "a JPEG image"),
        (b"PK\x03\x04\x14\x00\x06\x00word/document.xml", "a ZIP archive"),
        (b"\x1f\x8b\x08\x00", "a gzip archive"),
    ],
    ids=["truncated-pdf", "jpeg", "docx", "gzip"],
)
def test_known_formats_are_named(data, said):
    with pytest.raises(BinaryInput, match=f"BM102 {said}"):
        read_text(data, name="p.pdf")


def test_oversized_input_is_refused():
    with pytest.raises(InputTooLarge):
        read_text(PAGE.encode() * 10, max_bytes=100)


def test_ascii_only_utf16_without_bom_is_text_not_binary():
    assert read_text("Page 3 of 12\n".encode("utf-16-le")) == "Page 3 of 12\n"
