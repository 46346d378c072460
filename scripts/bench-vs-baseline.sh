#!/usr/bin/env bash
# Times, in one run, dagang against `wc -l` and `grep -c` on the same ~100 MB file made by repeating
# the seed (generated here, not committed), and prints MB/s and the ratios; then batch mode over many
# small files (-j1 against all cores) and the JSON Lines filter's peak memory for 1 000 and 10 000
# documents. Run from anywhere: scripts/bench-vs-baseline.sh [SIZE_MB]
set -euo pipefail
cd "$(dirname "$0")/.."
size_mb=${1:-100}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cargo build --release --quiet
bin=target/release/dagang
seed=fixtures/seed/fanwen_speech.txt

python3 - "$seed" "$work/big.txt" "$size_mb" <<'PY'
import sys
seed = open(sys.argv[1], 'rb').read()
n = int(sys.argv[3]) * 1_000_000 // len(seed)
open(sys.argv[2], 'wb').write(seed * n)
PY
bytes=$(stat -c %s "$work/big.txt")
best() { # best wall time of 5 runs, in seconds
  local best=999
  for _ in 1 2 3 4 5; do
    local s e
    s=$(date +%s.%N); "$@" > /dev/null; e=$(date +%s.%N)
    best=$(python3 -c "print(min($best, $e - $s))")
  done
  echo "$best"
}
cat "$work/big.txt" > /dev/null # warm the page cache
t_wc=$(best wc -l "$work/big.txt")
t_grep=$(best grep -c 第 "$work/big.txt")
# One core: -j1 keeps dagang on one thread, and taskset (where there is one) on one CPU.
one=()
if command -v taskset > /dev/null; then one=(taskset -c 0); fi
t_dg=$(best "$bin" "$work/big.txt")
t_dg1=$(best "${one[@]}" "$bin" -j1 "$work/big.txt")
rss=$(/usr/bin/time -f %M "$bin" "$work/big.txt" 2>&1 >/dev/null | tail -1)
python3 - "$bytes" "$t_wc" "$t_grep" "$t_dg" "$t_dg1" "$rss" "$(nproc)" <<'PY'
import sys
b, wc, grep, dg, dg1, rss, cores = int(sys.argv[1]), *map(float, sys.argv[2:6]), int(sys.argv[6]), sys.argv[7]
mb = b / 1e6
print(f"file: {mb:.0f} MB (the seed repeated), best of 5 runs, one process each")
for name, t in (("wc -l", wc), ("grep -c", grep), ("dagang -j1, one core (file -> JSON)", dg1),
                (f"dagang, all {cores} cores (file -> JSON)", dg)):
    print(f"  {name:36s} {t*1000:8.1f} ms  {mb/t:8.0f} MB/s")
print(f"  dagang one core / wc -l time ratio: {dg1/wc:.1f}x   / grep -c: {dg1/grep:.1f}x")
print(f"  dagang all cores / wc -l time ratio: {dg/wc:.1f}x   / grep -c: {dg/grep:.1f}x")
print(f"  dagang peak memory: {rss/1024:.0f} MB = {rss*1024/b:.2f}x the input")
PY

# Parse only (text -> Document) and render only (Document -> JSON), in process: best of five runs
# after a first one (which also pays for fresh memory), on one core and on all.
cargo build --release --quiet --example timing
echo "parse/render only, one core:  $("${one[@]}" target/release/examples/timing "$work/big.txt" | tail -1)"
echo "parse/render only, all cores: $(target/release/examples/timing "$work/big.txt" | tail -1)"

# Batch mode: many small files, one thread against all cores.
mkdir -p "$work/many"
python3 - "$seed" "$work/many" <<'PY'
import sys, os
seed = open(sys.argv[1], encoding='utf-8').read()
for i in range(10_000):
    open(os.path.join(sys.argv[2], f"{i:05d}.txt"), 'w', encoding='utf-8').write(seed.replace('第五、', f'第五、（{i}）'))
PY
t1=$(best "$bin" -j1 -r "$work/many")
tn=$(best "$bin" -r "$work/many")
python3 -c "print(f'batch, 10 000 files: -j1 {float(\"$t1\"):.2f} s, all cores {float(\"$tn\"):.2f} s, ratio {float(\"$tn\")/float(\"$t1\"):.2f}')"

# The JSON Lines filter: peak memory for 1 000 and 10 000 documents.
python3 - "$seed" "$work" <<'PY'
import sys, json
seed = open(sys.argv[1], encoding='utf-8').read()
for n in (1_000, 10_000):
    with open(f"{sys.argv[2]}/stream{n}.jsonl", 'w', encoding='utf-8') as f:
        for i in range(n):
            f.write(json.dumps({"id": i, "text": seed}, ensure_ascii=False) + "\n")
PY
for n in 1000 10000; do
  rss=$(/usr/bin/time -f %M "$bin" --jsonl < "$work/stream$n.jsonl" 2>&1 >/dev/null | tail -1)
  echo "jsonl filter, $n documents: peak memory $((rss / 1024)) MB"
done
