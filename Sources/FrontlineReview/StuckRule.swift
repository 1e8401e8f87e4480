/// When a trainee counts as stuck: their latest `after` scored sessions are all below the
/// pass mark, or none of them beats the average of as many sessions before them (while
/// at least one is below the pass mark).
public enum StuckRule {
    /// `scores`: the trainee's latest overall scores, oldest first (at most 2 × `after` are
    /// looked at: an engine need read no more).
    public static func flag(_ scores: [Double], after k: Int, passMark: Double) -> StuckFlag? {
        guard scores.count >= k else { return nil }
        let recent = Array(scores.suffix(k))
        let earlier = scores.dropLast(k)
        let before = earlier.count == k ? earlier.reduce(0, +) / Double(k) : nil
        if recent.allSatisfy({ $0 < passMark }) {
            return StuckFlag(reason: .belowPassMark, recent: recent, before: before)
        }
        if let before, recent.max()! <= before, recent.min()! < passMark {
            return StuckFlag(reason: .noImprovement, recent: recent, before: before)
        }
        return nil
    }
}
