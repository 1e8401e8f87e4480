/// Parses durations as managers write them: `30s`, `2m`, `1h`, `1m30s`, `0.5s`, `45`.
enum Duration {
    static func parse(_ text: String) -> Double? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        // "inf", "infinity" and "1e400" are numbers to Double, not durations.
        if let plain = Double(trimmed) { return plain.isFinite ? plain : nil }
        var total = 0.0
        var number = ""
        var sawUnit = false
        for character in trimmed {
            if character.isNumber || character == "." {
                number.append(character)
            } else if let unit = ["s": 1.0, "m": 60.0, "h": 3600.0][String(character)] {
                guard let value = Double(number) else { return nil }
                total += value * unit
                number = ""
                sawUnit = true
            } else if character != " " {
                return nil
            }
        }
        return number.isEmpty && sawUnit && total.isFinite ? total : nil
    }
}

import Foundation
