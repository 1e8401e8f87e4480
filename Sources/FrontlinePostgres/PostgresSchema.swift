#if PostgreSQL
import FrontlineReview
import FrontlineStore

/// The team store's schema: named, append-only migrations recorded in
/// `frontline_migrations`, the same in spirit as the SQLite store's (`StoreSchema`). Never
/// edit a migration once released; add the next one below the last. A database holding a
/// migration this build does not know was set up by a newer Frontline and is refused.
enum PostgresSchema {
    static let migrations: [(name: String, sql: String)] = [
        ("v1-sessions-turns-findings", sessionsTurnsFindings),
        ("v2-annotations", annotationsAndMissRollups),
        ("v3-regrades", regrades),
        ("v4-roles", PostgresSchema.roles),
        // Sessions stored before outcomes were told truthfully (see StoreSchema+Outcomes).
        ("v5-true-outcomes", StoreEngineSupport.outcomeCorrections { "round(avg(t.\($0))::numeric, 1)::float8" }
            + "\nCREATE INDEX sessions_for_outcomes ON sessions (started_at) INCLUDE (trainee, scenario_id, status, outcome, overall);"),
        ("v6-criterion-corrections", criterionCorrections),
        ("v7-disputes", disputes),
        ("v8-retried-turns", retriedTurns),
        // Each turn keeps its empathy facets' scores (FacetScores), and so does each regrade.
        ("v9-turn-facets", "ALTER TABLE turns ADD COLUMN facets text;\nALTER TABLE regraded_turns ADD COLUMN facets text;"),
        ("v10-session-facet-sums", sessionFacetSums),
    ]

    /// Each session's facet sums in its row, so a review averages facets in its scan of
    /// sessions rather than every turn's JSON (see StoreSchema+SessionFacets); a trigger
    /// keeps them exact.
    static let sessionFacetSums: String = {
        let names = FacetScores.names
        let columns = names.map { "ADD COLUMN \($0)_total double precision NOT NULL DEFAULT 0, ADD COLUMN \($0)_turns integer NOT NULL DEFAULT 0" }
        func value(_ row: String, _ facet: String) -> String { "(\(row).facets::jsonb ->> '\(facet)')::float8" }
        func change(_ row: String, _ sign: String) -> String {
            names.map { "\($0)_total = \($0)_total \(sign) coalesce(\(value(row, $0)), 0), \($0)_turns = \($0)_turns \(sign) (\(value(row, $0)) IS NOT NULL)::int" }
                .joined(separator: ", ")
        }
        return """
            ALTER TABLE sessions \(columns.joined(separator: ", "));
            UPDATE sessions s SET \(names.map { "\($0)_total = sums.\($0)_total, \($0)_turns = sums.\($0)_turns" }.joined(separator: ", "))
            FROM (SELECT session_id, \(names.map { "coalesce(sum(\(value("t", $0))), 0) AS \($0)_total, count(\(value("t", $0)))::int AS \($0)_turns" }.joined(separator: ", "))
                  FROM turns t WHERE t.facets IS NOT NULL AND NOT t.retried GROUP BY session_id) AS sums
            WHERE s.id = sums.session_id;
            CREATE INDEX sessions_facets_for_review ON sessions (trainee, started_at)
              INCLUDE (scenario_id, \(names.map { "\($0)_total, \($0)_turns" }.joined(separator: ", ")));
            CREATE FUNCTION frontline_sum_facets() RETURNS trigger
            LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
            BEGIN
              IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.facets IS NOT NULL AND NOT OLD.retried THEN
                UPDATE sessions SET \(change("OLD", "-")) WHERE id = OLD.session_id;
              END IF;
              IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.facets IS NOT NULL AND NOT NEW.retried THEN
                UPDATE sessions SET \(change("NEW", "+")) WHERE id = NEW.session_id;
              END IF;
              RETURN NULL;
            END $$;
            CREATE TRIGGER turns_sum_facets AFTER INSERT OR DELETE OR UPDATE OF facets, retried ON turns
              FOR EACH ROW EXECUTE FUNCTION frontline_sum_facets();
            """
    }()

    /// A supervisor's correction of one finding (see StoreSchema+Corrections).
    static let criterionCorrections = """
        ALTER TABLE annotations ADD COLUMN criterion_id text, ADD COLUMN criterion_name text,
          ADD COLUMN grader_met boolean, ADD COLUMN met boolean, ADD COLUMN turn_overall double precision;
        CREATE INDEX annotations_on_criterion_id ON annotations (criterion_id) WHERE criterion_id IS NOT NULL;
        """

