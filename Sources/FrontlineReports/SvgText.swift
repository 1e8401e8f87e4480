/// Small pieces shared by the SVG charts: coordinates, text labels and the accessible
/// wrapper (role="img", aria-label, <title> and <desc>).
enum Svg {
    /// A coordinate with at most one decimal, no exponent, no locale: "12.5", "40".
    static func number(_ value: Double) -> String {
        guard value.isFinite, abs(value) < 1e12 else { return "0" }
        let tenths = Int((value * 10).rounded())
        let whole = String(abs(tenths) / 10), fraction = abs(tenths) % 10
        return (tenths < 0 ? "-" : "") + (fraction == 0 ? whole : whole + "." + String(fraction))
    }

    /// A score as shown on the page: "72", "72.5" (one decimal only when it is not whole).
    static func score(_ value: Double) -> String { number(value) }

    enum Anchor: String { case start, middle, end }

    /// A `<text>` element. `anchor` is where `x` sits in the label as seen on screen (left
    /// edge, middle, right edge); right-to-left text (Persian) gets direction="rtl" and the
    /// anchor that keeps it on the same side.
    static func text(_ value: String, x: Double, y: Double, anchor: Anchor = .start, className: String? = nil,
                     extra: String = "") -> String {
        let rtl = Html.direction(of: value) == "rtl"
        var anchor = anchor
        if rtl { anchor = anchor == .start ? .end : anchor == .end ? .start : .middle }
        var attributes = "x=\"\(number(x))\" y=\"\(number(y))\""
        if anchor != .start { attributes += " text-anchor=\"\(anchor.rawValue)\"" }
        if rtl { attributes += " direction=\"rtl\"" }
        if let className { attributes += " class=\"\(className)\"" }
        if !extra.isEmpty { attributes += " " + extra }
        return "<text \(attributes)>\(Html.text(value))</text>"
    }

    /// The opening of an accessible chart (inline SVG in HTML needs no namespace): `<svg …><title>…</title><desc>…</desc>`.
    static func open(id: String, width: Double, height: Double, label: String, description: String,
                     className: String, extra: String = "") -> String {
        let attributes = [
            "class=\"\(className)\"", "viewBox=\"0 0 \(number(width)) \(number(height))\"",
            "width=\"\(number(width))\"", "height=\"\(number(height))\"",
            "role=\"img\"", "aria-label=\"\(Html.attribute(label))\"",
            "aria-describedby=\"\(id)-desc\"", "id=\"\(id)\"", extra,
        ].filter { !$0.isEmpty }.joined(separator: " ")
        return "<svg \(attributes)><title>\(Html.text(label))</title><desc id=\"\(id)-desc\">\(Html.text(description))</desc>"
    }
}
