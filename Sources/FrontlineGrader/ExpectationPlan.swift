import FrontlineModel
import FrontlineText
import Synchronization

/// A turn's expectations compiled once: their phrases (and `and_say` parts) in one
/// matcher, their values read. Play, regrade and batch grading meet the same turn again
/// and again, so plans are kept by the grader (`ExpectationPlans`), not rebuilt per reply.
struct ExpectationPlan: Sendable {
    let matcher: PhraseMatcher
    /// Matcher keys: expectation k's `say` phrases are key k; its `and_say` phrases are
    /// `partKeys[k]` (one key per part, each must match).
    let partKeys: [[Int]]
    /// Each `and_say` part as feedback names it when it is the part left unsaid: a few
    /// phrasings it accepts ("changed / updated / switched"), not its syntax (the pattern
    /// itself when it does not parse). Worked out here, once per turn, not per reply.
    let partNames: [[String]]
    /// Each expectation's values, read ("5-7 business days" → time 5–7 days; "£650 on 1 May"
    /// → money and a date), empty when it has none.
    let values: [[StatedValue]]
    let kinds: [Expectation.Kind]
    /// Whether proposing each expectation meets it (`Expectation.byOffer`).
    let byOffer: [Bool]

    init(_ expectations: [Expectation], tokenizer: Tokenizer, reader: ValueReader) {
        var matcher = PhraseMatcher()
        var nextKey = expectations.count
        var partKeys: [[Int]] = []
        var partNames: [[String]] = []
        for (index, expectation) in expectations.enumerated() {
            for (n, phrase) in expectation.phrases.enumerated() {
                if let node = try? PhrasePattern.parse(phrase.pattern, tokenizer: tokenizer) {
                    let compiled = CompiledPhrase(node)
                    matcher.add(compiled, key: index, phrase: n, negators: compiled.negatorWords(tokenizer))
                }
            }
            var keys: [Int] = [], names: [String] = []
            for (n, phrase) in expectation.andSay.enumerated() {
                if let node = try? PhrasePattern.parse(phrase.pattern, tokenizer: tokenizer) {
                    let compiled = CompiledPhrase(node)
                    matcher.add(compiled, key: nextKey, phrase: n, negators: compiled.negatorWords(tokenizer))
                }
                let examples = PhrasePattern.examples(of: phrase.pattern, concepts: tokenizer.concepts)
                keys.append(nextKey)
                names.append(examples.isEmpty ? phrase.pattern : examples.joined(separator: " / "))
                nextKey += 1
            }
            partKeys.append(keys)
            partNames.append(names)
        }
        matcher.prepare()
        self.matcher = matcher
        self.partKeys = partKeys
        self.partNames = partNames
        self.kinds = expectations.map(\.kind)
        self.byOffer = expectations.map { $0.byOffer ?? false }
        self.values = expectations.map { expectation in
            expectation.value.map { Self.read($0.text, tokenizer: tokenizer, reader: reader) } ?? []
        }
    }

    /// The values `text` states, one of each quantity, in order ("£650 on 1 May": the
    /// amount and the date); empty when it states none (`frontline check` reports that).
    static func read(_ text: String, tokenizer: Tokenizer, reader: ValueReader) -> [StatedValue] {
        var values: [StatedValue] = []
        for value in reader.values(of: text, tokenizer: tokenizer) where !values.contains(where: { $0.quantity == value.quantity }) {
            values.append(value)
        }
        return values
    }
}

/// Compiled expectation plans by turn (its expectations), shared by every copy of a grader.
final class ExpectationPlans: Sendable {
    /// A turn's expectations as a key: hashed by their ids and phrase counts only (hashing
    /// every phrase, tip and location cost more than grading a short reply), compared in
    /// full, so two turns that differ anywhere never share a plan.
    struct Key: Hashable, Sendable {
        let expectations: [Expectation]

        func hash(into hasher: inout Hasher) {
            hasher.combine(expectations.count)
            for expectation in expectations {
                hasher.combine(expectation.id)
                hasher.combine(expectation.phrases.count)
            }
        }

        static func == (a: Key, b: Key) -> Bool { a.expectations == b.expectations }
    }

    private let plans = Mutex<[Key: ExpectationPlan]>([:])
    /// A scenario folder has a few dozen turns; a stream of made-up expectations (batch
    /// lines with their own) must not grow without end.
    static let limit = 512

    func plan(_ expectations: [Expectation], make: () -> ExpectationPlan) -> ExpectationPlan {
        let key = Key(expectations: expectations)
        if let plan = plans.withLock({ $0[key] }) { return plan }
        let plan = make()
        plans.withLock { table in
            if table.count >= Self.limit { table.removeAll(keepingCapacity: true) }
            table[key] = plan
        }
        return plan
    }
}
