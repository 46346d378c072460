"""Speed side by side, in one run: dagang.parse_many on 1,000 corpus documents (as Python objects,
and as JSON text) against the CLI's batch mode on the same files, against a 30-line pure-Python regex splitter, and against
unstructured's partition_text when it can run (it fetches a spaCy model from GitHub at first use).

    python3 python/examples/bench.py [CORPUS] [--cli PATH] [--n 1000]

Prints the wall time of each (best of three) and its ratio to parse_many. Without network access
to GitHub, unstructured runs once a spaCy pipeline is installed under the name it loads:

    python3 -c "import spacy; n = spacy.blank('en'); n.add_pipe('sentencizer'); n.meta['name'] = 'core_web_sm'; n.to_disk('/tmp/m')"
    mkdir -p /tmp/p && python3 -m spacy package /tmp/m /tmp/p --name core_web_sm --version 3.8.0
    pip install /tmp/p/en_core_web_sm-3.8.0/dist/en_core_web_sm-3.8.0.tar.gz
"""

import argparse
import os
import pathlib
import re
import subprocess
import tempfile
import time

import dagang

HEADING = re.compile(r"^\s*(第[一二三四五六七八九十百零〇\d]+[章节条部分编]|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.、．])")


def regex_outline(text):
    """A 30-line regex splitter: what a RAG pipeline writes by hand (headings by marker only)."""
    sections, current = [], {"heading": None, "level": 0, "lines": []}
    for line in text.splitlines():
        m = HEADING.match(line)
        if m:
            sections.append(current)
            marker = m.group(1)
            level = 1 if marker.endswith("、") and not marker[0].isdigit() else 2 if marker.startswith("（") else 3
            current = {"heading": line.strip(), "level": level, "lines": []}
        elif line.strip():
            current["lines"].append(line.strip())
    sections.append(current)
    return sections


def best(f, runs=3):
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        f()
        times.append(time.perf_counter() - t)
    return min(times)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", default=str(pathlib.Path(__file__).resolve().parents[3] / "shared" / "corpus"))
    ap.add_argument("--cli", default="dagang")
    ap.add_argument("--n", type=int, default=1000)
    args = ap.parse_args()
    files = sorted(p for p in pathlib.Path(args.corpus).rglob("*") if p.suffix in (".txt", ".md"))
    texts = [p.read_bytes().decode("utf-8") for p in files]
    docs = [texts[i % len(texts)] for i in range(args.n)]
    mb = sum(len(t.encode()) for t in docs) / 1e6
    with tempfile.TemporaryDirectory() as tmp:
        for i, t in enumerate(docs):
            pathlib.Path(tmp, f"{i:05}.txt").write_bytes(t.encode())
        rows = [("dagang.parse_many", best(lambda: dagang.parse_many(docs)))]
        rows.append(("dagang.parse_many(json=True)", best(lambda: dagang.parse_many(docs, json=True))))
        rows.append(("CLI batch (dagang -r DIR)", best(lambda: subprocess.run([args.cli, "-r", tmp], stdout=subprocess.DEVNULL, check=True))))
    rows.append(("dagang.parse, one by one", best(lambda: [dagang.parse(t) for t in docs], runs=1)))
    rows.append(("30-line regex splitter", best(lambda: [regex_outline(t) for t in docs])))
    try:
        from unstructured.partition.text import partition_text

        partition_text(text=docs[0])
        rows.append(("unstructured.partition_text", best(lambda: [partition_text(text=t) for t in docs], runs=1)))
    except Exception as e:  # not installed, or its model cannot be fetched
        rows.append((f"unstructured.partition_text: not run ({type(e).__name__}: {str(e)[:80]})", None))
    base = rows[0][1]
    print(f"{args.n} documents, {mb:.1f} MB, {os.cpu_count()} cores")
    for name, t in rows:
        if t is None:
            print(f"  {name}")
        else:
            print(f"  {name:34s} {t * 1000:9.1f} ms  {t / base:6.2f}x  {mb / t:7.1f} MB/s")


if __name__ == "__main__":
    main()