    /// A trainee's objection to one turn's grading, open until a supervisor annotates the
    /// turn. Row-level security: a trainee disputes only their own turns; a supervisor
    /// settles only their team's (a manager, any).
    static let disputes = """
        CREATE TABLE disputes (
          id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
          session_id bigint NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
          turn_id bigint NOT NULL REFERENCES turns (id) ON DELETE CASCADE,
          trainee text NOT NULL,
          reason text NOT NULL,
          created_at timestamptz NOT NULL,
          settled_by bigint REFERENCES annotations (id) ON DELETE SET NULL,
          settled_at timestamptz
        );
        CREATE INDEX disputes_on_session_id ON disputes (session_id);
        CREATE INDEX disputes_open ON disputes (turn_id) WHERE settled_by IS NULL;
        DO $$
        BEGIN
          IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'frontline_trainees') THEN
            GRANT SELECT ON disputes TO frontline_trainees, frontline_supervisors, frontline_managers;
            GRANT INSERT ON disputes TO frontline_trainees, frontline_managers;
            GRANT UPDATE (settled_by, settled_at) ON disputes TO frontline_supervisors, frontline_managers;
          END IF;
        END $$;
        ALTER TABLE disputes ENABLE ROW LEVEL SECURITY;
        CREATE POLICY disputes_read ON disputes FOR SELECT
          USING ((SELECT frontline_is_manager()) OR EXISTS (SELECT 1 FROM sessions s WHERE s.id = session_id));
        CREATE POLICY disputes_raise ON disputes FOR INSERT
          WITH CHECK (frontline_may_play(trainee)
            AND EXISTS (SELECT 1 FROM sessions s WHERE s.id = session_id AND s.trainee = disputes.trainee));
        CREATE POLICY disputes_settle ON disputes FOR UPDATE
          USING (frontline_may_annotate(session_id)) WITH CHECK (frontline_may_annotate(session_id));
        """

    static let sessionsTurnsFindings = """
        CREATE TABLE sessions (
          id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
          trainee text NOT NULL,
          scenario_id text NOT NULL,
          scenario_title text NOT NULL,
          language text NOT NULL,
          mode text NOT NULL,
          content_fingerprint text NOT NULL,
          status text NOT NULL CHECK (status IN ('in_progress', 'completed', 'abandoned', 'interrupted')),
          started_at timestamptz NOT NULL,
          last_activity_at timestamptz NOT NULL,
          finished_at timestamptz,
          ending_id text,
          outcome text,
          debrief text,
          overall double precision,
          empathy double precision,
          accuracy double precision,
          response_time double precision,
          turn_count integer NOT NULL DEFAULT 0,
          pid integer NOT NULL,
          hostname text NOT NULL
        );
        CREATE INDEX sessions_by_trainee ON sessions (trainee, started_at)
          INCLUDE (overall, empathy, accuracy, response_time, status, turn_count, last_activity_at, scenario_id);
        CREATE INDEX sessions_by_time ON sessions (started_at)
          INCLUDE (trainee, overall, empathy, accuracy, response_time, status, turn_count, last_activity_at, scenario_id);
        CREATE INDEX sessions_by_scenario ON sessions (scenario_id, started_at);
        CREATE INDEX sessions_in_progress ON sessions (status) WHERE status = 'in_progress';

        CREATE TABLE turns (
          id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
          session_id bigint NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
          turn_index integer NOT NULL,
          scenario_turn_id text NOT NULL,
          customer_line text NOT NULL,
          reply text NOT NULL,
          shown_at timestamptz NOT NULL,
          first_keystroke_seconds double precision,
          sent_seconds double precision NOT NULL,
          empathy double precision,
          accuracy double precision,
          response_time double precision,
          grade_overall double precision NOT NULL,
          overall double precision NOT NULL,
          critical_failure boolean NOT NULL,
          grade_message text,
          hints_used integer NOT NULL,
          patience_before integer NOT NULL,
          patience_after integer NOT NULL,
          nudges integer NOT NULL,
          next text NOT NULL,
          UNIQUE (session_id, turn_index)
        );

        CREATE TABLE findings (
          id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
          turn_id bigint NOT NULL REFERENCES turns (id) ON DELETE CASCADE,
          session_id bigint NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
          position integer NOT NULL,
          dimension text NOT NULL,
          criterion_id text NOT NULL,
          name text NOT NULL,
          outcome text NOT NULL,
          source text NOT NULL,
          points double precision NOT NULL,
          possible double precision NOT NULL,
          is_critical boolean NOT NULL,
          evidence_start integer,
          evidence_end integer,
          evidence_text text,
          tip text,
          note text,
          UNIQUE (turn_id, position)
        );
        CREATE INDEX findings_by_session ON findings (session_id);
        """

