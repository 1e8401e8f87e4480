import FrontlineModel

/// Regrading: stored replies graded again, in order, with the current scenario and rubrics,
/// so `requires` sees what earlier turns met and "as I said" what they said, as in play.
extension TurnGrading {
    /// A reply as the store keeps it.
    public struct StoredReply: Sendable {
        public var turnId: String
        public var customerLine: String
        public var text: String
        /// As stored: the first nudge's time is not kept (see `replay`).
        public var timings: Timings
        public var nudges: Int
        public var hintsUsed: Int
        /// A first attempt taken back with `/retry`.
        public var retried: Bool

        public init(turnId: String, customerLine: String, text: String, timings: Timings, nudges: Int,
                    hintsUsed: Int, retried: Bool) {
            self.turnId = turnId
            self.customerLine = customerLine
            self.text = text
            self.timings = timings
            self.nudges = nudges
            self.hintsUsed = hintsUsed
            self.retried = retried
        }
    }

    /// New grades for a session's replies, in the order given. A retried attempt was taken
    /// back in play: what it said does not carry forward. A nudged reply's first nudge is
    /// taken to have come at the nudge interval (play records the moment it came, which the
    /// store does not keep; with a clock polled on time the two agree).
    public func replay(_ replies: [StoredReply]) -> [Result] {
        var met = Set<String>()
        var history: [String] = []
        return replies.map { stored in
            let turn = scenario?.turn(stored.turnId)
            var timings = stored.timings
            if stored.nudges > 0 { timings.nudged = min(timings.sent, nudgeInterval(turn?.responseTime)) }
            let result = grade(Reply(stored.text, customerLine: stored.customerLine, turn: turn, alreadyMet: met,
                                     history: history, timings: timings, hintsUsed: stored.hintsUsed))
            if !stored.retried {
                met.formUnion(result.grade.metExpectations)
                history.append(stored.text)
            }
            return result
        }
    }
}
