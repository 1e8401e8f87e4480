import Foundation
import FrontlineGrader
import FrontlineModel

/// One JSONL line in, one JSONL line out: the core of `frontline grade`, without any
/// file or terminal handling (the command streams lines through it).
public struct BatchGrading: Sendable {
    public struct LineError: Error, Equatable, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    /// The largest `seconds` a line may give: a year.
    public static let maximumSeconds = 31_536_000.0

    let content: any BatchContent
    let defaultScenario: Scenario?
    let defaultLanguage: String
    let tips: Tips
    /// Each language tag's grader with the pre-written JSON of its plain misses, made the
    /// first time a line in that language is seen.
    let entries: EntryCache

    /// Most findings in a line are rewards the reply missed; their JSON never changes, so
    /// it is written once per criterion and copied into each line.
    struct Entry: Sendable {
        /// The four pre-written forms of a reward missed with nothing to show.
        enum Fragment: Int, CaseIterable {
            case missed, missedBare, notNeeded, notNeededBare

            /// The form for a miss (`notNeeded`: in a facet that was full anyway), with or without its tip.
            init(notNeeded: Bool, withTip: Bool) {
                self = notNeeded ? (withTip ? .notNeeded : .notNeededBare) : (withTip ? .missed : .missedBare)
            }
        }

        var grader: Grader
        /// Pre-written findings, four per criterion (see `Fragment`): fragment `f` of
        /// criterion `k` is `fragments[starts[i]..<starts[i + 1]]` with
        /// `i = f.rawValue * (plans + 1) + k`, empty for a penalty (never a plain miss). One
        /// array, not one per criterion: each array read while writing a line cost a retain
        /// and a release.
        var fragments: [UInt8]
        var fragmentStarts: [Int32]
        /// Each facet's JSON key with its colon (`"warmth":`), in `Grader.facetNames` order.
        var facetKeys: [[UInt8]] = []
        /// Each criterion's facet, numbered, by plan (nil: none), for choosing the misses to coach.
        var facetOfPlan: [Int?] = []

