/// A named part of a dimension that people judge on its own (empathy's warmth,
/// listening, exploring and courtesy): a group of criteria with its own score 0–100.
/// The dimension's score is the weighted mean of the facets that apply to the reply.
public struct Facet: Hashable, Sendable {
    public var name: String
    /// Share of the dimension among the facets that apply.
    public var weight: Double
    /// Points of the facet's applicable rewards that already give 100 (one strong move of
    /// warmth, say); defaults to all of them.
    public var fullMarks: Double?
    public var location: SourceLocation?

    public init(name: String, weight: Double, fullMarks: Double? = nil, location: SourceLocation? = nil) {
        self.name = name
        self.weight = weight
        self.fullMarks = fullMarks
        self.location = location
    }
}
