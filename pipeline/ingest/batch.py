"""Batches: which files make one unit of work, and how they become documents.

A batch is a list of input files, written down as a manifest (JSON) before any
work starts, and named by a hash of the files' paths, sizes and modification
times: the same input gives the same batch id, so re-running it replaces
exactly its rows. Dagster shows each batch as a dynamic partition.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from pipeline.ingest.readers import (
    CHANGED_WHILE_READING,
    READERS,
    TEXT_SUFFIXES,
    Candidate,
    file_stamp,
    read_file,
    read_markdown,
)
from pipeline.ingest.text import (
    InputRejected,
    content_hash,
    line_pieces,
    normalize_pieces,
    normalize_text,
    stream_encoding,
)

#: texts longer than this are split into parts at paragraph boundaries
MAX_DOC_CHARS = 1_000_000
#: .txt/.md files larger than this are read as a stream, never held whole
STREAM_MIN_BYTES = 16 << 20
#: bytes decoded at a time when streaming
STREAM_BLOCK_BYTES = 1 << 20
#: a chunk of rows is handed on once its documents hold this many characters
FLUSH_CHARS = 16 * MAX_DOC_CHARS


@dataclass(frozen=True)
class Manifest:
    """The files of one batch."""

    batch_id: str
    root: str
    files: tuple[str, ...]
    refused: tuple[tuple[str, str], ...] = ()   # (path, reason): logged, never read
    #: (size, mtime_ns) of each file when the batch was made; () in old manifests
    stats: tuple[tuple[int, int], ...] = ()

    def to_json(self) -> str:
        return json.dumps({"batch_id": self.batch_id, "root": self.root,
                           "files": list(self.files),
                           "refused": [list(r) for r in self.refused],
                           "stats": [list(s) for s in self.stats]}, indent=1)

    @classmethod
    def from_json(cls, text: str) -> Manifest:
        d = json.loads(text)
        return cls(d["batch_id"], d["root"], tuple(d["files"]),
                   tuple((p, r) for p, r in d.get("refused", [])),
                   tuple((int(a), int(b)) for a, b in d.get("stats", [])))

    def stat_of(self, index: int) -> tuple[int, int] | None:
        """(size, mtime_ns) of file `index` when the batch was made, if recorded."""
        return self.stats[index] if len(self.stats) == len(self.files) else None

    def save(self, state_dir: Path) -> Path:
        state_dir.mkdir(parents=True, exist_ok=True)
        path = state_dir / f"{self.batch_id}.json"
        # a name of its own: two runs may save the same batch at the same moment
        tmp = path.with_suffix(f".json.{os.getpid()}.{threading.get_ident()}.tmp")
        try:
            tmp.write_text(self.to_json(), encoding="utf-8")
            os.replace(tmp, path)
        finally:
            tmp.unlink(missing_ok=True)
        return path

    @classmethod
    def load(cls, state_dir: Path, batch_id: str) -> Manifest:
        path = state_dir / f"{batch_id}.json"
        if not path.is_file():
            raise FileNotFoundError(f"no manifest for batch {batch_id!r} in {state_dir}")
        return cls.from_json(path.read_text(encoding="utf-8"))


def scan(input_path: Path,
         exclude: Iterable[Path] = ()) -> tuple[list[Path], list[tuple[str, str]]]:
    """Input files under a path (a file, or a folder walked recursively).

    Returns (files, refused). Symbolic links that lead outside the folder and
    paths with '..' are refused, with a reason, and never read. Hidden files
    and folders (a leading dot) are skipped.
    """
    input_path = Path(os.path.abspath(input_path))  # a user's "../x" is fine; made absolute
    if input_path.is_file():
        return [input_path], []
    if not input_path.is_dir():
        raise FileNotFoundError(f"input not found: {input_path}")
    root = input_path.resolve()
    skip = {p.resolve() for p in exclude}
    files: list[Path] = []
    refused: list[tuple[str, str]] = []
    for dirpath, dirnames, filenames in os.walk(input_path, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in [d for d in dirnames if (Path(dirpath) / d).is_symlink()]:
            dirnames.remove(name)       # os.walk would skip it without a word
            link = Path(dirpath) / name
            refused.append((str(link), "symbolic link pointing outside the input folder"
                            if not link.resolve().is_relative_to(root)
                            else "symbolic link to a folder; not followed"))
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            path = Path(dirpath) / name
            if path.is_symlink():
                target = path.resolve()
                if not target.is_relative_to(root):
                    refused.append((str(path), "symbolic link pointing outside the input folder"))
                    continue
            if path.resolve() in skip:
                continue
            if not path.is_file():
                refused.append((str(path), "not a regular file"))
                continue
            files.append(path)
    return files, refused


def make_manifest(input_path: Path, files: list[Path],
                  refused: list[tuple[str, str]] = ()) -> Manifest:
    """A manifest whose id is derived from the files' paths, sizes and mtimes."""
    h = hashlib.sha256()
    stats = []
    for f in files:
        st = f.stat()
        stats.append(file_stamp(st))
        h.update(f"{f.resolve()}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    for path, reason in refused:
        h.update(f"refused\0{path}\0{reason}\n".encode())
    return Manifest(batch_id="b-" + h.hexdigest()[:12], root=str(Path(input_path).resolve()),
                    files=tuple(str(f) for f in files), refused=tuple(refused),
                    stats=tuple(stats))


@dataclass
class IngestChunk:
    """Rows for `documents` and `ingest_log`, produced a chunk at a time."""

    documents: pd.DataFrame
    log: pd.DataFrame


DOC_COLUMNS = ("doc_id", "batch_id", "content_hash", "input_ref", "title", "url",
               "published", "text", "n_chars", "ingested_at")
LOG_COLUMNS = ("batch_id", "input_ref", "doc_id", "outcome", "reason", "warning",
               "duplicate_of", "content_hash", "logged_at")


class Deduplicator:
    """Knows which hashes and ids are taken, in the store and in this batch."""

    def __init__(self, stored: dict[str, str]) -> None:
        self.by_hash = dict(stored)                  # content_hash -> doc_id
        self.ids = set(stored.values())

    def claim(self, doc_id: str, digest: str) -> tuple[str | None, str | None, str | None]:
        """Returns (doc_id to store, duplicate_of, warning)."""
        if digest in self.by_hash:
            return None, self.by_hash[digest], None
        warning = None
        if doc_id in self.ids:
            n = 8
            new_id = f"{doc_id}-{digest[:n]}"
            while new_id in self.ids:       # that name is taken too (by an explicit id)
                n += 4
                new_id = f"{doc_id}-{digest[:n]}" if n <= len(digest) else f"{new_id}-x"
            warning = f"id {doc_id!r} already names another text; stored as {new_id!r}"
            doc_id = new_id
        self.by_hash[digest] = doc_id
        self.ids.add(doc_id)
        return doc_id, None, warning


def iter_ingest(manifest: Manifest, stored: dict[str, str], *, chunk_size: int = 500,
                now: Callable[[], dt.datetime] = dt.datetime.now,
                max_chars: int = MAX_DOC_CHARS) -> Iterator[IngestChunk]:
    """Read a batch's files and yield rows in chunks; one log row per input."""
    dedup = Deduplicator(stored)
    docs: list[dict] = []
    log: list[dict] = []
    stamp = now().replace(microsecond=0)

    def entry(ref: str, outcome: str, *, doc_id=None, reason=None, warnings=(),
              duplicate_of=None, digest=None) -> dict:
        return {"batch_id": manifest.batch_id, "input_ref": ref, "doc_id": doc_id,
                "outcome": outcome, "reason": reason,
                "warning": "; ".join(warnings) or None, "duplicate_of": duplicate_of,
                "content_hash": digest, "logged_at": stamp}

    def flush() -> IngestChunk:
        chunk = IngestChunk(pd.DataFrame(docs, columns=DOC_COLUMNS),
                            pd.DataFrame(log, columns=LOG_COLUMNS))
        docs.clear()
        log.clear()
        return chunk

    for path, reason in manifest.refused:
        log.append(entry(path, "rejected", reason=reason))
    chars = 0
    for i, file in enumerate(manifest.files):
        for cand in _candidates(Path(file), manifest.stat_of(i), max_chars):
            for ref, row, outcome in _settle(cand, dedup, manifest.batch_id, stamp, max_chars):
                if row is not None:
                    docs.append(row)
                    chars += row["n_chars"]
                log.append(entry(ref, **outcome))
            if len(log) >= chunk_size or chars >= FLUSH_CHARS:
                chars = 0
                yield flush()
    if log:
        yield flush()


def _candidates(path: Path, listed: tuple[int, int] | None = None,
                max_chars: int = MAX_DOC_CHARS) -> Iterator[Candidate]:
    """Candidates of one file; every failure becomes a rejected candidate.

    `listed` is the file's (size, mtime_ns) when the batch was made: a file that
    changed since is rejected (its new version makes a new batch). Large .txt/.md
    files are read as a stream.
    """
    ref = str(path)
    if ".." in path.parts:
        yield Candidate(ref, reason="path contains '..'")
        return
    try:
        st = path.stat()
        if listed is not None and file_stamp(st) != tuple(listed):
            yield Candidate(ref, reason=f"file changed since the batch was made (size "
                                        f"{listed[0]:,} -> {st.st_size:,} bytes); "
                                        "it belongs to a later batch")
            return
        if path.suffix.lower() in TEXT_SUFFIXES and st.st_size > STREAM_MIN_BYTES:
            yield from _stream_candidates(path, ref, max_chars)
        else:
            yield from read_file(path, ref)
    except OSError as err:
        yield Candidate(ref, reason=f"unreadable file: {err.strerror or err}")


def _stream_candidates(path: Path, ref: str, max_chars: int) -> Iterator[Candidate]:
    """A large .txt/.md file in parts of at most max_chars, in bounded memory.

    Gives the parts `split_long_text(normalize_text(text))` would give. If the file
    changes while it is read, the parts already read stay and the last one is
    rejected with a reason.
    """
    try:
        encoding, enc_warning = stream_encoding(path, STREAM_BLOCK_BYTES)
    except InputRejected as err:
        yield Candidate(ref, reason=str(err))
        return
    stem = path.stem
    markdown = path.suffix.lower() == ".md"
    warnings: list[str] = [enc_warning] if enc_warning else []
    note = f"long text read as a stream in parts of at most {max_chars:,} characters"
    before = path.stat()
    held: str | None = None
    n = 0

    def blocks() -> Iterator[str]:
        import codecs

        decoder = codecs.getincrementaldecoder(encoding)("strict")
        with open(path, "rb") as f:
            while data := f.read(STREAM_BLOCK_BYTES):
                yield decoder.decode(data)
        yield decoder.decode(b"", final=True)

    def pieces() -> Iterator[str]:
        for piece in line_pieces(blocks()):
            if markdown:
                end = "\n" if piece.endswith(("\n", "\r")) else ""
                piece = next(read_markdown(piece, ref, stem)).text + end
            yield piece

    def cand(text: str, part: int | None, reason: str | None = None) -> Candidate:
        return Candidate(ref, doc_id=stem, text=text, part=part, reason=reason,
                         warnings=warnings + [note])

    try:
        for part in split_stream(normalize_pieces(pieces(), warnings), max_chars):
            if held is not None:
                n += 1
                yield cand(held, n)
            held = part
        changed = file_stamp(before) != file_stamp(path.stat())
    except UnicodeDecodeError:      # it decoded cleanly a moment ago
        changed = True
    if changed:
        yield Candidate(f"{ref}#part{n + 1}" if n else ref, reason=CHANGED_WHILE_READING,
                        warnings=warnings)
        return
    if held is None:
        yield Candidate(ref, doc_id=stem, text="", warnings=warnings)
        return
    yield cand(held, n + 1 if n else None)


def _settle(cand: Candidate, dedup: Deduplicator, batch_id: str, stamp: dt.datetime,
            max_chars: int) -> Iterator[tuple[str, dict | None, dict]]:
    """Decide the outcome of one candidate (or of each of its parts)."""
    if cand.reason:
        yield cand.input_ref, None, {"outcome": "rejected", "reason": cand.reason,
                                     "warnings": cand.warnings}
        return
    text, warnings = normalize_text(cand.text or "")
    warnings = cand.warnings + warnings
    if not text:
        yield cand.input_ref, None, {"outcome": "rejected", "reason": "empty text",
                                     "warnings": warnings}
        return
    parts = split_long_text(text, max_chars)
    if len(parts) > 1:
        warnings = warnings + [f"text of {len(text):,} characters split into {len(parts)} parts"]
    for i, part in enumerate(parts, 1):
        ref = cand.input_ref if len(parts) == 1 else f"{cand.input_ref}#part{i}"
        base_id = cand.doc_id or "doc"
        if len(parts) > 1:
            base_id = f"{base_id}-part{i}"
        if cand.part is not None:       # already one part of a streamed text
            ref, base_id = f"{cand.input_ref}#part{cand.part}", f"{base_id}-part{cand.part}"
        digest = content_hash(part)
        doc_id, dup_of, warning = dedup.claim(base_id[:200], digest)
        notes = warnings + ([warning] if warning else [])
        if dup_of is not None:
            yield ref, None, {"outcome": "duplicate", "duplicate_of": dup_of,
                              "reason": f"same text as {dup_of}", "warnings": notes,
                              "digest": digest}
            continue
        row = {"doc_id": doc_id, "batch_id": batch_id, "content_hash": digest,
               "input_ref": ref, "title": cand.title, "url": cand.url,
               "published": cand.published, "text": part, "n_chars": len(part),
               "ingested_at": stamp}
        yield ref, row, {"outcome": "ingested", "doc_id": doc_id, "warnings": notes,
                         "digest": digest}


def split_long_text(text: str, max_chars: int) -> list[str]:
    """Split a text longer than max_chars at paragraph, line or space boundaries."""
    if len(text) <= max_chars:
        return [text]
    parts = []
    start = 0
    while len(text) - start > max_chars:
        cut = _cut_point(text[start:start + max_chars], max_chars)
        parts.append(text[start:start + cut].strip())
        start += cut
    parts.append(text[start:].strip())
    return [p for p in parts if p]


def _cut_point(window: str, max_chars: int) -> int:
    cut = -1
    for sep in ("\n\n", "\n", ". ", " "):
        cut = window.rfind(sep)
        if cut > max_chars // 2:
            cut += len(sep)
            break
    if cut <= 0:
        cut = max_chars
    return cut


def split_stream(pieces: Iterable[str], max_chars: int) -> Iterator[str]:
    """split_long_text over a text that arrives in pieces, holding about max_chars:
    ``list(split_stream(pieces, n)) == split_long_text("".join(pieces), n)`` for a
    text that is not empty."""
    pending = ""
    for piece in pieces:
        pending += piece
        while len(pending) > max_chars:
            cut = _cut_point(pending[:max_chars], max_chars)
            part = pending[:cut].strip()
            pending = pending[cut:]
            if part:
                yield part
    part = pending.strip()
    if part:
        yield part


SUPPORTED_SUFFIXES = tuple(READERS)
