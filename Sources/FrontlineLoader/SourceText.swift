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
        self.fingerprint = Fingerprint.of(Array(text.utf8))
        self.lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
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
            return .failure(.error(.notUTF8, "invalid UTF-8 at byte \(bad); save the file as UTF-8",
                                   at: location(ofByte: bad, in: bytes, path: path)))
        }
        var source = SourceText(path: path, text: text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
        if source.text.contains("\r\n") { source.text = source.text.replacingOccurrences(of: "\r\n", with: "\n") }
        if let deep = NestingScan.firstTooDeep(source.text, limit: maximumNesting) {
            return .failure(.error(.tooDeep, "nesting deeper than \(maximumNesting) levels; no scenario or rubric needs that",
                                   at: SourceLocation(file: path, line: deep.line, column: deep.column)))
        }
        return .success(source)
    }

    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int {
        var low = 0, high = bytes.count
        // The longest valid prefix, found by bisection (validity of prefixes is monotone
        // up to a cut inside a multi-byte sequence, which we step back over).
        while low < high {
            let mid = (low + high + 1) / 2
            if String(validating: bytes[0..<mid], as: UTF8.self) != nil || isCutSequence(bytes, mid) {
                low = mid
            } else {
                high = mid - 1
            }
        }
        return min(low, bytes.count - 1)
    }

    private static func isCutSequence(_ bytes: [UInt8], _ end: Int) -> Bool {
        var start = end
        while start > 0, end - start < 4, bytes[start - 1] & 0xC0 == 0x80 { start -= 1 }
        guard start > 0 else { return false }
        return String(validating: bytes[0..<(start - 1)], as: UTF8.self) != nil && bytes[start - 1] >= 0xC0
    }

    static func location(ofByte offset: Int, in bytes: [UInt8], path: String) -> SourceLocation {
        var line = 1, column = 1
        for byte in bytes[0..<min(offset, bytes.count)] {
            if byte == 0x0A { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
        }
        return SourceLocation(file: path, line: line, column: column)
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
            if scalar == "\n" {
                line += 1; column = 0; atLineStart = true; indent = 0; dashes = 0; inComment = false
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
