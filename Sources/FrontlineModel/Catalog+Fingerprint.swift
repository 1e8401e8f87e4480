extension Catalog {
    /// Fingerprint of a scenario, its language's rubrics and its language pack: which
    /// version of the content produced a score (stored with every session and regrade).
    public func contentFingerprint(of scenario: Scenario) -> String {
        let rubrics = rubrics(for: scenario.language).sorted { $0.dimension < $1.dimension }.map(\.source.fingerprint)
        let pack = language(scenario.language)?.source?.fingerprint ?? ""
        return Fingerprint.combining([scenario.source.fingerprint] + rubrics + [pack])
    }
}
