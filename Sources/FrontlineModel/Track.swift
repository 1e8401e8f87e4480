/// An onboarding track (Scenarios/<id>.track.yaml): ordered steps of scenarios, each with
/// pass marks; a step unlocks when the previous one is passed.
public struct Track: Hashable, Sendable, Identifiable {
    public var id: String
    public var title: String
    public var steps: [Step]
    public var source: SourceFile
    public var location: SourceLocation?

    public struct Step: Hashable, Sendable {
        public var title: String
        public var scenarios: [String]
        /// Minimum scores to pass, per dimension and/or overall (nil key: overall).
        public var passMarks: PassMarks
        public var location: SourceLocation?
        /// Where each scenario reference was written.
        public var scenarioLocations: [SourceLocation] = []

        public init(title: String, scenarios: [String], passMarks: PassMarks, location: SourceLocation? = nil) {
            self.title = title
            self.scenarios = scenarios
            self.passMarks = passMarks
            self.location = location
        }
    }

    public init(id: String, title: String, steps: [Step], source: SourceFile, location: SourceLocation? = nil) {
        self.id = id
        self.title = title
        self.steps = steps
        self.source = source
        self.location = location
    }
}

/// A pass mark for the overall score and, optionally, for each dimension.
public struct PassMarks: Hashable, Sendable {
    public var overall: Double?
    public var dimensions: [Dimension: Double]

    public init(overall: Double? = nil, dimensions: [Dimension: Double] = [:]) {
        self.overall = overall
        self.dimensions = dimensions
    }

    /// Whether a session's scores meet every mark (a dimension that did not apply passes).
    public func passed(overall score: Double?, scores: [Dimension: Double]) -> Bool {
        if let overall, (score ?? -1) < overall { return false }
        for (dimension, mark) in dimensions {
            if let value = scores[dimension], value < mark { return false }
        }
        return true
    }

    public var description: String {
        var parts: [String] = []
        if let overall { parts.append("overall \(overall.wholeText)") }
        for dimension in Dimension.allCases { if let mark = dimensions[dimension] { parts.append("\(dimension.rawValue) \(mark.wholeText)") } }
        return parts.joined(separator: ", ")
    }
}
