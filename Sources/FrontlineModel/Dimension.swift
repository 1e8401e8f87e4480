/// The three things every reply is scored on.
public enum Dimension: String, CaseIterable, Sendable, Codable, Hashable, Comparable {
    case empathy
    case accuracy
    case responseTime = "response_time"

    public var title: String {
        switch self {
        case .empathy: "Empathy"
        case .accuracy: "Accuracy"
        case .responseTime: "Response time"
        }
    }

    public static func < (lhs: Dimension, rhs: Dimension) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// How the customer reaches the trainee; each channel has its own response-time target.
public enum Channel: String, CaseIterable, Sendable, Codable, Hashable {
    case chat, phone, email
}

public enum Difficulty: String, CaseIterable, Sendable, Codable, Hashable, Comparable {
    case beginner, intermediate, advanced

    public static func < (lhs: Difficulty, rhs: Difficulty) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
