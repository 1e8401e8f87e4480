#!/usr/bin/env bash
# The PostgreSQL team store under load, release build with the PostgreSQL trait:
#
#  1. 20 concurrent scripted sessions against one server, each trainee logged in as
#     their own database role (row-level security on): every turn must be stored, once,
#     and no session may fail. Prints the wall time and each turn's store round trips.
#  2. `frontline review` over a 1,000,000-turn team store (500 trainees, 50,000 sessions
#     of 20 turns; generated once into the database with `store-data generate-store`,
#     about 10–20 minutes), as a manager (through the policies) and as the owner:
#     whole team (target ≤ 300 ms) and one trainee.
#
#   Benchmarks/team-store.sh                 # starts a throwaway server (scripts/with-postgres)
#   SESSIONS=20 ROUNDS=3 Benchmarks/team-store.sh
#   SKIP_REVIEW=1 Benchmarks/team-store.sh   # the load test only
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${FRONTLINE_TEST_POSTGRES:-}" ]; then exec scripts/with-postgres -- "$0" "$@"; fi

scratch="${SCRATCH:-.build-team-release}"
swift build -c release --traits PostgreSQL --scratch-path "$scratch" --product frontline >/dev/null
bin="$(swift build -c release --traits PostgreSQL --scratch-path "$scratch" --show-bin-path)/frontline"
export NO_COLOR=1
owner="$FRONTLINE_TEST_POSTGRES"
hostpart="${owner#postgres://*@}"                 # 127.0.0.1:PORT/DATABASE
sessions="${SESSIONS:-20}"
rounds="${ROUNDS:-3}"
work="$(mktemp -d /tmp/frontline-team-bench.XXXXXX)"
trap 'rm -rf "$work"' EXIT

echo "== load: $sessions concurrent trainees × $rounds sessions (angry-caller, 3 turns each)"
psql -q -c "CREATE SCHEMA load" >/dev/null
load="$owner?schema=load"
"$bin" admin setup --store "$load" >/dev/null
tag="$RANDOM"
for n in $(seq -w 1 "$sessions"); do
  "$bin" admin add "load${tag}_$n" --kind trainee --trainee "Trainee $n" --team "team$(( 10#$n % 2 ))" --store "$load" >/dev/null
done
cat >"$work/script" <<'SCRIPT'
@20s Mr Okafor, I'm really sorry. This is your third call, you've been without internet since Monday and the callback you were promised never came - I can hear how frustrating that is. I'm going to stay with this until it's sorted.
@25s The line test shows your router is fine - the fault is on the line between the street cabinet and your home. I've booked an engineer for tomorrow morning, between 8am and 1pm, and they'll ring you 30 minutes before.
@25s I completely understand why you're annoyed, Mr Okafor - you shouldn't pay for days you couldn't use. I've applied a credit of £5 for each day since Monday, so £15 so far on your next bill. I've also added a free 50GB data boost to your Brightwave mobile so you can use it as a hotspot tonight.
SCRIPT
began=$(date +%s.%N)
pids=()
for n in $(seq -w 1 "$sessions"); do
  (
    export XDG_STATE_HOME="$work/state-$n" XDG_DATA_HOME="$work/data-$n"
    for r in $(seq 1 "$rounds"); do
      "$bin" play angry-caller --script "$work/script" --trainee "Trainee $n" --if-unreachable fail \
        --store "postgres://load${tag}_$n@$hostpart?schema=load" >"$work/out-$n-$r" 2>&1 || { echo "session $n/$r failed:"; tail -5 "$work/out-$n-$r"; exit 1; }
    done
  ) &
  pids+=($!)
done
failed=0
for pid in "${pids[@]}"; do wait "$pid" || failed=$((failed + 1)); done
ended=$(date +%s.%N)
expected_sessions=$((10#$sessions * rounds))
read -r stored_sessions completed turns distinct < <(psql -tA -F' ' -c "
  SELECT (SELECT count(*) FROM load.sessions), (SELECT count(*) FROM load.sessions WHERE status = 'completed'),
         (SELECT count(*) FROM load.turns), (SELECT count(DISTINCT (session_id, turn_index)) FROM load.turns)")
printf 'wall %.2f s; failed sessions %d; sessions %d/%d stored, %d completed; turns %d (distinct %d, expected %d)\n' \
  "$(echo "$ended - $began" | bc)" "$failed" "$stored_sessions" "$expected_sessions" "$completed" "$turns" "$distinct" \
  $((expected_sessions * 3))
[ "$failed" -eq 0 ] && [ "$stored_sessions" -eq "$expected_sessions" ] && [ "$completed" -eq "$expected_sessions" ] \
  && [ "$turns" -eq $((expected_sessions * 3)) ] && [ "$distinct" -eq "$turns" ] || { echo "LOAD TEST FAILED"; exit 1; }
echo "load test passed"

[ -n "${SKIP_REVIEW:-}" ] && exit 0
echo "== review over 1,000,000 turns"
big="$owner?schema=big"
if [ "$(psql -tAc "SELECT count(*) FROM pg_namespace WHERE nspname = 'big'")" = 0 ]; then
  psql -q -c "CREATE SCHEMA big" >/dev/null
  "$bin" admin setup --store "$big" >/dev/null
  echo "generating (once per server; 10–20 minutes)…"
  swift build -c release --traits PostgreSQL --package-path Benchmarks --scratch-path "$scratch-data" --product store-data >/dev/null
  data="$(swift build -c release --traits PostgreSQL --package-path Benchmarks --scratch-path "$scratch-data" --show-bin-path)/store-data"
  time "$data" generate-store --trainees 500 --sessions 50000 --turns-per-session 20 --store "$big"
  psql -q -c "VACUUM ANALYZE" >/dev/null
fi
"$bin" admin add "mgr$tag" --kind manager --store "$big" >/dev/null
manager="postgres://mgr$tag@$hostpart?schema=big"
trainee="$("$bin" review --store "$big" --format csv | python3 -c '
import csv, sys
names = [row[0] for row in list(csv.reader(sys.stdin))[1:]]
print(next(n for n in names[len(names) // 2:] + names if all(c.isalnum() or c == " " for c in n)))')"
echo "turns: $(psql -tAc 'SELECT count(*) FROM big.turns'); one trainee: $trainee"
if command -v hyperfine >/dev/null; then
  hyperfine -N --warmup 3 --runs 20 --style basic \
    -n "team, manager" "$bin review --store $manager" \
    -n "team, owner" "$bin review --store $big" \
    -n "one trainee, manager" "$bin review --store $manager --trainee '$trainee'" \
    -n "calibration, manager" "$bin review --store $manager --calibration" 2>&1 | grep -E "^(Benchmark|  Time|  Range)"
else
  for args in "--store $manager" "--store $big"; do
    python3 - "$bin" $args <<'PY'
import subprocess, sys, time
runs = []
for _ in range(20):
    t = time.perf_counter(); subprocess.run(sys.argv[1:2] + ["review"] + sys.argv[2:], stdout=subprocess.DEVNULL, check=True)
    runs.append((time.perf_counter() - t) * 1000)
runs.sort(); print(f"review {' '.join(sys.argv[2:])}: median {runs[10]:.0f} ms, min {runs[0]:.0f}, max {runs[-1]:.0f}")
PY
  done
fi
