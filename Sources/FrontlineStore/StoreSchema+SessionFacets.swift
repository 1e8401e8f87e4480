import FrontlineReview
import GRDB

extension StoreSchema {
    /// Each session's facet sums (`FacetScores`) in its own row — per facet the total of its
    /// turns' scores and how many turns it applied to — so a review averages facets in the
    /// same scan of sessions as its other sums, instead of reading every turn's JSON (a
    /// million turns took about a second). Facets that did not apply (null) and retried first
    /// attempts are left out, as before. Triggers keep the sums exact whoever writes a turn;
    /// existing turns are summed once here. A covering index keeps the review's read compact.
    static func addSessionFacetSums(_ db: Database) throws {
        try db.alter(table: "sessions") { t in
            for facet in FacetScores.names {
                t.add(column: "\(facet)_total", .double).notNull().defaults(to: 0)
                t.add(column: "\(facet)_turns", .integer).notNull().defaults(to: 0)
            }
        }
        try db.execute(sql: """
            UPDATE sessions SET \(sums(from: "sums"))
            FROM (SELECT session_id, \(FacetScores.names.map { facet in
                "TOTAL(json_extract(facets, '$.\(facet)')) AS \(facet)_total, COUNT(json_extract(facets, '$.\(facet)')) AS \(facet)_turns"
            }.joined(separator: ", "))
                  FROM turns WHERE facets IS NOT NULL AND NOT retried GROUP BY session_id) AS sums
            WHERE sessions.id = sums.session_id;
            -- A review reads the sums through this index, as its other sums through
            -- sessions_for_review: the sessions' rows lie between their turns all over the file.
            CREATE INDEX sessions_facets_for_review ON sessions (trainee, started_at, scenario_id, \(FacetScores.names.map { "\($0)_total, \($0)_turns" }.joined(separator: ", ")));
            CREATE TRIGGER turns_add_facets AFTER INSERT ON turns WHEN NEW.facets IS NOT NULL AND NOT NEW.retried BEGIN
              UPDATE sessions SET \(change("NEW", sign: "+")) WHERE id = NEW.session_id;
            END;
            CREATE TRIGGER turns_change_facets AFTER UPDATE OF facets, retried ON turns BEGIN
              UPDATE sessions SET \(change("OLD", sign: "-"))
                WHERE id = OLD.session_id AND OLD.facets IS NOT NULL AND NOT OLD.retried;
              UPDATE sessions SET \(change("NEW", sign: "+"))
                WHERE id = NEW.session_id AND NEW.facets IS NOT NULL AND NOT NEW.retried;
            END;
            CREATE TRIGGER turns_remove_facets AFTER DELETE ON turns WHEN OLD.facets IS NOT NULL AND NOT OLD.retried BEGIN
              UPDATE sessions SET \(change("OLD", sign: "-")) WHERE id = OLD.session_id;
            END;
            """)
    }

    /// `warmth_total = sums.warmth_total, …` (the backfill's assignments).
    private static func sums(from table: String) -> String {
        FacetScores.names.map { "\($0)_total = \(table).\($0)_total, \($0)_turns = \(table).\($0)_turns" }.joined(separator: ", ")
    }

    /// Adds (`+`) or takes away (`-`) one turn's facets (`NEW` or `OLD`) from its session's sums.
    private static func change(_ row: String, sign: String) -> String {
        FacetScores.names.map { facet in
            let value = "json_extract(\(row).facets, '$.\(facet)')"
            return "\(facet)_total = \(facet)_total \(sign) coalesce(\(value), 0), \(facet)_turns = \(facet)_turns \(sign) (\(value) IS NOT NULL)"
        }.joined(separator: ", ")
    }
}
