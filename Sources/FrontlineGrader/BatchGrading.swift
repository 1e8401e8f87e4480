import Foundation
import FrontlineModel

/// One JSONL line in, one JSONL line out: the core of `frontline grade`, without any
/// file or terminal handling (the command streams lines through it).
public struct BatchGrading: Sendable {
    public struct LineError: Error, Equatable, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    let content: any BatchContent
    let defaultScenario: Scenario?
    let defaultLanguage: String
    /// Each language tag's grader with the pre-written JSON of its plain misses, made the
    /// first time a line in that language is seen.
    let entries: EntryCache

    /// Most findings in a line are rewards the reply missed; their JSON never changes, so
    /// it is written once per criterion (in the grader's criterion order) and copied into
    /// each line.
    struct Entry: Sendable {
        var grader: Grader
        /// One per criterion; a penalty's is not `present` (it is never a plain miss).
        var missed: [MissedFragment]
    }

    /// Not an optional in the array: reading a field of an optional element copied the
    /// whole fragment (a retain and release of each of its strings) per finding.
    struct MissedFragment: Sendable {
        var present: Bool
        var id: String
        var dimension: FrontlineModel.Dimension
        var tip: String
        var isCritical: Bool
        var bytes: [UInt8]
    }

    /// Entries by language tag as written in the lines (nil: no rubric), shared by every
    /// worker; graders are compiled outside the hot path, once per language.
    final class EntryCache: @unchecked Sendable {
        private let lock = NSLock()
        private var byTag: [String: Entry?] = [:]
        private var byGrader: [ObjectIdentifier: Entry] = [:]

        func entry(for tag: String, content: any BatchContent) -> Entry? {
            lock.lock()
            defer { lock.unlock() }
            if let known = byTag[tag] { return known }
            var entry: Entry?
            if let grader = content.grader(for: tag) {
                if let existing = byGrader[ObjectIdentifier(grader)] {
                    entry = existing
                } else {
                    entry = BatchGrading.entry(grader)
                    byGrader[ObjectIdentifier(grader)] = entry
                }
            }
            byTag[tag] = .some(entry)
            return entry
        }
    }

    public init(library: GraderLibrary, catalog: Catalog, scenario: Scenario?, defaultLanguage: String = "en") {
        self.init(content: CatalogContent(library: library, catalog: catalog), scenario: scenario, defaultLanguage: defaultLanguage)
    }

    /// Grades with graders and scenarios from `content`, which may load them on demand.
    public init(content: any BatchContent, scenario: Scenario?, defaultLanguage: String = "en") {
        self.content = content
        self.defaultScenario = scenario
        self.defaultLanguage = defaultLanguage
        self.entries = EntryCache()
    }

    static func entry(_ grader: Grader) -> Entry {
        let missed = grader.plans.map { plan -> MissedFragment in
            guard !plan.isPenalty else {
                return MissedFragment(present: false, id: "", dimension: plan.dimension, tip: "", isCritical: false, bytes: [])
            }
            let finding = Finding(dimension: plan.dimension, criterionId: plan.id, name: plan.name, outcome: .missed,
                                  source: .rubric, points: 0, possible: plan.points, isCritical: plan.isCritical,
                                  tip: plan.tip)
            var out = JSONLineWriter(capacity: 256)
            Self.encode(finding, into: &out)
            return MissedFragment(present: true, id: plan.id, dimension: plan.dimension, tip: plan.tip, isCritical: plan.isCritical,
                                  bytes: out.bytes)
        }
        return Entry(grader: grader, missed: missed)
    }

    /// The grader (and its fragments) for a language tag, or nil when it has no rubric.
    private func entry(for language: String) -> Entry? {
        entries.entry(for: language, content: content)
    }

    /// Grades one input line; the result is the output line (without newline).
    public func gradeLine(_ line: Data) throws(LineError) -> Data {
        var output: [UInt8] = []
        let failure: LineError? = line.withUnsafeBytes { raw in
            do throws(LineError) {
                try gradeLine(raw.bindMemory(to: UInt8.self), appendingTo: &output)
                return nil
            } catch {
                return error
            }
        }
        if let failure { throw failure }
        return Data(output)
    }

