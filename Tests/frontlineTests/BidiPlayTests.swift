import Foundation
import Testing

/// FRONTLINE_BIDI as `play` reads it: piped output stays in logical order unless visual
/// order is asked for, and a value that is not a mode stops with a message that says
/// what to write instead.
@Suite struct BidiPlayTests {
    let folder: URL

    init() throws { folder = try Binary.temporaryFolder() }

    func play(_ bidi: String?) throws -> (status: Int32, out: String, err: String) {
        var environment = ["FRONTLINE_STORE": folder.appendingPathComponent("p.sqlite").path, "XDG_STATE_HOME": folder.path]
        environment["FRONTLINE_BIDI"] = bidi
        return try Binary.run(["play", "late-delivery-fa", "--trainee", "bidi", "--seed", "0"], environment: environment)
    }

    let opening = "سلام. سفارشم قرار بود"

    @Test func pipedOutputIsLogicalByDefault() throws {
        let result = try play(nil)
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out.contains(opening))
    }

    @Test func visualOrderCanBeAskedForEvenInAPipe() throws {
        let result = try play("visual")
        #expect(result.status == 0, "\(result.err)")
        #expect(!result.out.contains(opening))
        #expect(result.out.contains(String(String.UnicodeScalarView(opening.unicodeScalars.reversed()))))
    }

    @Test func anUnknownModeStopsWithAClearMessage() throws {
        let result = try play("rtl")
        #expect(result.status != 0)
        #expect(result.err.contains("FRONTLINE_BIDI is 'rtl'") && result.err.contains("visual"), "\(result.err)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("p.sqlite").path), "stopped before the store was opened")
    }

    /// `frontline transcript` follows the same rule as `play`: a Persian session in visual
    /// order when asked for (or at a terminal that does not reorder), logical in a pipe.
    @Test func theTranscriptOfAPersianSessionFollowsTheSameRule() throws {
        var environment = ["FRONTLINE_STORE": folder.appendingPathComponent("p.sqlite").path, "XDG_STATE_HOME": folder.path]
        let played = try Binary.run(["play", "late-delivery-fa", "--trainee", "bidi", "--seed", "0"],
                                    input: "سلام مریم جان، لطفاً کد سفارش را بفرمایید\n", environment: environment)
        #expect(played.status == 0, "\(played.err)")
        let logical = try Binary.run(["transcript", "last"], environment: environment)
        #expect(logical.status == 0, "\(logical.err)")
        #expect(logical.out.contains(opening) && logical.out.contains("لطفاً کد سفارش"), "\(logical.out)")
        environment["FRONTLINE_BIDI"] = "visual"
        let visual = try Binary.run(["transcript", "last"], environment: environment)
        #expect(visual.status == 0, "\(visual.err)")
        #expect(!visual.out.contains(opening))
        #expect(visual.out.contains(String(String.UnicodeScalarView(opening.unicodeScalars.reversed()))), "\(visual.out)")
        // Right-to-left rows are right-aligned to the (piped: 160-column) width.
        let rows = visual.out.split(separator: "\n").filter { $0.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) } }
        #expect(!rows.isEmpty && rows.allSatisfy { $0.hasPrefix(" ") || $0.count >= 150 }, "\(visual.out)")
    }
}
