import FrontlineModel
import FrontlineText

/// Scores one reply against one language's rubrics. All phrases are compiled once, into
/// one index, when the grader is made; grading a reply tokenises it once and looks up
/// only the phrases that can start at each word. Deterministic and free of I/O.
///
/// A class (immutable, so sendable): handing a grader around, once per reply in batch
/// grading, is then one reference count instead of a copy of every table.
public final class Grader: Sendable {
    public let language: LanguagePack
    /// Bound to the matcher's vocabulary and the stopwords: tokens carry their word ids.
    let tokenizer: Tokenizer
    let rubrics: [Dimension: Rubric]
    /// Criteria in a fixed order; a criterion's phrases are added to `matcher` under key
    /// `2 × index`, and its `unless` then `unless_next` phrases under `2 × index + 1`.
    let criteria: [(dimension: Dimension, criterion: Criterion)]
    let matcher: PhraseMatcher
    let stopwords: Set<String>
    /// The same stopwords, looked up from bytes (reflection checks every customer word).
    let stopwordTable: WordTable
    /// The language's name endings (`LanguagePack.nameEndings`), normalised, longest
    /// nominative ending first.
    let nameEndings: [(nominative: String, others: [String])]
    /// What grading needs of each criterion, without copying the criterion.
    package let plans: [CriterionPlan]
    let weights: DimensionScores
    /// The dimensions that have a rubric, in order, with their full marks and the range of
    /// `plans` that are theirs (grading reads these instead of copying each rubric).
    let dimensionPlans: [(dimension: Dimension, fullMarks: Double?, plans: Range<Int>)]
    /// Reads the values replies state, for expectations with a `value`.
    let valueReader: ValueReader
    /// Turns' expectations compiled once (shared by the copies of this grader).
    let expectationPlans: ExpectationPlans
    /// The language's cues (cue i under key i), apart from `matcher`: only a reply in a
    /// scenario is read for them, and matching them with every reply cost a twentieth of
    /// batch grading's time.
    let cueMatcher: PhraseMatcher
    /// The patterns (criteria's `say` and `unless`, the pack's cues) that did not compile,
    /// located, in the order the grader met them: the grader leaves them out, so content
    /// with any must not be played (`GraderLibrary.grader(compiling:language:)` refuses it).
    public let patternDiagnostics: [Diagnostic]
    /// What any criterion's `applies` asks about (what `Moment` must work out).
    let momentNeeds: Moment.Mask
    /// Per criterion, what grading reads for every reply without touching a string (a
    /// plan read from another core's copy retained its strings: see `CriterionPlan`).
    package let traits: [PlanTraits]
    /// The faceted dimension's facet names, in the rubric's order (empathy's).
    package let facetNames: [String]
    /// The dimension with facets (empathy), and its facets' weights and full marks.
    let facetedDimension: Dimension?
    let facetParams: [FacetParams]

    package struct PlanTraits: Sendable {
        /// When the criterion applies, compiled (see `Moment`).
        var applies: Moment.Mask
        /// Index of the criterion's facet in its dimension's facets, or -1.
        package var facet: Int
        /// The tip names the customer (`{name}`, see `String.personalised`).
        package var tipNamesCustomer: Bool
        /// Never asked for (`Criterion.isOptional`): its miss costs nothing.
        var isOptional = false
        /// Its exceptions (key `2 × index + 1`) numbered from here on are `unless_next`
        /// phrases; `Int.max` when it has none.
        var unlessNextFrom: Int = .max
    }

    /// The fixed facts about a criterion that grading reads for every reply.
    package struct CriterionPlan: Sendable {
        package var dimension: Dimension
        package var detector: Criterion.Detector
        package var negatable: Bool
        package var isPenalty: Bool
        package var isCritical: Bool
        package var points: Double
        package var id: String
        package var name: String
        package var tip: String
    }

