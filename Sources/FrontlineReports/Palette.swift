import FrontlineModel
/// Emphasis and colour for rendered text, supplied by whoever prints it (the executable
/// maps its terminal style onto this); `plain` adds nothing.
public struct Palette: Sendable {
    public var bold: @Sendable (String) -> String
    public var dim: @Sendable (String) -> String
    public var red: @Sendable (String) -> String
    public var green: @Sendable (String) -> String
    public var yellow: @Sendable (String) -> String
    public var cyan: @Sendable (String) -> String

    public init(bold: @escaping @Sendable (String) -> String, dim: @escaping @Sendable (String) -> String,
                red: @escaping @Sendable (String) -> String, green: @escaping @Sendable (String) -> String,
                yellow: @escaping @Sendable (String) -> String, cyan: @escaping @Sendable (String) -> String) {
        self.bold = bold
        self.dim = dim
        self.red = red
        self.green = green
        self.yellow = yellow
        self.cyan = cyan
    }

    public static let plain = Palette(bold: { $0 }, dim: { $0 }, red: { $0 }, green: { $0 }, yellow: { $0 }, cyan: { $0 })

    /// A 0–100 score rounded to a whole number: green from 80, yellow from 50, red below;
    /// "–" when there is none.
    public func score(_ value: Double?) -> String { score(value, digits: { $0 }) }

    /// The same, written in a language's digits (`Messages.digits`).
    public func score(_ value: Double?, digits: (String) -> String) -> String {
        guard let value else { return dim("–") }
        let text = digits(value.roundedText)
        return value >= 80 ? green(text) : value >= 50 ? yellow(text) : red(text)
    }
}
