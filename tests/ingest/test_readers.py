"""Each input format becomes the documents (or rejections) a user expects."""

from __future__ import annotations

import json
from pathlib import Path

from pipeline.ingest.batch import Manifest, iter_ingest, make_manifest, scan
from pipeline.ingest.readers import read_file


def candidates(path: Path):
    return list(read_file(path, str(path)))


def ingest_folder(folder: Path, stored: dict | None = None):
    files, refused = scan(folder)
    manifest = make_manifest(folder, files, refused)
    docs, logs = [], []
    for chunk in iter_ingest(manifest, stored or {}):
        docs.append(chunk.documents)
        logs.append(chunk.log)
    import pandas as pd

    return pd.concat(docs), pd.concat(logs), manifest


def test_txt_document_id_is_file_stem(tmp_path: Path) -> None:
    p = tmp_path / "kursk-losses.txt"
    p.write_text("Headline\n\nAt least 30 soldiers were killed.", encoding="utf-8")
    [c] = candidates(p)
    assert c.doc_id == "kursk-losses" and c.reason is None
    assert "At least 30 soldiers" in c.text


def test_markdown_headings_lose_their_marks(tmp_path: Path) -> None:
    p = tmp_path / "brief.md"
    p.write_text("# Morning brief\n\nOfficials said **120** people were evacuated.\n")
    [c] = candidates(p)
    assert c.text.startswith("Morning brief") and "**" not in c.text


def test_html_keeps_visible_text_only(tmp_path: Path) -> None:
    p = tmp_path / "page.html"
    p.write_text("<html><head><title>Night raid</title><style>p{color:red}</style>"
                 "<script>var killed = 999;</script></head><body><p>Four drones were "
                 "shot down.</p><script>track(1000)</script><p>No one was hurt.</p>"
                 "</body></html>")
    [c] = candidates(p)
    assert c.title == "Night raid"
    assert c.text.split("\n\n") == ["Night raid", "Four drones were shot down.",
                                    "No one was hurt."]
    assert "999" not in c.text and "color" not in c.text and "1000" not in c.text


def test_json_list_records_with_title_as_first_paragraph(tmp_path: Path) -> None:
    p = tmp_path / "feed.json"
    p.write_text(json.dumps([
        {"id": "a1", "url": "https://example.org/a1", "date": "2024-12-23",
         "title": "Losses mount", "text": "At least 100 were killed."},
        {"text": "Only text here."},
    ]))
    a, b = candidates(p)
    assert (a.doc_id, a.published, a.url) == ("a1", "2024-12-23", "https://example.org/a1")
    assert a.text == "Losses mount\n\nAt least 100 were killed."
    assert b.doc_id == "feed-1" and b.published is None


def test_single_json_object_is_one_record(tmp_path: Path) -> None:
    p = tmp_path / "one.json"
    p.write_text(json.dumps({"id": "x", "text": "Two tanks were destroyed."}))
    [c] = candidates(p)
    assert c.doc_id == "x"


def test_jsonl_bad_line_rejects_only_itself(tmp_path: Path) -> None:
    p = tmp_path / "wire.jsonl"
    p.write_text('{"id": "w1", "text": "Ten were hurt."}\n{"id": "w2", "text": \n'
                 '{"id": "w3", "text": "Five were captured."}\n')
    cands = candidates(p)
    assert [c.doc_id for c in cands if c.reason is None] == ["w1", "w3"]
    [bad] = [c for c in cands if c.reason]
    assert bad.input_ref.endswith("#L2") and "malformed JSON" in bad.reason


def test_csv_ragged_row_rejected_rest_kept(tmp_path: Path) -> None:
    p = tmp_path / "digest.csv"
    p.write_text("id,date,title,text\nc1,2024-11-02,T,Twelve were wounded.\n"
                 "c2,2024-11-03,too,many,fields\nc3,,,Three went missing.\n")
    cands = candidates(p)
    assert [c.doc_id for c in cands if c.reason is None] == ["c1", "c3"]
    assert [c.reason for c in cands if c.reason][0].startswith("ragged CSV row")


