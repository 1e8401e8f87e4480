/// Negation scope: "I don't understand why you're upset" is not an acknowledgement.
public enum Negation {
    /// The negator that governs a match starting at `start`, if any: one of the
    /// `window` words before it in the same clause (a clause break or a clause-break
    /// word such as "but" ends the scope).
    /// A negator that begins one of `exceptions` ("no problem", "don't worry") negates
    /// nothing: "No problem I'll refund it today" is a promise.
    ///
    /// Further back in the clause, a negator counts when one of `reach` follows it (as
    /// the next word, or the one after an intensifier or a helping word): "I can't
    /// promise the outcome or that it will arrive before Friday" — the promise is
    /// negated, and with it everything promised in that clause.
    ///
    /// One of `objectOnly` ("without") negates only the phrase it introduces: the match
    /// must start right after it or after stopwords only ("without an apology"); a content
    /// word between them is its object, and what follows is outside ("three days without
    /// internet must be so frustrating").
    ///
    /// A clause that one of `complementizers` opens ("Nevaru apsolīt, ka nauda būs atpakaļ
    /// šodien": Latvian requires the comma before "ka") is still in reach of such a
    /// negator, and of no other: the comma is crossed once, and only a `reach` negator counts
    /// beyond it. Not when the complementizer is the first part of a contraction: in "I
    /// can't confirm the email - that's what stops someone else" "that's" ("that is") opens
    /// a clause of its own.
    ///
    /// One of `counterfactuals` ("wish") is not a negator, but followed by one of `reach` it
    /// says the speaker cannot: "I wish I could tell you the money will be there for Friday"
    /// promises nothing (as "I can't tell you …" would not).
    ///
    /// One of `polarity` ("anything", "anyone") within `window` words before the match carries
    /// a negator anywhere before it in the clause: "None of this was anything you or your
    /// bank did" blames no bank.
    ///
    /// One of `coordinators` followed by one of `subjects` ("and I") opens a clause of the
    /// speaker's own: beyond it only a `reach` negator counts, as past a complementizer.
    /// "That wasn't okay and I apologise" apologises; "I can't promise it arrives Friday and
    /// we refund the fee" still promises nothing.
    ///
    /// One of `subordinators` followed by one of `clauseSubjects` ("until you") opens a
    /// clause no negator before it reaches, not even a `reach` one: "I can't tell you that
    /// until you confirm your date of birth" asks for it.
    public static func negator(before start: Int, in tokens: [Token], window: Int = 4, exceptions: [[String]] = [],
                               reach: Set<String> = [], objectOnly: Set<String> = [],
                               complementizers: Set<String> = [], counterfactuals: Set<String> = [],
                               polarity: Set<String> = [], coordinators: [String] = [],
                               subjects: [String] = [], subordinators: [String] = [],
                               clauseSubjects: [String] = []) -> Token? {
        // (Short lists, compared word by word: a set's hashing on every word of the clause
        // scanned doubled the time of grading a reply.)
        var index = start
        var seen = 0
        var crossed = false
        var polar = false // a `polarity` word stands between the negator and the match
        while index > 0 {
            if !subordinators.isEmpty, subordinators.contains(tokens[index - 1].text), clauseSubjects.contains(tokens[index].text) {
                return nil
            }
            if !coordinators.isEmpty, coordinators.contains(tokens[index - 1].text), subjects.contains(tokens[index].text),
               !tokens[index].clauseBreakBefore {
                crossed = true
            }
            if tokens[index].clauseBreakBefore {
                guard !crossed, !reach.isEmpty, !tokens[index].sentenceBreakBefore,
                      complementizers.contains(tokens[index].text), !contracted(index, tokens) else { return nil }
                crossed = true
            }
            index -= 1
            let token = tokens[index]
            if token.isNegator, !begins(exceptions, at: index, in: tokens, before: start),
               (seen < window && !crossed) || (polar && !crossed) || reaches(from: index, before: start, in: tokens, reach),
               objectOnly.isEmpty || !objectOnly.contains(token.text) || governs(from: index, start, tokens) {
                return token
            }
            if !counterfactuals.isEmpty, counterfactuals.contains(token.text), reaches(from: index, before: start, in: tokens, reach) {
                return token
            }
            if !crossed, seen < window, !polarity.isEmpty, polarity.contains(token.text) { polar = true }
            if !token.isIntensifier { seen += 1 }
            if seen >= window && reach.isEmpty && !polar { return nil }
        }
        return nil
    }

    /// Token `index` and the next were written as one word ("that's": "that" "is").
    static func contracted(_ index: Int, _ tokens: [Token]) -> Bool {
        index + 1 < tokens.count && tokens[index + 1].start == tokens[index].start
    }

