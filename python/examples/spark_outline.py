"""Outline a folder of documents with Spark, both ways, and write JSON Lines.

1. ``rdd.pipe("dagang --jsonl")``: each document as a ``{"id", "text"}`` line through the CLI;
2. ``mapInPandas`` with the Python package (``dagang.parse_many`` on each batch).

    python3 python/examples/spark_outline.py DIR OUT [--dagang PATH_TO_CLI]

Writes OUT/pipe and OUT/package (Spark's part files, one JSON object a line, with the document's
path as ``id``). Runs in local mode on two cores (``local[2]``).
"""

import argparse
import json
import pathlib

from pyspark.sql import SparkSession
from pyspark.sql.types import StringType, StructField, StructType


def outline_batches(batches):
    """mapInPandas: each batch of (id, text) rows as (id, outline JSON) rows."""
    import dagang

    for pdf in batches:
        # JSON text straight from Rust: no Python objects built only to be written out again.
        pdf = pdf.assign(outline=dagang.parse_many(list(pdf["text"]), json=True))
        yield pdf[["id", "outline"]]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("src")
    ap.add_argument("out")
    ap.add_argument("--dagang", default="dagang", help="the CLI for rdd.pipe")
    args = ap.parse_args()
    spark = (
        SparkSession.builder.master("local[2]")
        .appName("dagang")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.execution.arrow.pyspark.enabled", "true")
        .getOrCreate()
    )
    sc = spark.sparkContext
    sc.setLogLevel("ERROR")
    files = sorted(str(p) for p in pathlib.Path(args.src).rglob("*") if p.suffix in (".txt", ".md"))
    # (Bytes decoded as they are: read_text would turn CRLF into LF, and the spans would move.)
    docs = [(f, pathlib.Path(f).read_bytes().decode("utf-8")) for f in files]
    rdd = sc.parallelize(docs, 4)

    # 1. Through the CLI: a JSON line in, a JSON line out, in order within each partition.
    lines = rdd.map(lambda d: json.dumps({"id": d[0], "text": d[1]}, ensure_ascii=False))
    lines.pipe(f"{args.dagang} --jsonl").saveAsTextFile(str(pathlib.Path(args.out) / "pipe"))

    # 2. With the package, on pandas batches.
    schema = StructType([StructField("id", StringType()), StructField("text", StringType())])
    df = spark.createDataFrame(docs, schema)
    out_schema = StructType([StructField("id", StringType()), StructField("outline", StringType())])
    outlined = df.mapInPandas(outline_batches, schema=out_schema)
    outlined.rdd.map(lambda r: json.dumps({"id": r["id"], **json.loads(r["outline"])}, ensure_ascii=False)).saveAsTextFile(
        str(pathlib.Path(args.out) / "package")
    )
    spark.stop()
    print(f"{len(files)} documents outlined under {args.out}/pipe and {args.out}/package")


if __name__ == "__main__":
    main()
