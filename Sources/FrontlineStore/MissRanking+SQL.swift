import FrontlineReview

extension MissRanking {
    /// The SQL that reads one finding's weight of a criterion (`?`/`$1`: its id).
    public static func weightSQL(_ placeholder: String) -> String {
        """
        SELECT source, possible, points, is_critical FROM findings
        WHERE criterion_id = \(placeholder) AND outcome IN ('missed', 'triggered') LIMIT 1
        """
    }
}
