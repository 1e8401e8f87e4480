import Foundation
import FrontlineModel

/// A manager's file read safely: a regular file, not too large, UTF-8 text, not
/// pathologically nested. Anything else becomes one located diagnostic, never a crash
/// or a hang (a FIFO is never opened, a 50 MB file never parsed).
public struct SourceText: Sendable {
    public static let maximumBytes = 1 << 20
    public static let maximumNesting = 64

    public var path: String
    public var text: String
    public var fingerprint: String
    public var lines: [String]

    public init(path: String, text: String) {
        self.path = path
        self.text = text
        // Both from the UTF-8 bytes. Split as Characters, "\r\n" is one Character, so a
        // file with Windows line ends was one long line; and the Character split and the
        // generic byte copy cost about a fifth of `grade`'s start-up. Lines break where
        // Yams breaks them (LineBreak), so its line numbers always name a line here.
        var text = text
        (fingerprint, lines) = text.withUTF8 { bytes in
            let lines = LineBreak.lineRanges(bytes).map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self) }
            return (Fingerprint.of(bytes), lines)
        }
    }

    public func line(_ number: Int) -> String? {
        number >= 1 && number <= lines.count ? lines[number - 1] : nil
    }

    public static func read(_ path: String) -> Result<SourceText, Diagnostic> {
        let here = SourceLocation(file: path, line: 1, column: 1)
        var info = stat()
        guard stat(path, &info) == 0 else {
            let reason = String(cString: strerror(errno))
            return .failure(.error(.unreadableFile, "cannot read '\(path)': \(reason)", at: here))
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR:
            return .failure(.error(.unreadableFile, "'\(path)' is a directory, not a YAML file; give the folder to 'frontline check' to check the files in it", at: here))
        default:
            return .failure(.error(.unreadableFile, "'\(path)' is not a regular file (a pipe, socket or device); it was not opened", at: here))
        }
        guard Int(info.st_size) <= maximumBytes else {
            let megabytes = String(format: "%.1f", Double(info.st_size) / 1_048_576)
            return .failure(.error(.fileTooLarge, "'\(path)' is \(megabytes) MiB; scenario and rubric files are limited to 1 MiB (split it into several files)", at: here))
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            let reason = access(path, R_OK) == 0 ? "it could not be opened" : "permission denied"
            return .failure(.error(.unreadableFile, "cannot read '\(path)': \(reason)", at: here))
        }
        defer { try? handle.close() }
        let data: Data
        do {
            data = try handle.read(upToCount: maximumBytes + 1) ?? Data()
        } catch {
            return .failure(.error(.unreadableFile, "cannot read '\(path)': \(error.localizedDescription)", at: here))
        }
        guard data.count <= maximumBytes else {
            return .failure(.error(.fileTooLarge, "'\(path)' is larger than 1 MiB; scenario and rubric files are limited to 1 MiB", at: here))
        }
        return decode(data, path: path)
    }

    /// Checks the bytes are text and not absurdly nested, then wraps them.
    public static func decode(_ data: Data, path: String) -> Result<SourceText, Diagnostic> {
        let bytes = [UInt8](data)
        if let nul = bytes.firstIndex(of: 0) {
            return .failure(.error(.notUTF8, "'\(path)' is binary, not YAML text (a NUL byte at offset \(nul))",
                                   at: location(ofByte: nul, in: bytes, path: path)))
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let bad = firstInvalidUTF8(bytes)
            var diagnostic = Diagnostic.error(.notUTF8, String(format: "invalid UTF-8 (byte 0x%02X at offset %d); save the file as UTF-8", bytes[bad], bad),
                                              at: location(ofByte: bad, in: bytes, path: path))
            diagnostic.sourceLine = lossyLine(atByte: bad, in: bytes)
            return .failure(diagnostic)
        }
        var source = SourceText(path: path, text: text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
        // A byte test first: `contains("\r\n")` went through Foundation's string search,
        // a twentieth of `grade`'s start-up for four files.
        if bytes.contains(0x0D), source.text.contains("\r\n") {
            source.text = source.text.replacingOccurrences(of: "\r\n", with: "\n")
        }
        if let deep = NestingScan.firstTooDeep(source.text, limit: maximumNesting) {
            var diagnostic = Diagnostic.error(.tooDeep, "nesting deeper than \(maximumNesting) levels; no scenario or rubric needs that",
                                              at: SourceLocation(file: path, line: deep.line, column: deep.column))
            diagnostic.sourceLine = source.line(deep.line)
            return .failure(diagnostic)
        }
        return .success(source)
    }

    /// The byte offset where the first invalid UTF-8 sequence starts.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return min(offset, max(0, bytes.count - 1))
            case .error: return offset
            }
        }
    }

    /// The line holding `offset`, decoded leniently (for quoting it in a diagnostic).
    static func lossyLine(atByte offset: Int, in bytes: [UInt8]) -> String {
        bytes.withUnsafeBufferPointer { buffer in
            let ranges = LineBreak.lineRanges(buffer)
            let range = ranges.last { $0.lowerBound <= offset } ?? 0..<0
            return String(decoding: buffer[range], as: UTF8.self)
        }
    }

    /// Line and column (in code points) of a byte offset, lines broken as Yams breaks them.
    static func location(ofByte offset: Int, in bytes: [UInt8], path: String) -> SourceLocation {
        bytes.withUnsafeBufferPointer { buffer in
            let ranges = LineBreak.lineRanges(buffer)
            let index = max(0, (ranges.lastIndex { $0.lowerBound <= offset }) ?? 0)
            let start = ranges[index].lowerBound
            let column = 1 + buffer[start..<max(start, min(offset, ranges[index].upperBound))].filter { $0 & 0xC0 != 0x80 }.count
            return SourceLocation(file: path, line: index + 1, column: column)
        }
    }

    /// `location` moved onto the text: a line past the end becomes the last line, a
    /// column past a line's end the place just after it. Marks from the YAML parser
    /// should never be out of range; if one is, it must not trap anything downstream.
    public func clamped(_ location: SourceLocation) -> SourceLocation {
        var location = location
        location.line = min(max(1, location.line), lines.count)
        location.column = min(max(1, location.column), lines[location.line - 1].unicodeScalars.count + 1)
        return location
    }
}

