import Foundation
import FrontlineModel
import FrontlineStore

/// Deterministic pseudo-random sessions shaped like real ones, for `generate-store`.
struct StoreGenerator {
    /// SplitMix64: small, fast, and the same on every platform.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
        mutating func int(_ range: Range<Int>) -> Int { range.lowerBound + Int(next() % UInt64(range.count)) }
        mutating func chance(_ p: Double) -> Bool { unit() < p }
        mutating func pick<T>(_ values: [T]) -> T { values[int(0..<values.count)] }
        mutating func normal() -> Double {
            let u = max(unit(), 1e-12), v = unit()
            return (-2 * log(u)).squareRoot() * cos(2 * .pi * v)
        }
    }

    struct Trainee {
        var name: String
        var language: String
        var base: Double
        var growth: Double
    }

    /// One language's rubric criteria, split by how the grader reports them.
    struct Rubrics {
        var rewards: [(Criterion, FrontlineModel.Dimension)]
        var penalties: [(Criterion, FrontlineModel.Dimension)]
        var responseTime: Criterion?
    }

    struct Planned {
        var trainee: Int
        var ordinal: Int
        var startedAt: Date
        var seed: UInt64
    }

    let trainees: [Trainee]
    let scenarios: [Scenario]
    let rubrics: [String: Rubrics]
    let turnsPerSession: Int
    let seed: UInt64

    init(catalog: Catalog, trainees count: Int, turnsPerSession: Int, seed: UInt64) throws {
        scenarios = catalog.scenarios.filter { !$0.turns.isEmpty }.sorted { $0.id < $1.id }
        guard !scenarios.isEmpty else {
            throw UserError("no scenarios found in \(ContentLocation.resolve()); set FRONTLINE_CONTENT to the folder with Scenarios/ and Rubrics/")
        }
        var rubrics: [String: Rubrics] = [:]
        for language in Set(scenarios.map(\.language)) {
            var set = Rubrics(rewards: [], penalties: [], responseTime: nil)
            for rubric in catalog.rubrics(for: language) {
                for criterion in rubric.criteria {
                    if criterion.detector == .responseTime { set.responseTime = criterion }
                    else if criterion.isPenalty { set.penalties.append((criterion, rubric.dimension)) }
                    else { set.rewards.append((criterion, rubric.dimension)) }
                }
            }
            rubrics[language] = set
        }
        self.rubrics = rubrics
        self.turnsPerSession = turnsPerSession
        self.seed = seed
        var random = Random(state: seed)
        trainees = (0..<count).map { i in
            let (name, language) = TraineeNames.name(i)
            // Most improve over their sessions; about one in ten stays where they started.
            let stuck = random.chance(0.1)
            return Trainee(name: name, language: language, base: stuck ? 45 + random.unit() * 17 : 50 + random.unit() * 28,
                           growth: stuck ? 0 : 0.1 + random.unit() * 0.3)
        }
    }

    /// Who plays when, oldest first: each trainee's sessions spread over the weeks.
    func plan(sessions: Int, weeks: Int, end: Date) -> [Planned] {
        var random = Random(state: seed ^ 0xA5A5_5A5A)
        let span = Double(weeks * 7 * 86_400)
        let start = end.addingTimeInterval(-span)
        var planned: [Planned] = []
        planned.reserveCapacity(sessions)
        for t in trainees.indices {
            let count = sessions / trainees.count + (t < sessions % trainees.count ? 1 : 0)
            let joined = random.unit() * 0.3 * span
            for k in 0..<count {
                let slot = joined + (span - joined) * (Double(k) + random.unit()) / Double(max(count, 1))
                let day = (start.timeIntervalSince1970 + slot) / 86_400
                let time = (day.rounded(.down) * 86_400) + Double(7 + random.int(0..<11)) * 3600 + Double(random.int(0..<3600))
                planned.append(Planned(trainee: t, ordinal: k, startedAt: Date(timeIntervalSince1970: min(time, end.timeIntervalSince1970 - 60)),
                                       seed: random.next()))
            }
        }
        return planned.sorted { ($0.startedAt, $0.trainee) < ($1.startedAt, $1.trainee) }
    }

    func session(_ planned: Planned) -> BulkSession {
        var random = Random(state: planned.seed)
        let trainee = trainees[planned.trainee]
        // Trainees mostly play their own language's scenarios and the English ones.
        let own = scenarios.filter { $0.language == trainee.language }
        let scenario = !own.isEmpty && trainee.language != "en" && random.chance(0.35) ? random.pick(own)
            : random.pick(scenarios.filter { $0.language == "en" }.isEmpty ? scenarios : scenarios.filter { $0.language == "en" })
        let skill = min(97, trainee.base + trainee.growth * Double(planned.ordinal)) + random.normal() * 6
        let set = rubrics[scenario.language] ?? Rubrics(rewards: [], penalties: [], responseTime: nil)
        let mode = random.chance(0.8) ? "coach" : "exam"
        let roll = random.unit()
        let status: SessionSummary.Status = roll < 0.85 ? .completed : roll < 0.95 ? .abandoned : .interrupted
        var records: [(record: TurnRecord, shownAt: Date)] = []
        var clock = planned.startedAt.addingTimeInterval(2)
        var patience = scenario.customer.patience
        for index in 0..<turnsPerSession {
            let turn = scenario.turns[index % scenario.turns.count]
            let record = self.turn(index, turn: turn, scenario: scenario, rubrics: set, skill: skill, patience: &patience,
                                   random: &random)
            records.append((record, clock))
            clock = clock.addingTimeInterval(record.timings.sent + 3 + random.unit() * 4)
        }
        let ending = scenario.endings.first { $0.outcome == .resolved } ?? scenario.endings.first
        var summary = SessionSummary.of(records.map(\.record), status: status, ending: status == .completed ? ending : nil)
        if status == .interrupted {
            summary = SessionSummary(status: .interrupted, endingId: nil, outcome: nil, debrief: nil, overall: nil, scores: [:],
                                     turns: records.count)
        }
        let start = SessionStart(trainee: trainee.name, scenarioId: scenario.id, scenarioTitle: scenario.title,
                                 language: scenario.language, mode: mode, contentFingerprint: "generated-\(seed)",
                                 startedAt: planned.startedAt)
        return BulkSession(start: start, summary: summary, finishedAt: status == .interrupted ? nil : clock, turns: records,
                           annotations: annotations(records.map(\.record), at: clock, random: &random))
    }
}
