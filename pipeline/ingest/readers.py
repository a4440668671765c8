"""Readers, one per input format. Each turns one file into candidate documents.

A reader yields `Candidate`s: one for a text file, one per record for JSON,
JSON Lines and CSV. A candidate either carries a text or a rejection reason;
readers never raise for bad content (only the caller's I/O errors escape).
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from pipeline.ingest.text import InputRejected, decode_bytes

TEXT_SUFFIXES = (".txt", ".md")
RECORD_FIELDS = ("id", "url", "date", "title", "text")


@dataclass
class Candidate:
    """One would-be document, before normalisation and de-duplication."""

    input_ref: str
    doc_id: str | None = None
    text: str | None = None
    title: str | None = None
    url: str | None = None
    published: str | None = None
    reason: str | None = None          # set: rejected
    warnings: list[str] = field(default_factory=list)
    part: int | None = None            # set: one part of a long text read as a stream


class FileChanged(Exception):
    """The file's size or modification time changed while it was read."""


CHANGED_WHILE_READING = ("file changed while it was being read; "
                         "it will be read again once it stops changing")


#: a file still being written is read again after these waits (seconds) before
#: it is given up on (transient, unlike bad content, which is never retried)
CHANGE_RETRY_WAITS = (0.05, 0.2, 0.8)


def read_bytes_stable(path: Path, waits: tuple[float, ...] = CHANGE_RETRY_WAITS) -> bytes:
    """The whole file, read again with backoff while its size or mtime moves during
    the read; FileChanged when it never holds still."""
    for wait in (*waits, None):
        with open(path, "rb") as f:
            before = os.fstat(f.fileno())
            data = _read_all(f)
            after = os.fstat(f.fileno())
        if file_stamp(before) == file_stamp(after) and len(data) == after.st_size:
            return data
        if wait is not None:
            threading.Event().wait(wait)
    raise FileChanged(path)


def _read_all(f) -> bytes:
    return f.read()


def file_stamp(st: os.stat_result) -> tuple[int, int]:
    """(size, mtime in ns): what tells that a file changed."""
    return st.st_size, st.st_mtime_ns


def read_file(path: Path, ref: str) -> Iterator[Candidate]:
    """Candidates from one file, by its suffix. `ref` names the file in the log."""
    suffix = path.suffix.lower()
    reader = READERS.get(suffix)
    if reader is None:
        yield Candidate(ref, reason=f"unsupported file type {suffix or '(none)'!r}")
        return
    try:
        data = read_bytes_stable(path)
    except FileChanged:
        yield Candidate(ref, reason=CHANGED_WHILE_READING)
        return
    try:
        text, warning = decode_bytes(data)
    except InputRejected as err:
        yield Candidate(ref, reason=str(err))
        return
    del data
    for cand in reader(text, ref, path.stem):
        if warning:
            cand.warnings.insert(0, warning)
        yield cand


def read_text(text: str, ref: str, stem: str) -> Iterator[Candidate]:
    """Plain text: the whole file is the document."""
    yield Candidate(ref, doc_id=stem, text=text)


def read_markdown(text: str, ref: str, stem: str) -> Iterator[Candidate]:
    """Markdown: headings and emphasis marks dropped, the words kept."""
    lines = []
    for line in text.splitlines():
        stripped = line.lstrip()
        if stripped.startswith("#"):
            line = stripped.lstrip("#").strip()
        lines.append(line.replace("**", "").replace("__", ""))
    yield Candidate(ref, doc_id=stem, text="\n".join(lines))


class _VisibleText(HTMLParser):
    """Collects the text a browser shows; scripts, styles and the head are not shown."""

    HIDDEN = {"script", "style", "noscript", "template", "head", "svg", "iframe"}
    BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
             "section", "article", "header", "footer", "blockquote", "pre", "table", "ul", "ol"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: list[str] = []
        self._hidden = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag == "title":
            self._in_title = True
        elif tag in self.HIDDEN:
            self._hidden += 1
        elif tag in self.BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        elif tag in self.HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag in self.BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title.append(data)
        elif not self._hidden:
            self.parts.append(data)


def read_html(text: str, ref: str, stem: str) -> Iterator[Candidate]:
    """HTML: the visible text; the <title> becomes the title."""
    parser = _VisibleText()
    try:
        parser.feed(text)
        parser.close()
    except Exception as err:  # html.parser is lenient; this is a last resort
        yield Candidate(ref, reason=f"unreadable HTML: {err}")
        return
    body = "".join(parser.parts)
    paragraphs = [_collapse(p) for p in body.split("\n\n")]
    title = _collapse("".join(parser.title)) or None
    yield _with_title(Candidate(ref, doc_id=stem, title=title),
                      "\n\n".join(p for p in paragraphs if p))


_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")


def _collapse(text: str) -> str:
    """Collapse HTML white space as a browser does: ASCII white space only, so
    no-break spaces (U+00A0, U+202F) inside numbers like "12 000" are kept."""
    return _HTML_SPACE.sub(" ", text).strip(" \t\n\r\f")


def _with_title(cand: Candidate, body: str) -> Candidate:
    """A title becomes the first paragraph of the document."""
    cand.text = f"{cand.title}\n\n{body}" if cand.title else body
    return cand


