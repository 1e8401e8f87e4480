import FrontlineModel

/// libyaml notices a broken indentation late: a key dedented by mistake closes its
/// mapping quietly, and "did not find expected key" is reported where the next line
/// that kept the old indentation stands, often many lines further down. This finds the
/// line where the indentation broke: the last line before the reported one that is
/// indented less than it, with deeper lines (what the dedented key swallowed) between.
enum IndentationHint {
    struct Hint: Equatable {
        var line: Int
        var column: Int
        var message: String
    }

    /// - Parameters:
    ///   - problemLine: the 1-based line libyaml reported.
    ///   - contextLine: the line of the mapping it was parsing (the search stops there).
    static func locate(problemLine: Int, contextLine: Int, in source: SourceText) -> Hint? {
        guard let reported = source.line(problemLine), let depth = indentation(reported) else { return nil }
        var sawDeeper = false
        var number = problemLine - 1
        while number > max(0, contextLine) {
            defer { number -= 1 }
            guard let text = source.line(number), let indent = indentation(text) else { continue } // blank or comment
            if indent >= depth {
                if indent > depth { sawDeeper = true }
                continue
            }
            guard sawDeeper else { return nil } // the reported line itself is indented too far
            let key = text.dropFirst(indent).prefix { $0 != ":" && $0 != " " }
            let neighbour = reported.dropFirst(depth).prefix { $0 != ":" && $0 != " " }
            return Hint(line: number, column: indent + 1, message:
                "YAML syntax: the indentation breaks here: '\(key)' is indented \(indent) spaces, less than the keys around it "
                + "('\(neighbour)' on line \(problemLine) is indented \(depth), and YAML stopped there: did not find expected key); "
                + "indent the keys of one mapping alike, with spaces")
        }
        return nil
    }

    /// Spaces before the first character; nil for a blank or comment-only line.
    static func indentation(_ line: String) -> Int? {
        let indent = line.prefix { $0 == " " }.count
        let rest = line.dropFirst(indent)
        guard let first = rest.first, first != "#" else { return nil }
        return indent
    }
}
