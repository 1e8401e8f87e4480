/// One dimension's rubric for one language (Rubrics/<lang>/<dimension>.yaml).
public struct Rubric: Hashable, Sendable {
    public var dimension: Dimension
    public var language: String
    /// Share of the overall score; a language's weights add up to 1.
    public var weight: Double
    /// Points that already give 100 (defaults to the sum of all reward points).
    public var fullMarks: Double?
    public var criteria: [Criterion]
    /// Response-time targets per channel, in seconds (response-time rubrics).
    public var targets: [Channel: Double]
    /// Extra seconds allowed per character of the reply, so thorough answers are not punished.
    public var allowancePerCharacter: Double
    /// The dimension's facets, in the order written; empty when it has none.
    public var facets: [Facet] = []
    public var source: SourceFile
    public var location: SourceLocation?
    /// Where each top-level key's value was written, for precise diagnostics.
    public var keyLocations: [String: SourceLocation] = [:]

    public init(
        dimension: Dimension, language: String, weight: Double, fullMarks: Double? = nil,
        criteria: [Criterion], targets: [Channel: Double] = [:], allowancePerCharacter: Double = 0,
        source: SourceFile, location: SourceLocation? = nil
    ) {
        self.dimension = dimension
        self.language = language
        self.weight = weight
        self.fullMarks = fullMarks
        self.criteria = criteria
        self.targets = targets
        self.allowancePerCharacter = allowancePerCharacter
        self.source = source
        self.location = location
    }
}

/// Where a value was loaded from and a fingerprint of the bytes, so every stored score
/// can say which version of the file produced it.
public struct SourceFile: Hashable, Sendable, Codable {
    public var path: String
    public var fingerprint: String

    public init(path: String, fingerprint: String) {
        self.path = path
        self.fingerprint = fingerprint
    }
}
