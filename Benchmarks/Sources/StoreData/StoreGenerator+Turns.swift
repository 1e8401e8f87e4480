import Foundation
import FrontlineModel
import FrontlineStore

extension StoreGenerator {
    /// One graded turn: every reward criterion met or missed, the odd penalty, the
    /// response time measured and the scenario's expectations for the turn.
    func turn(_ index: Int, turn: Turn, scenario: Scenario, rubrics: Rubrics, skill: Double, patience: inout Int,
              random: inout Random) -> TurnRecord {
        let reply = random.pick(Self.replies[scenario.language] ?? Self.replies["en"]!)
        let scalars = Array(reply.unicodeScalars)
        func evidence() -> Evidence {
            let start = random.int(0..<max(1, scalars.count / 2))
            let end = min(scalars.count, start + 6 + random.int(0..<14))
            var text = String.UnicodeScalarView()
            text.append(contentsOf: scalars[start..<end])
            return Evidence(start: start, end: end, text: String(text))
        }
        var findings: [Finding] = []
        var earned: [FrontlineModel.Dimension: Double] = [:]
        var possible: [FrontlineModel.Dimension: Double] = [:]
        let p = max(0.05, min(0.97, skill / 100))
        for (position, (criterion, dimension)) in rubrics.rewards.enumerated() {
            // Some criteria are harder than others, the same ones for everybody.
            let difficulty = Double((position * 37 + criterion.id.count * 11) % 30) / 100
            let met = random.chance(max(0.02, p - difficulty + 0.1))
            possible[dimension, default: 0] += criterion.points
            if met {
                earned[dimension, default: 0] += criterion.points
                findings.append(Finding(dimension: dimension, criterionId: criterion.id, name: criterion.name, outcome: .met,
                                        source: .rubric, points: criterion.points, possible: criterion.points,
                                        isCritical: criterion.isCritical, evidence: evidence()))
            } else {
                findings.append(Finding(dimension: dimension, criterionId: criterion.id, name: criterion.name,
                                        outcome: .missed, source: .rubric, points: 0, possible: criterion.points,
                                        isCritical: criterion.isCritical, tip: criterion.tip))
            }
        }
        var critical = false
        for (criterion, dimension) in rubrics.penalties where random.chance((1 - p) * 0.08) {
            earned[dimension, default: 0] -= criterion.points
            critical = critical || criterion.isCritical
            findings.append(Finding(dimension: dimension, criterionId: criterion.id, name: criterion.name, outcome: .triggered,
                                    source: .rubric, points: -criterion.points, isCritical: criterion.isCritical,
                                    evidence: evidence(), tip: criterion.tip))
        }
        for expectation in turn.expectations {
            let met = expectation.kind == .forbidden ? !random.chance((1 - p) * 0.2) : random.chance(p)
            possible[.accuracy, default: 0] += expectation.points
            if met {
                earned[.accuracy, default: 0] += expectation.points
                findings.append(Finding(dimension: .accuracy, criterionId: expectation.id, name: expectation.name,
                                        outcome: .met, source: .expectation, points: expectation.points,
                                        possible: expectation.points, evidence: evidence()))
            } else {
                critical = critical || expectation.isCritical
                findings.append(Finding(dimension: .accuracy, criterionId: expectation.id, name: expectation.name,
                                        outcome: expectation.kind == .forbidden ? .triggered : .missed,
                                        source: .expectation, points: 0, possible: expectation.points,
                                        isCritical: expectation.isCritical, tip: expectation.tip))
            }
        }
        let target = turn.responseTime ?? 30
        let sent = max(3, target * (0.4 + random.unit() * 1.4 - (p - 0.5) * 0.4))
        let timeScore = sent <= target ? 100 : max(0, 100 - (sent - target) / target * 100)
        if let criterion = rubrics.responseTime {
            findings.append(Finding(dimension: .responseTime, criterionId: criterion.id, name: criterion.name,
                                    outcome: .measured, source: .rubric, points: (timeScore * 10).rounded() / 10,
                                    possible: 100, note: "\(Int(sent)) s against a \(Int(target)) s target"))
        }
        var scores: [FrontlineModel.Dimension: Double] = [.responseTime: (timeScore * 10).rounded() / 10]
        for dimension in [FrontlineModel.Dimension.empathy, .accuracy] {
            if let total = possible[dimension], total > 0 {
                scores[dimension] = (max(0, min(100, (earned[dimension] ?? 0) / total * 100)) * 10).rounded() / 10
            }
        }
        let weights: [FrontlineModel.Dimension: Double] = [.empathy: 0.4, .accuracy: 0.4, .responseTime: 0.2]
        let weight = scores.keys.map { weights[$0]! }.reduce(0, +)
        var overall = scores.map { $0.value * weights[$0.key]! }.reduce(0, +) / weight
        if critical { overall = min(overall, 40) }
        overall = (overall * 10).rounded() / 10
        let hints = random.chance(0.06) ? 1 : 0
        let before = patience
        patience = max(0, min(100, patience + (overall >= 60 ? 5 : -10)))
        var grade = Grade(scores: scores, overall: overall, findings: findings, criticalFailure: critical)
        // The empathy facets as the grader stores them: each near the empathy score, the
        // ones that did not apply to the moment left out (null), as a played turn has them.
        if let empathy = scores[.empathy] {
            var facets: [String: Double] = [:]
            for (facet, applies) in [("warmth", 0.9), ("courtesy", 0.95), ("listening", 0.5), ("exploring", 0.4)] where random.chance(applies) {
                facets[facet] = (max(0, min(100, empathy + (random.unit() - 0.5) * 40)) * 10).rounded() / 10
            }
            grade.facets = facets.isEmpty ? nil : facets
        }
        return TurnRecord(index: index, turnId: turn.id, customerLine: turn.customer.first ?? "", reply: reply,
                          timings: Timings(firstKeystroke: random.chance(0.97) ? 0.8 + random.unit() * 6 : nil, sent: sent),
                          grade: grade, hintsUsed: hints, overall: max(0, overall - Double(hints * 10)),
                          patienceBefore: before, patienceAfter: patience, nudges: sent > target * 1.5 ? 1 : 0,
                          next: turn.branches.last?.target ?? "")
    }

