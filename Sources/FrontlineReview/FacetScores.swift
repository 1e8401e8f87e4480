import Foundation

/// A turn's facet scores as the store keeps them: one JSON object per turn
/// (`{"courtesy":100,"warmth":84}`), facet names sorted, in the `facets` column of
/// `turns` and `regraded_turns` (migrations v8-turn-facets, PostgreSQL v9-turn-facets).
/// Null for a turn graded before facets, or by a rubric without them.
public enum FacetScores {
    /// The empathy facets, in the order people name them (reports show them so).
    public static let names = ["warmth", "listening", "exploring", "courtesy"]

    /// A mean rounded as scores are (one decimal).
    public static func rounded(_ value: Double) -> Double { (value * 10).rounded() / 10 }

    public static func storable(_ facets: [String: Double]?) -> String? {
        guard let facets, !facets.isEmpty else { return nil }
        let parts = facets.sorted { $0.key < $1.key }.map { key, value in
            "\"\(key.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\""))\":\(value.isFinite ? String(value) : "null")"
        }
        return "{" + parts.joined(separator: ",") + "}"
    }

    /// The facets a stored text holds; nil for no text, or text that is not such an object.
    public static func parse(_ text: String?) -> [String: Double]? {
        guard let text, let data = text.data(using: .utf8),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return nil }
        var facets: [String: Double] = [:]
        for (key, value) in object {
            if let number = value as? NSNumber { facets[key] = number.doubleValue }
        }
        return facets.isEmpty ? nil : facets
    }
}

extension ReviewSummary {
    /// Each trainee's facet means (`ProgressStore.facetAverages`), set on their summary.
    public mutating func addFacets(_ averages: [String: [String: Double]]) {
        for i in trainees.indices { trainees[i].facets = averages[trainees[i].trainee] }
    }
}
