import FrontlineModel
import FrontlineText

/// The reply's words that repeat the customer's message, worked out at most once per
/// reply: `relates_customer` works them out (when a phrase of its own leaves it anything
/// to relate) and `reflects_customer` reuses them, instead of scanning the message again.
final class ReplyMemo {
    /// The reply's content words the customer's message holds (one scan of the message).
    var repeated: RepeatedWords?
}

/// Every content word of the reply whose stem the customer's message holds, in order.
struct RepeatedWords {
    struct Word: Equatable {
        /// The word's token index.
        var token: Int
        /// Which of the reply's distinct stems it is.
        var stem: Int
    }

    var words: [Word] = []

    /// The first token of each distinct stem, ascending.
    var firsts: [Int] {
        var firsts: [Int] = []
        firsts.reserveCapacity(words.count)
        var seen: UInt64 = 0 // stems below 64 (all of them, on the quick path)
        var others = Set<Int>()
        for word in words {
            if word.stem < 64 {
                guard seen & (1 << UInt64(word.stem)) == 0 else { continue }
                seen |= 1 << UInt64(word.stem)
            } else if !others.insert(word.stem).inserted {
                continue
            }
            firsts.append(word.token)
        }
        return firsts
    }
}

extension Grader {
    /// The reply's content words that repeat `message` (see `RepeatedWords`), from the memo
    /// when another criterion has already asked. The customer's name does not count (it
    /// signs the message). The message is asked only about the reply's stems
    /// (`Tokenizer.sharedStems`), gathered in stack buffers; a reply with stems in other
    /// scripts, or more than 64, has the message's stems collected instead.
    func repeatedWords(_ message: String, text: ReplyText, customerName: String?) -> RepeatedWords {
        if let repeated = text.memo.repeated { return repeated }
        let nameForms = nameForms(of: customerName)
        let tokens = text.tokens
        let quick = withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 64) { keys -> RepeatedWords? in
            withUnsafeTemporaryAllocation(of: RepeatedWords.Word.self, capacity: max(1, tokens.count)) { words -> RepeatedWords? in
                var wordCount = 0
                guard let keyCount = Self.contentStems(of: tokens, nameForms: nameForms, into: keys, each: { token, stem, _ in
                    words[wordCount] = RepeatedWords.Word(token: token, stem: stem)
                    wordCount += 1
                }) else { return nil }
                var repeated = RepeatedWords()
                guard keyCount > 0 else { return repeated }
                let found = tokenizer.sharedStems(of: message, keys: UnsafeBufferPointer(rebasing: keys[..<keyCount]))
                guard found != 0 else { return repeated }
                repeated.words.reserveCapacity(wordCount)
                for w in 0..<wordCount where found & (1 << UInt64(words[w].stem)) != 0 { repeated.words.append(words[w]) }
                return repeated
            }
        }
        let repeated = quick ?? repeatedReadingAll(message, text: text, nameForms: nameForms)
        text.memo.repeated = repeated
        return repeated
    }

    /// The reply's content words (not the customer's name) by ASCII stem (`WordStems.key`):
    /// each distinct stem's key is written to `keys` (at most 64), and `each` is told every
    /// word's token, its stem's index and whether the stem is new. Returns the number of
    /// distinct stems, or nil when a stem is in another script or there are more than 64
    /// (the caller then reads the message's stems instead).
    @inline(__always)
    static func contentStems(of tokens: [Token], nameForms: Set<String>, into keys: UnsafeMutableBufferPointer<UInt64>,
                             each: (_ token: Int, _ stem: Int, _ isNew: Bool) -> Void) -> Int? {
        var count = 0
        let complete = tokens.withUnsafeBufferPointer { tokens -> Bool in
            for i in tokens.indices where tokens[i].isContentWord { // set by the bound tokenizer
                if !nameForms.isEmpty && nameForms.contains(tokens[i].text) { continue }
                guard let key = WordStems.key((tokens.baseAddress! + i).pointee.text) else { return false }
                var k = 0
                while k < count && keys[k] != key { k += 1 }
                let isNew = k == count
                if isNew {
                    guard count < min(64, keys.count) else { return false }
                    keys[k] = key
                    count += 1
                }
                each(i, k, isNew)
            }
            return true
        }
        return complete ? count : nil
    }

    /// `repeatedWords` collecting every stem of the message: for a reply with stems in
    /// other scripts (or more than `sharedStems` takes).
    func repeatedReadingAll(_ message: String, text: ReplyText, nameForms: Set<String>) -> RepeatedWords {
        let customerStems = tokenizer.contentStems(of: message)
        var repeated = RepeatedWords()
        guard !customerStems.isEmpty else { return repeated }
        var ids: [String: Int] = [:]
        text.tokens.withUnsafeBufferPointer { tokens in
            for i in tokens.indices where tokens[i].isContentWord {
                if !nameForms.isEmpty && nameForms.contains(tokens[i].text) { continue }
                let word = tokens[i].text
                guard customerStems.contains(WordStems.Stem(word)) else { continue }
                // One id per stem, as `WordStems` tells stems apart: by key, else by the first five characters.
                let id = WordStems.key(word).map { "#\($0)" } ?? String(word.prefix(5))
                let stem = ids[id] ?? ids.count
                ids[id] = stem
                repeated.words.append(RepeatedWords.Word(token: i, stem: stem))
            }
        }
        return repeated
    }

    /// `nameForms` of a customer's name, none without one.
    func nameForms(of customerName: String?) -> Set<String> {
        guard let customerName, !customerName.isEmpty else { return [] }
        return nameForms(customerName)
    }
}
