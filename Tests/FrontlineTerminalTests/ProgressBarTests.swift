import Foundation
import Testing
@testable import FrontlineTerminal

/// `ProgressBar`: none when standard error is not a terminal; otherwise a bar of 30 cells
/// with done/total and a percentage (capped at 100 %), or a count of lines when the total
/// is unknown, redrawn at most every tenth of a second; `clear` and `finish` erase only a
/// bar that was drawn. Standard error is pointed at a file while each test runs.
@Suite(.serialized) struct ProgressBarTests {
    /// What `body` writes to standard error (file descriptor 2), read back from a file.
    static func standardError(_ body: () -> Void) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("progress-\(UUID().uuidString)").path
        let file = open(path, O_RDWR | O_CREAT | O_TRUNC, 0o600)
        try #require(file >= 0)
        defer { close(file); unlink(path) }
        let saved = dup(STDERR_FILENO)
        try #require(saved >= 0)
        dup2(file, STDERR_FILENO)
        body()
        dup2(saved, STDERR_FILENO)
        close(saved)
        return try String(contentsOfFile: path, encoding: .utf8)
    }

    static let erase = "\r\u{1B}[2K"

    @Test func thereIsNoBarWhenStandardErrorIsAFile() throws {
        var bar: ProgressBar? = ProgressBar(total: 1, label: "x")
        _ = try Self.standardError { bar = ProgressBar.forStandardError(total: 10, label: "Grading") }
        #expect(bar == nil)
    }

    @Test func aBarShowsDoneOfTotalAndAPercentage() throws {
        let written = try Self.standardError {
            ProgressBar(total: 10, label: "Grading").update(5)
        }
        let bar = "[" + String(repeating: "█", count: 15) + String(repeating: "·", count: 15) + "]"
        #expect(written.contains(Self.erase + "Grading " + bar + " 5/10 50% · "), "\(written.debugDescription)")
        #expect(written.contains(/50% · [0-9]+\/s/), "then the rate: \(written.debugDescription)")
        #expect(!written.contains("\n"), "the bar stays on its line")
    }

    @Test func moreDoneThanTotalIsAFullBar() throws {
        let written = try Self.standardError { ProgressBar(total: 10, label: "Vērtē").update(12) }
        #expect(written.contains("Vērtē [" + String(repeating: "█", count: 30) + "] 12/10 100% · "), "\(written.debugDescription)")
    }

    @Test func aSmallFractionRoundsDown() throws {
        let written = try Self.standardError { ProgressBar(total: 3, label: "g").update(1) }
        #expect(written.contains("[" + String(repeating: "█", count: 10) + String(repeating: "·", count: 20) + "] 1/3 33% · "),
                "\(written.debugDescription)")
    }

    @Test(arguments: [Int?.none, 0])
    func withoutATotalLinesAreCounted(_ total: Int?) throws {
        let written = try Self.standardError { ProgressBar(total: total, label: "«نمره‌دهی»").update(7) }
        #expect(written.contains(Self.erase + "«نمره‌دهی» 7 lines · "), "\(written.debugDescription)")
        #expect(!written.contains("█") && !written.contains("]"), "no bar: \(written.debugDescription)")
    }

    @Test func updatesWithinATenthOfASecondAreNotDrawn() throws {
        let written = try Self.standardError {
            let bar = ProgressBar(total: 100, label: "g")
            bar.update(1)
            bar.update(2)
            bar.update(3)
        }
        #expect(written.contains(" 1/100 1% "))
        #expect(!written.contains(" 2/100 ") && !written.contains(" 3/100 "), "\(written.debugDescription)")
    }

    @Test func finishAndClearEraseADrawnBarOnce() throws {
        let written = try Self.standardError {
            let bar = ProgressBar(total: 4, label: "g")
            bar.update(2)
            bar.clear()
            bar.clear()
            bar.finish()
        }
        #expect(written.components(separatedBy: Self.erase).count - 1 == 2, "one erase drawing, one clearing: \(written.debugDescription)")
    }

    @Test func aBarNeverDrawnWritesNothing() throws {
        let written = try Self.standardError {
            let bar = ProgressBar(total: 4, label: "g")
            bar.clear()
            bar.finish()
        }
        #expect(!written.contains(Self.erase), "\(written.debugDescription)")
    }
}
