/// Email and web addresses as values: "t.n******@outlook.com" (masked or not),
/// "help@roamly.app", "roamly.app/appeal". An address given with the wrong domain or
/// page ("t.n******@gmail.com", "roamly.com/appeals") is a wrong value of the expected
/// one; it is read from the text itself, since the tokenizer splits it at every dot.
extension ValueReader {
    /// Top-level domains a web address may end in (an email's domain may end in any).
    static let webDomains: Set<String> = ["com", "app", "org", "net", "io", "co", "uk", "eu", "lv", "ir", "info", "help", "support"]

    /// The addresses `scalars` holds, each with the tokens it covers, in order.
    func addresses(in tokens: [Token], scalars: [Unicode.Scalar]) -> [StatedValue] {
        guard scalars.contains(where: { $0 == "." }) else { return [] }
        var found: [StatedValue] = []
        var i = 0
        while i < scalars.count {
            guard Self.isHostScalar(scalars[i]) || Self.isLocalScalar(scalars[i]),
                  i == 0 || !(Self.isLocalScalar(scalars[i - 1]) || scalars[i - 1] == "@" || scalars[i - 1] == "/") else {
                i += 1
                continue
            }
            var end = i
            while end < scalars.count, Self.isLocalScalar(scalars[end]) { end += 1 }
            if end < scalars.count, scalars[end] == "@", let domainEnd = Self.host(from: end + 1, scalars), domainEnd > end + 1 {
                let local = String(String.UnicodeScalarView(scalars[i..<end])).lowercased()
                let domain = String(String.UnicodeScalarView(scalars[(end + 1)..<domainEnd])).lowercased()
                if !local.isEmpty, domain.contains("."), let value = made("email", local + "@" + domain, i, domainEnd, tokens, scalars) {
                    found.append(value)
                }
                i = domainEnd
                continue
            }
            if let hostEnd = Self.host(from: i, scalars), hostEnd > i {
                let host = String(String.UnicodeScalarView(scalars[i..<hostEnd])).lowercased()
                let labels = host.split(separator: ".")
                if labels.count >= 2, let last = labels.last, Self.webDomains.contains(String(last)),
                   labels.allSatisfy({ $0.contains { $0.isLetter } }) {
                    var pathEnd = hostEnd
                    while pathEnd < scalars.count, scalars[pathEnd] == "/" || Self.isHostScalar(scalars[pathEnd]) || scalars[pathEnd] == "_" { pathEnd += 1 }
                    while pathEnd > hostEnd, scalars[pathEnd - 1] == "." || scalars[pathEnd - 1] == "/" { pathEnd -= 1 }
                    var key = String(String.UnicodeScalarView(scalars[i..<pathEnd])).lowercased()
                    if key.hasPrefix("www.") { key.removeFirst(4) }
                    if let value = made("web", key, i, pathEnd, tokens, scalars) { found.append(value) }
                    i = pathEnd
                    continue
                }
            }
            i = max(end, i + 1)
        }
        return found
    }

    private func made(_ quantity: String, _ address: String, _ from: Int, _ to: Int, _ tokens: [Token],
                      _ scalars: [Unicode.Scalar]) -> StatedValue? {
        guard let first = tokens.firstIndex(where: { $0.end > from }), tokens[first].start < to else { return nil }
        var last = first
        while last + 1 < tokens.count, tokens[last + 1].start < to { last += 1 }
        var value = StatedValue(quantity: quantity, low: 0, high: 0, tokens: first..<(last + 1))
        value.address = address
        value.text = String(String.UnicodeScalarView(scalars[from..<to]))
        return value
    }

    /// Where a host name starting at `from` ends: letters, digits, hyphens and dots, not
    /// ending in a dot; nil when there is none.
    private static func host(from: Int, _ scalars: [Unicode.Scalar]) -> Int? {
        var end = from
        while end < scalars.count, isHostScalar(scalars[end]) || scalars[end] == "." { end += 1 }
        while end > from, scalars[end - 1] == "." { end -= 1 }
        return end > from ? end : nil
    }

    private static func isHostScalar(_ s: Unicode.Scalar) -> Bool {
        s.isASCII && (s.properties.isAlphabetic || ("0"..."9").contains(s) || s == "-")
    }

    /// What an email's local part may hold, masking stars included.
    private static func isLocalScalar(_ s: Unicode.Scalar) -> Bool {
        isHostScalar(s) || s == "." || s == "_" || s == "+" || s == "*" || s == "%"
    }
}

extension StatedValue {
    /// Whether two addresses are the same: an email's domain must be the same, and its
    /// name too where both show it — up to the first masking star of either
    /// ("t.n******@outlook.com" is "t.n***@outlook.com"); a web address's host and page.
    static func sameAddress(_ a: String, _ b: String, quantity: String) -> Bool {
        if quantity == "place" {
            // The stated place's name (its first) is one the expected place goes by.
            let name = a.split(separator: "|").first ?? ""
            return b.split(separator: "|").contains(name)
        }
        guard quantity == "email" else { return a == b }
        let x = a.split(separator: "@", maxSplits: 1), y = b.split(separator: "@", maxSplits: 1)
        guard x.count == 2, y.count == 2, x[1] == y[1] else { return false }
        let masked = x[0].contains("*") || y[0].contains("*")
        guard masked else { return x[0] == y[0] }
        let p = x[0].prefix { $0 != "*" }, q = y[0].prefix { $0 != "*" }
        return p.hasPrefix(q) || q.hasPrefix(p)
    }
}
