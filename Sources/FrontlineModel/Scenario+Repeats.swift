extension Scenario {
    /// The expectation that `id` repeats through `same_as`, followed to the first one (`id`
    /// itself when it repeats none or is not an expectation of this scenario): asking for
    /// the merchant ID in the opening and asking for it again when the customer wants to
    /// know what is needed are one thing to practise.
    public func originalExpectation(_ id: String) -> String {
        var current = id
        var seen: Set<String> = [id]
        while let repeated = expectation(current)?.sameAs, seen.insert(repeated).inserted {
            current = repeated
        }
        return current
    }

    /// The expectation with this id, in whichever turn it is.
    public func expectation(_ id: String) -> Expectation? {
        for turn in turns {
            if let found = turn.expectations.first(where: { $0.id == id }) { return found }
        }
        return nil
    }
}
