import FrontlineModel
import FrontlineText

/// Scores one reply against one language's rubrics. All phrases are compiled once, into
/// one index, when the grader is made; grading a reply tokenises it once and looks up
/// only the phrases that can start at each word. Deterministic and free of I/O.
public struct Grader: Sendable {
    public let language: LanguagePack
    let tokenizer: Tokenizer
    let rubrics: [Dimension: Rubric]
    /// Criteria in a fixed order; a criterion's phrases are added to `matcher` under key
    /// `2 × index` and its `unless` phrases under `2 × index + 1`.
    let criteria: [(dimension: Dimension, criterion: Criterion)]
    let matcher: PhraseMatcher
    let stopwords: Set<String>

    public init(rubrics: [Rubric], language: LanguagePack) {
        self.language = language
        let tokenizer = Tokenizer(language)
        self.tokenizer = tokenizer
        var byDimension: [Dimension: Rubric] = [:]
        for rubric in rubrics where rubric.language == language.language { byDimension[rubric.dimension] = rubric }
        self.rubrics = byDimension
        var criteria: [(Dimension, Criterion)] = []
        var matcher = PhraseMatcher()
        for dimension in Dimension.allCases {
            for criterion in byDimension[dimension]?.criteria ?? [] {
                let index = criteria.count
                criteria.append((dimension, criterion))
                for (n, phrase) in criterion.phrases.enumerated() {
                    if let node = try? PhrasePattern.parse(phrase.pattern, tokenizer: tokenizer) {
                        matcher.add(CompiledPhrase(node), key: 2 * index, phrase: n)
                    }
                }
                for (n, phrase) in criterion.unless.enumerated() {
                    if let node = try? PhrasePattern.parse(phrase.pattern, tokenizer: tokenizer) {
                        matcher.add(CompiledPhrase(node), key: 2 * index + 1, phrase: n)
                    }
                }
            }
        }
        self.criteria = criteria
        self.matcher = matcher
        self.stopwords = Set(language.stopwords.map { tokenizer.normalizeWord($0) })
    }

    public func rubric(_ dimension: Dimension) -> Rubric? { rubrics[dimension] }

    /// Grades `reply` in `context`.
    public func grade(_ reply: String, context: GradingContext) -> Grade {
        let text = ReplyText(reply, tokens: tokenizer.tokenize(reply))
        let matches = matcher.matches(in: text.tokens)
        var findings: [Finding] = []
        var scores: [Dimension: Double] = [:]
        var critical = false

        for dimension in Dimension.allCases {
            guard let rubric = rubrics[dimension] else { continue }
            if dimension == .accuracy && !context.hasExpectations { continue }
            if dimension == .responseTime && context.timings == nil { continue }
            var tally = DimensionTally(fullMarks: rubric.fullMarks)
            for (index, entry) in criteria.enumerated() where entry.dimension == dimension {
                guard let finding = evaluate(entry.criterion, index: index, dimension: dimension, text: text,
                                             matches: matches, context: context, rubric: rubric) else { continue }
                tally.add(finding)
                findings.append(finding)
            }
            if dimension == .accuracy {
                for finding in evaluateExpectations(context, text: text) {
                    tally.add(finding)
                    findings.append(finding)
                }
            }
            scores[dimension] = tally.score
            critical = critical || tally.critical
        }
        let overall = Self.overall(scores, weights: rubrics.mapValues(\.weight), critical: critical)
        return Grade(scores: scores, overall: overall, findings: findings, criticalFailure: critical)
    }

    /// Weighted mean of the applicable dimensions; a critical failure caps it at 40.
    static func overall(_ scores: [Dimension: Double], weights: [Dimension: Double], critical: Bool) -> Double {
        var total = 0.0, weightSum = 0.0
        for (dimension, score) in scores {
            let weight = weights[dimension] ?? 0
            total += weight * score
            weightSum += weight
        }
        var overall = weightSum > 0 ? total / weightSum : 0
        if critical { overall = min(overall, 40) }
        return (overall * 10).rounded() / 10
    }
}

/// The reply with its tokens and a way to quote spans by code point offsets.
struct ReplyText {
    let text: String
    let tokens: [Token]
    private let scalars: [Unicode.Scalar]

    init(_ text: String, tokens: [Token]) {
        self.text = text
        self.tokens = tokens
        self.scalars = Array(text.unicodeScalars)
    }

    func evidence(from start: Int, to end: Int) -> Evidence {
        let lo = max(0, min(start, scalars.count)), hi = max(lo, min(end, scalars.count))
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[lo..<hi])
        return Evidence(start: lo, end: hi, text: String(view))
    }

    func evidence(tokens range: Range<Int>) -> Evidence {
        evidence(from: tokens[range.lowerBound].start, to: tokens[range.upperBound - 1].end)
    }

    var characterCount: Int { text.count }
}