    public init(rubrics: [Rubric], language: LanguagePack) {
        self.language = language
        let tokenizer = Tokenizer(language)
        var byDimension: [Dimension: Rubric] = [:]
        for rubric in rubrics where rubric.language == language.language { byDimension[rubric.dimension] = rubric }
        self.rubrics = byDimension
        var criteria: [(Dimension, Criterion)] = []
        var matcher = PhraseMatcher()
        // Each pattern is parsed once, here: what does not compile is reported, not matched.
        var diagnostics: [Diagnostic] = []
        // A pattern several criteria read (a concept such as `{been-there}`, an `unless`
        // list) is compiled once and shares one phrase of the automaton (`source`).
        // Patterns compile on the other cores while they are added (see `PatternCompiler`).
        var all: [Phrase] = []
        for dimension in Dimension.allCases {
            for criterion in byDimension[dimension]?.criteria ?? [] {
                all += criterion.phrases + criterion.unless + criterion.unlessNext
            }
        }
        let cueNames = language.cues.keys.sorted().prefix(Moment.maxCues)
        var cuePhrases: [Phrase] = []
        for cue in cueNames { cuePhrases += language.cues[cue] ?? [] }
        // The cues first: their matcher is built on a thread of its own meanwhile.
        let compiler = PatternCompiler(cuePhrases + all, tokenizer: tokenizer)
        @Sendable func compiled(_ phrase: Phrase) -> Compiled {
            switch compiler.result(for: phrase.pattern) ?? Self.compile(phrase, tokenizer: tokenizer) {
            case .success(let compiled): return .success(compiled)
            // Reported where this phrase is written (the same pattern may fail elsewhere too).
            case .failure: return Self.compile(phrase, tokenizer: tokenizer)
            }
        }
        func compile(_ phrase: Phrase) -> CompiledPhrase? {
            switch compiled(phrase) {
            case .success(let compiled): return compiled
            case .failure(let diagnostic):
                diagnostics.append(diagnostic)
                return nil
            }
        }
        // The language's cues, in a matcher of their own (see `Moment`).
        let cueWork = BackgroundWork { () -> (matcher: PhraseMatcher, diagnostics: [Diagnostic]) in
            var cueMatcher = PhraseMatcher()
            var cueDiagnostics: [Diagnostic] = []
            for (i, cue) in cueNames.enumerated() {
                for (n, phrase) in (language.cues[cue] ?? []).enumerated() {
                    switch compiled(phrase) {
                    case .success(let compiled): cueMatcher.add(compiled, key: i, phrase: n)
                    case .failure(let diagnostic): cueDiagnostics.append(diagnostic)
                    }
                }
            }
            cueMatcher.prepare()
            return (cueMatcher, cueDiagnostics)
        }
        for dimension in Dimension.allCases {
            for criterion in byDimension[dimension]?.criteria ?? [] {
                let index = criteria.count
                criteria.append((dimension, criterion))
                for (n, phrase) in criterion.phrases.enumerated() {
                    if let compiled = compile(phrase) {
                        matcher.add(compiled, key: 2 * index, phrase: n, negators: compiled.negatorWords(tokenizer),
                                    source: phrase.pattern)
                    }
                }
                for (n, phrase) in criterion.unless.enumerated() {
                    if let compiled = compile(phrase) { matcher.add(compiled, key: 2 * index + 1, phrase: n, source: phrase.pattern) }
                }
                // After the `unless` phrases, under the same key: `phraseHits` tells them
                // apart by number (see `unlessNextFrom`).
                for (n, phrase) in criterion.unlessNext.enumerated() {
                    if let compiled = compile(phrase) {
                        matcher.add(compiled, key: 2 * index + 1, phrase: criterion.unless.count + n, source: phrase.pattern)
                    }
                }
            }
        }
        // The tokenizer is bound to the vocabulary while the matcher's tables are flattened.
        let stopwords = Set(language.stopwords.map { tokenizer.normalizeWord($0) })
        let stopwordTable = WordTable(stopwords)
        let vocabulary = matcher.vocabulary
        let bindingWork = BackgroundWork { tokenizer.binding(vocabulary: vocabulary, stopwords: stopwordTable) }
        matcher.prepare()
        let cues = cueWork.wait()
        self.cueMatcher = cues.matcher
        self.patternDiagnostics = diagnostics + cues.diagnostics
        let cueIndex = Dictionary(uniqueKeysWithValues: cueNames.enumerated().map { ($1, $0) })
        self.criteria = criteria
        self.matcher = matcher
        self.stopwords = stopwords
        self.stopwordTable = stopwordTable
        var endings: [String: [String]] = [:] // folded, "š" and "s" may become one ending
        for (nominative, others) in language.nameEndings {
            endings[tokenizer.normalizeWord(nominative), default: []] += others.map { tokenizer.normalizeWord($0) }
        }
        self.nameEndings = endings.map { (nominative: $0.key, others: $0.value) }
            .sorted { $0.nominative.count != $1.nominative.count ? $0.nominative.count > $1.nominative.count : $0.nominative < $1.nominative }
        self.tokenizer = bindingWork.wait()
        self.plans = criteria.map {
            CriterionPlan(dimension: $0.0, detector: $0.1.detector, negatable: $0.1.negatable, isPenalty: $0.1.isPenalty,
                          isCritical: $0.1.isCritical, points: $0.1.points, id: $0.1.id, name: $0.1.name, tip: $0.1.tip)
        }
        let traits = criteria.map { dimension, criterion in
            PlanTraits(applies: Moment.Mask(criterion.applies, cues: cueIndex),
                       facet: criterion.facet.flatMap { name in byDimension[dimension]?.facets.firstIndex { $0.name == name } } ?? -1,
                       tipNamesCustomer: criterion.tip.contains(String.namePlaceholder),
                       isOptional: criterion.isOptional && !criterion.isPenalty,
                       unlessNextFrom: criterion.unlessNext.isEmpty ? .max : criterion.unless.count)
        }
        self.traits = traits
        self.momentNeeds = traits.reduce(into: Moment.Mask()) { $0.formUnion($1.applies) }
        var weights = DimensionScores()
        for (dimension, rubric) in byDimension { weights[dimension] = rubric.weight }
        self.weights = weights
        var dimensionPlans: [(dimension: Dimension, fullMarks: Double?, plans: Range<Int>)] = []
        for dimension in Dimension.allCases {
            guard let rubric = byDimension[dimension] else { continue }
            let indices = criteria.indices.filter { criteria[$0].0 == dimension }
            dimensionPlans.append((dimension, rubric.fullMarks, (indices.first ?? 0)..<((indices.last ?? -1) + 1)))
        }
        self.dimensionPlans = dimensionPlans
        let faceted = Dimension.allCases.first { !(byDimension[$0]?.facets.isEmpty ?? true) }
        self.facetedDimension = faceted
        let facetList = faceted.flatMap { byDimension[$0]?.facets } ?? []
        self.facetNames = facetList.map(\.name)
        self.facetParams = facetList.map { FacetParams(weight: $0.weight, fullMarks: $0.fullMarks) }
        self.valueReader = ValueReader(language.valueWords, tokenizer: tokenizer)
        self.expectationPlans = ExpectationPlans()
    }

