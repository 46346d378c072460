"""A pandas DataFrame of the chunks of a folder of documents, one row a chunk.

    python3 python/examples/pandas_chunks.py DIR
"""

import pathlib
import sys

import pandas as pd

import dagang


def frame(folder):
    """One row per chunk of every .txt/.md file under ``folder``: file, index, path, level, text."""
    files = sorted(p for p in pathlib.Path(folder).rglob("*") if p.suffix in (".txt", ".md"))
    texts = [p.read_text(encoding="utf-8") for p in files]
    rows = []
    for path, chunks in zip(files, dagang.chunks_many(texts)):
        for c in chunks:
            rows.append(
                {
                    "file": str(path),
                    "index": c["index"],
                    "title": c["title"],
                    "section": " > ".join(c["path"]),
                    "level": c["level"],
                    "chars": c["chars"],
                    "text": c["text"],
                }
            )
    return pd.DataFrame(rows, columns=["file", "index", "title", "section", "level", "chars", "text"])


if __name__ == "__main__":
    df = frame(sys.argv[1] if len(sys.argv) > 1 else "fixtures")
    print(df.groupby("file")["chars"].agg(["count", "sum", "max"]).to_string())
