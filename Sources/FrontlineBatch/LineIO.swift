import Foundation

/// Reads a file (or standard input) in blocks of whole lines, with constant memory: a
/// block holds about `blockSize` bytes (more only for a longer line). 32 KB of input
/// grades to about 250 KB of output, which is still in the core's cache when it is
/// copied and written; with 256 KB blocks (2 MB of output) every output byte missed the
/// cache twice, and `grade` took about 8 % longer.
public final class BlockReader {
    private let descriptor: Int32
    private let ownsDescriptor: Bool
    private let blockSize: Int
    /// The start of a line whose end has not been read yet.
    private var carry: [UInt8] = []
    private var atEnd = false
    /// Lines handed out so far.
    private var lines = 0
    /// Why reading stopped before the end of the input, if it did (an I/O error): the lines
    /// read until then are graded, and `grade` then says so and fails.
    public private(set) var failure: String?

    public init(path: String, blockSize: Int = 1 << 15) throws(BatchError) {
        self.blockSize = blockSize
        if path == "-" {
            descriptor = STDIN_FILENO
            ownsDescriptor = false
            return
        }
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw BatchError("cannot read '\(path)': \(String(cString: strerror(errno)))")
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw BatchError("'\(path)' is not a regular file; give a JSONL file or '-' for standard input")
        }
        let opened = open(path, O_RDONLY)
        guard opened >= 0 else {
            throw BatchError("cannot open '\(path)': \(String(cString: strerror(errno)))")
        }
        descriptor = opened
        ownsDescriptor = true
    }

    deinit {
        if ownsDescriptor { close(descriptor) }
    }

    /// Replaces `block` with the next whole lines, separated by newlines (the last line of
    /// the input may lack one). Returns the numbers (from 1) of the block's first and last
    /// lines, or nil at the end of the input.
    public func next(into block: inout [UInt8]) -> (first: Int, last: Int)? {
        block.removeAll(keepingCapacity: true)
        swap(&block, &carry)
        var searched = 0
        while true {
            if block.count >= blockSize || atEnd {
                // Everything up to the last newline; the rest waits for the next block.
                var end = block.count
                while end > searched && block[end - 1] != 0x0A { end -= 1 }
                if end > searched {
                    carry.append(contentsOf: block[end...])
                    block.removeSubrange(end...)
                    break
                }
                if atEnd { break }
                searched = block.count // one line longer than a block: read on
            }
            let before = block.count
            let want = max(blockSize - before, 1 << 16)
            block.append(contentsOf: repeatElement(0, count: want))
            let got = block.withUnsafeMutableBufferPointer { buffer in
                var got: Int
                repeat { got = read(descriptor, buffer.baseAddress! + before, want) } while got < 0 && errno == EINTR
                return got
            }
            if got < 0 { failure = String(cString: strerror(errno)) }
            block.removeSubrange((before + max(got, 0))...)
            if got <= 0 { atEnd = true }
        }
        guard !block.isEmpty else { return nil }
        var count = 0
        block.withUnsafeBufferPointer { bytes in
            var at = 0
            while at < bytes.count, let found = memchr(bytes.baseAddress! + at, 0x0A, bytes.count - at) {
                count += 1
                at = UnsafeRawPointer(found) - UnsafeRawPointer(bytes.baseAddress!) + 1
            }
        }
        if block.last != 0x0A { count += 1 }
        let first = lines + 1
        lines += count
        return (first, lines)
    }

    /// Counts lines in chunks (for the progress bar) without holding the file.
    public static func countLines(path: String) -> Int? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        var count = 0
        while let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            count += chunk.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        }
        return count
    }
}

/// Output to a file or standard output in whole blocks, one `write(2)` (or a few) each.
public final class BlockWriter {
    private let descriptor: Int32
    private let ownsDescriptor: Bool

    public init(path: String?) throws(BatchError) {
        guard let path, path != "-" else {
            descriptor = STDOUT_FILENO
            ownsDescriptor = false
            return
        }
        let opened = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o666)
        guard opened >= 0 else {
            throw BatchError("cannot write '\(path)': \(String(cString: strerror(errno)))")
        }
        descriptor = opened
        ownsDescriptor = true
    }

    /// Why the output could not be written (a full disk, an I/O error), if it could not:
    /// nothing more is written after the first failure, and `grade` says so and fails.
    /// (A reader that closes a pipe ends `grade` with SIGPIPE, as it ends `cat`.)
    public private(set) var failure: String?

    /// Writes all of `bytes`; false (and `failure` set) if that was not possible.
    @discardableResult
    public func write(_ bytes: [UInt8]) -> Bool {
        guard failure == nil else { return false }
        return bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = Foundation.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = String(cString: strerror(errno))
                    return false
                }
                offset += written
            }
            return true
        }
    }

    public func close() {
        if ownsDescriptor { Foundation.close(descriptor) }
    }
}