    /// The same grader as another object, sharing its tables: a batch worker grades with
    /// its own, so that the reference counts touched for every reply live on its own core.
    package init(copying other: Grader) {
        language = other.language
        tokenizer = other.tokenizer
        rubrics = other.rubrics
        criteria = other.criteria
        matcher = other.matcher
        stopwords = other.stopwords
        stopwordTable = other.stopwordTable
        nameEndings = other.nameEndings
        plans = other.plans
        weights = other.weights
        dimensionPlans = other.dimensionPlans
        valueReader = other.valueReader
        expectationPlans = other.expectationPlans
        cueMatcher = other.cueMatcher
        patternDiagnostics = other.patternDiagnostics
        momentNeeds = other.momentNeeds
        traits = other.traits
        facetNames = other.facetNames
        facetedDimension = other.facetedDimension
        facetParams = other.facetParams
    }

    public func rubric(_ dimension: Dimension) -> Rubric? { rubrics[dimension] }

    /// Each criterion that belongs to a facet, by id, with its facet's name.
    public var criterionFacets: [String: String] {
        var facets: [String: String] = [:]
        for (_, criterion) in criteria { if let facet = criterion.facet { facets[criterion.id] = facet } }
        return facets
    }

    /// Grades `reply` in `context`.
    public func grade(_ reply: String, context: GradingContext) -> Grade {
        grade(of: verdict(reply, context: context))
    }

    /// Grades `reply` in `context`, with the findings as records (see `FindingRecord`).
    package func verdict(_ reply: String, context: GradingContext) -> Verdict {
        let text = ReplyText(reply, tokens: tokenizer.tokenize(reply))
        // Matches grouped by key (criterion index × 2, +1 for `unless`), each group leftmost first.
        let found = matcher.matches(inBound: text.tokens)
        let matches = Self.grouped(found, keys: 2 * criteria.count)
        let moment = self.moment(context, reply: text.tokens)
        var verdict = Verdict()
        verdict.customerName = context.customerName
        verdict.records.reserveCapacity(criteria.count + 4)
        // The plans and traits are held for the whole reply (see `evaluate`).
        plans.withUnsafeBufferPointer { plans in
          traits.withUnsafeBufferPointer { traits in
            for (dimension, fullMarks, planRange) in dimensionPlans {
                if dimension == .accuracy && !context.hasExpectations { continue }
                if dimension == .responseTime && context.timings == nil { continue }
                let first = verdict.records.count
                for index in planRange {
                    let start = verdict.records.count
                    evaluate(index, plan: plans.baseAddress! + index, dimension: dimension, text: text, matches: matches,
                             context: context, into: &verdict)
                    if !moment.admitsAll, !moment.admits(traits[index].applies) {
                        verdict.keepCreditOnly(from: start)
                    }
                }
                if dimension == .accuracy {
                    for finding in evaluateExpectations(context, text: text) { verdict.append(finding) }
                }
                markOptionalMisses(first..<verdict.records.count, in: &verdict)
                if dimension == facetedDimension {
                    let (score, critical) = facetedScore(dimension, records: first..<verdict.records.count, in: &verdict)
                    verdict.scores[dimension] = score
                    verdict.critical = verdict.critical || critical
                    continue
                }
                var tally = DimensionTally(fullMarks: fullMarks, neutral: DimensionTally.neutralStart(dimension))
                verdict.records.withUnsafeBufferPointer { records in
                    for i in first..<records.count {
                        let record = records.baseAddress! + i // read in place (an element would be copied)
                        tally.add(outcome: record.pointee.outcome, isCritical: record.pointee.isCritical,
                                  points: record.pointee.points, possible: record.pointee.possible)
                    }
                }
                verdict.scores[dimension] = tally.score
                verdict.critical = verdict.critical || tally.critical
            }
          }
        }
        verdict.overall = Self.overall(verdict.scores, weights: weights, critical: verdict.critical)
        return verdict
    }

