import FrontlineModel
import Yams

/// Decodes Rubrics/<lang>/language.yaml.
struct LanguagePackDecoder {
    let diagnostics: Diagnostics
    let sourceFile: SourceFile

    static var keys: [String] { KeyTables.languagePack.names }

    func decode(_ root: Node) -> LanguagePack? {
        guard let map = MappingReader(root, table: KeyTables.languagePack, diagnostics: diagnostics) else { return nil }
        defer { map.finish() }
        let language = map.string("language", required: true)
        let name = map.string("name", required: true)
        var entries: [WordListEntry] = [] // where each word of a word list is written
        var numbers: [String: Int] = [:]
        if let numberMap = map.mapping("numbers", what: "numbers", known: []) {
            for (word, keyNode, value) in numberMap.entries {
                entries.append(WordListEntry(key: "numbers", text: word, reading: .word, location: diagnostics.location(keyNode)))
                guard let n = value.int, case .scalar = value else {
                    diagnostics.error(.wrongType, "the number word '\(word.excerpt())' needs a whole number, found \(Self.found(value))", at: value)
                    continue
                }
                numbers[word] = n
            }
        }
        var equivalents: [[String]] = []
        for group in map.sequence("equivalents") ?? [] {
            guard case .sequence(let words) = group, words.count >= 2 else {
                diagnostics.error(.wrongType, "each equivalents entry is a list of at least two words", at: group)
                continue
            }
            var texts: [String] = []
            for word in words {
                guard case .scalar = word, let text = word.string else {
                    diagnostics.error(.wrongType, "each word of an equivalents entry is text; found \(word.kindDescription)", at: word)
                    continue
                }
                texts.append(text)
            }
            // A group left with one word after its mistakes were reported says nothing.
            if texts.count >= 2 { equivalents.append(texts) }
        }
        var expansions: [String: String] = [:]
        if let expansionMap = map.mapping("expansions", what: "expansions", known: []) {
            for (word, _, value) in expansionMap.entries {
                if let long = expansionMap.scalarString(value, key: word) { expansions[word] = long }
            }
        }
        var nameEndings: [String: [String]] = [:]
        if let endingMap = map.mapping("name_endings", what: "name endings", known: []) {
            for (ending, _, _) in endingMap.entries {
                nameEndings[ending] = endingMap.strings(ending)?.map(\.0) ?? []
            }
        }
        var numbersAfter: [String: [String: Int]] = [:]
        if let afterMap = map.mapping("numbers_after", what: "numbers after", known: []) {
            for (before, beforeNode, _) in afterMap.entries {
                entries.append(WordListEntry(key: "numbers_after", text: before, reading: .token, location: diagnostics.location(beforeNode)))
                guard let inner = afterMap.mapping(before, what: "numbers after '\(before)'", known: []) else { continue }
                for (word, wordNode, value) in inner.entries {
                    entries.append(WordListEntry(key: "numbers_after '\(before)'", text: word, reading: .token, location: diagnostics.location(wordNode)))
                    guard let n = value.int, case .scalar = value else {
                        diagnostics.error(.wrongType, "the number word '\(word.excerpt())' after '\(before.excerpt())' needs a whole number, found \(Self.found(value))", at: value)
                        continue
                    }
                    numbersAfter[before, default: [:]][word] = n
                }
            }
        }
        var concepts: [String: [Phrase]] = [:]
        if let conceptMap = map.mapping("concepts", what: "concepts", known: []) {
            for (concept, keyNode, _) in conceptMap.entries where Identifier.check(concept, keyNode, diagnostics) != nil {
                concepts[concept] = conceptMap.phrases(concept) ?? []
            }
        }
        var cues: [String: [Phrase]] = [:]
        if let cueMap = map.mapping("cues", what: "cues", known: []) {
            for (cue, keyNode, _) in cueMap.entries where Identifier.check(cue, keyNode, diagnostics) != nil {
                if Applicability.builtInCustomerCues.contains(cue) {
                    diagnostics.error(.invalidValue, "'\(cue)' is read by the grader (values, references and numbers in the line); choose another name", at: keyNode)
                    continue
                }
                cues[cue] = cueMap.phrases(cue) ?? []
            }
        }
        let valueWords = map.mapping("values", table: KeyTables.valueWords)
            .map { ValueWordsDecoder(diagnostics: diagnostics).decode($0) } ?? ValueWords()
        let ui = InterfaceMessagesDecoder(diagnostics: diagnostics).decode(map, language: language, root: root)
        guard let language, let name else { return nil }
        var pack = LanguagePack(
            language: language.lowercased(), name: name, numberWords: numbers, equivalents: equivalents, expansions: expansions,
            negators: words(map, "negators", .word, &entries), intensifiers: words(map, "intensifiers", .word, &entries),
            clauseBreaks: words(map, "clause_breaks", .word, &entries), rangeWords: words(map, "range_words", .word, &entries),
            numberJoiners: words(map, "number_joiners", .word, &entries), nameEndings: nameEndings,
            stopwords: words(map, "stopwords", .word, &entries),
            foldDiacritics: map.bool("fold_diacritics") ?? false, concepts: concepts, wordEndings: words(map, "word_endings"),
            valueWords: valueWords, source: sourceFile, location: diagnostics.location(root))
        pack.negationExceptions = words(map, "negation_exceptions")
        pack.negationReach = words(map, "negation_reach", .token, &entries)
        pack.negativePolarity = words(map, "negative_polarity", .token, &entries)
        pack.objectNegators = words(map, "object_negators", .token, &entries)
        pack.trailingNegators = words(map, "trailing_negators") // each read as the tokens it makes
        pack.complementizers = words(map, "complementizers", .token, &entries)
        pack.coordinators = words(map, "coordinators", .token, &entries)
        pack.subordinators = words(map, "subordinators", .token, &entries)
        pack.subjects = words(map, "subjects", .token, &entries)
        pack.counterfactuals = words(map, "counterfactuals", .token, &entries)
        pack.denialsAfter = words(map, "denials_after")
        pack.corrections = words(map, "corrections")
        pack.retractions = words(map, "retractions")
        pack.conditionals = words(map, "conditionals", .tokens, &entries)
        pack.conditionalRequests = words(map, "conditional_requests", .tokens, &entries)
        pack.conditionalConsents = words(map, "conditional_consents", .token, &entries)
        pack.futureAuxiliaries = words(map, "future_auxiliaries", .token, &entries)
        pack.offerOpeners = words(map, "offer_openers") // phrases, read as the tokens they make
        pack.abilities = words(map, "abilities")
        pack.goAheadQuestions = words(map, "go_ahead_questions")
        pack.embeddedQuestions = (map.strings("embedded_questions") ?? []).compactMap { phrase, node in
            // " * " is a gap between words: one at either end, or without spaces, would be read as nothing.
            let parts = phrase.split(separator: " * ", omittingEmptySubsequences: false)
            guard !parts.contains(where: { $0.allSatisfy { $0 == " " } || $0.contains("*") }) else {
                diagnostics.error(.invalidValue, "a gap (\" * \") stands between two words, with a space on each side (\"check * whether\"); found '\(phrase.excerpt())'", at: node)
                return nil
            }
            return phrase
        }
        pack.askers = words(map, "askers", .token, &entries)
        pack.recaps = words(map, "recaps")
        pack.hasBefore = words(map, "has_before", .token, &entries)
        pack.reportingWords = words(map, "reporting_words", .token, &entries)
        pack.reportDenials = words(map, "report_denials") // phrases, read as the tokens they make
        pack.numbersAfter = numbersAfter
        pack.notWordForms = words(map, "not_word_forms", .word, &entries)
        pack.wordListEntries = entries
        pack.clitics = (map.strings("clitics") ?? []).compactMap { clitic, node in
            let apostrophes: Set<Character> = ["'", "\u{2019}", "\u{02BC}"]
            guard clitic.count >= 2, let first = clitic.first, apostrophes.contains(first) else {
                diagnostics.error(.invalidValue, "a clitic is an apostrophe and the ending after it (\"'s\"); found '\(clitic.excerpt())'", at: node)
                return nil
            }
            return clitic
        }
        pack.cues = cues
        pack.ui = ui
        return pack
    }

    private func words(_ map: MappingReader, _ key: String) -> [String] {
        map.strings(key)?.map(\.0) ?? []
    }

    /// The words of a list read a word at a time, each noted with where it is written.
    private func words(_ map: MappingReader, _ key: String, _ reading: WordListEntry.Reading, _ entries: inout [WordListEntry]) -> [String] {
        let found = map.strings(key) ?? []
        for (text, node) in found {
            entries.append(WordListEntry(key: key, text: text, reading: reading, location: map.phraseLocation(node)))
        }
        return found.map(\.0)
    }

    /// What a value is, as a message names it: a scalar by its text ('3.5'), else its kind.
    static func found(_ value: Node) -> String {
        if case .scalar(let scalar) = value, !(scalar.style == .plain && value.null != nil) { return "'\(scalar.string.excerpt())'" }
        return value.kindDescription
    }
}
