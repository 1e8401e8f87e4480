#!/usr/bin/env bash
# Times `frontline review` on a store of 1,000,000 turns (500 trainees, 50,000 sessions of
# 20 turns over 26 weeks): the whole team (target ≤ 200 ms) and one trainee (target
# ≤ 20 ms), release build, the whole process each time (launch, open, query, render).
# Also times a date-filtered team review, the calibration report and `--version` (the
# launch alone), and, with SCALING=1, the team review on stores of 13 to 104 weeks of
# history (1 turn per session: review reads no turns) to show how its cost grows.
#
#   Benchmarks/review.sh                        # builds release, generates the store once, prints the figures
#   SCALING=1 Benchmarks/review.sh              # also the history-scaling stores (a few minutes, once)
#   STORE=/tmp/x.sqlite SCRATCH=.build-mine Benchmarks/review.sh
#
# Stores are made by `store-data generate-store` (the Benchmarks package; deterministic;
# the big one takes about 10 minutes) and kept in /tmp, so later runs only time. hyperfine is used
# when installed (apt-get install -y hyperfine), else a Python timing loop. Release builds
# link the Swift runtime and Foundation statically (Package.swift), as shipped.
set -euo pipefail
cd "$(dirname "$0")/.."
scratch="${SCRATCH:-.build}"
store="${STORE:-/tmp/frontline-review-bench-1m.sqlite}"
swift build -c release --scratch-path "$scratch" --product frontline >/dev/null
bin="$(swift build -c release --scratch-path "$scratch" --show-bin-path)/frontline"
export NO_COLOR=1
# The data generator, built (release, its own scratch folder) only when a store is missing.
store_data() {
  swift build -c release --package-path Benchmarks --scratch-path "$scratch-data" --product store-data >/dev/null
  "$(swift build -c release --package-path Benchmarks --scratch-path "$scratch-data" --show-bin-path)/store-data" "$@"
}

if [ ! -s "$store" ]; then
  echo "generating $store (once, about 10 minutes)…"
  store_data generate-store --trainees 500 --sessions 50000 --turns-per-session 20 --store "$store"
fi
# A trainee from the middle of the list whose name needs no quoting on a command line.
trainee="$("$bin" review --store "$store" --format csv | python3 -c '
import csv, sys
names = [row[0] for row in list(csv.reader(sys.stdin))[1:]]
print(next(n for n in names[len(names) // 2:] + names if all(c.isalnum() or c == " " for c in n)))')"
echo "store: $store ($(( $(stat -c %s "$store") / 1048576 )) MB), one trainee: $trainee"

time_cases() { # name command… pairs, separated by '::'
  if command -v hyperfine >/dev/null; then
    local args=()
    while [ $# -gt 0 ]; do args+=(-n "$1" "$2"); shift 2; done
    hyperfine -N --warmup 5 --runs 40 --style basic --export-markdown /tmp/frontline-review-bench.md "${args[@]}" >/dev/null
    cat /tmp/frontline-review-bench.md
  else
    python3 - "$@" <<'PY'
import shlex, subprocess, sys, time, statistics
pairs = sys.argv[1:]
print("| Command | Median [ms] | p90 [ms] | Max [ms] |\n|:---|---:|---:|---:|")
for name, command in zip(pairs[0::2], pairs[1::2]):
    argv = shlex.split(command)
    for _ in range(5):
        subprocess.run(argv, stdout=subprocess.DEVNULL, check=True)
    times = []
    for _ in range(40):
        start = time.perf_counter()
        subprocess.run(argv, stdout=subprocess.DEVNULL, check=True)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    print(f"| `{name}` | {statistics.median(times):.1f} | {times[35]:.1f} | {times[-1]:.1f} |")
PY
  fi
}

time_cases \
  "review (team)" "$bin review --store $store" \
  "review --trainee (one)" "$bin review --store $store --trainee '$trainee'" \
  "review --since/--until (team, 4 weeks)" "$bin review --store $store --since 2026-06-01 --until 2026-06-28" \
  "review --scenario (team)" "$bin review --store $store --scenario refund-request" \
  "review --calibration (team)" "$bin review --store $store --calibration" \
  "frontline --version (launch only)" "$bin --version"
echo "targets: team ≤ 200 ms, one trainee ≤ 20 ms"

if [ -n "${SCALING:-}" ]; then
  echo
  echo "history scaling: 500 trainees, ~1,900 sessions a week, 1 turn each"
  cases=()
  for weeks in 13 26 52 104; do
    path="/tmp/frontline-review-bench-${weeks}w.sqlite"
    [ -s "$path" ] || store_data generate-store --trainees 500 --sessions $((weeks * 1923)) --turns-per-session 1 \
      --weeks "$weeks" --store "$path" >/dev/null
    cases+=("team, $weeks weeks ($((weeks * 1923)) sessions)" "$bin review --store $path")
  done
  time_cases "${cases[@]}"
fi