    /// About one turn in 300 gets a supervisor's note, one in 400 an override.
    func annotations(_ records: [TurnRecord], at: Date, random: inout Random) -> [BulkAnnotation] {
        var result: [BulkAnnotation] = []
        for record in records {
            if random.chance(1.0 / 300) {
                result.append(BulkAnnotation(turnIndex: record.index, supervisor: random.pick(Self.supervisors),
                                             at: at.addingTimeInterval(86_400), note: random.pick(Self.notes)))
            }
            if random.chance(1.0 / 400) {
                let dimension: FrontlineModel.Dimension = random.chance(0.7) ? .empathy : .accuracy
                guard let grader = record.grade.scores[dimension] else { continue }
                let delta = (random.chance(0.65) ? -1.0 : 1.0) * Double(5 + random.int(0..<26))
                result.append(BulkAnnotation(
                    turnIndex: record.index, supervisor: random.pick(Self.supervisors), at: at.addingTimeInterval(90_000),
                    override: ScoreOverride(dimension: dimension, graderScore: grader, score: max(0, min(100, grader + delta)),
                                            reason: random.pick(Self.reasons))))
            }
        }
        return result
    }

    static let replies: [String: [String]] = [
        "en": [
            "I'm so sorry about this, I can see how frustrating it is. Let me check your order right now.",
            "Thank you for your patience. I've looked into it and I'll make sure this is sorted today.",
            "I understand, that must be really annoying. Could you share your order number, please?",
            "Let me take care of this for you. The refund reaches your card within 5-7 business days.",
            "Sorry for the trouble, \"Dana\". I've escalated it to our second line, they'll call you back by 5pm.",
            "That's not something we can do, but here's what I can offer instead, a full replacement.",
        ],
        "fa": [
            "خیلی متأسفم بابت این مشکل، می‌فهمم چقدر ناراحت‌کننده است. همین حالا سفارش شما را بررسی می‌کنم.",
            "از صبر شما ممنونم. لطفاً شمارهٔ سفارش را بفرمایید تا پیگیری کنم.",
            "حق دارید ناراحت باشید؛ مسئولیتش را می‌پذیرم و تا امروز حلش می‌کنم.",
        ],
        "lv": [
            "Ļoti atvainojos par sagādātajām neērtībām, es saprotu, cik tas ir kaitinoši. Tūlīt pārbaudīšu jūsu rēķinu.",
            "Paldies par pacietību! Lūdzu, pasakiet savu klienta numuru, un es to izlabošu šodien.",
            "Es uzņemos atbildību par šo kļūdu — nauda tiks atgriezta 5 darba dienu laikā.",
        ],
    ]