class _StrictJSON:
    """json.loads that refuses what JSON does not allow or a ledger cannot trust."""

    @staticmethod
    def _pairs(pairs: list[tuple[str, object]]) -> dict:
        keys = [k for k, _ in pairs]
        dupes = sorted({k for k in keys if keys.count(k) > 1})
        if dupes:
            raise InputRejected(f"duplicate key {dupes[0]!r}")
        return dict(pairs)

    @staticmethod
    def _constant(name: str) -> float:
        raise InputRejected(f"{name} is not valid JSON")

    @classmethod
    def loads(cls, text: str) -> object:
        try:
            return json.loads(text, object_pairs_hook=cls._pairs,
                              parse_constant=cls._constant)
        except InputRejected:
            raise
        except json.JSONDecodeError as err:
            raise InputRejected(f"malformed JSON: {err.msg} at line {err.lineno} "
                                f"column {err.colno}") from None
        except RecursionError:
            raise InputRejected("JSON nested too deeply") from None
        except ValueError as err:  # e.g. an integer beyond the digit limit
            raise InputRejected(f"malformed JSON: {err}") from None


def record_candidate(obj: object, ref: str) -> Candidate:
    """A candidate from one JSON/CSV record with fields id, url, date, title, text."""
    if not isinstance(obj, dict):
        return Candidate(ref, reason=f"record is a JSON {type(obj).__name__}, not an object")
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        return Candidate(ref, reason="record has no text")
    cand = Candidate(ref)
    for key, attr in (("id", "doc_id"), ("url", "url"), ("title", "title")):
        value = obj.get(key)
        if value is None or value == "":
            continue
        if isinstance(value, bool) or not isinstance(value, str | int):
            cand.warnings.append(f"field {key!r} ignored: not a string")
            continue
        setattr(cand, attr, str(value).strip() or None)
    date = obj.get("date")
    if date not in (None, ""):
        parsed = parse_date(date)
        if parsed is None:
            cand.warnings.append(f"unreadable date {str(date)[:40]!r} ignored")
        cand.published = parsed
    unknown = sorted(set(obj) - set(RECORD_FIELDS))
    if unknown:
        cand.warnings.append("fields ignored: " + ", ".join(map(str, unknown[:5])))
    return _with_title(cand, text)


def parse_date(value: object) -> str | None:
    """An ISO date (YYYY-MM-DD) from a record's date field, or None."""
    import datetime as dt

    if not isinstance(value, str):
        return None
    head = value.strip()[:10]
    try:
        return dt.date.fromisoformat(head).isoformat()
    except ValueError:
        return None


def read_json(text: str, ref: str, stem: str) -> Iterator[Candidate]:
    """JSON: one record object, or a list of them."""
    try:
        data = _StrictJSON.loads(text)
    except InputRejected as err:
        yield Candidate(ref, reason=str(err))
        return
    if isinstance(data, list):
        if not data:
            yield Candidate(ref, reason="empty JSON list")
        for i, obj in enumerate(data):
            yield _default_id(record_candidate(obj, f"{ref}#{i}"), f"{stem}-{i}")
    else:
        yield _default_id(record_candidate(data, ref), stem)


def read_jsonl(text: str, ref: str, stem: str) -> Iterator[Candidate]:
    """JSON Lines: one record per non-blank line; a bad line rejects only itself."""
    seen = False
    for n, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        seen = True
        line_ref = f"{ref}#L{n}"
        try:
            obj = _StrictJSON.loads(line)
        except InputRejected as err:
            yield Candidate(line_ref, reason=str(err))
            continue
        yield _default_id(record_candidate(obj, line_ref), f"{stem}-L{n}")
    if not seen:
        yield Candidate(ref, reason="empty file")


def read_csv(text: str, ref: str, stem: str) -> Iterator[Candidate]:
    """CSV with a header row; a ragged row rejects only itself; a file with no
    record at all is rejected as a whole."""
    empty = True
    for cand in _csv_candidates(text, ref, stem):
        empty = False
        yield cand
    if empty:
        yield Candidate(ref, reason="CSV has a header but no records")


def _csv_candidates(text: str, ref: str, stem: str) -> Iterator[Candidate]:
    csv.field_size_limit(2**31 - 1)
    rows = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(rows)
    except (StopIteration, csv.Error) as err:
        yield Candidate(ref, reason=f"no CSV header{': ' + str(err) if str(err) else ''}")
        return
    header = [h.strip().lower() for h in header]
    if "text" not in header:
        yield Candidate(ref, reason="CSV header has no 'text' column")
        return
    n = 1
    while True:
        try:
            row = next(rows)
        except StopIteration:
            break
        except csv.Error as err:
            n += 1
            yield Candidate(f"{ref}#R{n}", reason=f"unreadable CSV row: {err}")
            continue
        n += 1
        if not any(cell.strip() for cell in row):
            continue
        row_ref = f"{ref}#R{n}"
        if len(row) != len(header):
            yield Candidate(row_ref, reason=f"ragged CSV row: {len(row)} fields, "
                                            f"header has {len(header)}")
            continue
        yield _default_id(record_candidate(dict(zip(header, row, strict=True)), row_ref),
                          f"{stem}-R{n}")


def _default_id(cand: Candidate, fallback: str) -> Candidate:
    if cand.reason is None and not cand.doc_id:
        cand.doc_id = fallback
    return cand


READERS: dict[str, Callable[[str, str, str], Iterator[Candidate]]] = {
    ".txt": read_text,
    ".md": read_markdown,
    ".html": read_html,
    ".htm": read_html,
    ".json": read_json,
    ".jsonl": read_jsonl,
    ".csv": read_csv,
}
