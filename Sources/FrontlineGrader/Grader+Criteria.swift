#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FrontlineModel
import FrontlineText

extension Grader {
    /// One rubric criterion's finding, or nil when it does not apply here (a penalty not
    /// triggered, a name criterion without a named customer…).
    /// Appends the criterion's findings (none when it does not apply or a penalty is not
    /// triggered) to `findings`.
    /// The plan is read through a pointer (the caller holds the plans' buffer for the whole
    /// reply): a copy, even of one field at times, retained each of its strings, and
    /// taking the buffer per criterion retained and released it twenty times a reply.
    @inline(__always)
    func evaluate(_ index: Int, plan: UnsafePointer<CriterionPlan>, dimension: Dimension, text: ReplyText,
                  matches: GroupedMatches, context: GradingContext, into verdict: inout Verdict) {
        let hits: [Hit]
        switch plan.pointee.detector {
        case .phrases:
            // Most criteria match nothing: no slices (each retained the matches) are made then.
            hits = matches.isEmpty(2 * index) ? []
                : phraseHits(negatable: plan.pointee.negatable, own: matches.of(2 * index),
                             exceptions: matches.of(2 * index + 1), text: text,
                             nextSentenceFrom: matches.isEmpty(2 * index + 1) ? .max : traits[index].unlessNextFrom)
        case .customerName:
            guard let name = context.customerName, !name.isEmpty else { return }
            hits = nameHit(name, text: text).map { [$0] } ?? []
        case .reflectsCustomer:
            guard !context.customerMessage.isEmpty else { return }
            hits = reflectionHit(context.customerMessage, text: text, customerName: context.customerName).map { [$0] } ?? []
        case .relatesCustomer:
            guard !context.customerMessage.isEmpty else { return }
            hits = matches.isEmpty(2 * index) ? []
                : relationHits(context.customerMessage, own: matches.of(2 * index), exceptions: matches.of(2 * index + 1),
                               nextSentenceFrom: traits[index].unlessNextFrom, text: text, customerName: context.customerName)
        case .shouting:
            hits = shoutingHit(text).map { [$0] } ?? []
        case .asksQuestion:
            let questions = questionHits(text)
            hits = questions.isEmpty || matches.isEmpty(2 * index + 1) ? questions
                : Self.unanswered(questions, exceptions: matches.of(2 * index + 1), nextSentenceFrom: traits[index].unlessNextFrom,
                                  text: text)
        case .responseTime:
            if let rubric = rubrics[dimension],
               let finding = responseTimeFinding(criteria[index].criterion, rubric: rubric, context: context, text: text) {
                verdict.append(finding)
            }
            return
        }
        if hits.isEmpty && plan.pointee.isPenalty { return }
        appendFindings(plan: plan, index: index, hits: hits, into: &verdict.records)
    }

    /// What decided a criterion: the evidence, and whether a negator cancelled it.
    struct Hit {
        var evidence: Evidence
        var negatedBy: String?
        /// Said in words in the finding ("reflects: March, invoice").
        var note: String?

        init(evidence: Evidence, negatedBy: String? = nil, note: String? = nil) {
            self.evidence = evidence
            self.negatedBy = negatedBy
            self.note = note
        }
    }

    /// How many separate matches of one criterion count, and what each further match is
    /// worth as a share of the criterion's points (docs/authoring.md, Scoring arithmetic).
    static let countedMatches = 3
    static let furtherMatchShare = 0.5

    /// The findings for a criterion's hits: the first counted hit earns (or costs) the
    /// criterion's points, each further separate hit half of them, up to three hits.
    @inline(__always)
    private func appendFindings(plan: UnsafePointer<CriterionPlan>, index: Int, hits: [Hit], into result: inout [FindingRecord]) {
        let points = plan.pointee.points, isPenalty = plan.pointee.isPenalty, isCritical = plan.pointee.isCritical
        let criterion = Int32(index)
        var counted = 0
        for hit in hits where hit.negatedBy == nil {
            counted += 1
            if counted > Self.countedMatches { break }
            let further = counted > 1
            let share = (points * Self.furtherMatchShare * 10).rounded() / 10
            if isPenalty {
                result.append(FindingRecord(plan: criterion, outcome: .triggered, isCritical: further ? false : isCritical,
                                            points: further ? -share : -points, possible: 0, evidence: hit.evidence,
                                            note: further ? "said again: half the penalty" : hit.note))
            } else {
                result.append(FindingRecord(plan: criterion, outcome: .met, isCritical: further ? false : isCritical,
                                            points: further ? share : points, possible: further ? 0 : points,
                                            evidence: hit.evidence, note: further ? "said again: half points" : hit.note))
            }
        }
        if counted == 0 && !isPenalty {
            let negated = hits.first
            result.append(FindingRecord(plan: criterion, outcome: .missed, isCritical: isCritical, points: 0,
                                        possible: points, evidence: negated?.evidence,
                                        note: negated?.negatedBy.map { "negated by '\($0)'" }))
        }
    }

