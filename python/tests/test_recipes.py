"""The recipes in python/examples: LangChain-shaped documents and a pandas DataFrame of chunks."""

import importlib.util
import pathlib

import pytest

import dagang

ROOT = pathlib.Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "python" / "examples"


def load(name):
    spec = importlib.util.spec_from_file_location(name, EXAMPLES / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_langchain_documents_carry_the_outline():
    recipe = load("langchain_documents")
    path = ROOT / "fixtures" / "kinds" / "notice_all_parts.txt"
    text = path.read_text(encoding="utf-8")
    docs = recipe.to_documents(text, str(path), max_chars=200)
    assert docs and all(set(d) == {"page_content", "metadata"} for d in docs)
    for d, c in zip(docs, dagang.chunks(text, max_chars=200)):
        assert d["page_content"] == c["text"]
        assert d["metadata"]["path"] == c["path"] and d["metadata"]["section"].startswith(c["title"])
        assert d["metadata"]["source"] == str(path)


def test_pandas_frame_has_a_row_per_chunk():
    pd = pytest.importorskip("pandas")
    recipe = load("pandas_chunks")
    df = recipe.frame(ROOT / "fixtures" / "outline")
    files = sorted(p for p in (ROOT / "fixtures" / "outline").rglob("*") if p.suffix in (".txt", ".md"))
    want = sum(len(dagang.chunks(p.read_text(encoding="utf-8"))) for p in files)
    assert isinstance(df, pd.DataFrame) and len(df) == want
    assert list(df.columns) == ["file", "index", "title", "section", "level", "chars", "text"]
    assert (df["chars"] <= 800).all()
