"""Split very long texts into chunks below ``nlp.max_length`` at natural boundaries."""

from __future__ import annotations

import re
from collections.abc import Iterator

CHUNK_CHARS = 100_000
_BOUNDARIES = (re.compile(r"\n\s*\n"), re.compile(r"\n"), re.compile(r"[.!?][\"'”’)]?\s+"),
               re.compile(r"\s+"))


def split_text(text: str, max_chars: int = CHUNK_CHARS) -> Iterator[tuple[int, str]]:
    """Yield (offset, chunk) with ``text[offset:offset+len(chunk)] == chunk``.

    Chunks are at most ``max_chars`` long and end at a paragraph break, else a line
    break, else a sentence end, else whitespace; only a single word longer than
    ``max_chars`` is ever cut.  The chunks cover the whole text in order.
    """
    n = len(text)
    pos = 0
    if n == 0:
        yield 0, ""
        return
    while pos < n:
        if n - pos <= max_chars:
            yield pos, text[pos:]
            return
        window = text[pos:pos + max_chars]
        cut = None
        for rx in _BOUNDARIES:
            last = None
            for m in rx.finditer(window, max_chars // 2):
                last = m
            if last is not None:
                cut = last.end()
                break
        if cut is None or cut <= 0:
            cut = max_chars
        yield pos, text[pos:pos + cut]
        pos += cut
