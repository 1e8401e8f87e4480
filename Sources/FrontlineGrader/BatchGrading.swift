import Foundation
import FrontlineModel

/// One JSONL line in, one JSONL line out: the core of `frontline grade`, without any
/// file or terminal handling (the command streams lines through it).
public struct BatchGrading: Sendable {
    public struct LineError: Error, Equatable, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    let library: GraderLibrary
    let catalog: Catalog
    let defaultScenario: Scenario?
    let defaultLanguage: String
    /// Most findings in a line are rewards the reply missed; their JSON never changes, so
    /// it is written once here and copied into each line.
    let missedFragments: [String: [MissedFragment]]

    struct MissedFragment: Sendable {
        var dimension: FrontlineModel.Dimension
        var tip: String
        var isCritical: Bool
        var bytes: [UInt8]
    }

    public init(library: GraderLibrary, catalog: Catalog, scenario: Scenario?, defaultLanguage: String = "en") {
        self.library = library
        self.catalog = catalog
        self.defaultScenario = scenario
        self.defaultLanguage = defaultLanguage
        var fragments: [String: [MissedFragment]] = [:]
        for rubric in catalog.rubrics {
            for criterion in rubric.criteria where !criterion.isPenalty {
                let finding = Finding(dimension: rubric.dimension, criterionId: criterion.id, name: criterion.name,
                                      outcome: .missed, source: .rubric, points: 0, possible: criterion.points,
                                      isCritical: criterion.isCritical, tip: criterion.tip)
                var out = JSONLineWriter(capacity: 256)
                Self.encode(finding, into: &out)
                fragments[criterion.id, default: []].append(
                    MissedFragment(dimension: rubric.dimension, tip: criterion.tip, isCritical: criterion.isCritical, bytes: out.bytes))
            }
        }
        self.missedFragments = fragments
    }

    /// The fields of an input line the grader reads; anything else is validated and ignored.
    static let fields: Set<String> = ["id", "reply", "customer", "scenario", "turn", "seconds", "language"]

    /// Grades one input line; the result is the output line (without newline).
    public func gradeLine(_ line: Data) throws(LineError) -> Data {
        let object: [String: JSONLineReader.Value]
        do {
            object = try line.withUnsafeBytes { raw throws(JSONLineReader.Failure) in
                try JSONLineReader.fields(raw.bindMemory(to: UInt8.self), wanted: Self.fields)
            }
        } catch {
            let notAnObject = (error as? JSONLineReader.Failure) == .notAnObject
            throw LineError(message: notAnObject ? "not a JSON object" : "not valid JSON")
        }
        let id: JSONLineReader.Value
        switch object["id"] {
        case .string?, .number?: id = object["id"]!
        default: throw LineError(message: "missing \"id\" (a string or number)")
        }
        guard case .string(let reply)? = object["reply"] else { throw LineError(message: "missing \"reply\" (a string)") }
        var customer = ""
        if case .string(let text)? = object["customer"] { customer = text }
        var scenario = defaultScenario
        if case .string(let scenarioId)? = object["scenario"] {
            guard let found = catalog.scenario(scenarioId) else {
                throw LineError(message: "unknown scenario '\(scenarioId)'\(scenarioId.didYouMean(catalog.scenarios.map(\.id)))")
            }
            scenario = found
        }
        var turn: Turn?
        if case .string(let turnId)? = object["turn"] {
            guard let scenario else { throw LineError(message: "\"turn\" needs a scenario (in the line or --scenario)") }
            guard let found = scenario.turn(turnId) else {
                throw LineError(message: "scenario '\(scenario.id)' has no turn '\(turnId)'\(turnId.didYouMean(scenario.turns.map(\.id)))")
            }
            turn = found
        }
        var seconds: Double?
        if let value = object["seconds"] {
            guard case .number(let number, _) = value, number >= 0 else {
                throw LineError(message: "\"seconds\" must be a non-negative number")
            }
            seconds = number
        }
        var language = scenario?.language ?? defaultLanguage
        if case .string(let tag)? = object["language"] { language = tag }
        let context = GradingContext(
            customerMessage: customer, customerName: scenario?.customer.name, channel: scenario?.channel,
            expectations: turn?.expectations ?? [], responseTimeTarget: turn?.responseTime,
            timings: seconds.map { Timings(sent: $0) })
        let grade = library.grade(reply, language: language, context: context)
        return Data(encode(id: id, grade: grade))
    }

