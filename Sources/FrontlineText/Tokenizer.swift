import FrontlineModel

/// Splits text into normalised tokens for one language. Replies and phrase patterns go
/// through the same tokenizer, so every normalisation applies equally to both sides.
///
/// Tokenising reads the UTF-8 bytes once (see `Tokenizer+Scan.swift`): ASCII words are
/// folded byte by byte and looked up in one table of everything the language pack says
/// about a word; only words with other scripts go through full Unicode normalisation.
public struct Tokenizer: Sendable {
    /// The token that stands for a range between two numbers ("5-7", "5 to 7", "۵ تا ۷").
    public static let rangeToken = "–"

    public let language: String
    let normalizer: CharacterNormalizer
    /// Everything known about a normalised word, by word: what it expands to and how.
    var lexicon: WordTable
    /// The tokens word `w` of the lexicon becomes: `templates[templateStart[w]..<templateStart[w + 1]]`.
    let templateStart: [Int32]
    let templates: [Template]
    /// Values of the number words (for "twenty" "five" → 25).
    let numberValues: Set<Int>
    /// Words `0..<lexiconCount` of `lexicon` are the language pack's; a bound tokenizer
    /// (see `binding`) adds the phrase vocabulary and stopwords after them, so that the one
    /// lookup a word needs anyway also gives its vocabulary id and whether it is a stopword.
    var lexiconCount: Int32
    var binding: Binding?
    /// The language's named paraphrase families (`{name}` in a pattern), as written.
    public let concepts: [String: [Phrase]]
    /// How a pattern's words take their other forms (see `WordForms`).
    let wordForms: WordForms
    /// `LanguagePack.negationExceptions` as token texts, set once the tokenizer is made.
    public private(set) var negationExceptions: [[String]] = []
    /// `LanguagePack.negationReach` as token texts.
    public private(set) var negationReach: Set<String> = []
    /// `LanguagePack.negativePolarity` as token texts.
    public private(set) var negativePolarity: Set<String> = []
    /// `LanguagePack.objectNegators` as token texts.
    public private(set) var objectNegators: Set<String> = []
    /// `LanguagePack.trailingNegators` as the token texts each is read as (a Persian
    /// negated verb is often two: «نمی» «توانیم»).
    public private(set) var trailingNegators: [[String]] = []
    /// `LanguagePack.complementizers` as token texts.
    public private(set) var complementizers: Set<String> = []
    /// `LanguagePack.coordinators` as token texts.
    public private(set) var coordinators: [String] = []
    /// `LanguagePack.subordinators` and `subjects` as token texts.
    public private(set) var subordinators: [String] = []
    public private(set) var subjects: [String] = []
    /// `askers` as a list (see `Negation.negator(before:)`).
    public private(set) var askerList: [String] = []
    /// `LanguagePack.counterfactuals` as token texts.
    public private(set) var counterfactuals: Set<String> = []
    /// `LanguagePack.denialsAfter` as token texts.
    public private(set) var denialsAfter: [[String]] = []
    /// `LanguagePack.corrections` and `retractions` as token texts.
    public private(set) var corrections: [[String]] = []
    public private(set) var retractions: [[String]] = []
    /// `LanguagePack.conditionals` as token texts.
    public private(set) var conditionals: Set<String> = []
    /// The `LanguagePack.conditionals` of more than one word ("as soon as"), as token texts.
    public private(set) var conditionalPhrases: [[String]] = []
    /// `LanguagePack.recaps` as token texts.
    public private(set) var recaps: [[String]] = []
    /// `LanguagePack.hasBefore` as token texts (see `Tokenizer+HasBefore`).
    public private(set) var hasBefore: [String] = []
    /// `LanguagePack.reportingWords` and `reportDenials` as token texts; `reportedOrWished`
    /// adds `counterfactuals`: "I'd love to release it today, but I can't" is denied the
    /// same way as a report ("a colleague told you it's today - it isn't").
    public private(set) var reportingWords: Set<String> = []
    public private(set) var reportedOrWished: Set<String> = []
    public private(set) var reportDenials: [[String]] = []
    /// `LanguagePack.offerOpeners` as the token texts each is read as.
    public private(set) var offerOpeners: [[String]] = []
    /// `LanguagePack.abilities` and `goAheadQuestions` as token texts.
    public private(set) var abilities: [[String]] = []
    public private(set) var goAheadQuestions: [[String]] = []
    /// `LanguagePack.embeddedQuestions` as the token texts each is read as, and `askers`.
    public private(set) var embeddedQuestions: [[String]] = []
    public private(set) var askers: Set<String> = []
    /// `LanguagePack.conditionalRequests` as token texts.
    public private(set) var conditionalRequests: Set<String> = []
    /// The `LanguagePack.conditionalRequests` of more than one word ("i have": "as soon as I
    /// have your merchant ID" asks for it), as token texts.
    public private(set) var conditionalRequestPhrases: [[String]] = []
    /// `LanguagePack.conditionalConsents` as token texts.
    public private(set) var conditionalConsents: Set<String> = []
    /// `LanguagePack.futureAuxiliaries` as token texts.
    public private(set) var futureAuxiliaries: Set<String> = []
    /// `LanguagePack.numbersAfter` as token texts: the word before, then the word and its number.
    private(set) var numbersAfter: [String: [String: Int]] = [:]
    /// `LanguagePack.clitics`, normalised (an apostrophe and what follows it), longest first.
    let clitics: [String]

