import FrontlineModel
import FrontlineText

/// Checks that need more than one file: duplicate ids, weights, languages without
/// rubrics or language packs, walkthroughs without scenarios, and phrase patterns
/// (which need the language's normalisation).
struct CatalogValidator {
    let catalog: Catalog
    /// Only diagnostics located in these files are reported.
    let checkedFiles: Set<String>
    /// What files that failed to load would have defined: no follow-on errors about them.
    let unresolved: UnresolvedNames
    private var diagnostics: [Diagnostic] = []

    init(catalog: Catalog, checkedFiles: Set<String>, unresolved: UnresolvedNames = UnresolvedNames()) {
        self.catalog = catalog
        self.checkedFiles = checkedFiles
        self.unresolved = unresolved
    }

    mutating func run() -> [Diagnostic] {
        checkDuplicateScenarios()
        checkRubrics()
        checkScenarioLanguages()
        checkWalkthroughs()
        checkTracks()
        checkPatterns()
        return diagnostics.filter { $0.location.map { checkedFiles.contains($0.file) } ?? true }
    }

    private mutating func checkDuplicateScenarios() {
        var seen: [String: Scenario] = [:]
        for scenario in catalog.scenarios {
            if let first = seen[scenario.id] {
                diagnostics.append(.error(.duplicateId, "scenario id '\(scenario.id)' is already used by \(first.source.path)", at: scenario.location))
            } else {
                seen[scenario.id] = scenario
            }
        }
    }

    private mutating func checkRubrics() {
        let languages = Set(catalog.rubrics.map(\.language))
        for language in languages.sorted() {
            let rubrics = catalog.rubrics(for: language)
            var byDimension: [Dimension: Rubric] = [:]
            for rubric in rubrics {
                if let first = byDimension[rubric.dimension] {
                    diagnostics.append(.error(.duplicateId, "a second \(rubric.dimension.rawValue) rubric for '\(language.excerpt())' (the first is \(first.source.path))", at: rubric.location))
                } else {
                    byDimension[rubric.dimension] = rubric
                }
                var criterionIds: [String: SourceLocation?] = [:]
                for criterion in rubric.criteria {
                    if criterionIds[criterion.id] != nil {
                        diagnostics.append(.error(.duplicateId, "criterion id '\(criterion.id)' is used twice in this rubric", at: criterion.location))
                    }
                    criterionIds[criterion.id] = criterion.location
                }
            }
            let first = rubrics.sorted { $0.dimension < $1.dimension }.first!
            for dimension in Dimension.allCases where byDimension[dimension] == nil && !unresolved.rubricLanguages.contains(language) {
                diagnostics.append(.error(.noRubricForLanguage, "language '\(language.excerpt())' has no \(dimension.rawValue) rubric; add Rubrics/\(language)/\(dimension.rawValue).yaml", at: first.keyLocations["language"] ?? first.location))
            }
            // One rubric per dimension counts (a second one is reported above, not added in again).
            let counted = byDimension.values.sorted { $0.dimension < $1.dimension }
            let total = counted.reduce(0) { $0 + $1.weight }
            if byDimension.count == Dimension.allCases.count, abs(total - 1) > 0.001 {
                let parts = counted.map { "\($0.dimension.rawValue) \($0.weight)" }.joined(separator: " + ")
                for rubric in counted {
                    diagnostics.append(.error(.weightsDoNotAddUp, "the weights of the '\(language.excerpt())' rubrics add up to \(format(total)), not 1 (\(parts))",
                                              at: rubric.keyLocations["weight"] ?? rubric.location))
                }
            }
            if catalog.language(language) == nil, !unresolved.languagePacks.contains(language) {
                diagnostics.append(.error(.missingLanguagePack, "language '\(language.excerpt())' has rubrics but no Rubrics/\(language)/language.yaml (numbers, negators, equivalents)", at: first.keyLocations["language"] ?? first.location))
            }
        }
    }

