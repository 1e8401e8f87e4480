/// How the customer's patience reacts to a reply (docs/authoring.md, "Patience").
public enum Patience {
    public static func change(overall: Double, critical: Bool) -> Int {
        var delta: Int
        switch overall {
        case 85...: delta = 10
        case 70..<85: delta = 5
        case 50..<70: delta = -5
        case 30..<50: delta = -10
        default: delta = -15
        }
        if critical { delta -= 20 }
        return delta
    }

    public static func clamp(_ value: Int) -> Int { max(0, min(100, value)) }
}
