import GRDB

extension StoreSchema {
    /// Each session's facet sums (`FacetScores`), so a review averages facets over the
    /// sessions in scope instead of reading every turn's JSON (a million turns took about a
    /// second). Facets that did not apply to a turn (null) and retried first attempts are
    /// left out, as before. Triggers keep the sums exact whoever writes a turn; existing
    /// turns are summed once here.
    static func addSessionFacets(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE session_facets (
              session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
              facet TEXT NOT NULL,
              total REAL NOT NULL,
              count INTEGER NOT NULL,
              PRIMARY KEY (session_id, facet)
            ) WITHOUT ROWID;
            INSERT INTO session_facets (session_id, facet, total, count)
              SELECT t.session_id, j.key, SUM(j.value), COUNT(*) FROM turns t, json_each(t.facets) j
              WHERE t.facets IS NOT NULL AND NOT t.retried AND j.type IN ('integer', 'real')
              GROUP BY t.session_id, j.key;
            CREATE TRIGGER turns_add_facets AFTER INSERT ON turns WHEN NEW.facets IS NOT NULL AND NOT NEW.retried BEGIN
              INSERT INTO session_facets (session_id, facet, total, count)
                SELECT NEW.session_id, key, value, 1 FROM json_each(NEW.facets) WHERE type IN ('integer', 'real')
                ON CONFLICT (session_id, facet) DO UPDATE SET total = total + excluded.total, count = count + 1;
            END;
            CREATE TRIGGER turns_change_facets AFTER UPDATE OF facets, retried ON turns BEGIN
              UPDATE session_facets SET total = total - j.value, count = count - 1
                FROM (SELECT key, value FROM json_each(OLD.facets)
                      WHERE OLD.facets IS NOT NULL AND NOT OLD.retried AND type IN ('integer', 'real')) AS j
                WHERE session_id = OLD.session_id AND facet = j.key;
              INSERT INTO session_facets (session_id, facet, total, count)
                SELECT NEW.session_id, key, value, 1 FROM json_each(NEW.facets)
                WHERE NEW.facets IS NOT NULL AND NOT NEW.retried AND type IN ('integer', 'real')
                ON CONFLICT (session_id, facet) DO UPDATE SET total = total + excluded.total, count = count + 1;
            END;
            CREATE TRIGGER turns_remove_facets AFTER DELETE ON turns WHEN OLD.facets IS NOT NULL AND NOT OLD.retried BEGIN
              UPDATE session_facets SET total = total - j.value, count = count - 1
                FROM (SELECT key, value FROM json_each(OLD.facets) WHERE type IN ('integer', 'real')) AS j
                WHERE session_id = OLD.session_id AND facet = j.key;
            END;
            """)
    }
}
