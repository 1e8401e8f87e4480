import FrontlineModel

/// What the report charts: the three graded dimensions and the overall score, each with
/// one colour used everywhere on the page (Okabe–Ito, readable with colour-blindness).
public enum ReportMetric: String, CaseIterable, Sendable, Hashable {
    case empathy
    case accuracy
    case responseTime = "response_time"
    case overall

    public var title: String {
        switch self {
        case .empathy: "Empathy"
        case .accuracy: "Accuracy"
        case .responseTime: "Response time"
        case .overall: "Overall"
        }
    }

    /// The dimension this metric charts; nil for the overall score.
    public var dimension: FrontlineModel.Dimension? {
        switch self {
        case .empathy: .empathy
        case .accuracy: .accuracy
        case .responseTime: .responseTime
        case .overall: nil
        }
    }

    public init(_ dimension: FrontlineModel.Dimension) {
        switch dimension {
        case .empathy: self = .empathy
        case .accuracy: self = .accuracy
        case .responseTime: self = .responseTime
        }
    }

    /// Stroke and fill colour on a white background.
    public var colour: String {
        switch self {
        case .empathy: "#D55E00"
        case .accuracy: "#0072B2"
        case .responseTime: "#009E73"
        case .overall: "#1F2937"
        }
    }

    /// The CSS class suffix, safe in class names and ids.
    public var slug: String {
        switch self {
        case .empathy: "empathy"
        case .accuracy: "accuracy"
        case .responseTime: "response-time"
        case .overall: "overall"
        }
    }
}
