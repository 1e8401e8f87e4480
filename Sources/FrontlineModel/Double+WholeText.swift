/// Numbers from files, replies and stores printed as people write them, without trapping.
///
/// `String(Int(value))` traps (SIGILL) when the value is beyond Int (`1e19`, `.inf`) or
/// not a number; a manager's typo must get a diagnostic, not a crash. These fall back to
/// Swift's own spelling (`1e+19`, `inf`, `nan`) when the whole number does not fit.
extension Double {
    /// `70` for a whole number that fits an Int, otherwise `70.5`, `1e+19`, `inf`.
    public var wholeText: String {
        if let whole = Int(exactly: self) { return String(whole) }
        return String(self)
    }

    /// Rounded to the nearest whole number (`71` for 70.6) when that fits an Int,
    /// otherwise as Swift spells the value (`1e+19`, `inf`, `nan`).
    public var roundedText: String {
        if let whole = Int(exactly: rounded()) { return String(whole) }
        return String(self)
    }

    /// The value rounded and clamped into Int's range (nan becomes 0), for arithmetic
    /// on values that should be small but come from outside.
    public var clampedInt: Int {
        guard !isNaN else { return 0 }
        let r = rounded()
        if r >= 9.223372036854775807e18 { return .max }
        if r <= -9.223372036854775808e18 { return .min }
        return Int(r)
    }
}
