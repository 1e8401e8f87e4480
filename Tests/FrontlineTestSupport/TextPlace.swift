import Foundation

/// Where a piece of text is, as diagnostics say it: for tests that check a diagnostic
/// points at the right spot of a fixture written inline.
public enum TextPlace {
    /// "line:column" of the `occurrence`th `needle` in `text` (1-based, as diagnostics are);
    /// `offset` moves the column on: `of("- id: x", in: text, offset: 2)` is where `id` starts.
    public static func of(_ needle: String, in text: String, occurrence: Int = 1, offset: Int = 0) -> String {
        var seen = 0
        for (index, line) in text.components(separatedBy: "\n").enumerated() {
            var searchRange = line.startIndex..<line.endIndex
            while let range = line.range(of: needle, range: searchRange) {
                seen += 1
                if seen == occurrence { return "\(index + 1):\(line.distance(from: line.startIndex, to: range.lowerBound) + 1 + offset)" }
                searchRange = range.upperBound..<line.endIndex
            }
        }
        return "no \(needle)"
    }
}
