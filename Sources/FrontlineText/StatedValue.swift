import FrontlineModel

/// A value a text states, read into a type: "5 to 7 working days" is time from 5 to 7
/// days, "within a week" is time of at most 7 days, "£650" is money (GBP) of 650.
/// Amounts are in the quantity's base unit (seconds for time).
public struct StatedValue: Hashable, Sendable, CustomStringConvertible {
    /// "time", "length", "data", "percent", or "money:GBP" (money compares by currency).
    public var quantity: String
    public var low: Double
    public var high: Double
    public var bound: ValueWords.Bound?
    /// The tokens it was read from (for evidence).
    public var tokens: Range<Int>
    /// How it was written, for messages ("2-3 business days").
    public var text = ""
    /// An email or web address, lowercased ("t.n******@outlook.com", "roamly.app/appeal"):
    /// such a value is its text, not a number (`low` and `high` are 0).
    public var address: String?

    public init(quantity: String, low: Double, high: Double, bound: ValueWords.Bound? = nil, tokens: Range<Int>) {
        self.quantity = quantity
        self.low = min(low, high)
        self.high = max(low, high)
        self.bound = bound
        self.tokens = tokens
    }

    public var description: String { text.isEmpty ? "\(quantity) \(low)–\(high)" : text }

    /// Said with "about" ("about a week", "roughly £5") and agreeing with `expected` only by
    /// the tenth of slack "about" is allowed, or as one value for an expected range: vaguer
    /// than the fact, as coaches mark it. "About 5-7 business days" is the range itself; a
    /// `tolerance` the author gave accepts nearby values, said with "about" or not.
    public func isApproximation(of expected: StatedValue, tolerance: Double = 0) -> Bool {
        guard bound == .about, address == nil, tolerance == 0 else { return false }
        let inside = low >= expected.low - 1e-9 && high <= expected.high + 1e-9
        let exact = abs(low - expected.low) < 1e-9 && abs(high - expected.high) < 1e-9
        return !(exact || (inside && low < high))
    }

    /// The quantity of an amount said as prices are spoken, with no currency ("three
    /// ninety-five"): money only beside a money fact (see `ValueReader.spokenAmount`).
    public static let spokenAmount = "spoken-amount"

    /// Whether this stated value agrees with `expected`, allowing `tolerance` (a share)
    /// either way. A range or amount must lie inside the expected range; "within X" must
    /// promise no less time than the policy's longest and not much more ("within a week"
    /// for 5-7 days is right, "within 24 hours" is not, nor "within 10 working days": a
    /// bound over 1.3 times the longest is another promise); "about X" is allowed a tenth more.
    public func agrees(with expected: StatedValue, tolerance: Double) -> Bool {
        guard quantity == expected.quantity else { return false }
        if let address, let other = expected.address { return Self.sameAddress(address, other, quantity: quantity) }
        let slack = max(tolerance, bound == .about ? 0.1 : 0)
        let lo = expected.low * (1 - slack) - 1e-9, hi = expected.high * (1 + slack) + 1e-9
        switch bound {
        case .atMost?:
            let limit = expected.bound == .atMost ? expected.high * (1 + max(slack, 0.5)) : expected.high * 1.3
            return high >= expected.high * (1 - slack) - 1e-9 && high <= limit + 1e-9
        case .atLeast?:
            return low <= hi && low >= lo
        case .about?, nil:
            if expected.bound == .atMost { return high <= hi && high >= expected.high * (1 - max(slack, 0.5)) }
            return low >= lo && high <= hi
        }
    }
}