    /// A lexicon entry of a bound tokenizer beyond the language pack's: a plain word of
    /// the vocabulary or stopwords. One record, read once per word (three arrays cost
    /// up to three cache misses).
    struct Plain: Sendable {
        /// The word itself, made once: a token copies it rather than making its text from
        /// bytes again (about a hundred instructions a word).
        var text: String
        /// Its vocabulary id (-1: a stopword only).
        var word: Int32
        var isStop: Bool
    }

    /// What a tokenizer bound to a phrase vocabulary knows about each word. (A struct: as
    /// a class it cost a retain and release per word, about 7k instructions a reply.)
    struct Binding: Sendable {
        let vocabulary: WordTable
        let stopwords: WordTable
        /// For lexicon entries `lexiconCount...`: the plain word's text, vocabulary id and stopword flag.
        let plain: [Plain]
        /// For each template: what its text is to the vocabulary.
        let templates: [BoundTemplate]
        let rangeWord: Int32
        let rangeStop: Bool
        /// The stem keys of the language pack's own words (see `sharedStems(of:keys:)`).
        let packKeys: PackKeyFilter
        /// The same for the pack's words that read as a content word or a number ("thx",
        /// "twenty"): the others ("to", "so", "don't") give reflection no stem.
        let packStemKeys: PackKeyFilter
        /// The vocabulary ids of `hasBefore` (a word no phrase names is left out: reading
        /// "has" before it changes no match).
        var hasBefore: [Int32] = []
    }

    /// A template's text to a bound tokenizer's vocabulary, in one record.
    struct BoundTemplate: Sendable {
        var word: Int32
        var key3: UInt32
        var isStop: Bool
        var isContent: Bool
    }

    /// A token without its position.
    struct Template: Sendable {
        var text: String
        var isNumber: Bool
        var isNegator: Bool
        var isIntensifier: Bool
        /// A clause-break word ("but"): the next token starts a new clause.
        var breaksClause: Bool
        /// Joins number words into one number ("بیست و پنج"); see `Tokenizer+Scan`.
        var joinsNumbers = false
    }

