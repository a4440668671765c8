"""Bytes to clean text: encoding detection and normalisation.

Every function here is total on its input domain: it returns a value or raises
`InputRejected` with a reason a person can read, nothing else.
"""

from __future__ import annotations

import codecs
import hashlib
import re
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path


class InputRejected(ValueError):
    """An input that cannot become a document; the message is the reason."""


_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_BLANK_LINES = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")
_SURROGATE = re.compile("[\ud800-\udfff]")
#: bytes inspected to tell text from binary
SNIFF_BYTES = 8192


def decode_bytes(data: bytes) -> tuple[str, str | None]:
    """Decode a file's bytes. Returns (text, warning or None).

    BOMs decide first (UTF-8, UTF-16); then strict UTF-8; then, for bytes that
    look like text, Windows-1252. Binary content is rejected.
    """
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[len(codecs.BOM_UTF8):], "utf-8"), "UTF-8 byte order mark removed"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16"), "decoded as UTF-16"
    if _looks_binary(data):
        raise InputRejected("binary content, not text")
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as err:
        utf8_error = err
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise InputRejected(f"invalid UTF-8 ({utf8_error.reason} at byte "
                            f"{utf8_error.start}) and not Windows-1252 either") from None
    return text, f"invalid UTF-8 at byte {utf8_error.start}; decoded as Windows-1252"


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as err:
        raise InputRejected(f"invalid {encoding.upper()} at byte {err.start}") from None


def _looks_binary(data: bytes, sample: int = SNIFF_BYTES) -> bool:
    """NULs or many control bytes in the first block mean binary."""
    head = data[:sample]
    if not head:
        return False
    nuls = head.count(0)
    if nuls > max(8, len(head) // 100):
        return True
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return controls > len(head) // 10


def normalize_text(text: str) -> tuple[str, list[str]]:
    """Normalise a decoded text: NFC, LF line ends, no NUL/control or zero-width
    characters, no lone surrogates (each becomes U+FFFD), no trailing spaces, at
    most one blank line between paragraphs.

    Idempotent: normalize_text(normalize_text(t)[0])[0] == normalize_text(t)[0].
    Returns (text, warnings).
    """
    warnings: list[str] = []
    return _normalize_body(text, warnings).strip(), warnings


def _normalize_body(text: str, warnings: list[str]) -> str:
    """normalize_text without the final strip; adds new warnings to `warnings`."""
    if "\x00" in text and "NUL characters removed" not in warnings:
        warnings.append("NUL characters removed")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    text = text.translate(_ZERO_WIDTH)
    if _SURROGATE.search(text):
        if _SURROGATE_WARNING not in warnings:
            warnings.append(_SURROGATE_WARNING)
        text = _SURROGATE.sub("\ufffd", text)
    text = unicodedata.normalize("NFC", text)
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    return _BLANK_LINES.sub("\n\n", text)


_SURROGATE_WARNING = "invalid (lone surrogate) characters replaced by U+FFFD"


def normalize_pieces(pieces: Iterable[str], warnings: list[str]) -> Iterator[str]:
    """normalize_text over a text that arrives in pieces, for files too large to hold.

    Each piece must end where normalisation cannot reach across: after a line
    feed, or (inside a very long line) between two printable ASCII characters
    that are not spaces and a following space (see `line_pieces`). Then
    ``"".join(normalize_pieces(pieces, w)) == normalize_text("".join(pieces))[0]``.
    Warnings are added to `warnings` as they are found.
    """
    started = False
    tail = ""                       # trailing line feeds held back (maybe stripped at the end)
    for piece in pieces:
        body = _normalize_body(piece, warnings)
        if tail:
            body = _BLANK_LINES.sub("\n\n", tail + body)
        if not started:
            body = body.lstrip()
            if not body:
                tail = ""
                continue
            started = True
        kept = body.rstrip()
        tail = body[len(kept):]
        if kept:
            yield kept


def line_pieces(blocks: Iterable[str], max_line: int = 4 << 20) -> Iterator[str]:
    """Regroup decoded blocks into pieces that end after a line feed.

    A line longer than `max_line` is cut before a space that follows a printable
    ASCII character (where normalisation cannot reach across), else anywhere that
    is not before a combining mark, so memory stays bounded by about `max_line`.
    """
    raw = ""
    for block in blocks:
        raw += block
        cut = raw.rfind("\n") + 1
        if cut == 0 and len(raw) > max_line:
            cut = _mid_line_cut(raw)
        if cut > 0:
            yield raw[:cut]
            raw = raw[cut:]
    if raw:
        yield raw


def _mid_line_cut(raw: str) -> int:
    i = len(raw) - 1
    while i > len(raw) // 2:
        i = raw.rfind(" ", len(raw) // 2, i)
        if i <= 0:
            break
        if "!" <= raw[i - 1] <= "~" and raw[i + 1:i + 2] not in ("#", "*", "_"):
            return i
    i = len(raw) - 1
    while i > 1 and (unicodedata.combining(raw[i]) or raw[i - 1].isspace()):
        i -= 1
    return i


def stream_encoding(path: Path, block: int = 1 << 20) -> tuple[str, str | None]:
    """The codec `decode_bytes` would choose for a file, found without holding it.

    Returns (codec name, warning or None); raises InputRejected like decode_bytes.
    """
    with open(path, "rb") as f:
        head = f.read(SNIFF_BYTES)
    if head.startswith(codecs.BOM_UTF8):
        encoding, warning = "utf-8-sig", "UTF-8 byte order mark removed"
    elif head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding, warning = "utf-16", "decoded as UTF-16"
    elif _looks_binary(head):
        raise InputRejected("binary content, not text")
    else:
        at = _first_error(path, "utf-8", block)
        if at is None:
            return "utf-8", None
        reason, start = at
        if _first_error(path, "cp1252", block) is not None:
            raise InputRejected(f"invalid UTF-8 ({reason} at byte {start}) "
                                "and not Windows-1252 either")
        return "cp1252", f"invalid UTF-8 at byte {start}; decoded as Windows-1252"
    at = _first_error(path, encoding, block)
    if at is not None:
        name = "UTF-8" if encoding == "utf-8-sig" else encoding.upper()
        raise InputRejected(f"invalid {name} at byte {at[1]}")
    return encoding, warning


def _first_error(path: Path, encoding: str, block: int) -> tuple[str, int] | None:
    """(reason, about which byte) of the first decoding error, or None."""
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    offset = 0
    with open(path, "rb") as f:
        while True:
            data = f.read(block)
            try:
                decoder.decode(data, final=not data)
            except UnicodeDecodeError as err:
                return err.reason, offset + max(0, err.start)
            if not data:
                return None
            offset += len(data)


def content_hash(text: str) -> str:
    """SHA-256 of the normalised text: the identity of a document's content."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
