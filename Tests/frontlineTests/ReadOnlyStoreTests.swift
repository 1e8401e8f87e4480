import Foundation
import Testing

/// Every command that only reads (list, progress, review, export, transcript) reads a
/// store that cannot be written; `list` and `progress` opened it for writing and said
/// "sessions cannot be saved". And a folder as the store is refused in the same words by
/// every command (review, export and transcript said "NSCocoaErrorDomain error 256").
@Suite struct ReadOnlyStoreTests {
    /// chmod 444, and as root (whom permissions do not stop) chattr +i too.
    /// (An immutable file's mode cannot change: chmod before chattr +i, after chattr -i.)
    static func protect(_ path: String, _ on: Bool) -> Bool {
        if on && chmod(path, 0o444) != 0 { return false }
        if geteuid() == 0 {
            let chattr = Process()
            chattr.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            chattr.arguments = ["chattr", on ? "+i" : "-i", path]
            chattr.standardError = FileHandle.nullDevice
            guard (try? chattr.run()) != nil else { return false }
            chattr.waitUntilExit()
            if chattr.terminationStatus != 0 { return false }
        }
        return on || chmod(path, 0o644) == 0
    }

    static let canProtect: Bool = {
        guard let folder = try? Binary.temporaryFolder() else { return false }
        let probe = folder.appendingPathComponent("probe").path
        guard FileManager.default.createFile(atPath: probe, contents: Data("x".utf8)), protect(probe, true) else { return false }
        defer { _ = protect(probe, false) }
        return FileHandle(forWritingAtPath: probe) == nil
    }()

    @Test(.enabled(if: canProtect, "cannot make a file read-only here (as root this needs chattr +i)"))
    func readingCommandsReadAStoreThatCannotBeWritten() throws {
        let folder = try Binary.temporaryFolder()
        let store = folder.appendingPathComponent("progress.sqlite").path
        let played = try Binary.run(["play", "refund-request", "--trainee", "ro", "--store", store, "--seed", "0"],
                                    input: "Sorry about that, Dana. What is your order number?\n")
        #expect(played.status == 0, "\(played.err)")
        #expect(Self.protect(store, true))
        defer { _ = Self.protect(store, false) }
        for command in [["list"], ["progress"], ["review"], ["export"], ["transcript", "1"]] {
            let result = try Binary.run(command + ["--trainee", "ro", "--store", store])
            #expect(result.status == 0 && !result.err.contains("cannot be saved"), "\(command): \(result.err)")
        }
    }

    @Test func aFolderAsTheStoreIsRefusedInTheSameWordsByEveryCommand() throws {
        let folder = try Binary.temporaryFolder()
        let expected = "\(folder.path) is a folder, not a progress store file"
        for command in [["review"], ["export"], ["transcript", "1"], ["progress"], ["list"]] {
            let result = try Binary.run(command + ["--store", folder.path])
            #expect(result.status != 0 && result.err.contains(expected), "\(command): \(result.err)")
        }
        let play = try Binary.run(["play", "refund-request", "--trainee", "x", "--store", folder.path], input: "hi\n")
        #expect(play.status != 0 && play.err.contains(expected), "play: \(play.err)")
    }
}
