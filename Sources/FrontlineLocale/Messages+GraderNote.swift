import Foundation

/// The grader writes its notes beside a finding in English ("replied after 12 s against a
/// target of 47 s", "not needed this time: …"). These rebuild the known shapes in the
/// reader's language, keeping what came from the reply or the scenario (values, words,
/// patterns) as it was; a note of another shape is shown as written. English is returned
/// untouched. `GraderNoteTests` pins the shapes against the real grader's output.
extension Messages {
    public func graderNote(_ note: String) -> String {
        guard language != .en else { return note }
        if note == "not needed this time: its facet was already full" { return self(.noteFacetFull) }
        if note == "negated" { return self(.noteNegated) }
        if note == "said again: half points" { return self(.noteSaidAgainPoints) }
        if note == "said again: half the penalty" { return self(.noteSaidAgainPenalty) }
        if note == "said in an earlier reply" { return self(.noteSaidEarlier) }
        if note == "offered, not done" { return self(.noteOffered) }
        if note == "asked, not said" { return self(.noteAsked) }
        if let rest = note.after("taken back by '"), rest.hasSuffix("'") {
            return self(.noteTakenBack, ["claim": String(rest.dropLast())])
        }
        if let words = note.after("reflects: ") { return self(.noteReflects, ["words": words]) }
        if let words = note.after("relates to: ") { return self(.noteRelates, ["words": words]) }
        if let rest = note.after("only part of it: nothing like '"), rest.hasSuffix("'") {
            return self(.notePartial, ["pattern": String(rest.dropLast())])
        }
        if let rest = note.after("said before '"), rest.hasSuffix("'") {
            return self(.noteSaidBefore, ["required": String(rest.dropLast())])
        }
        if let rest = note.after("vaguer than "), let split = rest.range(of: ": you said ") {
            return self(.noteVague, ["right": String(rest[..<split.lowerBound]), "said": String(rest[split.upperBound...])])
        }
        if let rest = note.after("you said "), let split = rest.range(of: "; it is ") {
            return self(.noteWrongValue, ["said": String(rest[..<split.lowerBound]), "right": String(rest[split.upperBound...])])
        }
        if note.hasPrefix("replied after ") { return responseTime(note) ?? note }
        return note
    }

    /// A tip the grader prefixed with the expectation to say first ("greeting first: …").
    public func graderTip(_ tip: String, note: String?) -> String {
        guard language != .en, let note, let rest = note.after("said before '"), rest.hasSuffix("'") else { return tip }
        let required = String(rest.dropLast())
        guard let own = tip.after("\(required) first: ") else { return tip }
        return self(.noteRequiredFirst, ["required": required, "tip": own])
    }

    /// "replied after A against a target of B (C + D for N characters); the customer nudged
    /// after E; first keystroke after F", clause by clause.
    private func responseTime(_ note: String) -> String? {
        var clauses: [String] = []
        for clause in note.components(separatedBy: "; ") {
            if let rest = clause.after("replied after "), let split = rest.range(of: " against a target of ") {
                var target = String(rest[split.upperBound...]), allowance = ""
                if let open = target.range(of: " ("), target.hasSuffix(" characters)") || target.hasSuffix(" character)") {
                    let inside = target[open.upperBound...].dropLast()   // "C + D for N characters"
                    target = String(target[..<open.lowerBound])
                    guard let plus = inside.range(of: " + "), let forRange = inside.range(of: " for "),
                          let count = Int(inside[forRange.upperBound...].split(separator: " ").first ?? "") else { return nil }
                    guard let base = duration(String(inside[..<plus.lowerBound])),
                          let extra = duration(String(inside[plus.upperBound..<forRange.lowerBound])) else { return nil }
                    allowance = " " + plural(.noteAllowance, count, ["base": base, "allowance": extra])
                }
                guard let sent = duration(String(rest[..<split.lowerBound])), let goal = duration(target) else { return nil }
                clauses.append(self(.noteReplied, ["sent": sent, "target": goal]) + allowance)
            } else if let time = clause.after("the customer nudged after ").flatMap(duration) {
                clauses.append(self(.noteNudged, ["time": time]))
            } else if let time = clause.after("first keystroke after ").flatMap(duration) {
                clauses.append(self(.noteFirstKey, ["time": time]))
            } else {
                return nil
            }
        }
        return clauses.joined(separator: language == .fa ? "؛ " : "; ")
    }

    /// "12 s", "0.5 s", "3 min" in the language's digits and unit.
    private func duration(_ text: String) -> String? {
        let parts = text.split(separator: " ")
        guard parts.count == 2, Double(parts[0]) != nil else { return nil }
        switch parts[1] {
        case "s": return self(.unitSeconds, ["n": digits(String(parts[0]))])
        case "min": return self(.unitMinutes, ["n": digits(String(parts[0]))])
        default: return nil
        }
    }
}

extension String {
    /// The rest of the string after `prefix`, or nil when it does not start with it.
    func after(_ prefix: String) -> String? {
        hasPrefix(prefix) ? String(dropFirst(prefix.count)) : nil
    }
}