    /// A negated verb of `trailing` that follows a match ending at `end`: within `window`
    /// words (intensifiers not counted) and in the same clause. For languages whose verb
    /// ends the clause: Persian «امکان برگشت فوری پول وجود نداره» ("there is no way to get
    /// the money back at once") negates «برگشت فوری». A verb may be several tokens as the
    /// tokenizer reads it («نمی‌تونیم»: «نمی» «توانیم»); the first is returned.
    /// A verb inside one of `exceptions` negates nothing before it: «… امروز میرسه و لازم
    /// نیست نگران باشید» ("it comes today and there is no need to worry").
    public static func negator(after end: Int, in tokens: [Token], trailing: [[String]], exceptions: [[String]] = [],
                               window: Int = 3) -> Token? {
        guard !trailing.isEmpty else { return nil }
        var index = end, seen = 0
        while index < tokens.count, seen < window {
            let token = tokens[index]
            if token.clauseBreakBefore || token.breaksClause { return nil }
            if tokens.startsPhrase(trailing, at: index), exceptions.isEmpty || !begins(exceptions, at: index, in: tokens, before: tokens.count) {
                return token
            }
            if !token.isIntensifier { seen += 1 }
            index += 1
        }
        return nil
    }

    /// A refusal said after the claim it refuses, where a language fronts the claim:
    /// Latvian "Apsolīt, ka nauda būs atpakaļ šodien, es nevaru" ("that the money is back
    /// today I cannot promise"). The match must stand in a clause one of `complementizers`
    /// opens right after one of `reach` (within two words), and the next clause must open
    /// with a negator (within its first three words, in the same sentence); or, with no
    /// reach word before the complementizer, the next clause of at most five words must
    /// hold both ("ka nauda atnāks atpakaļ šodien, to es apsolīt nevaru").
    public static func frontedRefusal(start: Int, end: Int, in tokens: [Token], reach: Set<String>,
                                      complementizers: Set<String>) -> Token? {
        guard !reach.isEmpty, !complementizers.isEmpty, end <= tokens.count else { return nil }
        // Back to the complementizer that opens the match's clause.
        var k = start
        while k > 0, !complementizers.contains(tokens[k].text) {
            if tokens[k].clauseBreakBefore { return nil }
            k -= 1
        }
        guard complementizers.contains(tokens[k].text) else { return nil }
        let reachBefore = k > 0 && !tokens[k].sentenceBreakBefore
            && (max(0, k - 2)..<k).contains(where: { reach.contains(tokens[$0].text) })
        // On to the next clause, which a negator must open.
        var next = end
        while next < tokens.count, !tokens[next].clauseBreakBefore { next += 1 }
        guard next < tokens.count, !tokens[next].sentenceBreakBefore else { return nil }
        // The refusal is that short clause alone ("es nevaru", "I can't"): "I can confirm that
        // it is a known issue; it is not caused by anything you did" refuses nothing.
        var clauseEnd = next + 1
        while clauseEnd < tokens.count, !tokens[clauseEnd].clauseBreakBefore { clauseEnd += 1 }
        if reachBefore {
            guard clauseEnd - next <= 3 else { return nil }
            return tokens[next..<clauseEnd].first { $0.isNegator }
        }
        // Or the reach word in the refusing clause itself: "ka nauda atnāks atpakaļ šodien, to
        // es apsolīt nevaru" (that the money comes back today, that I cannot promise).
        guard clauseEnd - next <= 5, tokens[next..<clauseEnd].contains(where: { reach.contains($0.text) }) else { return nil }
        return tokens[next..<clauseEnd].first { $0.isNegator }
    }

    /// One of `retractions` (token texts) said within `window` tokens after a match ending
    /// at `end`: "you could try reinstalling it - actually, no, sorry, scratch that" takes
    /// the suggestion back. Its first token is returned.
    public static func retraction(after end: Int, in tokens: [Token], retractions: [[String]], window: Int = 8) -> Token? {
        guard !retractions.isEmpty, end < tokens.count else { return nil }
        return (end..<min(tokens.count, end + window)).first { tokens.startsPhrase(retractions, at: $0) }.map { tokens[$0] }
    }