def test_broken_json_is_rejected_with_reason(tmp_path: Path) -> None:
    p = tmp_path / "broken.json"
    p.write_text('[{"id": "z", "text": "cut off')
    [c] = candidates(p)
    assert c.reason.startswith("malformed JSON")


def test_json_duplicate_keys_nan_and_huge_ints_rejected(tmp_path: Path) -> None:
    cases = {
        "dup.json": '{"text": "a", "text": "b"}',
        "nan.json": '{"text": "x", "score": NaN}',
        "big.json": '{"text": "x", "n": ' + "9" * 5000 + "}",
        "deep.json": "[" * 100_000 + "]" * 100_000,
    }
    for name, body in cases.items():
        (tmp_path / name).write_text(body)
        [c] = candidates(tmp_path / name)
        assert c.reason, name


def test_unsupported_suffix_is_logged_not_lost(tmp_path: Path) -> None:
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    docs, log, _ = ingest_folder(tmp_path)
    assert docs.empty
    assert log["outcome"].tolist() == ["rejected"]
    assert "unsupported" in log["reason"].iloc[0]


def test_same_text_under_two_names_stored_once(tmp_path: Path) -> None:
    text = "Officials said 40 people were evacuated."
    (tmp_path / "a.txt").write_text(text)
    (tmp_path / "b.txt").write_text(text + "\n\n")
    docs, log, _ = ingest_folder(tmp_path)
    assert docs["doc_id"].tolist() == ["a"]
    dup = log[log["outcome"] == "duplicate"]
    assert dup["duplicate_of"].tolist() == ["a"]


def test_text_already_stored_in_another_batch_is_duplicate(tmp_path: Path) -> None:
    from pipeline.ingest.text import content_hash

    (tmp_path / "c.txt").write_text("Nine were killed.")
    docs, log, _ = ingest_folder(tmp_path, stored={content_hash("Nine were killed."): "old"})
    assert docs.empty and log["duplicate_of"].tolist() == ["old"]


def test_same_id_different_text_gets_a_distinct_id(tmp_path: Path) -> None:
    (tmp_path / "x").mkdir()
    (tmp_path / "y").mkdir()
    (tmp_path / "x" / "report.txt").write_text("Seven were wounded.")
    (tmp_path / "y" / "report.txt").write_text("Eight were wounded.")
    docs, log, _ = ingest_folder(tmp_path)
    assert len(set(docs["doc_id"])) == 2
    assert log["warning"].notna().sum() == 1


def test_every_input_has_exactly_one_outcome(tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_text("Six were hurt.")
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "blank.txt").write_text("  \n\t\n")
    (tmp_path / "bin.txt").write_bytes(bytes(range(256)) * 10)
    docs, log, _ = ingest_folder(tmp_path)
    assert sorted(log["input_ref"].map(lambda r: Path(r).name)) == \
        ["bin.txt", "blank.txt", "empty.txt", "ok.txt"]
    assert log.set_index(log["input_ref"].map(lambda r: Path(r).name))["outcome"].to_dict() == {
        "ok.txt": "ingested", "empty.txt": "rejected", "blank.txt": "rejected",
        "bin.txt": "rejected"}


def test_symlink_outside_folder_refused(tmp_path: Path) -> None:
    outside = tmp_path / "secret.txt"
    outside.write_text("Not for the inbox.")
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "link.txt").symlink_to(outside)
    files, refused = scan(inbox)
    assert files == [] and refused[0][1].startswith("symbolic link")


def test_batch_id_is_stable_and_manifest_round_trips(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("One was killed.")
    files, refused = scan(tmp_path)
    m1, m2 = make_manifest(tmp_path, files, refused), make_manifest(tmp_path, files, refused)
    assert m1.batch_id == m2.batch_id
    m1.save(tmp_path / "state")
    assert Manifest.load(tmp_path / "state", m1.batch_id) == m1


def test_csv_with_only_a_header_is_rejected_as_a_whole(tmp_path: Path) -> None:
    p = tmp_path / "empty.csv"
    p.write_text("text\n")
    [c] = candidates(p)
    assert c.reason == "CSV has a header but no records"