    /// Grades one input line (UTF-8, without its newline) and appends the output line
    /// (without newline) to `output`; on error nothing is appended.
    public func gradeLine(_ line: UnsafeBufferPointer<UInt8>, appendingTo output: inout [UInt8]) throws(LineError) {
        let object: JSONLineReader.BatchFields
        do {
            object = try JSONLineReader.batchFields(line)
        } catch {
            throw LineError(message: error == .notAnObject ? "not a JSON object" : "not valid JSON")
        }
        let id: JSONLineReader.Value
        switch object.id {
        case .string(let text)?: id = .string(text)
        case .number(let value, let literal)?: id = .number(value, literal: literal)
        default: throw LineError(message: "missing \"id\" (a string or number)")
        }
        guard case .string(let reply)? = object.reply else { throw LineError(message: "missing \"reply\" (a string)") }
        var customer = ""
        if case .string(let text)? = object.customer { customer = text }
        var scenario = defaultScenario
        if case .string(let scenarioId)? = object.scenario {
            guard let found = content.scenario(scenarioId) else {
                throw LineError(message: "unknown scenario '\(scenarioId)'\(scenarioId.didYouMean(content.scenarioIds))")
            }
            scenario = found
        }
        var turn: Turn?
        if case .string(let turnId)? = object.turn {
            guard let scenario else { throw LineError(message: "\"turn\" needs a scenario (in the line or --scenario)") }
            guard let found = scenario.turn(turnId) else {
                throw LineError(message: "scenario '\(scenario.id)' has no turn '\(turnId)'\(turnId.didYouMean(scenario.turns.map(\.id)))")
            }
            turn = found
        }
        var seconds: Double?
        if let value = object.seconds {
            guard case .number(let number, _) = value, number >= 0 else {
                throw LineError(message: "\"seconds\" must be a non-negative number")
            }
            seconds = number
        }
        var language = scenario?.language ?? defaultLanguage
        if case .string(let tag)? = object.language { language = tag }
        let context = GradingContext(
            customerMessage: customer, customerName: scenario?.customer.name, channel: scenario?.channel,
            expectations: turn?.expectations ?? [], responseTimeTarget: turn?.responseTime,
            timings: seconds.map { Timings(sent: $0) })
        let entry = entry(for: language)
        let grade = entry.map { $0.grader.grade(reply, context: context) }
            ?? Grade(scores: [:], overall: 0, findings: [], criticalFailure: false,
                     message: "no rubric for language '\(language)' (rubrics exist for: \(content.rubricLanguages.joined(separator: ", "))); the reply was not graded")
        var out = JSONLineWriter(capacity: 0)
        swap(&out.bytes, &output)
        // Grow geometrically: `reserveCapacity` alone reallocates to the exact size, which
        // would copy the whole block's output for every line.
        let needed = out.bytes.count + 512 + 160 * grade.findings.count
        if out.bytes.capacity < needed { out.bytes.reserveCapacity(max(needed, 2 * out.bytes.capacity)) }
        encode(id: id, grade: grade, missed: entry?.missed ?? [], into: &out)
        swap(&out.bytes, &output)
    }

    /// The output line: `{"critical":…,"findings":[…],"id":…,"message":…,"scores":{…}}`,
    /// keys sorted as JSONSerialization would sort them.
    func encode(id: JSONLineReader.Value, grade: Grade, missed: [MissedFragment], into out: inout JSONLineWriter) {
        out.raw("{\"critical\":")
        out.bool(grade.criticalFailure)
        out.raw(",\"findings\":[")
        // Findings come in criterion order, so the criterion of each is found by moving
        // a cursor forward (wrapping around once, to be safe) rather than by a lookup.
        var cursor = 0
        // Findings and fragments are read through pointers: passing an element on copied it.
        grade.findings.withUnsafeBufferPointer { findings in
            missed.withUnsafeBufferPointer { missed in
                for index in findings.indices {
                    if index > 0 { out.byte(UInt8(ascii: ",")) }
                    let finding = findings.baseAddress! + index
                    if let k = Self.plainMiss(finding, in: missed, from: cursor) {
                        missed[k].bytes.withUnsafeBufferPointer { out.raw($0) }
                        cursor = k
                    } else {
                        Self.encode(finding.pointee, into: &out)
                    }
                }
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
    }

    /// The index of the pre-written JSON for `finding` if it is a plain miss (no evidence,
    /// no note) of a rubric criterion, looking from `cursor` on.
    @inline(__always)
    private static func plainMiss(_ finding: UnsafePointer<Finding>, in missed: UnsafeBufferPointer<MissedFragment>,
                                  from cursor: Int) -> Int? {
        guard finding.pointee.outcome == .missed, finding.pointee.source == .rubric, finding.pointee.evidence == nil,
              finding.pointee.note == nil, finding.pointee.points == 0, !missed.isEmpty else { return nil }
        var k = cursor
        for _ in 0..<missed.count {
            if missed[k].present && missed[k].id == finding.pointee.criterionId {
                guard missed[k].dimension == finding.pointee.dimension, missed[k].isCritical == finding.pointee.isCritical,
                      missed[k].tip == finding.pointee.tip else { return nil }
                return k
            }
            k = k + 1 == missed.count ? 0 : k + 1
        }
        return nil
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
    static func encode(_ finding: borrowing Finding, into out: inout JSONLineWriter) {
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
