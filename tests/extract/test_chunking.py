from pipeline.extract.chunking import split_text


def test_chunks_cover_text_and_never_split_words() -> None:
    para = "Rescuers found 12 miners alive near the shaft. " * 30
    text = "\n\n".join([para] * 40)
    chunks = list(split_text(text, 5000))
    assert "".join(c for _, c in chunks) == text
    for off, c in chunks:
        assert text[off:off + len(c)] == c
        assert len(c) <= 5000
        end = off + len(c)
        if end < len(text):
            assert not (text[end - 1].isalnum() and text[end].isalnum())


def test_empty_text() -> None:
    assert list(split_text("")) == [(0, "")]
