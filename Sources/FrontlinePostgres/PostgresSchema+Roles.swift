#if PostgreSQL
extension PostgresSchema {
    /// v4-roles: who may see and change what, enforced by PostgreSQL itself.
    ///
    /// Logins are members of one of three group roles, and `members` says who each login
    /// is: a trainee (with the trainee name their sessions carry and their team), a
    /// supervisor (of a team) or a manager. Row-level security then decides row by row:
    ///
    /// - a trainee reads and writes only their own sessions, turns and findings; a session
    ///   can be changed only while it is being played, and turns and findings never (no
    ///   UPDATE or DELETE right), so a stored score cannot be altered;
    /// - a supervisor reads their team's rows and adds notes and overrides to them;
    /// - a manager reads everything, and can load sessions and regrade.
    ///
    /// The schema's owner (who runs `frontline admin setup`) is not subject to the policies.
    static let roles = """
        CREATE TABLE members (
          login text PRIMARY KEY,
          kind text NOT NULL CHECK (kind IN ('trainee', 'supervisor', 'manager')),
          trainee text,
          team text NOT NULL DEFAULT '',
          CHECK ((kind = 'trainee') = (trainee IS NOT NULL))
        );
        CREATE UNIQUE INDEX members_by_trainee ON members (trainee) WHERE trainee IS NOT NULL;

        DO $$
        DECLARE
          g text;
        BEGIN
          FOREACH g IN ARRAY ARRAY['frontline_trainees', 'frontline_supervisors', 'frontline_managers'] LOOP
            IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = g) THEN
              BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', g);
              EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL; -- another schema's setup created it at the same moment
              END;
            END IF;
            EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', current_schema(), g);
            EXECUTE format('GRANT SELECT ON frontline_migrations, members, sessions, turns, findings, annotations,
              session_misses, trainee_misses, criterion_misses, regrades, regraded_turns TO %I', g);
          END LOOP;
        END $$;
        GRANT INSERT ON sessions, turns, findings TO frontline_trainees, frontline_managers;
        GRANT UPDATE (status, ending_id, outcome, debrief, overall, empathy, accuracy, response_time, turn_count,
          last_activity_at, finished_at) ON sessions TO frontline_trainees, frontline_managers;
        GRANT INSERT ON annotations TO frontline_supervisors, frontline_managers;
        GRANT INSERT ON regrades, regraded_turns TO frontline_managers;

        -- Who the login is. session_user, not current_user: these run as the owner.
        CREATE FUNCTION frontline_may_play(who text) RETURNS boolean
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
          SELECT EXISTS (SELECT 1 FROM members me WHERE me.login = session_user AND (
            me.kind = 'manager' OR (me.kind = 'trainee' AND me.trainee = who)))
        $$;
        CREATE FUNCTION frontline_may_annotate(session bigint) RETURNS boolean
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
          SELECT EXISTS (SELECT 1 FROM members me JOIN sessions s ON s.id = session
            WHERE me.login = session_user AND (
              me.kind = 'manager'
              OR (me.kind = 'supervisor' AND EXISTS (
                SELECT 1 FROM members t WHERE t.kind = 'trainee' AND t.trainee = s.trainee AND t.team = me.team))))
        $$;
        -- The trainee names this login may read (everyone's for a manager): evaluated once
        -- per query as an init plan, not once per row.
        CREATE FUNCTION frontline_readable_trainees() RETURNS text[]
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
          SELECT COALESCE(array_agg(t.trainee), '{}') FROM members me JOIN members t ON t.kind = 'trainee'
          WHERE me.login = session_user
            AND ((me.kind = 'trainee' AND t.trainee = me.trainee) OR (me.kind = 'supervisor' AND t.team = me.team))
        $$;
        CREATE FUNCTION frontline_is_manager() RETURNS boolean
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
          SELECT EXISTS (SELECT 1 FROM members WHERE login = session_user AND kind = 'manager')
        $$;

        -- Turns and findings may be added to a session this login plays while it is played
        -- (a manager's bulk load: any session).
        CREATE FUNCTION frontline_may_record(session bigint) RETURNS boolean
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
          SELECT EXISTS (SELECT 1 FROM sessions s WHERE s.id = session AND frontline_may_play(s.trainee)
            AND (s.status IN ('in_progress', 'interrupted') OR frontline_is_manager()))
        $$;

        -- Every policy asks "is this a manager?" first, as an init plan (once a query): a
        -- manager's reads then cost no per-row check.
        ALTER TABLE members ENABLE ROW LEVEL SECURITY;
        CREATE POLICY members_read ON members FOR SELECT
          USING (login = session_user OR EXISTS (
            SELECT 1 FROM members me WHERE me.login = session_user AND me.kind <> 'trainee'));

        ALTER TABLE sessions ENABLE ROW LEVEL SECURITY;
        CREATE POLICY sessions_read ON sessions FOR SELECT
          USING ((SELECT frontline_is_manager()) OR trainee IN (SELECT unnest(frontline_readable_trainees())));
        CREATE POLICY sessions_start ON sessions FOR INSERT WITH CHECK (frontline_may_play(trainee));
        CREATE POLICY sessions_play ON sessions FOR UPDATE
          USING (frontline_may_play(trainee) AND (status IN ('in_progress', 'interrupted') OR frontline_is_manager()))
          WITH CHECK (frontline_may_play(trainee));

        ALTER TABLE turns ENABLE ROW LEVEL SECURITY;
        CREATE POLICY turns_read ON turns FOR SELECT
          USING ((SELECT frontline_is_manager()) OR EXISTS (SELECT 1 FROM sessions s WHERE s.id = session_id));
        CREATE POLICY turns_record ON turns FOR INSERT WITH CHECK (frontline_may_record(session_id));

        ALTER TABLE findings ENABLE ROW LEVEL SECURITY;
        CREATE POLICY findings_read ON findings FOR SELECT
          USING ((SELECT frontline_is_manager()) OR EXISTS (SELECT 1 FROM sessions s WHERE s.id = session_id));
        CREATE POLICY findings_record ON findings FOR INSERT WITH CHECK (frontline_may_record(session_id));

        ALTER TABLE annotations ENABLE ROW LEVEL SECURITY;
        CREATE POLICY annotations_read ON annotations FOR SELECT
          USING ((SELECT frontline_is_manager()) OR EXISTS (SELECT 1 FROM sessions s WHERE s.id = session_id));
        CREATE POLICY annotations_add ON annotations FOR INSERT WITH CHECK (frontline_may_annotate(session_id));

        ALTER TABLE session_misses ENABLE ROW LEVEL SECURITY;
        CREATE POLICY session_misses_read ON session_misses FOR SELECT
          USING ((SELECT frontline_is_manager()) OR EXISTS (SELECT 1 FROM sessions s WHERE s.id = session_id));
        -- Counts over every trainee: managers only (others read their trainees' rows).
        ALTER TABLE criterion_misses ENABLE ROW LEVEL SECURITY;
        CREATE POLICY criterion_misses_read ON criterion_misses FOR SELECT USING ((SELECT frontline_is_manager()));
        ALTER TABLE trainee_misses ENABLE ROW LEVEL SECURITY;
        CREATE POLICY trainee_misses_read ON trainee_misses FOR SELECT
          USING ((SELECT frontline_is_manager()) OR trainee IN (SELECT unnest(frontline_readable_trainees())));

        ALTER TABLE regrades ENABLE ROW LEVEL SECURITY;
        CREATE POLICY regrades_read ON regrades FOR SELECT USING (true);
        CREATE POLICY regrades_add ON regrades FOR INSERT WITH CHECK (frontline_is_manager());
        ALTER TABLE regraded_turns ENABLE ROW LEVEL SECURITY;
        CREATE POLICY regraded_turns_read ON regraded_turns FOR SELECT
          USING ((SELECT frontline_is_manager()) OR EXISTS (SELECT 1 FROM turns t WHERE t.id = turn_id));
        CREATE POLICY regraded_turns_add ON regraded_turns FOR INSERT WITH CHECK (frontline_is_manager());

        -- Adds (or changes) a login: `frontline admin add`. Names are quoted with %I and %L,
        -- so any text is a name, never SQL.
        CREATE FUNCTION frontline_add_member(login text, kind text, trainee text, team text, password text)
        RETURNS void LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
        DECLARE
          grp text := CASE kind WHEN 'trainee' THEN 'frontline_trainees' WHEN 'supervisor' THEN 'frontline_supervisors'
                                WHEN 'manager' THEN 'frontline_managers' END;
        BEGIN
          IF grp IS NULL THEN
            RAISE EXCEPTION 'unknown kind %; use trainee, supervisor or manager', kind;
          END IF;
          IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login) THEN
            EXECUTE format('CREATE ROLE %I LOGIN', login);
          END IF;
          IF password IS NOT NULL THEN
            EXECUTE format('ALTER ROLE %I PASSWORD %L', login, password);
          END IF;
          EXECUTE format('REVOKE frontline_trainees, frontline_supervisors, frontline_managers FROM %I', login);
          EXECUTE format('GRANT %I TO %I', grp, login);
          INSERT INTO members AS m (login, kind, trainee, team)
          VALUES (login, kind, CASE WHEN kind = 'trainee' THEN COALESCE(trainee, login) END, COALESCE(team, ''))
          ON CONFLICT ON CONSTRAINT members_pkey
          DO UPDATE SET kind = excluded.kind, trainee = excluded.trainee, team = excluded.team;
        END $$;
        REVOKE ALL ON FUNCTION frontline_add_member(text, text, text, text, text) FROM PUBLIC;
        """
}
#endif