    static let supervisors = ["Maria Ozola", "O'Brien, Pat", "رضا کریمی", "Sam \"Coach\" Lee"]

    static let notes = [
        "Good recovery after the customer's outburst.",
        "Apologised twice in a row; once is enough.",
        "Promised a callback time we cannot guarantee — discuss in 1:1.",
        "Nice use of the customer's name, felt natural.",
        "لحن مناسب بود، ولی پاسخ خیلی طولانی شد.",
        "Labi, bet pārāk formāli.",
    ]

    static let reasons = [
        "The apology was scripted, not sincere.",
        "Correct policy, but the grader missed the paraphrase.",
        "Sarcastic in context; the grader could not tell.",
        "Empathy was there, just phrased in a way the rubric does not list.",
        "Stated the refund window wrongly (7–10 days).",
    ]
}

/// Trainee names for generated stores: Persian, Latvian and English, some with commas
/// (\"Whitfield, Dana\") and quotes, every one different.
enum TraineeNames {
    static let persian = (["مریم", "علی", "زهرا", "رضا", "سارا", "حسین", "نگار", "امید", "لیلا", "کاوه", "شیرین", "بابک"],
                          ["احمدی", "رضایی", "کریمی", "حسینی", "موسوی", "محمدی", "جعفری", "نوری", "صادقی", "رحیمی", "کاظمی", "قاسمی"])
    static let latvian = (["Jānis", "Līga", "Mārtiņš", "Ilze", "Kārlis", "Inese", "Andris", "Dace", "Ģirts", "Zane", "Edgars", "Ieva"],
                          ["Bērziņš", "Kalniņa", "Ozols", "Liepiņa", "Krūmiņš", "Zariņa", "Vītols", "Eglīte", "Ābele", "Siliņa", "Jansons", "Šmits"])
    static let english = (["Dana", "Sam", "Alex", "Priya", "Tom", "Grace", "Omar", "Chloe", "Ben", "Nina", "Leo", "Maya"],
                          ["Whitfield", "O'Neil", "Nguyen", "Smith", "Okafor", "García", "Kowalski", "Brown", "Haddad", "Park", "Jones", "Ross"])

    static func name(_ i: Int) -> (String, String) {
        let family = i % 3
        let n = i / 3
        let (first, last) = family == 0 ? persian : family == 1 ? latvian : english
        let given = first[n % first.count]
        let surname = last[(n / first.count) % last.count]
        let round = n / (first.count * last.count)
        let suffix = round == 0 ? "" : " \(round + 1)"
        switch family {
        case 0: return ("\(given) \(surname)\(suffix)", "fa")
        case 1: return ("\(given) \(surname)\(suffix)", "lv")
        default:
            // Every fourth English name is written "Last, First"; every seventh has a nickname in quotes.
            if n % 7 == 3 { return ("\(given) \"\(given.prefix(1))J\" \(surname)\(suffix)", "en") }
            return n % 4 == 1 ? ("\(surname), \(given)\(suffix)", "en") : ("\(given) \(surname)\(suffix)", "en")
        }
    }
}
