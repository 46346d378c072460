"""Checks the Spark job's output against the CLI's, document by document.

    python3 python/examples/compare_spark.py OUT CLI FILE...

OUT is spark_outline.py's output folder. Every FILE must be in OUT/pipe and OUT/package once, with
the outline `CLI FILE` prints (the package's spans compared by their byte offsets). Exit 1 on the
first difference.
"""

import json
import pathlib
import subprocess
import sys


def read(folder):
    out = {}
    for part in sorted(pathlib.Path(folder).glob("part-*")):
        for line in part.read_text(encoding="utf-8").splitlines():
            if line.strip():
                d = json.loads(line)
                out[d.pop("id")] = d
    return out


def bytes_spans(value):
    """The package's spans back in the CLI's byte offsets."""
    if isinstance(value, dict):
        if "byte_start" in value:
            value = dict(value, start=value["byte_start"], end=value["byte_end"])
            del value["byte_start"], value["byte_end"]
        return {k: bytes_spans(v) for k, v in value.items()}
    if isinstance(value, list):
        return [bytes_spans(v) for v in value]
    return value


def main():
    out, cli, files = sys.argv[1], sys.argv[2], sys.argv[3:]
    pipe, package = read(pathlib.Path(out) / "pipe"), read(pathlib.Path(out) / "package")
    for f in files:
        want = json.loads(subprocess.run([cli, f], capture_output=True, check=True, text=True).stdout)
        for name, got in (("pipe", pipe.get(f)), ("package", package.get(f))):
            if got is None:
                sys.exit(f"{f}: missing from the Spark job's {name} output")
            if name == "package":
                got = bytes_spans(got)
            # The Spark job hands dagang text (a JSON string, a DataFrame column), the CLI the file's
            # bytes: only how the encoding was found may differ (detection "text" against "utf8").
            want = dict(want, source=dict(want["source"], detection=got["source"].get("detection")))
            if got != want:
                keys = [k for k in want if got.get(k) != want[k]]
                sys.exit(f"{f}: the Spark job's {name} outline differs from the CLI's in {keys}")
    print(f"{len(files)} documents: the Spark job's outlines (pipe and package) equal the CLI's")


if __name__ == "__main__":
    main()
