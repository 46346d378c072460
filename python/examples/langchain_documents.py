"""Chunks as LangChain-shaped documents: ``{"page_content": ..., "metadata": {...}}``.

No LangChain needed: ``langchain_core.documents.Document(**d)`` accepts each dict as it is.

    python3 python/examples/langchain_documents.py FILE...
"""

import json
import sys

import dagang


def to_documents(text, source, max_chars=800):
    """The chunks of ``text`` as LangChain-shaped dicts, each with its outline in the metadata."""
    out = []
    for c in dagang.chunks(text, max_chars=max_chars):
        out.append(
            {
                "page_content": c["text"],
                "metadata": {
                    "source": source,
                    "title": c["title"],
                    # The headings above the chunk, as one string and as a list.
                    "section": " > ".join(c["path"]),
                    "path": c["path"],
                    "level": c["level"],
                    "kind": c["kind"],
                    "chunk": c["index"],
                    "start": c["span"]["start"],
                    "end": c["span"]["end"],
                },
            }
        )
    return out


if __name__ == "__main__":
    for name in sys.argv[1:]:
        with open(name, encoding="utf-8") as f:
            for d in to_documents(f.read(), name):
                print(json.dumps(d, ensure_ascii=False))
