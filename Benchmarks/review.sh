#!/usr/bin/env bash
# Times `frontline review` on a store of 1,000,000 turns (500 trainees, 50,000 sessions,
# 20 turns each): the whole team (target ≤ 200 ms) and one trainee (target ≤ 20 ms),
# release build, whole process (launch, open, query, render). Also times the calibration
# report and, for the record, how a team review's cost grows with the store's history.
#
#   Benchmarks/review.sh                  # builds release, generates the store once, prints the figures
#   STORE=/tmp/x.sqlite Benchmarks/review.sh
#   SCRATCH=.build-mine Benchmarks/review.sh   # another build folder
#
# The store is made by the hidden `frontline generate-store` (deterministic, a few
# minutes) and kept in /tmp, so later runs only time. hyperfine is used when installed
# (apt-get install -y hyperfine), else a Python timing loop.
set -euo pipefail
cd "$(dirname "$0")/.."
scratch="${SCRATCH:-.build}"
store="${STORE:-/tmp/frontline-review-bench-1m.sqlite}"
swift build -c release --scratch-path "$scratch" --product frontline >/dev/null
bin="$(swift build -c release --scratch-path "$scratch" --show-bin-path)/frontline"
export NO_COLOR=1

if [ ! -s "$store" ]; then
  echo "generating $store (once)…"
  "$bin" generate-store --trainees 500 --sessions 50000 --turns-per-session 20 --store "$store"
fi
# A quarter of the history, to see how cost grows with it.
small="${store%.sqlite}-quarter.sqlite"
if [ ! -s "$small" ]; then
  "$bin" generate-store --trainees 500 --sessions 12500 --turns-per-session 20 --weeks 7 --store "$small" >/dev/null
fi

trainee="$("$bin" review --store "$store" --format csv | python3 -c 'import csv,sys; rows=list(csv.reader(sys.stdin)); print(rows[len(rows)//2][0])')"
size_mb=$(( $(stat -c %s "$store") / 1048576 ))
echo "store: $store ($size_mb MB), trainee: $trainee"
"$bin" review --store "$store" --format json | python3 -c '
import json, sys
r = json.load(sys.stdin)["review"]
print(f"  {r[\"sessions\"][\"total\"]:,} sessions, {r[\"turns\"]:,} turns, {len(r[\"trainees\"])} trainees, {len(r[\"stuck\"]) if \"stuck\" in r else sum(1 for t in r[\"trainees\"] if t.get(\"stuck\"))} stuck")'

run_cases() {
  if command -v hyperfine >/dev/null; then
    hyperfine --warmup 3 --runs 30 --style basic --export-markdown /tmp/frontline-review-bench.md \
      -n "review (team)" "$bin review --store '$store' >/dev/null" \
      -n "review --trainee (one)" "$bin review --store '$store' --trainee '$trainee' >/dev/null" \
      -n "review --since 4w (team)" "$bin review --store '$store' --since 2026-06-01 --until 2026-06-28 >/dev/null" \
      -n "review --calibration" "$bin review --store '$store' --calibration >/dev/null" \
      -n "review (team, quarter history)" "$bin review --store '$small' >/dev/null" \
      -n "frontline --version (launch only)" "$bin --version >/dev/null"
    cat /tmp/frontline-review-bench.md
  else
    python3 - "$bin" "$store" "$trainee" "$small" <<'PY'
import subprocess, sys, time, statistics
binary, store, trainee, small = sys.argv[1:5]
cases = [
    ("review (team)", [binary, "review", "--store", store]),
    ("review --trainee (one)", [binary, "review", "--store", store, "--trainee", trainee]),
    ("review --since 4w (team)", [binary, "review", "--store", store, "--since", "2026-06-01", "--until", "2026-06-28"]),
    ("review --calibration", [binary, "review", "--store", store, "--calibration"]),
    ("review (team, quarter history)", [binary, "review", "--store", small]),
    ("frontline --version (launch only)", [binary, "--version"]),
]
for name, command in cases:
    for _ in range(3):
        subprocess.run(command, stdout=subprocess.DEVNULL, check=True)
    times = []
    for _ in range(30):
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, check=True)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    print(f"{name:36} median {statistics.median(times):7.1f} ms  p90 {times[26]:7.1f} ms  max {times[-1]:7.1f} ms")
PY
  fi
}
run_cases
echo "targets: team ≤ 200 ms, one trainee ≤ 20 ms"
