import Foundation
import FrontlineReview

extension CalibrationArithmetic {
    /// The SQL columns an engine reads for `EffectiveOverride`, over annotations `a`,
    /// sessions `s` and turns `t`.
    package static let overrideColumns = """
        a.id AS annotation_id, a.session_id AS session_id, a.turn_id AS turn_id, a.dimension AS dimension,
        a.grader_score AS grader_score, a.score AS score, a.turn_overall AS turn_overall,
        t.overall AS turn_grader_overall, s.overall AS session_overall, s.turn_count AS session_turns,
        CASE a.dimension WHEN 'empathy' THEN s.empathy WHEN 'accuracy' THEN s.accuracy ELSE s.response_time END
          AS session_score,
        CASE a.dimension WHEN 'empathy' THEN s.empathy_turns WHEN 'accuracy' THEN s.accuracy_turns
          ELSE s.response_time_turns END AS applicable_turns
        """
}