    /// Matches grouped by key: `matches[offsets[k]..<offsets[k + 1]]` are key k's, in order.
    struct GroupedMatches {
        var matches: [PhraseMatcher.Match]
        var offsets: [Int]

        /// Key `key` has no matches (read without making a slice).
        @inline(__always)
        func isEmpty(_ key: Int) -> Bool {
            key + 1 >= offsets.count || offsets[key] == offsets[key + 1]
        }

        func of(_ key: Int) -> ArraySlice<PhraseMatcher.Match> {
            key + 1 < offsets.count ? matches[offsets[key]..<offsets[key + 1]] : []
        }
    }

    static func grouped(_ matches: [PhraseMatcher.Match], keys: Int) -> GroupedMatches {
        var offsets = [Int](repeating: 0, count: keys + 1)
        for match in matches where match.key < keys { offsets[match.key + 1] += 1 }
        for k in 0..<keys { offsets[k + 1] += offsets[k] }
        var next = offsets
        var sorted = matches
        for match in matches where match.key < keys {
            sorted[next[match.key]] = match
            next[match.key] += 1
        }
        return GroupedMatches(matches: sorted, offsets: offsets)
    }

    /// Weighted mean of the applicable dimensions, in the order of `Dimension.allCases`;
    /// a critical failure caps it at 40.
    static func overall(_ scores: DimensionScores, weights: DimensionScores, critical: Bool) -> Double {
        var total = 0.0, weightSum = 0.0
        for dimension in Dimension.allCases {
            guard let score = scores[dimension] else { continue }
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
    /// Code points and UTF-8 bytes coincide (the usual case): spans slice bytes directly.
    let isASCII: Bool
    /// What criteria work out about the reply once and share (see `ReplyMemo`).
    let memo = ReplyMemo()

    init(_ text: String, tokens: [Token]) {
        var text = text
        self.isASCII = text.withUTF8 { Self.isASCII($0) }
        self.text = text
        self.tokens = tokens
    }

    /// No byte has its high bit set (read eight bytes at a time).
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        var i = 0
        while i + 8 <= bytes.count {
            if raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
            i += 8
        }
        while i < bytes.count {
            if bytes[i] >= 0x80 { return false }
            i += 1
        }
        return true
    }

    /// Number of code points.
    var scalarCount: Int { isASCII ? text.utf8.count : text.unicodeScalars.count }

    func evidence(from start: Int, to end: Int) -> Evidence {
        let count = scalarCount
        let lo = max(0, min(start, count)), hi = max(lo, min(end, count))
        if isASCII {
            let utf8 = text.utf8
            let from = utf8.index(utf8.startIndex, offsetBy: lo), to = utf8.index(from, offsetBy: hi - lo)
            return Evidence(start: lo, end: hi, text: String(text[from..<to]))
        }
        let scalars = text.unicodeScalars
        let from = scalars.index(scalars.startIndex, offsetBy: lo), to = scalars.index(from, offsetBy: hi - lo)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[from..<to])
        return Evidence(start: lo, end: hi, text: String(view))
    }

    /// Whether the first mark after the token at `index` (spaces, quotes and brackets
    /// skipped) is a question mark (`?` or Arabic-script `؟`): its sentence is a question.
    func asksAfter(token index: Int) -> Bool {
        guard index >= 0, index < tokens.count else { return false }
        let scalars = text.unicodeScalars
        var at = scalars.index(scalars.startIndex, offsetBy: min(tokens[index].end, scalarCount))
        while at < scalars.endIndex {
            let scalar = scalars[at]
            if scalar == "?" || scalar == "\u{061F}" { return true }
            if scalar.properties.isWhitespace || "\"')]}\u{201D}\u{2019}".unicodeScalars.contains(scalar) {
                at = scalars.index(after: at)
                continue
            }
            return false
        }
        return false
    }

    func evidence(tokens range: Range<Int>) -> Evidence {
        evidence(from: tokens[range.lowerBound].start, to: tokens[range.upperBound - 1].end)
    }

    var characterCount: Int { text.count }
}