    /// One of `denials` (token texts) said right after a match ending at `end`, in its
    /// clause (an intensifier may stand between): "a free month isn't something I'm able to
    /// give" denies the free month. The denial's first negator is returned.
    public static func denial(after end: Int, in tokens: [Token], denials: [[String]]) -> Token? {
        guard !denials.isEmpty, end < tokens.count, !tokens[end].clauseBreakBefore else { return nil }
        // The denial may start after an intensifier ("really will not help") or at it, when a
        // pack's intensifier also opens one of its denials.
        var starts = [end]
        if tokens[end].isIntensifier, end + 1 < tokens.count, !tokens[end + 1].clauseBreakBefore { starts.append(end + 1) }
        for from in starts {
            for phrase in denials where from + phrase.count <= tokens.count {
                guard phrase.indices.allSatisfy({ tokens[from + $0].text == phrase[$0] && ($0 == 0 || !tokens[from + $0].clauseBreakBefore) }) else { continue }
                return tokens[from..<(from + phrase.count)].first { $0.isNegator } ?? tokens[from]
            }
        }
        return nil
    }

    /// One of `conditionals` ("once", "if", "when") within `window` words before a match
    /// starting at `start`, in its clause: what follows it is a condition, not a deed. Not
    /// when one of `requests` follows it ("you": "if you could send me your order number"
    /// is a request; so is one of `requestPhrases`: "as soon as I have your merchant ID")
    /// — unless one of `consents` and then one of `askers` stand between it
    /// and the match, within `window` more words: "once you confirm I'll book the Express"
    /// waits for the customer's go-ahead. A condition not addressed to the customer may be
    /// longer when the clause the match is in opens with one of `askers` and one of
    /// `futures` within `window` words of the match, however long the condition ("If
    /// anything like that is said again I'll need to end the chat": no comma, but "I will"
    /// begins the main clause).
    public static func condition(before start: Int, in tokens: [Token], conditionals: Set<String>,
                                 phrases: [[String]] = [], requests: Set<String> = [], requestPhrases: [[String]] = [],
                                 consents: Set<String> = [], askers: Set<String> = [], futures: Set<String> = [],
                                 window: Int = 4, length: Int = 12) -> Token? {
        guard !conditionals.isEmpty || !phrases.isEmpty, start < tokens.count else { return nil }
        var index = start, seen = 0
        var consent = false, asker = false // read backwards: the asker nearer the match
        var mainClause = false // "I will …" seen within `window` words before the match
        let reach = consents.isEmpty || askers.isEmpty ? window : 2 * window
        let farthest = futures.isEmpty ? reach : max(reach, window + length)
        while index > 0, seen < farthest, !tokens[index].clauseBreakBefore {
            index -= 1
            let text = tokens[index].text
            if let opener = conditionalStart(endingAt: index, in: tokens, conditionals, phrases) {
                let addressed = index + 1 < tokens.count
                    && (requests.contains(tokens[index + 1].text) || tokens.startsPhrase(requestPhrases, at: index + 1))
                if !addressed { return seen < window || mainClause ? tokens[opener] : nil }
                return consent && asker && seen < reach ? tokens[opener] : nil
            }
            if consents.contains(text) { consent = true }
            if !consent, askers.contains(text) { asker = true }
            if seen <= window, askers.contains(text), index + 1 < start, futures.contains(tokens[index + 1].text) { mainClause = true }
            if !tokens[index].isIntensifier { seen += 1 }
        }
        return nil
    }

    /// Where the conditional ending at token `index` starts: the token itself when it is one
    /// of `conditionals`, or the first of one of `phrases` ("as soon as") ending there.
    static func conditionalStart(endingAt index: Int, in tokens: [Token], _ conditionals: Set<String>,
                                 _ phrases: [[String]]) -> Int? {
        if conditionals.contains(tokens[index].text) { return index }
        for phrase in phrases where index + 1 >= phrase.count {
            let first = index + 1 - phrase.count
            if tokens.startsPhrase([phrase], at: first, before: index + 1),
               !tokens[(first + 1)..<(index + 1)].contains(where: \.clauseBreakBefore) { return first }
        }
        return nil
    }

