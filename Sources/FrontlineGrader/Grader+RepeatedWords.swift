import FrontlineModel
import FrontlineText

/// The reply's words that repeat the customer's message, worked out at most once per
/// reply for every criterion that reads them (`reflects_customer`, `relates_customer`):
/// each reading the customer's message for itself cost a scan of the message apiece.
final class ReplyMemo {
    /// The reply's content words as candidate stems (stage one: the reply alone).
    var candidates: RepeatedWords.Candidates?
    /// The candidates the customer's message holds (stage two: one scan of the message).
    var repeated: RepeatedWords?
}

struct RepeatedWords {
    /// Token indices, ascending, of every content word whose stem the message holds.
    var tokens: [Int] = []
    /// For each of `tokens`, which of the reply's distinct stems it is.
    var stems: [Int] = []

    var isEmpty: Bool { tokens.isEmpty }

    /// The first token of each distinct stem, ascending.
    var firsts: [Int] {
        var seen = Set<Int>(), firsts: [Int] = []
        for (token, stem) in zip(tokens, stems) where seen.insert(stem).inserted { firsts.append(token) }
        return firsts
    }

    /// The reply's content words (not the customer's name) by stem: `keys` are the
    /// distinct ASCII stems (`WordStems.key`), `tokens` each word with its key's index.
    /// `ascii` false: some stem is in another script, or there are more than 64.
    struct Candidates {
        var keys: [UInt64] = []
        var tokens: [(token: Int, key: Int)] = []
        var ascii = true
        var anyNumber = false
    }
}

extension Grader {
    /// The reply's content words that repeat `message` (see `RepeatedWords`), from the memo
    /// when another criterion has already asked.
    func repeatedWords(_ message: String, text: ReplyText, customerName: String?) -> RepeatedWords {
        if let repeated = text.memo.repeated { return repeated }
        let candidates = repeatCandidates(text, customerName: customerName)
        let repeated: RepeatedWords
        if candidates.ascii {
            repeated = Self.held(candidates, found: candidates.keys.isEmpty ? 0
                : candidates.keys.withUnsafeBufferPointer { tokenizer.sharedStems(of: message, keys: $0) })
        } else {
            repeated = repeatedReadingAll(message, text: text, nameForms: nameForms(of: customerName))
        }
        text.memo.repeated = repeated
        return repeated
    }

    /// The reply's content words as stems, from the memo when already worked out.
    func repeatCandidates(_ text: ReplyText, customerName: String?) -> RepeatedWords.Candidates {
        if let candidates = text.memo.candidates { return candidates }
        let nameForms = nameForms(of: customerName)
        var candidates = RepeatedWords.Candidates()
        candidates.keys.reserveCapacity(32)
        candidates.tokens.reserveCapacity(text.tokens.count)
        text.tokens.withUnsafeBufferPointer { tokens in
            for i in tokens.indices where tokens[i].isContentWord { // set by the bound tokenizer
                if !nameForms.isEmpty && nameForms.contains(tokens[i].text) { continue }
                guard let key = WordStems.key((tokens.baseAddress! + i).pointee.text) else { candidates.ascii = false; return }
                var k = candidates.keys.firstIndex(of: key) ?? -1
                if k < 0 {
                    guard candidates.keys.count < 64 else { candidates.ascii = false; return }
                    k = candidates.keys.count
                    candidates.keys.append(key)
                }
                candidates.tokens.append((i, k))
                candidates.anyNumber = candidates.anyNumber || tokens[i].isNumber
            }
        }
        text.memo.candidates = candidates
        return candidates
    }

    /// The candidates whose key's bit is set in `found`.
    private static func held(_ candidates: RepeatedWords.Candidates, found: UInt64) -> RepeatedWords {
        var repeated = RepeatedWords()
        guard found != 0 else { return repeated }
        for (token, key) in candidates.tokens where found & (1 << UInt64(key)) != 0 {
            repeated.tokens.append(token)
            repeated.stems.append(key)
        }
        return repeated
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
                repeated.tokens.append(i)
                repeated.stems.append(stem)
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
