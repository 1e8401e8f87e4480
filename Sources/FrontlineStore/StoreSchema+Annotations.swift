import GRDB

extension StoreSchema {
    /// v2-annotations: supervisors' notes and score overrides (the grader's scores stay in
    /// `turns`), and what `frontline review` needs to stay fast on years of history without
    /// reading a turn or a finding:
    ///
    /// - `sessions_for_review`, an index in time order covering every column a review reads;
    /// - per session, on how many turns each dimension applied (so an override's effect on
    ///   a session's average needs no turn);
    /// - `trainee_totals`: per trainee, counts, score sums and bests over all time;
    /// - `trainee_weeks`: per week and trainee, the scored sessions and their overall sum;
    /// - missed criteria (a reward missed or a penalty triggered, once per turn) per session,
    ///   per UTC day and scenario, per trainee, and over all time.
    ///
    /// Triggers keep every rollup exact on insert, update and delete, whoever writes.
    static func createAnnotationsAndMissRollups(_ db: Database) throws {
        try createAnnotations(db)
        // Every column a review reads from sessions, in time order (the team's weeks and
        // date ranges) and in trainee order (one trainee; each trainee's latest sessions).
        let covered = ["overall", "empathy", "accuracy", "response_time", "status", "turn_count", "last_activity_at",
                       "scenario_id"]
        try db.create(index: "sessions_for_review", on: "sessions", columns: ["started_at", "trainee"] + covered)
        try db.create(index: "sessions_by_trainee_for_review", on: "sessions", columns: ["trainee", "started_at"] + covered)
        try db.execute(sql: applicableTurns)
        try db.execute(sql: traineeTotals)
        try db.execute(sql: traineeWeeks)
        try db.execute(sql: missRollups)
    }