    /// The criterion's matches that count, leftmost first and not overlapping one another:
    /// neither overlapped by an `unless` phrase nor (for a negatable criterion) negated.
    /// When none counts, the first negated match (to explain the miss).
    /// Exceptions numbered `nextSentenceFrom` or more (`unless_next`) cancel a match when
    /// they begin the sentence after it; the others when they overlap it.
    func phraseHits(negatable: Bool, own: ArraySlice<PhraseMatcher.Match>, exceptions: ArraySlice<PhraseMatcher.Match>,
                    text: ReplyText, nextSentenceFrom: Int = .max) -> [Hit] {
        guard !own.isEmpty else { return [] }
        // Leftmost first and, at the same start, longest first (matches arrive by start).
        var own = own
        if own.count > 1 {
            own.sort { $0.startToken != $1.startToken ? $0.startToken < $1.startToken : $0.endToken > $1.endToken }
        }
        var hits: [Hit] = []
        var negated: Hit?
        var taken = 0 // tokens before this index already belong to a counted hit
        for match in own where match.startToken >= taken {
            if exceptions.contains(where: { $0.phrase < nextSentenceFrom && $0.startToken < match.endToken && match.startToken < $0.endToken }) {
                continue
            }
            if Self.takenBack(after: match.endToken, exceptions: exceptions, nextSentenceFrom: nextSentenceFrom, tokens: text.tokens) {
                continue
            }
            let evidence = text.evidence(tokens: match.startToken..<match.endToken)
            if negatable, let negator = Negation.negator(before: match.startToken, in: text.tokens, exceptions: tokenizer.negationExceptions,
                                                                  reach: tokenizer.negationReach, objectOnly: tokenizer.objectNegators,
                                                                  complementizers: tokenizer.complementizers,
                                                                  coordinators: tokenizer.coordinators, subjects: tokenizer.askerList,
                                                                  subordinators: tokenizer.subordinators, clauseSubjects: tokenizer.subjects) {
                if negated == nil {
                    let span = text.evidence(from: negator.start, to: evidence.end)
                    negated = Hit(evidence: span, negatedBy: span.text.components(separatedBy: " ").first ?? "")
                }
                continue
            }
            if negatable, let negator = Negation.negator(inside: match.startToken..<match.endToken, in: text.tokens,
                                                         exceptions: tokenizer.negationExceptions,
                                                         named: matcher.negatorsNamed(key: match.key, phrase: match.phrase)) {
                if negated == nil {
                    negated = Hit(evidence: evidence, negatedBy: text.evidence(from: negator.start, to: negator.end).text)
                }
                continue
            }
            if negatable, let negator = Negation.negator(after: match.endToken, in: text.tokens, trailing: tokenizer.trailingNegators,
                                                    exceptions: tokenizer.negationExceptions) {
                if negated == nil {
                    negated = Hit(evidence: text.evidence(from: evidence.start, to: negator.end),
                                  negatedBy: text.evidence(from: negator.start, to: negator.end).text)
                }
                continue
            }
            hits.append(Hit(evidence: evidence))
            taken = match.endToken
            if hits.count == Self.countedMatches { break }
        }
        if hits.isEmpty, let negated { return [negated] }
        return hits
    }

    /// Detector hits (questions) but those whose next sentence opens with one of the
    /// criterion's `unless_next` phrases: "Is that fair? No, it isn't, but…" asks nothing.
    static func unanswered(_ hits: [Hit], exceptions: ArraySlice<PhraseMatcher.Match>, nextSentenceFrom: Int,
                           text: ReplyText) -> [Hit] {
        guard nextSentenceFrom != .max, exceptions.contains(where: { $0.phrase >= nextSentenceFrom }) else { return hits }
        let tokens = text.tokens
        return hits.filter { hit in
            // The first token after the hit (evidence and tokens count code points alike).
            guard let after = tokens.firstIndex(where: { $0.start >= hit.evidence.end }) else { return true }
            return !takenBack(after: after, exceptions: exceptions, nextSentenceFrom: nextSentenceFrom, tokens: tokens)
        }
    }