    /// The output line: `{"critical":…,"findings":[…],"id":…,"message":…,"scores":{…}}`,
    /// keys sorted as JSONSerialization would sort them.
    /// The pre-written JSON of a plain miss (no evidence, no note), if this is one.
    private func fragment(for finding: Finding) -> [UInt8]? {
        guard finding.outcome == .missed, finding.evidence == nil, finding.note == nil, finding.points == 0,
              finding.source == .rubric, let tip = finding.tip,
              let candidates = missedFragments[finding.criterionId] else { return nil }
        for candidate in candidates
        where candidate.dimension == finding.dimension && candidate.isCritical == finding.isCritical && candidate.tip == tip {
            return candidate.bytes
        }
        return nil
    }

    func encode(id: JSONLineReader.Value, grade: Grade) -> [UInt8] {
        var out = JSONLineWriter(capacity: 512 + 160 * grade.findings.count)
        out.raw("{\"critical\":")
        out.bool(grade.criticalFailure)
        out.raw(",\"findings\":[")
        for (index, finding) in grade.findings.enumerated() {
            if index > 0 { out.byte(UInt8(ascii: ",")) }
            if let fragment = fragment(for: finding) {
                out.raw(fragment)
            } else {
                Self.encode(finding, into: &out)
            }
        }
        out.raw("],\"id\":")
        switch id {
        case .string(let text): out.string(text)
        case .number(let value, let literal): Self.writeNumber(value, literal: literal, into: &out)
        default: out.raw("null")
        }
        if let message = grade.message {
            out.raw(",\"message\":")
            out.string(message)
        }
        out.raw(",\"scores\":{")
        let graded = grade.message == nil
        // Sorted: accuracy, empathy, overall, response_time.
        out.raw("\"accuracy\":")
        Self.score(grade.scores[.accuracy], into: &out)
        out.raw(",\"empathy\":")
        Self.score(grade.scores[.empathy], into: &out)
        out.raw(",\"overall\":")
        Self.score(graded ? grade.overall : nil, into: &out)
        out.raw(",\"response_time\":")
        Self.score(grade.scores[.responseTime], into: &out)
        out.raw("}}")
        return out.bytes
    }

    private static func score(_ value: Double?, into out: inout JSONLineWriter) {
        if let value { out.number(value) } else { out.raw("null") }
    }

    /// Ids are echoed as written when they are whole numbers, so long ids keep every digit.
    private static func writeNumber(_ value: Double, literal: String, into out: inout JSONLineWriter) {
        let digits = literal.utf8.drop { $0 == UInt8(ascii: "-") }
        if !digits.isEmpty, digits.count <= 18, digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            if value == 0 { out.raw("0") } else { out.raw(Array(literal.utf8)) }
        } else {
            out.number(value)
        }
    }

    /// `{"criterion":…,"critical":true,"dimension":…,"evidence":{…},"note":…,"outcome":…,"points":…,"tip":…}`
    static func encode(_ finding: Finding, into out: inout JSONLineWriter) {
        out.raw("{\"criterion\":")
        out.string(finding.criterionId)
        if finding.isCritical { out.raw(",\"critical\":true") }
        out.raw(",\"dimension\":")
        out.string(finding.dimension.rawValue)
        if let evidence = finding.evidence {
            out.raw(",\"evidence\":{\"end\":")
            out.integer(Int64(evidence.end))
            out.raw(",\"start\":")
            out.integer(Int64(evidence.start))
            out.raw(",\"text\":")
            out.string(evidence.text)
            out.byte(UInt8(ascii: "}"))
        }
        if let note = finding.note {
            out.raw(",\"note\":")
            out.string(note)
        }
        out.raw(",\"outcome\":")
        out.string(finding.outcome.rawValue)
        out.raw(",\"points\":")
        out.number(finding.points)
        if let tip = finding.tip {
            out.raw(",\"tip\":")
            out.string(tip)
        }
        out.byte(UInt8(ascii: "}"))
    }
}