    /// Supervisors' notes and overrides; per session, on how many turns each dimension
    /// applied; and the missed criteria (a reward missed or a penalty triggered, once per
    /// turn) per session and per trainee, kept by triggers that run as the schema's owner,
    /// so trainees need no right to write them.
    static let annotationsAndMissRollups = """
        CREATE TABLE annotations (
          id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
          session_id bigint NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
          turn_id bigint NOT NULL REFERENCES turns (id) ON DELETE CASCADE,
          supervisor text NOT NULL,
          created_at timestamptz NOT NULL,
          note text,
          dimension text,
          grader_score double precision,
          score double precision,
          reason text,
          CHECK ((note IS NOT NULL AND dimension IS NULL) OR
                 (note IS NULL AND dimension IS NOT NULL AND grader_score IS NOT NULL AND score IS NOT NULL
                  AND reason IS NOT NULL))
        );
        CREATE INDEX annotations_by_session ON annotations (session_id);
        CREATE INDEX annotations_by_turn ON annotations (turn_id);

        ALTER TABLE sessions ADD COLUMN empathy_turns integer NOT NULL DEFAULT 0,
          ADD COLUMN accuracy_turns integer NOT NULL DEFAULT 0,
          ADD COLUMN response_time_turns integer NOT NULL DEFAULT 0;

        CREATE TABLE session_misses (
          session_id bigint NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
          criterion_id text NOT NULL,
          dimension text NOT NULL,
          name text NOT NULL,
          outcome text NOT NULL,
          misses integer NOT NULL,
          PRIMARY KEY (session_id, criterion_id)
        );
        CREATE TABLE trainee_misses (
          trainee text NOT NULL,
          criterion_id text NOT NULL,
          name text NOT NULL,
          dimension text NOT NULL,
          outcome text NOT NULL,
          misses integer NOT NULL,
          PRIMARY KEY (trainee, criterion_id, name)
        );

        -- Over all time and every trainee: what a manager's team review reads.
        CREATE TABLE criterion_misses (
          criterion_id text NOT NULL,
          name text NOT NULL,
          dimension text NOT NULL,
          outcome text NOT NULL,
          misses integer NOT NULL,
          PRIMARY KEY (criterion_id, name)
        );

        CREATE FUNCTION frontline_count_dimensions() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
        BEGIN
          UPDATE sessions SET empathy_turns = empathy_turns + (NEW.empathy IS NOT NULL)::int,
            accuracy_turns = accuracy_turns + (NEW.accuracy IS NOT NULL)::int,
            response_time_turns = response_time_turns + (NEW.response_time IS NOT NULL)::int
          WHERE id = NEW.session_id;
          RETURN NULL;
        END $$;
        CREATE TRIGGER turns_count_dimensions AFTER INSERT ON turns
          FOR EACH ROW EXECUTE FUNCTION frontline_count_dimensions();

        CREATE FUNCTION frontline_count_misses() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
        DECLARE
          who text;
        BEGIN
          IF NEW.outcome NOT IN ('missed', 'triggered') OR EXISTS (
            SELECT 1 FROM findings f WHERE f.turn_id = NEW.turn_id AND f.criterion_id = NEW.criterion_id
              AND f.outcome IN ('missed', 'triggered') AND f.position < NEW.position) THEN
            RETURN NULL;
          END IF;
          INSERT INTO session_misses AS m (session_id, criterion_id, dimension, name, outcome, misses)
          VALUES (NEW.session_id, NEW.criterion_id, NEW.dimension, NEW.name, NEW.outcome, 1)
          ON CONFLICT (session_id, criterion_id) DO UPDATE SET misses = m.misses + 1;
          SELECT s.trainee INTO who FROM sessions s WHERE s.id = NEW.session_id;
          INSERT INTO trainee_misses AS m (trainee, criterion_id, name, dimension, outcome, misses)
          VALUES (who, NEW.criterion_id, NEW.name, NEW.dimension, NEW.outcome, 1)
          ON CONFLICT (trainee, criterion_id, name) DO UPDATE SET misses = m.misses + 1;
          INSERT INTO criterion_misses AS m (criterion_id, name, dimension, outcome, misses)
          VALUES (NEW.criterion_id, NEW.name, NEW.dimension, NEW.outcome, 1)
          ON CONFLICT (criterion_id, name) DO UPDATE SET misses = m.misses + 1;
          RETURN NULL;
        END $$;
        CREATE TRIGGER findings_count_misses AFTER INSERT ON findings
          FOR EACH ROW EXECUTE FUNCTION frontline_count_misses();
        """

    /// `/retry` keeps the first attempt, marked retried; a trainee may set the mark (and
    /// only it) on turns of a session they are still playing.
    static let retriedTurns = """
        ALTER TABLE turns ADD COLUMN retried boolean NOT NULL DEFAULT false;
        GRANT UPDATE (retried) ON turns TO frontline_trainees, frontline_managers;
        CREATE POLICY turns_retry ON turns FOR UPDATE
          USING (frontline_may_record(session_id)) WITH CHECK (frontline_may_record(session_id));
        """

    static let regrades = """
        CREATE TABLE regrades (
          id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
          created_at timestamptz NOT NULL,
          filter text NOT NULL
        );
        CREATE TABLE regraded_turns (
          id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
          regrade_id bigint NOT NULL REFERENCES regrades (id) ON DELETE CASCADE,
          turn_id bigint NOT NULL REFERENCES turns (id) ON DELETE CASCADE,
          content_fingerprint text NOT NULL,
          empathy double precision,
          accuracy double precision,
          response_time double precision,
          grade_overall double precision NOT NULL,
          overall double precision NOT NULL,
          critical_failure boolean NOT NULL,
          UNIQUE (regrade_id, turn_id)
        );
        CREATE INDEX regraded_turns_by_turn ON regraded_turns (turn_id);
        """
}
#endif