    private static func createAnnotations(_ db: Database) throws {
        try db.create(table: "annotations") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("session_id", .integer).notNull().references("sessions", onDelete: .cascade)
            t.column("turn_id", .integer).notNull().references("turns", onDelete: .cascade)
            t.column("supervisor", .text).notNull()
            t.column("created_at", .datetime).notNull()
            // A note, or an override of one dimension's score with its reason.
            t.column("note", .text)
            t.column("dimension", .text)
            // The grader's score when it was overridden, and the supervisor's.
            t.column("grader_score", .double)
            t.column("score", .double)
            t.column("reason", .text)
            t.check(sql: """
                (note IS NOT NULL AND dimension IS NULL) OR
                (note IS NULL AND dimension IS NOT NULL AND grader_score IS NOT NULL AND score IS NOT NULL
                 AND reason IS NOT NULL)
                """)
        }
        try db.create(index: "annotations_on_session_id", on: "annotations", columns: ["session_id"])
        try db.create(index: "annotations_on_turn_id", on: "annotations", columns: ["turn_id"])
    }

    /// A session's score per dimension is the mean over the turns where it applied.
    private static let applicableTurns = """
        ALTER TABLE sessions ADD COLUMN empathy_turns INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE sessions ADD COLUMN accuracy_turns INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE sessions ADD COLUMN response_time_turns INTEGER NOT NULL DEFAULT 0;
        UPDATE sessions SET
          empathy_turns = (SELECT COUNT(t.empathy) FROM turns t WHERE t.session_id = sessions.id),
          accuracy_turns = (SELECT COUNT(t.accuracy) FROM turns t WHERE t.session_id = sessions.id),
          response_time_turns = (SELECT COUNT(t.response_time) FROM turns t WHERE t.session_id = sessions.id);
        CREATE TRIGGER turns_count_dimensions AFTER INSERT ON turns BEGIN
          UPDATE sessions SET empathy_turns = empathy_turns + (NEW.empathy IS NOT NULL),
            accuracy_turns = accuracy_turns + (NEW.accuracy IS NOT NULL),
            response_time_turns = response_time_turns + (NEW.response_time IS NOT NULL)
          WHERE id = NEW.session_id;
        END;
        CREATE TRIGGER turns_uncount_dimensions AFTER DELETE ON turns BEGIN
          UPDATE sessions SET empathy_turns = empathy_turns - (OLD.empathy IS NOT NULL),
            accuracy_turns = accuracy_turns - (OLD.accuracy IS NOT NULL),
            response_time_turns = response_time_turns - (OLD.response_time IS NOT NULL)
          WHERE id = OLD.session_id;
        END;
        """

    /// One session's contribution to its trainee's totals, as an upsert of `source`
    /// (NEW or OLD) with the given sign.
    private static func traineeContribution(_ source: String) -> String {
        """
        INSERT INTO trainee_totals (trainee, sessions, completed, abandoned, interrupted, in_progress, turns,
          overall_sum, overall_n, empathy_sum, empathy_n, accuracy_sum, accuracy_n, response_time_sum, response_time_n,
          best, last_activity)
        VALUES (\(source).trainee, 1, \(source).status = 'completed', \(source).status = 'abandoned',
          \(source).status = 'interrupted', \(source).status = 'in_progress', \(source).turn_count,
          COALESCE(\(source).overall, 0), \(source).overall IS NOT NULL, COALESCE(\(source).empathy, 0),
          \(source).empathy IS NOT NULL, COALESCE(\(source).accuracy, 0), \(source).accuracy IS NOT NULL,
          COALESCE(\(source).response_time, 0), \(source).response_time IS NOT NULL, \(source).overall,
          \(source).last_activity_at)
        ON CONFLICT (trainee) DO UPDATE SET sessions = sessions + 1, completed = completed + excluded.completed,
          abandoned = abandoned + excluded.abandoned, interrupted = interrupted + excluded.interrupted,
          in_progress = in_progress + excluded.in_progress, turns = turns + excluded.turns,
          overall_sum = overall_sum + excluded.overall_sum, overall_n = overall_n + excluded.overall_n,
          empathy_sum = empathy_sum + excluded.empathy_sum, empathy_n = empathy_n + excluded.empathy_n,
          accuracy_sum = accuracy_sum + excluded.accuracy_sum, accuracy_n = accuracy_n + excluded.accuracy_n,
          response_time_sum = response_time_sum + excluded.response_time_sum,
          response_time_n = response_time_n + excluded.response_time_n,
          best = CASE WHEN excluded.best IS NOT NULL AND (best IS NULL OR excluded.best > best) THEN excluded.best
                      ELSE best END,
          last_activity = MAX(last_activity, excluded.last_activity);
        """
    }

    private static let traineeRemoval = """
        UPDATE trainee_totals SET sessions = sessions - 1, completed = completed - (OLD.status = 'completed'),
          abandoned = abandoned - (OLD.status = 'abandoned'), interrupted = interrupted - (OLD.status = 'interrupted'),
          in_progress = in_progress - (OLD.status = 'in_progress'), turns = turns - OLD.turn_count,
          overall_sum = overall_sum - COALESCE(OLD.overall, 0), overall_n = overall_n - (OLD.overall IS NOT NULL),
          empathy_sum = empathy_sum - COALESCE(OLD.empathy, 0), empathy_n = empathy_n - (OLD.empathy IS NOT NULL),
          accuracy_sum = accuracy_sum - COALESCE(OLD.accuracy, 0), accuracy_n = accuracy_n - (OLD.accuracy IS NOT NULL),
          response_time_sum = response_time_sum - COALESCE(OLD.response_time, 0),
          response_time_n = response_time_n - (OLD.response_time IS NOT NULL)
        WHERE trainee = OLD.trainee;
        """

    /// Best and latest cannot be taken back by subtraction: read again from the sessions.
    private static let traineeMaxima = """
        UPDATE trainee_totals SET
          best = (SELECT MAX(s.overall) FROM sessions s WHERE s.trainee = trainee_totals.trainee),
          last_activity = (SELECT MAX(s.last_activity_at) FROM sessions s WHERE s.trainee = trainee_totals.trainee)
        WHERE trainee = OLD.trainee;
        DELETE FROM trainee_totals WHERE trainee = OLD.trainee AND sessions = 0;
        """

    private static let traineeTotals = """
        CREATE TABLE trainee_totals (
          trainee TEXT NOT NULL PRIMARY KEY,
          sessions INTEGER NOT NULL, completed INTEGER NOT NULL, abandoned INTEGER NOT NULL,
          interrupted INTEGER NOT NULL, in_progress INTEGER NOT NULL, turns INTEGER NOT NULL,
          overall_sum REAL NOT NULL, overall_n INTEGER NOT NULL, empathy_sum REAL NOT NULL, empathy_n INTEGER NOT NULL,
          accuracy_sum REAL NOT NULL, accuracy_n INTEGER NOT NULL, response_time_sum REAL NOT NULL,
          response_time_n INTEGER NOT NULL, best REAL, last_activity TEXT
        ) WITHOUT ROWID;
        INSERT INTO trainee_totals
        SELECT trainee, COUNT(*), SUM(status = 'completed'), SUM(status = 'abandoned'), SUM(status = 'interrupted'),
          SUM(status = 'in_progress'), SUM(turn_count), TOTAL(overall), COUNT(overall), TOTAL(empathy), COUNT(empathy),
          TOTAL(accuracy), COUNT(accuracy), TOTAL(response_time), COUNT(response_time), MAX(overall), MAX(last_activity_at)
        FROM sessions GROUP BY trainee;
        CREATE TRIGGER sessions_add_to_trainee_totals AFTER INSERT ON sessions BEGIN
          \(traineeContribution("NEW"))
        END;
        CREATE TRIGGER sessions_update_trainee_totals
        AFTER UPDATE OF trainee, status, turn_count, overall, empathy, accuracy, response_time, last_activity_at ON sessions
        BEGIN
          \(traineeRemoval)
          \(traineeContribution("NEW"))
          DELETE FROM trainee_totals WHERE trainee = OLD.trainee AND sessions = 0;
        END;
        -- A score lowered, an activity moved back or a session moved to another trainee.
        CREATE TRIGGER sessions_recheck_trainee_maxima AFTER UPDATE OF trainee, overall, last_activity_at ON sessions
        WHEN OLD.trainee IS NOT NEW.trainee OR NEW.overall IS NOT OLD.overall AND (NEW.overall IS NULL OR NEW.overall < OLD.overall)
          OR NEW.last_activity_at < OLD.last_activity_at
        BEGIN
          \(traineeMaxima)
        END;
        CREATE TRIGGER sessions_remove_from_trainee_totals AFTER DELETE ON sessions BEGIN
          \(traineeRemoval)
          \(traineeMaxima)
        END;
        """

    /// Weeks start on Mondays 00:00 UTC; week 0 is the one of 1970-01-05.
    private static func week(_ source: String) -> String {
        "CAST((julianday(\(source).started_at) - 2440591.5) / 7 AS INTEGER)"
    }

    private static let traineeWeeks = """
        CREATE TABLE trainee_weeks (
          week INTEGER NOT NULL,
          trainee TEXT NOT NULL,
          scored INTEGER NOT NULL,
          overall_sum REAL NOT NULL,
          PRIMARY KEY (week, trainee)
        ) WITHOUT ROWID;
        INSERT INTO trainee_weeks (week, trainee, scored, overall_sum)
        SELECT \(week("s")), s.trainee, COUNT(*), TOTAL(s.overall) FROM sessions s WHERE s.overall IS NOT NULL
        GROUP BY 1, 2;
        CREATE TRIGGER sessions_add_to_trainee_weeks AFTER INSERT ON sessions WHEN NEW.overall IS NOT NULL BEGIN
          \(weekContribution)
        END;
        CREATE TRIGGER sessions_update_trainee_weeks AFTER UPDATE OF overall, started_at, trainee ON sessions
        WHEN OLD.overall IS NOT NEW.overall OR OLD.started_at IS NOT NEW.started_at OR OLD.trainee IS NOT NEW.trainee
        BEGIN
          \(weekRemoval)
          \(weekContribution)
        END;
        CREATE TRIGGER sessions_remove_from_trainee_weeks AFTER DELETE ON sessions WHEN OLD.overall IS NOT NULL BEGIN
          \(weekRemoval)
        END;
        """

    private static let weekContribution = """
        INSERT INTO trainee_weeks (week, trainee, scored, overall_sum)
        SELECT \(week("NEW")), NEW.trainee, 1, NEW.overall WHERE NEW.overall IS NOT NULL
        ON CONFLICT (week, trainee) DO UPDATE SET scored = scored + 1, overall_sum = overall_sum + excluded.overall_sum;
        """

    private static let weekRemoval = """
        UPDATE trainee_weeks SET scored = scored - 1, overall_sum = overall_sum - OLD.overall
        WHERE OLD.overall IS NOT NULL AND week = \(week("OLD")) AND trainee = OLD.trainee;
        """

    /// Misses per session, per UTC day and scenario, per trainee, and over all time (by criterion and
    /// name: a criterion id is shared by every language's rubric, each with its own name).
    private static let missRollups = """
        CREATE TABLE session_misses (
          session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
          criterion_id TEXT NOT NULL,
          dimension TEXT NOT NULL,
          name TEXT NOT NULL,
          outcome TEXT NOT NULL,
          misses INTEGER NOT NULL,
          PRIMARY KEY (session_id, criterion_id)
        ) WITHOUT ROWID;
        -- In criterion order, so the team's counts stream out without sorting.
        CREATE TABLE daily_misses (
          criterion_id TEXT NOT NULL,
          day TEXT NOT NULL,
          scenario_id TEXT NOT NULL,
          dimension TEXT NOT NULL,
          name TEXT NOT NULL,
          outcome TEXT NOT NULL,
          misses INTEGER NOT NULL,
          PRIMARY KEY (criterion_id, day, scenario_id)
        ) WITHOUT ROWID;
        CREATE TABLE trainee_misses (
          trainee TEXT NOT NULL,
          criterion_id TEXT NOT NULL,
          name TEXT NOT NULL,
          dimension TEXT NOT NULL,
          outcome TEXT NOT NULL,
          misses INTEGER NOT NULL,
          PRIMARY KEY (trainee, criterion_id, name)
        ) WITHOUT ROWID;
        CREATE TABLE criterion_misses (
          criterion_id TEXT NOT NULL,
          name TEXT NOT NULL,
          dimension TEXT NOT NULL,
          outcome TEXT NOT NULL,
          misses INTEGER NOT NULL,
          PRIMARY KEY (criterion_id, name)
        ) WITHOUT ROWID;

        INSERT INTO session_misses (session_id, criterion_id, dimension, name, outcome, misses)
        SELECT session_id, criterion_id, MAX(dimension), MAX(name), MAX(outcome), COUNT(DISTINCT turn_id)
        FROM findings WHERE outcome IN ('missed', 'triggered') GROUP BY session_id, criterion_id;
        INSERT INTO daily_misses (criterion_id, day, scenario_id, dimension, name, outcome, misses)
        SELECT m.criterion_id, date(s.started_at), s.scenario_id, MAX(m.dimension), MAX(m.name), MAX(m.outcome),
               SUM(m.misses)
        FROM session_misses m JOIN sessions s ON s.id = m.session_id
        GROUP BY m.criterion_id, date(s.started_at), s.scenario_id;
        INSERT INTO trainee_misses (trainee, criterion_id, name, dimension, outcome, misses)
        SELECT s.trainee, m.criterion_id, m.name, MAX(m.dimension), MAX(m.outcome), SUM(m.misses)
        FROM session_misses m JOIN sessions s ON s.id = m.session_id GROUP BY s.trainee, m.criterion_id, m.name;
        INSERT INTO criterion_misses (criterion_id, name, dimension, outcome, misses)
        SELECT criterion_id, name, MAX(dimension), MAX(outcome), SUM(misses) FROM session_misses
        GROUP BY criterion_id, name;

        -- A turn counts once per criterion, however many times a penalty was said.
        CREATE TRIGGER findings_count_misses AFTER INSERT ON findings
        WHEN NEW.outcome IN ('missed', 'triggered') AND NOT EXISTS (
          SELECT 1 FROM findings f WHERE f.turn_id = NEW.turn_id AND f.criterion_id = NEW.criterion_id
            AND f.outcome IN ('missed', 'triggered') AND f.id <> NEW.id)
        BEGIN
          INSERT INTO session_misses (session_id, criterion_id, dimension, name, outcome, misses)
          VALUES (NEW.session_id, NEW.criterion_id, NEW.dimension, NEW.name, NEW.outcome, 1)
          ON CONFLICT (session_id, criterion_id) DO UPDATE SET misses = misses + 1;
          INSERT INTO daily_misses (criterion_id, day, scenario_id, dimension, name, outcome, misses)
          SELECT NEW.criterion_id, date(s.started_at), s.scenario_id, NEW.dimension, NEW.name, NEW.outcome, 1
          FROM sessions s WHERE s.id = NEW.session_id
          ON CONFLICT (criterion_id, day, scenario_id) DO UPDATE SET misses = misses + 1;
          INSERT INTO trainee_misses (trainee, criterion_id, name, dimension, outcome, misses)
          SELECT s.trainee, NEW.criterion_id, NEW.name, NEW.dimension, NEW.outcome, 1
          FROM sessions s WHERE s.id = NEW.session_id
          ON CONFLICT (trainee, criterion_id, name) DO UPDATE SET misses = misses + 1;
          INSERT INTO criterion_misses (criterion_id, name, dimension, outcome, misses)
          VALUES (NEW.criterion_id, NEW.name, NEW.dimension, NEW.outcome, 1)
          ON CONFLICT (criterion_id, name) DO UPDATE SET misses = misses + 1;
        END;

        -- When a whole session is deleted its row is gone before its findings are, so the
        -- day and all-time counts are taken back by the session's own trigger below instead.
        CREATE TRIGGER findings_uncount_misses AFTER DELETE ON findings
        WHEN OLD.outcome IN ('missed', 'triggered') AND NOT EXISTS (
          SELECT 1 FROM findings f WHERE f.turn_id = OLD.turn_id AND f.criterion_id = OLD.criterion_id
            AND f.outcome IN ('missed', 'triggered'))
        BEGIN
          UPDATE session_misses SET misses = misses - 1
          WHERE session_id = OLD.session_id AND criterion_id = OLD.criterion_id;
          UPDATE daily_misses SET misses = misses - 1
          WHERE criterion_id = OLD.criterion_id
            AND (day, scenario_id) = (SELECT date(started_at), scenario_id FROM sessions WHERE id = OLD.session_id);
          UPDATE trainee_misses SET misses = misses - 1
          WHERE trainee = (SELECT trainee FROM sessions WHERE id = OLD.session_id)
            AND criterion_id = OLD.criterion_id AND name = OLD.name;
          UPDATE criterion_misses SET misses = misses - 1
          WHERE criterion_id = OLD.criterion_id AND name = OLD.name
            AND EXISTS (SELECT 1 FROM sessions WHERE id = OLD.session_id);
        END;

        CREATE TRIGGER sessions_move_trainee_misses AFTER UPDATE OF trainee ON sessions
        WHEN OLD.trainee IS NOT NEW.trainee
        BEGIN
          UPDATE trainee_misses SET misses = misses - COALESCE((
            SELECT m.misses FROM session_misses m
            WHERE m.session_id = OLD.id AND m.criterion_id = trainee_misses.criterion_id
              AND m.name = trainee_misses.name), 0)
          WHERE trainee = OLD.trainee
            AND (criterion_id, name) IN (SELECT criterion_id, name FROM session_misses WHERE session_id = OLD.id);
          INSERT INTO trainee_misses (trainee, criterion_id, name, dimension, outcome, misses)
          SELECT NEW.trainee, m.criterion_id, m.name, m.dimension, m.outcome, m.misses
          FROM session_misses m WHERE m.session_id = NEW.id
          ON CONFLICT (trainee, criterion_id, name) DO UPDATE SET misses = misses + excluded.misses;
        END;

        CREATE TRIGGER sessions_uncount_misses BEFORE DELETE ON sessions
        BEGIN
          UPDATE daily_misses SET misses = misses - COALESCE((
            SELECT m.misses FROM session_misses m
            WHERE m.session_id = OLD.id AND m.criterion_id = daily_misses.criterion_id), 0)
          WHERE criterion_id IN (SELECT criterion_id FROM session_misses WHERE session_id = OLD.id)
            AND day = date(OLD.started_at) AND scenario_id = OLD.scenario_id;
          UPDATE criterion_misses SET misses = misses - COALESCE((
            SELECT m.misses FROM session_misses m
            WHERE m.session_id = OLD.id AND m.criterion_id = criterion_misses.criterion_id
              AND m.name = criterion_misses.name), 0)
          WHERE (criterion_id, name) IN (SELECT criterion_id, name FROM session_misses WHERE session_id = OLD.id);
          UPDATE trainee_misses SET misses = misses - COALESCE((
            SELECT m.misses FROM session_misses m
            WHERE m.session_id = OLD.id AND m.criterion_id = trainee_misses.criterion_id
              AND m.name = trainee_misses.name), 0)
          WHERE trainee = OLD.trainee
            AND (criterion_id, name) IN (SELECT criterion_id, name FROM session_misses WHERE session_id = OLD.id);
        END;
        """
}
