extension Scenario {
    /// The conversation's phase at `turn`: what the author wrote (`phase:`), else the
    /// opening for the start turn, the closing for a turn after which the conversation
    /// can end well (a branch goes straight to a resolved or escalated ending), and the
    /// middle otherwise.
    public func phase(of turn: Turn) -> Phase {
        if let phase = turn.phase { return phase }
        if turn.id == startTurn { return .opening }
        let endsWell = turn.branches.contains { branch in
            guard let ending = ending(branch.target) else { return false }
            return ending.outcome == .resolved || ending.outcome == .escalated
        }
        return endsWell ? .closing : .middle
    }
}
