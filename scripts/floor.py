#!/usr/bin/env python3
"""Fail when the scorer's totals fall below the floor already reached.

usage: floor.py FLOOR.json SCORE_OUTPUT

FLOOR.json maps a TOTAL key to its floor; keys listed under "max" are ceilings instead
(body_lines_lost must not grow). SCORE_OUTPUT is the output of score.py --json (its last line).
"""
import json
import sys

floor = json.load(open(sys.argv[1]))
last = [l for l in open(sys.argv[2]).read().splitlines() if l.strip()][-1]
total = json.loads(last)
failed = []
for key, want in floor.get("min", {}).items():
    got = total.get(key)
    ok = got is not None and got >= want
    print(f"  {key:22s} {got!s:>8} (floor {want}){'' if ok else '  BELOW FLOOR'}")
    failed += [] if ok else [key]
for key, want in floor.get("max", {}).items():
    got = total.get(key)
    ok = got is not None and got <= want
    print(f"  {key:22s} {got!s:>8} (ceiling {want}){'' if ok else '  ABOVE CEILING'}")
    failed += [] if ok else [key]
if total.get("failed"):
    print(f"  {total['failed']} documents failed to parse")
    failed.append("failed")
if failed:
    print("scorer figures fell below the floor: " + ", ".join(failed))
    sys.exit(1)
print("scorer figures hold the floor")