    /// The sentence after the one that holds the tokens before `end` opens with one of the
    /// criterion's `unless_next` phrases (numbered from `nextSentenceFrom` among its exceptions).
    static func takenBack(after end: Int, exceptions: ArraySlice<PhraseMatcher.Match>, nextSentenceFrom: Int,
                          tokens: [Token]) -> Bool {
        guard nextSentenceFrom != .max, let next = nextSentenceStart(after: end, in: tokens) else { return false }
        return exceptions.contains { $0.phrase >= nextSentenceFrom && $0.startToken == next }
    }

    /// The first token of the sentence after the one that holds the tokens before `end`.
    static func nextSentenceStart(after end: Int, in tokens: [Token]) -> Int? {
        var t = end
        while t < tokens.count {
            if tokens[t].sentenceBreakBefore { return t }
            t += 1
        }
        return nil
    }

    /// The customer's first or last name (case-insensitive, possessive allowed).
    func nameHit(_ name: String, text: ReplyText) -> Hit? {
        let forms = nameForms(name)
        for token in text.tokens where forms.contains(token.text) {
            return Hit(evidence: text.evidence(from: token.start, to: token.end))
        }
        return nil
    }

    /// The spellings of a customer's name that count: each part of two letters or more,
    /// with "'s" or "s" after it, and its other case forms from the language's name
    /// endings (Latvian "Jānis" → "Jāni", "Jānim"; "Kalniņa" → "Kalniņas", "Kalniņai").
    /// A stem keeps at least two letters.
    func nameForms(_ name: String) -> Set<String> {
        var forms: Set<String> = []
        for part in tokenizer.tokenize(name).map(\.text) where part.count >= 2 {
            forms.insert(part)
            forms.insert(part + "'s")
            forms.insert(part + "s")
            for (nominative, others) in nameEndings where part.hasSuffix(nominative) && part.count - nominative.count >= 2 {
                let stem = part.dropLast(nominative.count)
                for ending in others { forms.insert(stem + ending) }
                break // the longest ending the name has
            }
        }
        return forms
    }