    private mutating func checkScenarioLanguages() {
        let languages = Set(catalog.rubrics.map(\.language))
        for scenario in catalog.scenarios where !languages.contains(scenario.language) && !unresolved.rubricLanguages.contains(scenario.language) {
            let known = languages.sorted().joined(separator: ", ")
            diagnostics.append(.error(.noRubricForLanguage, "scenario language '\(scenario.language.excerpt())' has no rubrics (rubrics exist for: \(known.isEmpty ? "none" : known)); add Rubrics/\(scenario.language)/", at: scenario.keyLocations["language"] ?? scenario.location))
        }
    }

    private mutating func checkWalkthroughs() {
        let ids = catalog.scenarios.map(\.id)
        for walkthrough in catalog.walkthroughs where !ids.contains(walkthrough.scenario) && !unresolved.scenarios.contains(walkthrough.scenario) {
            diagnostics.append(.error(.unknownReference, "walkthrough for unknown scenario '\(walkthrough.scenario.excerpt())'\(walkthrough.scenario.didYouMean(ids))", at: walkthrough.location))
        }
        let covered = Set(catalog.walkthroughs.map(\.scenario))
        for scenario in catalog.scenarios where !covered.contains(scenario.id) && !unresolved.walkthroughScenarios.contains(scenario.id) {
            diagnostics.append(.warning(.missingWalkthrough, "scenario '\(scenario.id)' has no golden walkthrough; add \(scenario.id).walkthrough.yaml beside it", at: scenario.location))
        }
    }

    private mutating func checkTracks() {
        let ids = catalog.scenarios.map(\.id)
        var seen: [String: Track] = [:]
        for track in catalog.tracks {
            if let first = seen[track.id] {
                diagnostics.append(.error(.duplicateId, "track id '\(track.id)' is already used by \(first.source.path)", at: track.location))
            }
            seen[track.id] = track
            var placed: [String: String] = [:]
            for step in track.steps {
                for (index, scenario) in step.scenarios.enumerated() {
                    let location = index < step.scenarioLocations.count ? step.scenarioLocations[index] : step.location
                    if !ids.contains(scenario) {
                        guard !unresolved.scenarios.contains(scenario) else { continue }
                        diagnostics.append(.error(.unknownReference, "unknown scenario '\(scenario.excerpt())'\(scenario.didYouMean(ids))", at: location))
                    } else if let other = placed[scenario] {
                        diagnostics.append(.warning(.duplicateId, "scenario '\(scenario.excerpt())' is already in step '\(other)'", at: location))
                    }
                    placed[scenario] = step.title
                }
            }
        }
    }

    private mutating func checkPatterns() {
        var tokenizers: [String: Tokenizer] = [:]
        func tokenizer(_ language: String) -> Tokenizer {
            if let t = tokenizers[language] { return t }
            let t = Tokenizer(catalog.language(language) ?? LanguagePack(language: language, name: language))
            tokenizers[language] = t
            return t
        }
        // Only the checked files' patterns: the context's would be reported nowhere.
        for rubric in catalog.rubrics where checkedFiles.contains(rubric.source.path) {
            for criterion in rubric.criteria {
                check(criterion.phrases + criterion.unless + criterion.unlessNext, tokenizer(rubric.language))
            }
        }
        for pack in catalog.languages where pack.source.map({ checkedFiles.contains($0.path) }) ?? true {
            // Every concept compiles on its own, so a broken one is reported where it is written.
            let t = tokenizer(pack.language)
            for name in pack.concepts.keys.sorted() {
                check(pack.concepts[name] ?? [], t)
            }
            for name in pack.cues.keys.sorted() {
                check(pack.cues[name] ?? [], t)
            }
            checkWordLists(pack, t)
        }
        for rubric in catalog.rubrics {
            checkCues(rubric)
        }
        for scenario in catalog.scenarios where checkedFiles.contains(scenario.source.path) {
            let t = tokenizer(scenario.language)
            let reader = ValueReader(catalog.language(scenario.language)?.valueWords ?? ValueWords(), tokenizer: t)
            for turn in scenario.turns {
                for expectation in turn.expectations {
                    check(expectation.phrases + expectation.andSay, t)
                    guard expectation.sameAs == nil, let value = expectation.value else { continue } // a repeat's is checked where written
                    if reader.values(of: value.text, tokenizer: t).isEmpty {
                        diagnostics.append(.error(.invalidValue, "cannot read '\(value.text)' as a value; write a number with a unit or currency the language knows (e.g. '5-7 business days', '£650', '30 minutes'; see 'values:' in language.yaml)", at: value.location))
                    }
                }
            }
        }
    }

