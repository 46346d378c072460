"""The Python package: parse, chunks, the _many calls, bytes, spans sliced from Python, errors."""

import os
import pathlib

import pytest

import dagang

ROOT = pathlib.Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "fixtures"
CORPUS = ROOT.parent / "shared" / "corpus"
NOTICE = (FIXTURES / "kinds" / "notice_all_parts.txt").read_text(encoding="utf-8")
SEED = (FIXTURES / "seed" / "fanwen_speech.txt").read_text(encoding="utf-8")


def documents(folder):
    return sorted(p for p in folder.rglob("*") if p.suffix in (".txt", ".md") and p.is_file())


def spans(value):
    """Every span in a parse result (an object with start, end and line)."""
    if isinstance(value, dict):
        if {"start", "end", "line"} <= value.keys():
            yield value
        for v in value.values():
            yield from spans(v)
    elif isinstance(value, list):
        for v in value:
            yield from spans(v)


def sections(doc):
    stack = list(reversed(doc["sections"]))
    while stack:
        s = stack.pop()
        yield s
        stack.extend(reversed(s["sections"]))


def test_parse_gives_the_outline():
    doc = dagang.parse(NOTICE)
    assert doc["kind"]["type"] == "official_document"
    assert doc["title"]["text"]
    headings = [s["heading"] for s in sections(doc)]
    assert headings, "should find the headings"
    # The same contract as the command line: version, source, meta, boilerplate, diagnostics.
    assert {"version", "source", "meta", "preamble", "sections", "boilerplate", "diagnostics"} <= doc.keys()


def test_spans_slice_the_text_in_python():
    for text in (NOTICE, SEED):
        doc = dagang.parse(text)
        for s in spans(doc):
            assert 0 <= s["start"] <= s["end"] <= len(text)
            assert len(text[s["start"]:s["end"]].encode("utf-8")) == s["byte_end"] - s["byte_start"]
        title = doc["title"]
        assert text[title["span"]["start"]:title["span"]["end"]].strip().endswith(title["text"][-4:])
        for b in doc["boilerplate"]:
            assert text[b["span"]["start"]:b["span"]["end"]] == b["text"]


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is absent")
def test_every_span_of_the_corpus_slices_its_text():
    for path in documents(CORPUS):
        text = path.read_text(encoding="utf-8")
        doc = dagang.parse(text)
        for s in spans(doc):
            piece = text[s["start"]:s["end"]]
            assert len(piece.encode("utf-8")) == s["byte_end"] - s["byte_start"], path
        for b in doc["boilerplate"]:
            assert text[b["span"]["start"]:b["span"]["end"]] == b["text"], path
        for c in dagang.chunks(text):
            assert c["span"]["start"] <= c["span"]["end"] <= len(text), path


def test_chunks_keep_the_outline():
    chunks = dagang.chunks(NOTICE, max_chars=120, min_chars=0)
    assert chunks and all(c["chars"] <= 120 for c in chunks)
    assert [c["index"] for c in chunks] == list(range(len(chunks)))
    doc = dagang.parse(NOTICE)
    for c in chunks:
        assert c["path"][0] == doc["title"]["text"]
        assert c["chars"] == len(c["text"])
        # The span holds the chunk's text (white space aside).
        source = "".join(NOTICE[c["span"]["start"]:c["span"]["end"]].split())
        assert "".join(c["text"].split())[:6] in source
    overlapped = dagang.chunks(NOTICE, max_chars=60, min_chars=0, overlap=1)
    assert len(overlapped) >= len(dagang.chunks(NOTICE, max_chars=60, min_chars=0))


def test_the_many_calls_match_one_by_one_in_order():
    texts = [p.read_text(encoding="utf-8") for p in documents(FIXTURES)][:40]
    assert dagang.parse_many(texts) == [dagang.parse(t) for t in texts]
    assert dagang.parse_many(texts, jobs=1) == [dagang.parse(t) for t in texts]
    assert dagang.chunks_many(texts, max_chars=300) == [dagang.chunks(t, max_chars=300) for t in texts]
    assert dagang.parse_many(iter(texts[:3])) == [dagang.parse(t) for t in texts[:3]]
    assert dagang.parse_many([]) == []


def test_json_text_is_the_same_outline():
    import json

    assert json.loads(dagang.parse(NOTICE, json=True)) == dagang.parse(NOTICE)
    assert json.loads(dagang.parse(NOTICE.encode("gbk"), json=True)) == dagang.parse(NOTICE.encode("gbk"))
    assert [json.loads(c) for c in dagang.chunks_many([NOTICE, SEED], json=True)] == dagang.chunks_many([NOTICE, SEED])
    assert [json.loads(d) for d in dagang.parse_many([NOTICE, SEED], json=True)] == dagang.parse_many([NOTICE, SEED])


def test_bytes_are_decoded_as_the_command_line_decodes_them():
    gbk = NOTICE.encode("gbk")
    doc = dagang.parse(gbk)
    assert doc["source"]["encoding"] != "UTF-8"
    assert doc["text"] == NOTICE
    assert doc["title"]["text"] == dagang.parse(NOTICE)["title"]["text"]
    assert dagang.parse(NOTICE.encode("utf-16"))["title"]["text"] == doc["title"]["text"]
    assert dagang.parse(gbk, encoding="gbk")["title"]["text"] == doc["title"]["text"]
    assert dagang.chunks(gbk) == dagang.chunks(NOTICE)


def test_bad_input_and_bad_options_raise():
    with pytest.raises(dagang.DecodeError):
        dagang.parse(b"\x00\x01\x02binary\x00" * 100)
    with pytest.raises(dagang.DecodeError):
        dagang.parse(NOTICE.encode("utf-8"), encoding="no-such-encoding")
    assert issubclass(dagang.DecodeError, ValueError)
    with pytest.raises(ValueError):
        dagang.parse(NOTICE, kind="poem")
    with pytest.raises(ValueError):
        dagang.parse(NOTICE, line_breaks="sideways")
    with pytest.raises(ValueError):
        dagang.chunks(NOTICE, max_chars=0)
    with pytest.raises(ValueError):
        dagang.parse_many([NOTICE], jobs=0)
    with pytest.raises(TypeError):
        dagang.parse(42)
    with pytest.raises(TypeError):
        dagang.parse_many([NOTICE, 42])
    with pytest.raises(OverflowError):
        dagang.chunks(NOTICE, max_chars=-1)
    # Any text parses.
    for text in ("", "\n\n", "一、", "\ufeff第一条", "（" * 1000, "\u3000" * 50):
        assert isinstance(dagang.parse(text), dict)
        assert isinstance(dagang.chunks(text), list)


def test_the_docstring_examples_run():
    import doctest

    assert doctest.testmod(dagang).failed == 0