    /// The reply repeats specifics of the customer's message: two content words the
    /// customer used, in one sentence of the reply (words scattered one per sentence are
    /// echoes, not a reflection), or one number of theirs; matched on their first five
    /// letters. The customer's
    /// name is not a specific of what they said (it signs the message; `use-name` credits it).
    ///
    /// The message is asked only about the reply's stems (`Tokenizer.sharedStems`): a
    /// reply of ASCII words has a few dozen at most, a message hundreds.
    ///
    /// When another criterion has already worked out the repeated words (`relates_customer`,
    /// see `ReplyMemo`) they are used; otherwise the reply's stems are gathered in stack
    /// buffers, as most replies need nothing else.
    func reflectionHit(_ message: String, text: ReplyText, customerName: String? = nil) -> Hit? {
        if text.memo.repeated == nil {
            // Fewer than two of the reply's stems and no number: nothing the message could
            // give, and it is not read.
            let nameForms = nameForms(of: customerName)
            let tokens = text.tokens
            let worthReading = withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 64) { keys -> Bool in
                var anyNumber = false
                guard let count = Self.contentStems(of: tokens, nameForms: nameForms, into: keys, each: { token, _, isNew in
                    if isNew && tokens[token].isNumber { anyNumber = true }
                }) else { return true }
                return count >= 2 || anyNumber
            }
            guard worthReading else { return nil }
        }
        // Read once for both this and `relates_customer` (the memo keeps it).
        let shared = repeatedWords(message, text: text, customerName: customerName).firsts
        return reflection(shared: shared, number: shared.contains { text.tokens[$0].isNumber }, text: text)
    }

    /// `reflectionHit` collecting every stem of the message (what `sharedStems` must agree with).
    func reflectionHitReadingAll(_ message: String, text: ReplyText, nameForms: Set<String>) -> Hit? {
        let shared = repeatedReadingAll(message, text: text, nameForms: nameForms).firsts
        return reflection(shared: shared, number: shared.contains { text.tokens[$0].isNumber }, text: text)
    }

    /// The hit for the reply's tokens `shared` (in order) that repeat the customer's words.
    /// Its evidence is the stretch of the reply that reflects most: in the sentence holding
    /// the most repeated words (one with a number first, then the earliest), from the first
    /// of them to the last — "took your payment twice on 3 June", not "payment". The note
    /// lists every repeated word. No hit when that sentence holds only one of them and no
    /// number.
    private func reflection(shared: [Int], number: Bool, text: ReplyText) -> Hit? {
        guard shared.count >= 2 || number, !shared.isEmpty else { return nil }
        let tokens = text.tokens
        let (from, to, count, hasNumber) = Self.densestSentence(shared, in: tokens)
        guard count >= 2 || hasNumber else { return nil }
        let words = shared.map { text.evidence(from: tokens[$0].start, to: tokens[$0].end).text }
        return Hit(evidence: text.evidence(from: tokens[from].start, to: tokens[to].end),
                   note: "reflects: " + words.joined(separator: ", "))
    }

    /// The first and last of `shared` (token indices, ascending, not empty) in the sentence
    /// that holds the most of them; ties go to a sentence with a number, then to the earliest.
    static func densestSentence(_ shared: [Int], in tokens: [Token]) -> (first: Int, last: Int, count: Int, number: Bool) {
        var best = (first: shared[0], last: shared[0], count: 0, number: false)
        var current = best
        var k = 0
        while k < shared.count {
            let index = shared[k]
            let startsSentence = k == 0 || (shared[k - 1] + 1...index).contains { tokens[$0].sentenceBreakBefore }
            if startsSentence { current = (index, index, 0, false) }
            current.last = index
            current.count += 1
            current.number = current.number || tokens[index].isNumber
            if current.count > best.count || (current.count == best.count && current.number && !best.number) {
                best = current
            }
            k += 1
        }
        return best
    }

    /// Mostly capitals (at least three words), or runs of `!!` / `?!`.
    func shoutingHit(_ text: ReplyText) -> Hit? {
        var words = 0, loud = 0
        var first: Int?, last: Int?
        let tokens = text.tokens
        for i in tokens.indices where !tokens[i].isNumber {
            words += 1
            if tokens[i].originalIsUppercase {
                loud += 1
                if first == nil { first = i }
                last = i
            }
        }
        if words >= 3, Double(loud) >= 0.6 * Double(words), let first, let last {
            return Hit(evidence: text.evidence(from: tokens[first].start, to: tokens[last].end))
        }
        // Runs of "!!" or "?!": found in the bytes, reported in code points.
        var reply = text.text
        let run: (start: Int, length: Int)? = reply.withUTF8 { utf8 in
            // A run starts just before a "!": jump from one "!" to the next with memchr.
            guard let base = utf8.baseAddress else { return nil }
            var from = 1
            while from < utf8.count {
                guard let hit = memchr(base + from, Int32(UInt8(ascii: "!")), utf8.count - from) else { return nil }
                let q = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
                from = q + 1
                let i = q - 1
                if utf8[i] == UInt8(ascii: "!") || utf8[i] == UInt8(ascii: "?") {
                    var end = i + 2
                    while end < utf8.count, utf8[end] == UInt8(ascii: "!") || utf8[end] == UInt8(ascii: "?") { end += 1 }
                    var start = i
                    if !text.isASCII {
                        start = 0
                        for k in 0..<i where utf8[k] & 0xC0 != 0x80 { start += 1 }
                    }
                    return (start, end - i)
                }
            }
            return nil
        }
        if let run { return Hit(evidence: text.evidence(from: run.start, to: run.start + run.length)) }
        // The Arabic question mark (؟) counts as "?": "؟!" shouts in Persian as "?!" does.
        // (Looked for in the bytes, D8 9F, before any scalar is decoded.)
        let hasArabicQuestion = reply.withUTF8 { utf8 in
            guard utf8.count >= 2, let base = utf8.baseAddress else { return false }
            var from = 0
            while from < utf8.count - 1 {
                guard let hit = memchr(base + from, 0xD8, utf8.count - 1 - from) else { return false }
                let i = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
                if utf8[i + 1] == 0x9F { return true }
                from = i + 1
            }
            return false
        }
        guard hasArabicQuestion else { return nil }
        let scalars = Array(text.text.unicodeScalars)
        func isQuestion(_ s: Unicode.Scalar) -> Bool { s == "?" || s == "\u{061F}" }
        for i in scalars.indices.dropLast() where (scalars[i] == "!" || isQuestion(scalars[i])) && scalars[i + 1] == "!" {
            var end = i + 2
            while end < scalars.count, scalars[end] == "!" || isQuestion(scalars[end]) { end += 1 }
            return Hit(evidence: text.evidence(from: i, to: end))
        }
        return nil
    }
}
