#!/usr/bin/env python3
"""Fail when the scorer's totals fall below the floor already reached.

usage: floor.py FLOOR.json SCORE_OUTPUT            check (what scripts/check runs)
       floor.py --raise FLOOR.json SCORE_OUTPUT    raise each floor to the figure reached, rounded
                                                   down at the third decimal (never lowers one)

FLOOR.json maps a TOTAL key to its floor; keys listed under "max" are ceilings instead
(body_lines_lost must not grow). SCORE_OUTPUT is the output of score.py --json (its last line).
"""
import json
import math
import sys

args = sys.argv[1:]
raise_floors = bool(args) and args[0] == "--raise"
if raise_floors:
    args = args[1:]
if len(args) != 2:
    sys.exit(__doc__)
floor_path, score_path = args
floor = json.load(open(floor_path))
last = [l for l in open(score_path).read().splitlines() if l.strip()][-1]
total = json.loads(last)

if raise_floors:
    for key, want in floor.get("min", {}).items():
        got = total.get(key)
        if got is None:
            continue
        reached = got if isinstance(want, int) and isinstance(got, int) else math.floor(got * 1000) / 1000
        if reached > want:
            print(f"  {key:22s} {want} -> {reached}")
            floor["min"][key] = reached
    for key, want in floor.get("max", {}).items():
        got = total.get(key)
        if got is not None and got < want:
            print(f"  {key:22s} {want} -> {got}")
            floor["max"][key] = got
    with open(floor_path, "w") as f:
        json.dump(floor, f, ensure_ascii=False, indent=2)
        f.write("\n")
    sys.exit(0)

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
