import ArgumentParser
import Foundation

/// Reads a file (or standard input) line by line with constant memory.
final class LineReader {
    private let file: UnsafeMutablePointer<FILE>
    private let ownsFile: Bool
    private var buffer: UnsafeMutablePointer<CChar>?
    private var capacity = 0

    init(path: String) throws {
        if path == "-" {
            file = fdopen(STDIN_FILENO, "r")!
            ownsFile = false
            return
        }
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw UserError("cannot read '\(path)': \(String(cString: strerror(errno)))")
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw UserError("'\(path)' is not a regular file; give a JSONL file or '-' for standard input")
        }
        guard let opened = fopen(path, "r") else {
            throw UserError("cannot open '\(path)': \(String(cString: strerror(errno)))")
        }
        file = opened
        ownsFile = true
    }

    deinit {
        free(buffer)
        if ownsFile { fclose(file) }
    }

    /// The next line without its newline, or nil at the end.
    func next() -> Data? {
        let length = getline(&buffer, &capacity, file)
        guard length >= 0, let buffer else { return nil }
        var count = length
        if count > 0, buffer[count - 1] == 0x0A { count -= 1 }
        return Data(bytes: buffer, count: count)
    }

    /// Counts lines in chunks (for the progress bar) without holding the file.
    static func countLines(path: String) -> Int? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        var count = 0
        while let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            count += chunk.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        }
        return count
    }
}

/// Buffered line output to a file or standard output.
final class LineWriter {
    private let file: UnsafeMutablePointer<FILE>
    private let ownsFile: Bool

    init(path: String?) throws {
        guard let path, path != "-" else {
            file = fdopen(STDOUT_FILENO, "w")!
            ownsFile = false
            return
        }
        guard let opened = fopen(path, "w") else {
            throw UserError("cannot write '\(path)': \(String(cString: strerror(errno)))")
        }
        file = opened
        ownsFile = true
    }

    func write(_ line: Data) {
        line.withUnsafeBytes { raw in _ = fwrite(raw.baseAddress, 1, raw.count, file) }
        fputc(0x0A, file)
    }

    func close() {
        fflush(file)
        if ownsFile { fclose(file) }
    }
}