    public init(_ pack: LanguagePack) {
        let normalizer = CharacterNormalizer(foldDiacritics: pack.foldDiacritics)
        func norm(_ word: String) -> String { normalizer.normalize(Substring(word)) }
        self.clitics = Set(pack.clitics.map(norm)).filter { $0.count >= 2 && $0.first == "'" }
            .sorted { $0.utf8.count != $1.utf8.count ? $0.utf8.count > $1.utf8.count : $0 < $1 }
        self.language = pack.language
        self.normalizer = normalizer
        self.concepts = pack.concepts
        self.wordForms = WordForms(endings: pack.wordEndings.map(norm), excluded: Set(pack.notWordForms.map(norm)))
        var expansions: [String: [String]] = [:]
        for (short, long) in pack.expansions {
            expansions[norm(short)] = long.split(separator: " ").map { normalizer.normalize($0) }
        }
        var numbers: [String: Int] = [:]
        for (word, value) in pack.numberWords { numbers[norm(word)] = value }
        var canonical: [String: String] = [:]
        for group in pack.equivalents {
            guard let first = group.first.map(norm) else { continue }
            for word in group.dropFirst() { canonical[norm(word)] = first }
        }
        for word in pack.rangeWords { canonical[norm(word)] = Tokenizer.rangeToken }
        let negators = Set(pack.negators.map(norm))
        let intensifiers = Set(pack.intensifiers.map(norm))
        let clauseBreaks = Set(pack.clauseBreaks.map(norm))
        let joiners = Set(pack.numberJoiners.map(norm))

        func template(_ word: String) -> Template {
            var text = word
            var isNumber = Self.looksNumeric(word)
            if !isNumber, let value = numbers[word] {
                text = String(value)
                isNumber = true
            }
            if !isNumber, let mapped = canonical[word] { text = mapped }
            return Template(text: text, isNumber: isNumber, isNegator: negators.contains(word),
                            isIntensifier: intensifiers.contains(word), breaksClause: clauseBreaks.contains(text),
                            joinsNumbers: joiners.contains(word))
        }
        var lexicon = WordTable(capacity: 256)
        var templateStart: [Int32] = [0]
        var templates: [Template] = []
        var known = Set(expansions.keys)
        known.formUnion(numbers.keys)
        known.formUnion(canonical.keys)
        known.formUnion(negators)
        known.formUnion(intensifiers)
        known.formUnion(clauseBreaks)
        known.formUnion(joiners)
        for word in known.sorted() {
            let parts = expansions[word] ?? [word]
            lexicon.insert(word)
            templates.append(contentsOf: parts.map(template))
            templateStart.append(Int32(templates.count))
        }
        self.lexicon = lexicon
        self.templateStart = templateStart
        self.templates = templates
        self.numberValues = Set(numbers.values)
        self.lexiconCount = Int32(lexicon.count)
        self.negationExceptions = phrases(pack.negationExceptions)
        self.negationReach = singleWords(pack.negationReach)
        self.negativePolarity = singleWords(pack.negativePolarity)
        self.objectNegators = singleWords(pack.objectNegators)
        self.trailingNegators = phrases(pack.trailingNegators)
        self.complementizers = singleWords(pack.complementizers)
        self.coordinators = Array(singleWords(pack.coordinators)).sorted()
        self.subordinators = Array(singleWords(pack.subordinators)).sorted()
        self.subjects = Array(singleWords(pack.subjects)).sorted()
        self.counterfactuals = singleWords(pack.counterfactuals)
        self.conditionals = singleWords(pack.conditionals)
        self.conditionalPhrases = phrases(pack.conditionals).filter { $0.count > 1 }
        self.conditionalRequests = singleWords(pack.conditionalRequests)
        self.conditionalRequestPhrases = phrases(pack.conditionalRequests).filter { $0.count > 1 }
        self.conditionalConsents = singleWords(pack.conditionalConsents)
        self.futureAuxiliaries = singleWords(pack.futureAuxiliaries)
        var numbersAfter: [String: [String: Int]] = [:]
        for (before, numbers) in pack.numbersAfter {
            guard let key = singleWords([before]).first else { continue }
            for (word, n) in numbers {
                let parts = tokenize(word)
                if parts.count == 1 { numbersAfter[key, default: [:]][parts[0].text] = n }
            }
        }
        self.numbersAfter = numbersAfter
        self.denialsAfter = phrases(pack.denialsAfter)
        self.offerOpeners = phrases(pack.offerOpeners)
        self.abilities = phrases(pack.abilities)
        self.goAheadQuestions = phrases(pack.goAheadQuestions)
        self.embeddedQuestions = gapped(pack.embeddedQuestions)
        self.askers = singleWords(pack.askers)
        self.askerList = Array(self.askers).sorted()
        self.recaps = phrases(pack.recaps)
        self.hasBefore = singleWords(pack.hasBefore).sorted()
        self.reportingWords = singleWords(pack.reportingWords)
        self.reportedOrWished = reportingWords.union(counterfactuals)
        self.reportDenials = phrases(pack.reportDenials)
        self.corrections = phrases(pack.corrections)
        self.retractions = phrases(pack.retractions)
    }

