"""Decode the bytes of a text page in any common Chinese encoding.

Order matters: a BOM is proof; strict UTF-8 almost never decodes other encodings by accident;
GB18030 and Big5 both accept many of each other's byte strings, so between them we keep the
decoding whose characters are the common ones of that script.
"""

from __future__ import annotations

import codecs
from pathlib import Path
from typing import BinaryIO

from banmian.errors import BinaryInput, EmptyInput, InputTooLarge, UndecodableInput, UnreadableInput

#: A newspaper page is 5–30 KB of text; anything this large is not one page.
MAX_BYTES = 5 * 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_ALLOWED_CONTROLS = set("\n\r\t\f\v")
#: File formats a user may hand over instead of page text, by their leading bytes. Named, because
#: a PDF or a scan that happens to decode as GB18030 would otherwise come out as nonsense text.
_FORMATS = (
    (b"%PDF-", "a PDF file", "extract its text first (for example `pdftotext page.pdf`)"),
    (b"\x89PNG", "a PNG image", "OCR it first"),
    (b"\xff\xd8\xff", "a JPEG image", "OCR it first"),
    (b"GIF8", "a GIF image", "OCR it first"),
    (b"II*\x00", "a TIFF image", "OCR it first"),
    (b"MM\x00*", "a TIFF image", "OCR it first"),
    (b"PK\x03\x04", "a ZIP archive (or DOCX/EPUB)", "convert it to text first"),
    (b"\x1f\x8b", "a gzip archive", "decompress it first"),
    (b"\xd0\xcf\x11\xe0", "an Office document (DOC/XLS)", "save it as text first"),
)


def _control_ratio(text: str) -> float:
    bad = sum(1 for ch in text if (ch < " " and ch not in _ALLOWED_CONTROLS) or ch == "\x7f")
    return bad / max(1, len(text))


def _plausible(text: str) -> float:
    """Share of characters a Chinese page is made of: ASCII, CJK ideographs and punctuation."""
    ok = sum(
        1
        for ch in text
        if " " <= ch <= "~" or ch in "\n\r\t" or "\u4e00" <= ch <= "\u9fff" or "\u3000" <= ch <= "\u303f"
        or "\uff00" <= ch <= "\uffef" or "\u2000" <= ch <= "\u206f"
    )
    return ok / max(1, len(text))


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _guess_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: the byte order whose decoding reads as Chinese text."""
    if len(data) < 4 or len(data) % 2:
        return None
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            if _plausible(data.decode(encoding)) > 0.95:
                return encoding
        except UnicodeDecodeError:
            continue
    return None


def _common_ratio(text: str, encoding: str, lead_lo: int, lead_hi: int) -> float:
    """Share of CJK characters whose encoded lead byte falls in the frequent-character range.

    GB2312 level 1 (lead 0xB0–0xD7) and Big5 frequent characters (0xA4–0xC6) hold the characters
    real text is made of; a wrong decoding lands on rare characters.
    """
    hits = total = 0
    for ch in text:
        if ch < "\u4e00" or ch > "\u9fff":
            continue
        total += 1
        try:
            lead = ch.encode(encoding)[0]
        except UnicodeEncodeError:
            continue
        hits += lead_lo <= lead <= lead_hi
    return hits / total if total else 0.0


def _decode_legacy(data: bytes) -> str | None:
    candidates: list[tuple[float, str]] = []
    for encoding, lo, hi in (("gb18030", 0xB0, 0xD7), ("big5", 0xA4, 0xC6)):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        probe = "gb2312" if encoding == "gb18030" else "big5"
        candidates.append((_common_ratio(text, probe, lo, hi), text))
    if not candidates:
        return None
    return max(candidates, key=lambda c: c[0])[1]


def _check_size(size: int, *, name: str | None, max_bytes: int) -> None:
    if size > max_bytes:
        raise InputTooLarge(
            f"file is {size / 1e6:.1f} MB; one page is expected to be under "
            f"{max_bytes / 1e6:.0f} MB (split it into pages)",
            name=name,
        )


def read_page_file(path: str | Path, *, max_bytes: int = MAX_BYTES) -> str:
    """The text of a page file; its size is checked before reading (a 50 MB file is not loaded)."""
    name = str(path)
    try:
        _check_size(Path(path).stat().st_size, name=name, max_bytes=max_bytes)
        data = Path(path).read_bytes()
    except IsADirectoryError as exc:
        raise UnreadableInput("is a directory, not a page file", name=name) from exc
    except OSError as exc:
        raise UnreadableInput(exc.strerror or "cannot be read", name=name) from exc
    return read_text(data, name=name, max_bytes=max_bytes)


def read_page_stream(stream: BinaryIO, *, name: str = "<stdin>", max_bytes: int = MAX_BYTES) -> str:
    """The text of a page read from a stream, reading one byte past the limit and no more: a
    whole corpus piped in is refused, not loaded."""
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputTooLarge(f"input is over {max_bytes / 1e6:.0f} MB; one page is expected (split it into pages)",
                            name=name)
    return read_text(data, name=name, max_bytes=max_bytes)


def read_text(data: bytes, *, name: str | None = None, max_bytes: int = MAX_BYTES) -> str:
    """Return the text of a page file, or raise a `BanmianError` that says what is wrong."""
    _check_size(len(data), name=name, max_bytes=max_bytes)
    if not data.strip():
        raise EmptyInput("file is empty", name=name)
    head = data[:1024].lstrip()
    for magic, kind, advice in _FORMATS:
        if head.startswith(magic):
            raise BinaryInput(f"{kind}, not page text: {advice}", name=name)
    text: str | None = None
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(encoding)
            except UnicodeDecodeError as exc:
                raise UndecodableInput(f"not valid {encoding} despite its byte-order mark", name=name) from exc
            break
    if text is None and (b"\x00" in data or not _is_utf8(data)) and (encoding := _guess_utf16(data)):
        text = data.decode(encoding)
    if text is None and b"\x00" in data:
        raise BinaryInput("binary file (contains NUL bytes), not page text", name=name)
    if text is None:
        text = data.decode("utf-8") if _is_utf8(data) else _decode_legacy(data)
    if text is None:
        raise UndecodableInput("not UTF-8, UTF-16, GB18030/GBK or Big5 text", name=name)
    if _control_ratio(text) > 0.01:
        raise BinaryInput("binary file (control characters), not page text", name=name)
    if not text.strip():
        raise EmptyInput("file has no text", name=name)
    return text