/// A cheap upper bound on YAML nesting, checked before the recursive composer runs.
enum NestingScan {
    static func firstTooDeep(_ text: String, limit: Int) -> (line: Int, column: Int)? {
        var flow = 0
        var line = 1
        var column = 0
        var atLineStart = true
        var indent = 0
        var dashes = 0
        var quote: Unicode.Scalar?
        var inComment = false
        var previous: Unicode.Scalar = " "
        for scalar in text.unicodeScalars {
            column += 1
            if LineBreak.isBreak(scalar) {
                // CR LF is one break, counted at the CR.
                if !(scalar == "\n" && previous == "\r") { line += 1 }
                column = 0; atLineStart = true; indent = 0; dashes = 0; inComment = false
                previous = scalar
                continue
            }
            if inComment { continue }
            if let q = quote {
                if scalar == q && previous != "\\" { quote = nil }
                previous = scalar
                continue
            }
            if atLineStart {
                if scalar == " " { indent += 1; previous = scalar; continue }
                if scalar == "-" { dashes += 1; previous = scalar; continue }
                atLineStart = false
            }
            switch scalar {
            case "#" where previous == " " || column == 1:
                inComment = true
                continue
            case "\"", "'":
                if previous == " " || previous == "[" || previous == "{" || previous == "," || previous == ":" { quote = scalar }
            case "[", "{": flow += 1
            case "]", "}": flow = max(0, flow - 1)
            default: break
            }
            if flow + dashes > limit || indent > limit * 8 {
                return (line, column)
            }
            previous = scalar
        }
        return nil
    }
}
