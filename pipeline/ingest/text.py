"""Bytes to clean text: encoding detection and normalisation.

Every function here is total on its input domain: it returns a value or raises
`InputRejected` with a reason a person can read, nothing else.
"""

from __future__ import annotations

import codecs
import hashlib
import re
import unicodedata


class InputRejected(ValueError):
    """An input that cannot become a document; the message is the reason."""


_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_BLANK_LINES = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")


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


def _looks_binary(data: bytes, sample: int = 8192) -> bool:
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
    characters, no trailing spaces, at most one blank line between paragraphs.

    Idempotent: normalize_text(normalize_text(t)[0])[0] == normalize_text(t)[0].
    Returns (text, warnings).
    """
    warnings: list[str] = []
    if "\x00" in text:
        warnings.append("NUL characters removed")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    text = text.translate(_ZERO_WIDTH)
    text = unicodedata.normalize("NFC", text)
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    text = _BLANK_LINES.sub("\n\n", text).strip()
    return text, warnings


def content_hash(text: str) -> str:
    """SHA-256 of the normalised text: the identity of a document's content."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