    /// Every cue a criterion's `applies` names is one its language's pack defines (or
    /// `specifics`, which the grader reads itself).
    private mutating func checkCues(_ rubric: Rubric) {
        let known = Set(catalog.language(rubric.language)?.cues.keys ?? [:].keys)
        for criterion in rubric.criteria {
            let applies = criterion.applies
            for (cue, isCustomer) in applies.customer.map({ ($0, true) }) + applies.reply.map({ ($0, false) }) {
                if known.contains(cue) || (isCustomer && Applicability.builtInCustomerCues.contains(cue)) { continue }
                let names = known.sorted() + (isCustomer ? Applicability.builtInCustomerCues : [])
                diagnostics.append(.error(.unknownReference, "criterion '\(criterion.id)' applies on the cue '\(cue.excerpt())', which the '\(rubric.language)' language pack does not define\(cue.didYouMean(names)); add it under 'cues:' in language.yaml or use one of: \(names.joined(separator: ", "))", at: applies.location ?? criterion.location))
            }
        }
    }

    /// Every entry of a list read a word at a time is one word as the grader reads it:
    /// "no longer" among the negators, or "can't" where a token is wanted, would do nothing.
    private mutating func checkWordLists(_ pack: LanguagePack, _ tokenizer: Tokenizer) {
        let inFileOrder = pack.wordListEntries.sorted { ($0.location?.line ?? 0, $0.location?.column ?? 0) < ($1.location?.line ?? 0, $1.location?.column ?? 0) }
        for entry in inFileOrder {
            let quoted = "'\(entry.text.excerpt())' in '\(entry.key)'"
            switch entry.reading {
            case .word:
                guard entry.text.contains(where: \.isWhitespace) || entry.text.isEmpty else { continue }
                diagnostics.append(.warning(.ignoredWord, "\(quoted) is not one word, and this list is read a word at a time, so the entry never matches; write each word as an entry of its own", at: entry.location ?? pack.location))
            case .token:
                let words = tokenizer.tokenize(entry.text).map(\.text)
                guard words.count != 1 else { continue }
                let read = words.isEmpty ? "holds no word the grader reads" : "is read as \(words.count) words ('\(words.joined(separator: "', '"))')"
                diagnostics.append(.warning(.ignoredWord, "\(quoted) \(read), and this list takes single words, so the entry never matches; write each word as an entry of its own", at: entry.location ?? pack.location))
            case .tokens:
                guard tokenizer.tokenize(entry.text).isEmpty else { continue }
                diagnostics.append(.warning(.ignoredWord, "\(quoted) holds no word the grader reads, so the entry never matches; remove it or write the word", at: entry.location ?? pack.location))
            }
        }
    }

    private mutating func check(_ phrases: [Phrase], _ tokenizer: Tokenizer) {
        for phrase in phrases {
            if case .failure(let diagnostic) = PhrasePattern.parse(phrase, tokenizer: tokenizer) { diagnostics.append(diagnostic) }
        }
    }

    private func format(_ value: Double) -> String {
        String((value * 1000).rounded() / 1000)
    }
}
