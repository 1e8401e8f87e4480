extension String {
    /// Where a rubric tip names the customer: "Open with a greeting - \"Hi {name}, thanks
    /// for getting in touch.\""
    public static let namePlaceholder = "{name}"

    /// The tip with `{name}` replaced by the customer's first name; without a name, the
    /// placeholder goes with the comma or space before it ("Hi, thanks…" reads as "Hi,
    /// thanks…", not "Hi {name}").
    public func personalised(customerName: String?) -> String {
        guard contains(Self.namePlaceholder) else { return self }
        if let first = customerName?.split(whereSeparator: { $0.isWhitespace }).first, !first.isEmpty {
            return replacing(Self.namePlaceholder, with: String(first))
        }
        return replacing(", " + Self.namePlaceholder, with: "").replacing(" " + Self.namePlaceholder, with: "")
            .replacing(Self.namePlaceholder, with: "")
    }
}
