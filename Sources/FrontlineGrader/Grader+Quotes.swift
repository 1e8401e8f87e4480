import FrontlineModel
import FrontlineText

/// The customer's own words quoted back ("You asked \"Can you release them today?\" - I'm
/// sorry, I can't"): a claim inside them is the customer's, not the agent's.
extension Grader {
    /// Token ranges of the reply inside double quotation marks (", “ ”, „ “, « ») whose words,
    /// three or more, are at least four in five words of the customer's message. A word or
    /// two in quotes is a name thrown back ("\"Genius\" - thanks, I'll take the
    /// compliment"), not their words reported.
    func customerQuotes(_ text: ReplyText, customerMessage: String) -> [Range<Int>] {
        guard !customerMessage.isEmpty, !text.tokens.isEmpty else { return [] }
        let spans = Self.quotedSpans(text.text)
        guard !spans.isEmpty else { return [] }
        let customer = Set(tokenizer.tokenize(customerMessage).map(\.text))
        var quotes: [Range<Int>] = []
        for span in spans {
            guard let first = text.tokens.firstIndex(where: { $0.start >= span.lowerBound }),
                  text.tokens[first].end <= span.upperBound else { continue }
            var end = first
            while end < text.tokens.count, text.tokens[end].end <= span.upperBound { end += 1 }
            guard end - first >= 3 else { continue }
            let shared = text.tokens[first..<end].filter { customer.contains($0.text) }.count
            if shared * 5 >= (end - first) * 4 { quotes.append(first..<end) }
        }
        return quotes
    }

    /// Code point ranges between an opening double quotation mark and its closing one.
    static func quotedSpans(_ text: String) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var open: (at: Int, mark: Unicode.Scalar)?
        for (i, scalar) in text.unicodeScalars.enumerated() {
            switch scalar {
            case "\"":
                if let opened = open, opened.mark == "\"" {
                    spans.append((opened.at + 1)..<i)
                    open = nil
                } else if open == nil {
                    open = (i, scalar)
                }
            case "“":
                if let opened = open, opened.mark == "„" { // Latvian, German: „…“
                    spans.append((opened.at + 1)..<i)
                    open = nil
                } else if open == nil {
                    open = (i, scalar)
                }
            case "„", "«":
                if open == nil { open = (i, scalar) }
            case "”", "»":
                if let opened = open, opened.mark != "\"" {
                    spans.append((opened.at + 1)..<i)
                    open = nil
                }
            default:
                continue
            }
        }
        return spans
    }
}