    /// `phrases` as token texts, where " * " stands for a gap: an empty word between the
    /// tokens of its two sides ("check * whether" → "check", "", "whether").
    private func gapped(_ phrases: [String]) -> [[String]] {
        phrases.map { phrase in
            phrase.components(separatedBy: " * ").map { part in tokenize(part).map(\.text) }.joined(separator: [""]).map { $0 }
        }.filter { !$0.isEmpty && $0.first != "" && $0.last != "" }
    }

    /// `phrases` as the token texts they are matched by ("can't give" → "can", "not", "give").
    private func phrases(_ phrases: [String]) -> [[String]] {
        phrases.map { phrase in tokenize(phrase).map(\.text) }.filter { !$0.isEmpty }
    }

    /// `words` as token texts, single words only: "be sure" must not make "be" reach (as a
    /// phrase among the negators would never match, a phrase here stands for nothing).
    private func singleWords(_ words: [String]) -> Set<String> {
        Set(words.compactMap { word in
            let tokens = tokenize(word)
            return tokens.count == 1 ? tokens[0].text : nil
        })
    }

    /// This tokenizer, with every token also carrying its id in `vocabulary` (a phrase
    /// matcher's, see `PhraseMatcher.vocabulary`) and whether it is one of `stopwords`.
    /// The tokens are otherwise the same.
    package func binding(vocabulary: WordTable, stopwords: WordTable) -> Tokenizer {
        var bound = self
        var lexicon = self.lexicon
        lexicon.reserve(vocabulary.count + stopwords.count)
        var plain: [Plain] = []
        func add(_ word: String) {
            let id = lexicon.insert(word)
            guard id >= lexiconCount, Int(id - lexiconCount) == plain.count else { return }
            plain.append(Plain(text: word, word: vocabulary.id(word), isStop: stopwords.id(word) >= 0))
        }
        for id in 0..<Int32(vocabulary.count) { add(vocabulary.word(id)) }
        for id in 0..<Int32(stopwords.count) { add(stopwords.word(id)) }
        bound.lexicon = lexicon
        let boundTemplates = templates.map {
            let stop = stopwords.id($0.text) >= 0
            return BoundTemplate(word: vocabulary.id($0.text), key3: PhraseAutomaton.key3($0.text), isStop: stop,
                                 isContent: Tokenizer.isContent(text: $0.text, isNumber: $0.isNumber, isNegator: $0.isNegator,
                                                                isIntensifier: $0.isIntensifier, isStopword: stop))
        }
        var packKeys = PackKeyFilter(), packStemKeys = PackKeyFilter()
        for id in 0..<lexiconCount {
            let word = lexicon.word(id)
            packKeys.insert(word: word)
            let parts = Int(templateStart[Int(id)])..<Int(templateStart[Int(id) + 1])
            if parts.contains(where: { boundTemplates[$0].isContent || templates[$0].isNumber || templates[$0].joinsNumbers }) {
                packStemKeys.insert(word: word)
            }
        }
        bound.binding = Binding(
            vocabulary: vocabulary, stopwords: stopwords, plain: plain, templates: boundTemplates,
            rangeWord: vocabulary.id(Tokenizer.rangeToken), rangeStop: stopwords.id(Tokenizer.rangeToken) >= 0,
            packKeys: packKeys, packStemKeys: packStemKeys,
            hasBefore: hasBefore.map { vocabulary.id($0) }.filter { $0 >= 0 })
        return bound
    }