    /// A short clause of its own opened by one of `conditionals` right before the clause
    /// holding a match that starts within `window` words of that clause's start: "If not,
    /// I'll cancel it straight away", "If that doesn't fix it, I'll book an engineer". Not
    /// when one of `requests` follows the conditional ("If you send me the statement, I'll
    /// cover the fee" asks and commits) unless the clause holds one of `consents` ("Once you
    /// confirm, I'll book it": the go-ahead awaited), nor when one opens the match's clause
    /// ("If that doesn't do it, send me your app version" asks), nor when the clause is
    /// longer than `length` words (twice that with a go-ahead in it).
    public static func conditionClause(before start: Int, in tokens: [Token], conditionals: Set<String>,
                                       phrases: [[String]] = [], requests: Set<String> = [], requestPhrases: [[String]] = [],
                                       consents: Set<String> = [], window: Int = 4, length: Int = 6) -> Token? {
        guard !conditionals.isEmpty || !phrases.isEmpty, start < tokens.count else { return nil }
        let clause = clauseStart(of: start, in: tokens)
        guard clause > 0, !tokens[clause].sentenceBreakBefore, !requests.contains(tokens[clause].text) else { return nil }
        let first = clauseStart(of: clause - 1, in: tokens)
        let opened = conditionals.contains(tokens[first].text) ? 1
            : phrases.first { tokens.startsPhrase([$0], at: first, before: clause) }?.count
        guard let opened else { return nil }
        let addressed = first + opened < clause
            && (requests.contains(tokens[first + opened].text) || tokens.startsPhrase(requestPhrases, at: first + opened, before: clause))
        let consent = tokens[first..<clause].contains { consents.contains($0.text) }
        // The customer's go-ahead governs the whole clause after it ("If you are happy for me
        // to do so, I can refund the duplicate payment back to your card"); any other
        // condition only what follows it closely.
        guard consent || start - clause <= window else { return nil }
        // A go-ahead may take more words ("If you could just reply to confirm that's all correct, …").
        guard clause - first <= (consent ? 2 * length : length), !addressed || consent else { return nil }
        return tokens[first]
    }

    /// One of `openers` ("shall I", "would you like me to") starting before a match and
    /// ending within `window` words of it, in its clause: "Shall I refund the second
    /// payment?" proposes the refund. The opener may end inside the match ("shall I send a
    /// reset link" where the pattern starts at "I"). Returns the opener's first token.
    public static func offer(before start: Int, in tokens: [Token], openers: [[String]], window: Int = 4) -> Token? {
        guard !openers.isEmpty, start < tokens.count else { return nil }
        let longest = openers.map(\.count).max() ?? 0
        var first = start - 1
        while first >= 0, first >= start - window - longest, !tokens[first + 1].clauseBreakBefore {
            for opener in openers where first + opener.count >= start - window
                && tokens.startsPhrase([opener], at: first, before: first + opener.count) {
                return tokens[first]
            }
            first -= 1
        }
        return nil
    }

    /// Whether the object negator at `index` reaches the match at `start`: only stopwords,
    /// intensifiers and negators stand between them (a bound tokenizer marks stopwords).
    static func governs(from index: Int, _ start: Int, _ tokens: [Token]) -> Bool {
        (index + 1..<start).allSatisfy { tokens[$0].isStopword || tokens[$0].isIntensifier || tokens[$0].isNegator }
    }

    /// One of `reach` stands within two words after the negator at `index` (and before
    /// the match at `limit`): "can't promise", "not really sure", "cannot be sure", "not
    /// going to tell you", "won't be able to confirm" — intensifiers and words of one or
    /// two letters ("to", read as a range dash, "be") are not counted, up to five tokens on.
    static func reaches(from index: Int, before limit: Int, in tokens: [Token], _ reach: Set<String>) -> Bool {
        guard !reach.isEmpty else { return false }
        var next = index + 1, words = 0
        while next < limit, words < 2, next <= index + 5 {
            if tokens[next].clauseBreakBefore { return false }
            if reach.contains(tokens[next].text) { return true }
            if !tokens[next].isIntensifier && tokens[next].text.unicodeScalars.count > 2 { words += 1 }
            next += 1
        }
        return false
    }

    /// A negator among the tokens of a match (`range`), if any, unless it begins one of
    /// `exceptions` or is one of `named`, the negators the pattern names itself ("no" of
    /// "in no time"): any other was let in by a gap or a wildcard, and it negates what the
    /// match says ("refunds aren't instant").
    /// (`named` is asked for only when the match holds a negator: most hold none.)
    public static func negator(inside range: Range<Int>, in tokens: [Token], exceptions: [[String]] = [],
                               named: @autoclosure () -> Set<String> = []) -> Token? {
        var own: Set<String>?
        for index in range where tokens[index].isNegator {
            if own == nil { own = named() }
            if own!.contains(tokens[index].text) { continue }
            if !begins(exceptions, at: index, in: tokens, before: tokens.count) { return tokens[index] }
        }
        return nil
    }

    /// Whether one of `phrases` (token texts) covers the token at `index` ("don't worry" is
    /// "do not worry": the negator is its second word), ending before `limit`.
    static func begins(_ phrases: [[String]], at index: Int, in tokens: [Token], before limit: Int) -> Bool {
        phrases.contains { phrase in
            phrase.indices.contains { offset in
                let first = index - offset
                return first >= 0 && first + phrase.count <= limit
                    && phrase.indices.allSatisfy { tokens[first + $0].text == phrase[$0] }
            }
        }
    }
}
