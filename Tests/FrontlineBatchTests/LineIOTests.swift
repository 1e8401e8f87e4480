import Foundation
import Testing
@testable import FrontlineBatch

/// Reading JSONL in blocks of whole lines, numbered as a text editor numbers them.
@Suite struct LineIOTests {
    @Test func blocksHoldWholeLinesWithTheirNumbers() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("line-io-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("lines.txt")
        let lines = ["a", "", "a line much longer than one block", "bb", "ccc\r", "last without newline"]
        try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        for blockSize in [1, 4, 8, 1 << 16] {
            let reader = try BlockReader(path: file.path, blockSize: blockSize)
            var block: [UInt8] = []
            var read: [String] = []
            var expectedFirst = 1
            while let (first, last) = reader.next(into: &block) {
                #expect(first == expectedFirst)
                var inBlock = block.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
                if block.last == UInt8(ascii: "\n") { inBlock.removeLast() }
                #expect(inBlock.count == last - first + 1, "block size \(blockSize)")
                read += inBlock
                expectedFirst = last + 1
            }
            #expect(read == lines, "block size \(blockSize)")
        }
        let empty = folder.appendingPathComponent("empty.txt")
        try Data().write(to: empty)
        var block: [UInt8] = []
        #expect(try BlockReader(path: empty.path).next(into: &block) == nil)
    }

    @Test func aMissingFileOrAFolderIsRefusedWithWhatToGive() {
        #expect(throws: BatchError("'/tmp' is not a regular file; give a JSONL file or '-' for standard input")) {
            _ = try BlockReader(path: "/tmp")
        }
        #expect(throws: BatchError("cannot read '/nonexistent/in.jsonl': No such file or directory")) {
            _ = try BlockReader(path: "/nonexistent/in.jsonl")
        }
        #expect(throws: BatchError("cannot write '/nonexistent/out.jsonl': No such file or directory")) {
            _ = try BlockWriter(path: "/nonexistent/out.jsonl")
        }
    }
}