    /// Gives a token of a bound tokenizer its vocabulary id, key and stopword flag from its text.
    @inline(__always)
    func bind(_ token: inout Token) {
        guard let binding else { return }
        token.word = binding.vocabulary.id(token.text)
        token.key3 = PhraseAutomaton.key3(token.text)
        token.isStopword = binding.stopwords.id(token.text) >= 0
        token.isContentWord = Tokenizer.isContent(text: token.text, isNumber: token.isNumber, isNegator: token.isNegator,
                                                  isIntensifier: token.isIntensifier, isStopword: token.isStopword)
    }

    /// Whether tokenising `word` gives a negator ("not", "never", "no"). A plain run of
    /// lowercase ASCII letters and digits that the language pack does not list is one
    /// token the pack says nothing about, so it is answered without tokenising (most of
    /// the literal words of a rubric's patterns, asked about at start-up).
    package func holdsNegator(_ word: String) -> Bool {
        var word = word
        let plainUnknown = word.withUTF8 { bytes in
            !bytes.isEmpty && bytes.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) }
                && !(0..<lexiconCount).contains(lexicon.id(bytes))
        }
        if plainUnknown { return false }
        return tokenize(word).contains { $0.isNegator }
    }

    /// Normalises a single word the way tokens are normalised (for prefix patterns).
    public func normalizeWord(_ word: String) -> String {
        normalizer.normalize(Substring(word))
    }

    public func tokenize(_ text: String) -> [Token] {
        var text = text
        return text.withUTF8 { scan($0) }
    }

    /// `token` adds to `last` across a joiner word: a smaller number filling `last`'s
    /// trailing zeros ("بیست و پنج" 20 + 5, "صد و بیست" 100 + 20, "هزار و دویست" 1000 + 200).
    func canJoin(_ last: Token, _ token: Token) -> Bool {
        guard last.isNumber, token.isNumber, let big = Int(last.text), let small = Int(token.text),
              big >= 20, small > 0, big < 1_000_000_000 else { return false }
        var place = 10
        while place <= small { place *= 10 }
        return big % place == 0
    }

    /// `token` adds the units to `last`'s tens ("twenty" "five").
    func canCompound(_ last: Token, _ token: Token) -> Bool {
        guard last.isNumber, token.isNumber, let tens = Int(last.text), let units = Int(token.text) else { return false }
        return tens >= 20 && tens < 100 && tens % 10 == 0 && units > 0 && units < 10 && numberValues.contains(units)
    }

    /// Digits (any script) with `.` or `,` between them, starting with a digit.
    static func looksNumeric(_ word: String) -> Bool {
        word.unicodeScalars.allSatisfy { CharacterNormalizer.isDigit($0) || $0 == "." || $0 == "," }
            && word.unicodeScalars.first.map(CharacterNormalizer.isDigit) == true
    }

    /// "twenty" "five" → "25".
    func mergeCompoundNumber(_ tokens: inout [Token], _ token: Token) -> Bool {
        guard token.isNumber, !token.clauseBreakBefore, var last = tokens.last, canCompound(last, token),
              let tens = Int(last.text), let units = Int(token.text) else { return false }
        last.text = String(tens + units)
        last.end = token.end
        bind(&last)
        tokens[tokens.count - 1] = last
        return true
    }
}
