#!/usr/bin/env bash
# Copies a generated SQLite benchmark store (Benchmarks/review.sh makes one of 1,000,000
# turns) into a PostgreSQL team store schema, far faster than generating it again row by
# row: COPY per table with the triggers off, then the rollups the triggers would have
# kept, computed in one pass each (the sessions' facet sums are copied as they are). For
# benchmarks only; the SQLite store must be migrated to this build (frontline sync).
#
#   PGHOST=… PGPORT=… PGUSER=… PGDATABASE=… Benchmarks/pg-from-sqlite.sh STORE.sqlite SCHEMA FRONTLINE_BINARY
set -euo pipefail
store="$1" schema="$2" bin="$3"
url="postgres://$PGUSER@$PGHOST:$PGPORT/$PGDATABASE?schema=$schema"
psql -q -v ON_ERROR_STOP=1 -c "CREATE SCHEMA IF NOT EXISTS $schema" >/dev/null
"$bin" admin setup --store "$url" >/dev/null
copy() { # table columns
  echo "  $1…" >&2
  sqlite3 -csv "$store" "SELECT $2 FROM $1 ORDER BY id" |
    psql -q -v ON_ERROR_STOP=1 -c "SET session_replication_role = replica; COPY $schema.$1 ($2) FROM STDIN WITH (FORMAT csv)"
}
copy sessions "id, trainee, scenario_id, scenario_title, language, mode, content_fingerprint, status, started_at, last_activity_at, finished_at, ending_id, outcome, debrief, overall, empathy, accuracy, response_time, turn_count, pid, hostname, warmth_total, warmth_turns, listening_total, listening_turns, exploring_total, exploring_turns, courtesy_total, courtesy_turns"
copy turns "id, session_id, turn_index, scenario_turn_id, customer_line, reply, shown_at, first_keystroke_seconds, sent_seconds, empathy, accuracy, response_time, grade_overall, overall, critical_failure, grade_message, hints_used, patience_before, patience_after, nudges, next, facets"
copy findings "id, turn_id, session_id, position, dimension, criterion_id, name, outcome, source, points, possible, is_critical, evidence_start, evidence_end, evidence_text, tip, note"
copy annotations "id, session_id, turn_id, supervisor, created_at, note, dimension, grader_score, score, reason"
echo "  rollups…" >&2
psql -q -v ON_ERROR_STOP=1 <<SQL
SET search_path TO $schema;
UPDATE sessions s SET empathy_turns = t.e, accuracy_turns = t.a, response_time_turns = t.r
FROM (SELECT session_id, count(empathy) e, count(accuracy) a, count(response_time) r FROM turns GROUP BY session_id) t
WHERE t.session_id = s.id;
INSERT INTO session_misses (session_id, criterion_id, dimension, name, outcome, misses)
SELECT session_id, criterion_id, max(dimension), max(name), max(outcome), count(DISTINCT turn_id)
FROM findings WHERE outcome IN ('missed', 'triggered') GROUP BY session_id, criterion_id;
INSERT INTO trainee_misses (trainee, criterion_id, name, dimension, outcome, misses)
SELECT s.trainee, m.criterion_id, m.name, max(m.dimension), max(m.outcome), sum(m.misses)
FROM session_misses m JOIN sessions s ON s.id = m.session_id GROUP BY s.trainee, m.criterion_id, m.name;
INSERT INTO criterion_misses (criterion_id, name, dimension, outcome, misses)
SELECT criterion_id, name, max(dimension), max(outcome), sum(misses) FROM trainee_misses GROUP BY criterion_id, name;
SELECT setval(pg_get_serial_sequence('$schema.' || t, 'id'), (SELECT COALESCE(max(id), 1) FROM sessions))
FROM unnest(ARRAY['sessions']) t;
SELECT setval(pg_get_serial_sequence('$schema.turns', 'id'), (SELECT COALESCE(max(id), 1) FROM turns));
SELECT setval(pg_get_serial_sequence('$schema.findings', 'id'), (SELECT COALESCE(max(id), 1) FROM findings));
SELECT setval(pg_get_serial_sequence('$schema.annotations', 'id'), (SELECT COALESCE(max(id), 1) FROM annotations));
VACUUM ANALYZE;
SQL
echo "copied $(psql -tAc "SELECT count(*) FROM $schema.turns") turns into $url" >&2
