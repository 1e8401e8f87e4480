/// A golden walkthrough (Scenarios/<id>.walkthrough.yaml): scripted replies and the
/// path, ending and score bands they must produce. `frontline check` replays each one.
public struct Walkthrough: Hashable, Sendable {
    public var scenario: String
    public var name: String
    public var steps: [Step]
    public var ending: String
    public var overall: ScoreBand?
    public var source: SourceFile
    public var location: SourceLocation?
    public var keyLocations: [String: SourceLocation] = [:]

    public struct Step: Hashable, Sendable {
        public var reply: String
        public var seconds: Double?
        /// The turn this reply answers.
        public var turn: String?
        public var overall: ScoreBand?
        public var scores: [Dimension: ScoreBand]
        public var location: SourceLocation?
        /// Where each key's value was written (`overall`, `turn`, …).
        public var keyLocations: [String: SourceLocation] = [:]

        public init(
            reply: String, seconds: Double? = nil, turn: String? = nil, overall: ScoreBand? = nil,
            scores: [Dimension: ScoreBand] = [:], location: SourceLocation? = nil
        ) {
            self.reply = reply
            self.seconds = seconds
            self.turn = turn
            self.overall = overall
            self.scores = scores
            self.location = location
        }
    }

    public init(
        scenario: String, name: String, steps: [Step], ending: String, overall: ScoreBand?,
        source: SourceFile, location: SourceLocation? = nil
    ) {
        self.scenario = scenario
        self.name = name
        self.steps = steps
        self.ending = ending
        self.overall = overall
        self.source = source
        self.location = location
    }
}

/// An inclusive range of scores written `70..100`.
public struct ScoreBand: Hashable, Sendable, CustomStringConvertible {
    public var lower: Double
    public var upper: Double

    public init(_ lower: Double, _ upper: Double) {
        self.lower = lower
        self.upper = upper
    }

    public func contains(_ score: Double) -> Bool { score >= lower - 1e-9 && score <= upper + 1e-9 }
    public var description: String { "\(lower.wholeText)..\(upper.wholeText)" }

    /// Parses `70..100`, `70` (exactly) or nil.
    public init?(parsing text: String) {
        // Split at "..", so decimal ends ("70.5..100", as `description` writes them) parse.
        let parts = text.components(separatedBy: "..")
        if parts.count == 2,
           let lo = Double(parts[0].trimmingCharacters(in: .whitespaces)),
           let hi = Double(parts[1].trimmingCharacters(in: .whitespaces)), lo <= hi {
            self.init(lo, hi)
        } else if let exact = Double(text.trimmingCharacters(in: .whitespaces)) {
            self.init(exact, exact)
        } else {
            return nil
        }
    }
}

import Foundation
