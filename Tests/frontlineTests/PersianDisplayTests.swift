import Foundation
import Testing

/// What a Persian trainee sees in tmux, which shows characters left to right as it gets
/// them: Frontline sends right-to-left lines in visual order (FRONTLINE_BIDI unset, so
/// detected), right-aligned, so that reading each screen row from right to left gives the
/// sentence, with numbers, order ids and quotes intact.
@Suite(.enabled(if: TmuxDriver.available, "tmux is not installed (scripts/setup installs it)"))
struct PersianDisplayTests {
    /// A Persian word as the screen shows it: its letters left to right in reverse.
    func r(_ text: String) -> String { String(String.UnicodeScalarView(text.unicodeScalars.reversed())) }

    /// A screen row read as a person reads Persian: from the right, Latin words and numbers
    /// left to right where they stand, brackets and quotes taken as opening or closing by
    /// the side they are on.
    func read(_ row: String) -> String {
        let latin = { (c: Unicode.Scalar) in c.properties.numericType != nil || ("A"..."z").contains(c) || c == "-" }
        var runs: [[Unicode.Scalar]] = []
        for scalar in row.trimmingCharacters(in: .whitespaces).unicodeScalars {
            if let last = runs.last?.last, latin(last) == latin(scalar) { runs[runs.count - 1].append(scalar) } else { runs.append([scalar]) }
        }
        let mirror: [Unicode.Scalar: Unicode.Scalar] = ["«": "»", "»": "«", "(": ")", ")": "(", "“": "”", "”": "“"]
        var text = String.UnicodeScalarView(), marks: [Unicode.Scalar] = []
        for run in runs.reversed() {
            guard !latin(run[0]) else { text += run; continue }
            // A vowel mark is still read after its letter.
            for scalar in run.reversed() {
                if scalar.properties.generalCategory == .nonspacingMark { marks.append(scalar); continue }
                text.append(mirror[scalar] ?? scalar)
                text += marks
                marks = []
            }
        }
        return String(text + marks)
    }

    /// The screen's rows as they are, trailing spaces included (`capture-pane -J` keeps them).
    func rows(_ screen: String) -> [String] { screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }

    func trimmed(_ row: String) -> String { String(row.reversed().drop { $0 == " " }.reversed()) }

    @Test func aPersianConversationReadsRightToLeftWithNumbersAndQuotesIntact() throws {
        let folder = try Binary.temporaryFolder()
        let tmux = TmuxDriver()
        defer { tmux.stop() }
        try tmux.start("\(Binary.path) play late-delivery-fa --trainee persian-screen --seed 0", in: Binary.repository,
                       environment: ["FRONTLINE_STORE": folder.appendingPathComponent("p.sqlite").path, "XDG_STATE_HOME": folder.path],
                       width: 80)
        var screen = try tmux.waitFor(r("سفارشم"))

        // The customer's first line, wrapped over two rows, each right-aligned: read from the right, row by row.
        var all = rows(screen)
        let first = try #require(all.firstIndex { $0.hasSuffix(r("مریم:")) }, "the customer line ends at the right edge:\n\(screen)")
        #expect(all[first].terminalWidth == 80, "right-aligned to the 80 columns")
        #expect(read(all[first]) + " " + read(all[first + 1])
                == "مریم: سلام. سفارشم قرار بود سه روز پیش برسه و هنوز هیچ خبری نیست! پس‌فردا تولد مادرمه.")
        #expect(all[first + 1].terminalWidth == 80 && trimmed(all[first + 1]).terminalWidth == 80 - "مریم: ".count,
                "the continuation keeps its hanging indent, on the right: \(all[first + 1])")

        // What the trainee types stays readline's, in logical order, after the Persian prompt
        // «شما>» (its word in reading order, laid out left to right since the typing follows it).
        try tmux.type("سلام مریم جان، واقعاً متأسفم. لطفاً کد سفارش را بفرمایید")
        try tmux.waitFor(r("شما") + "> سلام مریم جان، واقعاً متأسفم. لطفاً کد سفارش را بفرمایید")
        try tmux.send("Enter")

        // The evidence quote: the curly quotes still enclose the quoted words, the row right-aligned after its "  ✓".
        let met = "“" + r("کد سفارش") + "” — " + r("کد سفارش یا شماره موبایل را بپرسید") + " ✓"
        screen = try tmux.waitFor(met)
        all = rows(screen)
        let quoted = try #require(all.first { trimmed($0).hasSuffix(met) })
        #expect(quoted == String(repeating: " ", count: 80 - 2 - met.terminalWidth) + met + "  ", "right-aligned, the two-space indent on the right")
        #expect(read(quoted) == "✓ کد سفارش یا شماره موبایل را بپرسید — “کد سفارش”")

        // The scores, with Persian labels and digits, read from the right.
        let scores = try #require(all.first { trimmed($0).hasSuffix(r("همدلی")) }, "the scores row:\n\(screen)")
        #expect(read(scores).hasPrefix("همدلی ") && read(scores).contains(" · دقت ") && read(scores).contains(" · کل "), "\(read(scores))")

        // The order id keeps its order inside the customer's Persian reply.
        screen = try tmux.waitFor("BZ-48213")
        #expect(rows(screen).contains { trimmed($0).hasSuffix(r("الان کجاست؟") + " " + r("هست.") + " BZ-48213 " + r("کدش") + " " + r("مریم:")) })
        #expect(screen.contains(r("تا پس‌فردا می‌رسه یا نه؟")))

        // A tip wrapped over rows with «…» quotes in it: each row read from the right, then the next.
        all = rows(screen)
        let tipRow = try #require(all.firstIndex { trimmed($0).hasSuffix(r("درباره وضعیت مشتری بپرسید") + " ✗") }, "the open-question miss:\n\(screen)")
        var text = read(all[tipRow])
        var next = tipRow + 1
        while next < all.count, !trimmed(all[next]).hasSuffix("✗"), !trimmed(all[next]).hasSuffix("✓"), all[next].hasPrefix(" ") {
            text += " " + read(all[next])
            next += 1
        }
        #expect(next - tipRow >= 2, "the tip is wrapped")
        #expect(text.contains("✗ درباره وضعیت مشتری بپرسید — نکته: یک سؤال باز درباره خودش بپرسید؛ «الان چه چیزی بیشتر از همه کمکتان می‌کند؟» یا «دقیقاً برای چه روزی لازمش دارید؟»"),
                "read as a person reads it, the Persian «نکته:» label before the tip: \(text)")

        // The patience line, all in brackets, is a Persian line too: right-aligned after its
        // two-space indent, brackets around it, its number in Persian digits.
        let patience = try #require(all.first { trimmed($0).hasSuffix(r("مریم") + ")") }, "the patience row:\n\(screen)")
        #expect(patience.hasSuffix(")  ") && patience.terminalWidth == 80, "right-aligned: \(patience)")
        let mood = read(patience)
        #expect(mood.hasPrefix("(مریم ") && mood.hasSuffix(")") && mood.contains(" · صبر "), "\(mood)")
        #expect(mood.unicodeScalars.contains { (0x06F0...0x06F9).contains($0.value) } && !mood.contains("patience"), "\(mood)")

        try tmux.send("C-d")
        try tmux.waitFor("FRONTLINE-EXITED 0")
    }
}
