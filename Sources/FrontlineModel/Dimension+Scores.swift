/// A value with one optional score per dimension, read and written by dimension: the
/// grader's per-reply scores and the store's averages.
public protocol ScoresByDimension {
    var empathy: Double? { get set }
    var accuracy: Double? { get set }
    var responseTime: Double? { get set }
}

extension ScoresByDimension {
    public subscript(dimension: Dimension) -> Double? {
        get {
            switch dimension {
            case .empathy: empathy
            case .accuracy: accuracy
            case .responseTime: responseTime
            }
        }
        set {
            switch dimension {
            case .empathy: empathy = newValue
            case .accuracy: accuracy = newValue
            case .responseTime: responseTime = newValue
            }
        }
    }
}