        /// The same entry for one worker (see `Worker`): its own grader object, whose
        /// reference count the worker touches for every line; the tables behind it are
        /// shared, read in place and never retained per line.
        func forWorker() -> Entry {
            var copy = self
            copy.grader = Grader(copying: grader)
            return copy
        }
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
            // A grader that left out a pattern that does not compile grades nothing: its
            // lines are written ungraded (see `ungradedMessage`), not scored without it.
            if let grader = content.grader(for: tag), grader.patternDiagnostics.isEmpty {
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

    public init(library: GraderLibrary, catalog: Catalog, scenario: Scenario?, defaultLanguage: String = "en", tips: Tips = .focus) {
        self.init(content: CatalogContent(library: library, catalog: catalog), scenario: scenario, defaultLanguage: defaultLanguage,
                  tips: tips)
    }

    /// Grades with graders and scenarios from `content`, which may load them on demand.
    public init(content: any BatchContent, scenario: Scenario?, defaultLanguage: String = "en", tips: Tips = .focus) {
        self.content = content
        self.defaultScenario = scenario
        self.defaultLanguage = defaultLanguage
        self.tips = tips
        self.entries = EntryCache()
    }

    static func entry(_ grader: Grader) -> Entry {
        // One writer per form (`Entry.Fragment` order); the writer is not copyable.
        var missed = JSONLineWriter(capacity: 4096), missedBare = JSONLineWriter(capacity: 4096)
        var notNeeded = JSONLineWriter(capacity: 4096), notNeededBare = JSONLineWriter(capacity: 4096)
        var ends: [[Int32]] = Array(repeating: [], count: Entry.Fragment.allCases.count)
        for plan in grader.plans {
            if !plan.isPenalty {
                var finding = Finding(dimension: plan.dimension, criterionId: plan.id, name: plan.name, outcome: .missed,
                                      source: .rubric, points: 0, possible: plan.points, isCritical: plan.isCritical,
                                      tip: plan.tip.personalised(customerName: nil))
                Self.encode(finding, withTip: true, into: &missed)
                Self.encode(finding, withTip: false, into: &missedBare)
                if !plan.isCritical {
                    finding.note = Grader.notNeededNote
                    Self.encode(finding, withTip: true, into: &notNeeded)
                    Self.encode(finding, withTip: false, into: &notNeededBare)
                }
            }
            for (form, count) in [missed.count, missedBare.count, notNeeded.count, notNeededBare.count].enumerated() {
                ends[form].append(Int32(count))
            }
        }
        var fragments: [UInt8] = [], starts: [Int32] = []
        for (form, bytes) in [missed.bytes, missedBare.bytes, notNeeded.bytes, notNeededBare.bytes].enumerated() {
            let base = Int32(fragments.count)
            starts.append(base)
            starts.append(contentsOf: ends[form].map { base + $0 })
            fragments.append(contentsOf: bytes)
        }
        let facets = grader.criterionFacets
        let facetNumbers = Dictionary(uniqueKeysWithValues: Set(facets.values).sorted().enumerated().map { ($1, $0) })
        let facetKeys = grader.facetNames.map { name in
            var key = JSONLineWriter(capacity: 32)
            key.string(name)
            key.byte(UInt8(ascii: ":"))
            return key.bytes
        }
        return Entry(grader: grader, fragments: fragments, fragmentStarts: starts, facetKeys: facetKeys,
                     facetOfPlan: grader.plans.map { plan in facets[plan.id].flatMap { facetNumbers[$0] } })
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

    /// What one worker keeps from line to line: the last language it graded, with its own
    /// grader object for it (see `Entry.forWorker`). Looking the language up in the shared
    /// cache took a lock for every line, and retaining the shared grader object from two
    /// cores at once made them fight over its cache line.
    public struct Worker: ~Copyable, Sendable {
        var tag: String?
        var entry: Entry?
        /// Every language this worker has graded (a file that alternates languages line by
        /// line then takes no lock and makes no grader object per line).
        var known: [String: Entry?] = [:]
        /// Each line is written here first, then copied to the output in one piece.
        var writer = JSONLineWriter(capacity: 4096)

        public init() {}
    }

    /// Grades one input line (UTF-8, without its newline) and appends the output line
    /// (without newline) to `output`; on error nothing is appended.
    public func gradeLine(_ line: UnsafeBufferPointer<UInt8>, appendingTo output: inout [UInt8]) throws(LineError) {
        var worker = Worker()
        try gradeLine(line, appendingTo: &output, worker: &worker)
    }

    /// The same, for a worker that grades many lines (see `Worker`).
    public func gradeLine(_ line: UnsafeBufferPointer<UInt8>, appendingTo output: inout [UInt8],
                          worker: inout Worker) throws(LineError) {
        let object: JSONLineReader.BatchFields
        do {
            object = try JSONLineReader.batchFields(line)
        } catch {
            switch error {
            case .notAnObject: throw LineError(message: "not a JSON object")
            case .unpairedSurrogate: throw LineError(message: "a string holds an unpaired surrogate escape (like \\ud800), which is not text")
            case .invalid: throw LineError(message: "not valid JSON")
            }
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
            // Bounded: 1e400 reads as infinity, and nothing about a reply takes a year.
            guard case .number(let number, _) = value, number >= 0, number <= Self.maximumSeconds else {
                throw LineError(message: "\"seconds\" must be a number from 0 to \(Int(Self.maximumSeconds)) (a year)")
            }
            seconds = number
        }
        var language = scenario?.language ?? defaultLanguage
        if case .string(let tag)? = object.language { language = tag }
        var context = GradingContext(
            customerMessage: customer, customerName: scenario?.customer.name, channel: scenario?.channel,
            expectations: turn?.expectations ?? [], responseTimeTarget: turn?.responseTime,
            timings: seconds.map { Timings(sent: $0) })
        if let scenario, let turn { context.phase = scenario.phase(of: turn) }
        if worker.tag != language {
            if let known = worker.known[language] {
                worker.entry = known
            } else {
                worker.entry = entry(for: language)?.forWorker()
                if worker.known.count >= 64 { worker.known.removeAll() } // a file of made-up tags stays small
                worker.known[language] = .some(worker.entry)
            }
            worker.tag = language
        }
        worker.writer.removeAll()
        if let entry = worker.entry {
            let verdict = entry.grader.verdict(reply, context: context)
            encode(id: id, verdict: verdict, entry: entry, into: &worker.writer)
        } else {
            let message = Self.ungradedMessage(language, content: content)
            encode(id: id, verdict: nil, entry: nil, message: message, into: &worker.writer)
        }
        let line = worker.writer.written
        let needed = output.count + line.count + 1
        // Geometric growth: `reserveCapacity` alone reallocates to the exact size, which
        // would copy the whole block's output for every line.
        if output.capacity < needed { output.reserveCapacity(max(needed, 2 * output.capacity)) }
        output.append(contentsOf: line)
    }

    /// Why a line in `language` was not graded: no rubric, or rubric patterns that do not compile.
    static func ungradedMessage(_ language: String, content: any BatchContent) -> String {
        if let grader = content.grader(for: language), !grader.patternDiagnostics.isEmpty {
            return "the '\(language)' rubrics have a phrase pattern that does not compile ('frontline check' shows where); the reply was not graded"
        }
        return "no rubric for language '\(language)' (rubrics exist for: \(content.rubricLanguages.joined(separator: ", "))); the reply was not graded"
    }

    /// The output line: `{"critical":…,"facets":{…},"findings":[…],"id":…,"message":…,"scores":{…}}`,
    /// keys sorted as JSONSerialization would sort them. Without a verdict: the line of a
    /// reply that was not graded, with its `message`.
    func encode(id: JSONLineReader.Value, verdict: Grader.Verdict?, entry: Entry?, message: String? = nil,
                into out: inout JSONLineWriter) {
        out.raw("{\"critical\":")
        out.bool(verdict?.critical ?? false)
        out.raw(",\"facets\":")
        if let verdict, let entry, !verdict.facetScores.isEmpty, entry.facetKeys.count == verdict.facetScores.count {
            out.byte(UInt8(ascii: "{"))
            entry.facetKeys.withUnsafeBufferPointer { keys in
                for i in keys.indices {
                    if i > 0 { out.byte(UInt8(ascii: ",")) }
                    keys[i].withUnsafeBufferPointer { out.raw($0) } // `"warmth":`, encoded once
                    Self.score(verdict.facetScores[i], into: &out)
                }
            }
            out.byte(UInt8(ascii: "}"))
        } else {
            out.raw("null")
        }
        out.raw(",\"findings\":[")
        if let verdict, let entry {
            Self.encodeFindings(verdict, entry: entry, allTips: tips == .all, into: &out)
        }
        out.raw("],\"id\":")
        switch id {
        case .string(let text): out.string(text)
        case .number(let value, let literal): Self.writeNumber(value, literal: literal, into: &out)
        default: out.raw("null")
        }
        if let message {
            out.raw(",\"message\":")
            out.string(message)
        }
        out.raw(",\"scores\":{")
        // Sorted: accuracy, empathy, overall, response_time.
        out.raw("\"accuracy\":")
        Self.score(verdict?.scores.accuracy, into: &out)
        out.raw(",\"empathy\":")
        Self.score(verdict?.scores.empathy, into: &out)
        out.raw(",\"overall\":")
        Self.score(verdict?.overall, into: &out)
        out.raw(",\"response_time\":")
        Self.score(verdict?.scores.responseTime, into: &out)
        out.raw("}}")
    }

    /// The findings, comma-separated; the ones `coached` chooses (or, with `allTips`, every
    /// one that cost something) carry their tip. Records, fragments and plans are read
    /// through pointers: passing an element on copied it (retaining each of its strings).
    private static func encodeFindings(_ verdict: Grader.Verdict, entry: Entry, allTips: Bool, into out: inout JSONLineWriter) {
        let chosen = allTips ? [] : coached(verdict, entry: entry)
        let stride = entry.grader.plans.count + 1
        verdict.records.withUnsafeBufferPointer { records in
            entry.fragments.withUnsafeBufferPointer { fragments in
              entry.fragmentStarts.withUnsafeBufferPointer { starts in
                entry.grader.plans.withUnsafeBufferPointer { plans in
                    entry.grader.traits.withUnsafeBufferPointer { traits in
                        for index in records.indices {
                            if index > 0 { out.byte(UInt8(ascii: ",")) }
                            let record = records.baseAddress! + index
                            let plan = Int(record.pointee.plan)
                            let withTip = allTips || chosen.contains(index)
                            let personal = plan >= 0 && withTip && verdict.customerName != nil && traits[plan].tipNamesCustomer
                            let plain = !personal && Grader.FindingRecord.isPlainMiss(record)
                            if plain || (!personal && Grader.FindingRecord.isNotNeededMiss(record)) {
                                let at = Entry.Fragment(notNeeded: !plain, withTip: withTip).rawValue * stride + plan
                                let start = Int(starts[at]), end = Int(starts[at + 1])
                                if start < end {
                                    out.raw(UnsafeBufferPointer(rebasing: fragments[start..<end]))
                                    continue
                                }
                            }
                            if plan >= 0 {
                                encode(record, plan: plans.baseAddress! + plan, namesCustomer: traits[plan].tipNamesCustomer,
                                       customerName: verdict.customerName, withTip: withTip, into: &out)
                            } else {
                                encode(verdict.extra[-1 - plan], withTip: withTip, into: &out)
                            }
                        }
                    }
                }
              }
            }
        }
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

    /// What `encode(_: Finding)` writes for the finding `record` stands for, read from its
    /// criterion's plan (a reward met has no tip).
    private static func encode(_ record: UnsafePointer<Grader.FindingRecord>, plan: UnsafePointer<Grader.CriterionPlan>,
                               namesCustomer: Bool, customerName: String?, withTip: Bool, into out: inout JSONLineWriter) {
        // With the name, or without the placeholder when there is none (a reward met has no tip).
        let hasTip = withTip && record.pointee.outcome != .met
        if namesCustomer && hasTip {
            let tip = plan.pointee.tip.personalised(customerName: customerName)
            encode(criterion: plan.pointee.id, isCritical: record.pointee.isCritical, dimension: plan.pointee.dimension,
                   evidence: record.pointee.evidence, note: record.pointee.note, outcome: record.pointee.outcome,
                   points: record.pointee.points, tip: tip, hasTip: true, into: &out)
            return
        }
        encode(criterion: plan.pointee.id, isCritical: record.pointee.isCritical, dimension: plan.pointee.dimension,
               evidence: record.pointee.evidence, note: record.pointee.note, outcome: record.pointee.outcome,
               points: record.pointee.points, tip: plan.pointee.tip, hasTip: hasTip, into: &out)
    }

    /// `{"criterion":…,"critical":true,"dimension":…,"evidence":{…},"note":…,"outcome":…,"points":…,"tip":…}`
    /// from a finding's parts (inlined into both callers, which pass their strings in place).
    @inline(__always)
    private static func encode(criterion: String, isCritical: Bool, dimension: FrontlineModel.Dimension,
                               evidence: Evidence?, note: String?, outcome: Finding.Outcome,
                               points: Double, tip: String, hasTip: Bool, into out: inout JSONLineWriter) {
        out.raw("{\"criterion\":")
        out.string(criterion)
        if isCritical { out.raw(",\"critical\":true") }
        out.raw(",\"dimension\":")
        out.string(dimension.rawValue)
        if let evidence { encode(evidence, into: &out) }
        if let note {
            out.raw(",\"note\":")
            out.string(note)
        }
        out.raw(",\"outcome\":")
        out.string(outcome.rawValue)
        out.raw(",\"points\":")
        out.number(points)
        if hasTip {
            out.raw(",\"tip\":")
            out.string(tip)
        }
        out.byte(UInt8(ascii: "}"))
    }

    private static func encode(_ evidence: borrowing Evidence, into out: inout JSONLineWriter) {
        out.raw(",\"evidence\":{\"end\":")
        out.integer(Int64(evidence.end))
        out.raw(",\"start\":")
        out.integer(Int64(evidence.start))
        out.raw(",\"text\":")
        out.string(evidence.text)
        out.byte(UInt8(ascii: "}"))
    }

    /// A finding as JSON (see `encode(criterion:…)`), with its tip if it has one and `withTip`.
    static func encode(_ finding: borrowing Finding, withTip: Bool, into out: inout JSONLineWriter) {
        encode(criterion: finding.criterionId, isCritical: finding.isCritical, dimension: finding.dimension,
               evidence: finding.evidence, note: finding.note, outcome: finding.outcome, points: finding.points,
               tip: finding.tip ?? "", hasTip: withTip && finding.tip != nil, into: &out)
    }
}
