import Synchronization

/// A pattern's word also matches the same word in its other forms: "refund" meets
/// "refunds", "refunded" and "refunding"; "arrange" meets "arranging"; "reply" meets
/// "replied"; Latvian "atmaksa" meets "atmaksu" and "atmaksas". The forms are generated
/// from the language's endings when a pattern compiles (alternatives of single words
/// become one set state in the automaton), so matching a reply costs nothing more.
struct WordForms: Sendable {
    /// Normalised endings, longest first.
    let endings: [String]
    /// Shortest stem a form is built on: shorter words ("is", "on") keep their spelling.
    static let minimumStem = 3

    /// English spelling rules (a silent "e", "y" → "i", a doubled consonant) apply when the
    /// endings are English-like: they include "ing".
    let englishSpelling: Bool
    /// The endings that begin with a vowel (worked out once: per word it was a tenth of
    /// compiling the rubrics at start-up).
    private let vowelEndings: [String]
    /// Words that are never another word's form, though the endings make them one: Latvian
    /// "tikai" (only) is "tiks" (will be) with "s" swapped for "ai", and met every pattern
    /// that said "tiks" (`LanguagePack.notWordForms`).
    let excluded: Set<String>

    init(endings: [String], excluded: Set<String> = []) {
        self.excluded = excluded
        self.endings = Array(Set(endings.filter { !$0.isEmpty })).sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
        self.englishSpelling = endings.contains("ing")
        self.vowelEndings = self.endings.filter { $0.first.map { "aeiou".contains($0) } == true }
    }

    /// Forms already worked out, by word: a rubric uses the same words (and concepts) in
    /// many patterns, and working out a word's forms was a fifth of compiling them.
    private let known = Known()

    private final class Known: Sendable {
        let forms = Mutex<[String: [String]]>([:])
        /// Patterns made up at run time (a batch line's own expectations) must not grow
        /// the table without end.
        static let limit = 8192
    }

    /// `word` and its other forms (`word` first); just `word` when it is too short, holds
    /// anything but letters, or the language has no endings.
    func forms(of word: String) -> [String] {
        guard !endings.isEmpty, word.utf8.count >= Self.minimumStem else { return [word] }
        if let forms = known.forms.withLock({ $0[word] }) { return forms }
        let forms = workOutForms(of: word)
        known.forms.withLock { table in
            if table.count >= Known.limit { table.removeAll(keepingCapacity: true) }
            table[word] = forms
        }
        return forms
    }

    private func workOutForms(of word: String) -> [String] {
        guard word.count >= Self.minimumStem, word.allSatisfy(\.isLetter) else { return [word] }
        var result = [word]
        var seen: Set<String> = [word]
        func add(_ form: String) { if !excluded.contains(form), seen.insert(form).inserted { result.append(form) } }
        for (stem, isWord) in stems(of: word) {
            if isWord { add(stem) }
            for ending in endings { add(stem + ending) }
            spellingVariants(of: stem).forEach(add)
        }
        return result
    }

    /// The word itself and what is left of it without one of the endings, with the English
    /// spelling rules undone ("stopped" → "stop", "replied" → "reply", "issues" → "issue").
    /// A stem is a word in its own right only when a short ending (one or two letters) was
    /// taken off: "booked" → "book", but "evening" does not give "even".
    private func stems(of word: String) -> [(String, isWord: Bool)] {
        // Only the longest ending the word has is taken off: with dozens of endings (Latvian,
        // Persian) every other choice would multiply the forms for little gain.
        guard let ending = endings.first(where: { word.hasSuffix($0) && word.count - $0.count >= Self.minimumStem }) else {
            return [(word, true)]
        }
        var stems = [(word, true)]
        let stem = String(word.dropLast(ending.count))
        let isWord = ending.count <= 2
        stems.append((stem, isWord))
        guard englishSpelling, ending.first.map({ "aeiou".contains($0) }) == true else { return stems }
        if stem.hasSuffix("i") { stems.append((stem.dropLast() + "y", isWord)) }
        if let last = stem.last, stem.dropLast().last == last, !"aeiousl".contains(last) {
            stems.append((String(stem.dropLast()), isWord))
        }
        if let last = stem.last, !"aeiouy".contains(last) { stems.append((stem + "e", isWord)) }
        return stems
    }

    /// English spelling of the forms that begin with a vowel: "arrange" + "ing" → "arranging",
    /// "reply" + "es"/"ed" → "replies"/"replied", "stop" + "ed" → "stopped". Only for the
    /// endings the language lists.
    private func spellingVariants(of stem: String) -> [String] {
        var variants: [String] = []
        guard englishSpelling, !vowelEndings.isEmpty, let last = stem.last else { return [] }
        let body = stem.dropLast()
        if last == "e" {
            for ending in vowelEndings { variants.append(body + ending) }
        } else if last == "y", let before = body.last, !"aeiou".contains(before) {
            for ending in vowelEndings where ending != "ing" { variants.append(body + "i" + ending) }
        } else if !"aeiouywxh".contains(last), let before = body.last, "aeiou".contains(before),
                  let third = body.dropLast().last, !"aeiou".contains(third), stem.count <= 5 {
            for ending in vowelEndings { variants.append(stem + String(last) + ending) }
        }
        return variants
    }
}
