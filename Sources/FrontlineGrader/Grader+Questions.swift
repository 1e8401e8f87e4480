#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FrontlineModel

extension Grader {
    /// The questions a reply asks: each sentence of two words or more that ends with a
    /// question mark (`?` or Arabic-script `؟`), quoted from its first word to the mark.
    /// A mark in a run with `!` ("What?!") is an exclamation, not a question.
    func questionHits(_ text: ReplyText) -> [Hit] {
        var reply = text.text
        let isASCII = text.isASCII
        return reply.withUTF8 { utf8 -> [Hit] in
            guard let base = utf8.baseAddress else { return [] }
            var hits: [Hit] = []
            // Code points before byte `counted` (evidence counts code points): advanced as
            // marks are found, only for a reply that is not plain ASCII.
            var counted = 0, scalars = 0
            func scalarOffset(_ byte: Int) -> Int {
                if isASCII { return byte }
                while counted < byte {
                    if utf8[counted] & 0xC0 != 0x80 { scalars += 1 }
                    counted += 1
                }
                return scalars
            }
            var from = 0
            while from < utf8.count {
                // The next `?` (found with memchr in ASCII) or `؟` (U+061F: D8 9F).
                var mark = -1, width = 1
                if isASCII {
                    guard let hit = memchr(base + from, 0x3F, utf8.count - from) else { break }
                    mark = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
                } else {
                    var i = from
                    while i < utf8.count {
                        if utf8[i] == 0x3F { mark = i; break }
                        if utf8[i] == 0xD8, i + 1 < utf8.count, utf8[i + 1] == 0x9F { mark = i; width = 2; break }
                        i += 1
                    }
                    if mark < 0 { break }
                }
                from = mark + width
                // `?!`, `??`, `؟؟`: an exclamation, not a question.
                let before = mark > 0 ? utf8[mark - 1] : 0, after = mark + width < utf8.count ? utf8[mark + width] : 0
                if before == 0x21 || after == 0x21 || before == 0x3F || after == 0x3F
                    || (before == 0x9F && mark >= 2 && utf8[mark - 2] == 0xD8)
                    || (after == 0xD8 && mark + width + 1 < utf8.count && utf8[mark + width + 1] == 0x9F) { continue }
                // Back to the end of the sentence before: `.`, `!`, `?`, a new line, `؟`, `۔` (DB 94).
                var start = mark
                while start > 0 {
                    let b = utf8[start - 1]
                    if b == 0x2E || b == 0x21 || b == 0x3F || b == 0x0A { break }
                    if start >= 2, (b == 0x9F && utf8[start - 2] == 0xD8) || (b == 0x94 && utf8[start - 2] == 0xDB) { break }
                    start -= 1
                }
                let first = scalarOffset(start), end = scalarOffset(mark)
                if words(in: text, from: first, to: end) >= 2 {
                    hits.append(Hit(evidence: text.evidence(from: firstWord(in: text, from: first), to: end + 1)))
                }
            }
            return hits
        }
    }

    /// How many of the reply's tokens lie within `start..<end` (code points).
    private func words(in text: ReplyText, from start: Int, to end: Int) -> Int {
        text.tokens.withUnsafeBufferPointer { tokens in
            var count = 0
            for i in tokens.indices where tokens[i].start >= start && tokens[i].end <= end { count += 1 }
            return count
        }
    }

    /// Where the first token at or after `start` begins.
    private func firstWord(in text: ReplyText, from start: Int) -> Int {
        text.tokens.withUnsafeBufferPointer { tokens in
            for i in tokens.indices where tokens[i].start >= start { return tokens[i].start }
            return start
        }
    }
}
