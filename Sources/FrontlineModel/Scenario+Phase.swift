extension Scenario {
    /// The conversation's phase at `turn`: what the author wrote (`phase:`), else the
    /// opening for the start turn, the closing for a turn after which the conversation
    /// ends whatever the reply (every branch goes to an ending, one of them a good one:
    /// resolved or escalated), and the middle otherwise.
    public func phase(of turn: Turn) -> Phase {
        if let phase = turn.phase { return phase }
        if turn.id == startTurn { return .opening }
        let endings = turn.branches.compactMap { ending($0.target) }
        let closes = !turn.branches.isEmpty && endings.count == turn.branches.count
            && endings.contains { $0.outcome == .resolved || $0.outcome == .escalated }
        return closes ? .closing : .middle
    }
}
