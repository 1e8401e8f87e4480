extension String {
    /// The candidate closest to this string by edit distance, if it is close enough to be
    /// what was meant: "confirm_refnd" → "confirm_refund".
    public func closest<S: Sequence>(in candidates: S) -> String? where S.Element == String {
        let lowered = lowercased()
        var best: (String, Int)?
        for candidate in candidates {
            let distance = lowered.editDistance(to: candidate.lowercased())
            if best == nil || distance < best!.1 { best = (candidate, distance) }
        }
        guard let (candidate, distance) = best else { return nil }
        let limit = max(2, min(count, candidate.count) / 3)
        return distance <= limit ? candidate : nil
    }

    /// "; did you mean 'x'?" or "" — ready to append to a message.
    public func didYouMean<S: Sequence>(_ candidates: S) -> String where S.Element == String {
        closest(in: candidates).map { "; did you mean '\($0)'?" } ?? ""
    }

    /// Levenshtein distance over characters.
    public func editDistance(to other: String) -> Int {
        let a = Array(self), b = Array(other)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
