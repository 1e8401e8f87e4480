import CReadline
import Foundation
import Testing
@testable import FrontlineTerminal

/// What the readline editor does without a terminal: the UTF-8 locale it makes sure of,
/// tab completion (the completer's candidates through readline's match list, with the
/// common prefix cut on character boundaries in Persian), and the history file (its folder
/// made, blank lines left out, read back by the next editor, kept to 1000 lines).
/// Reading a line, Ctrl-C, resizing and printing above a half-typed line need a real
/// terminal: the tmux-driven tests in frontlineTests cover them.
///
/// Serialized: readline's history and completion state are process-wide; the process's
/// locale, which the editor sets, is put back after each test.
@Suite(.serialized) final class ReadlineEditorTests {
    private let savedLocale: String?

    init() { savedLocale = setlocale(LC_ALL, nil).map { String(cString: $0) } }

    deinit {
        if let savedLocale { setlocale(LC_ALL, savedLocale) }
    }

    static func folder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("fl-readline-\(UUID().uuidString)")
    }

    static func lines(_ path: String) throws -> [String] {
        try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            .map(String.init).filter { !$0.isEmpty }
    }

    /// What readline's completion offers for `word`: the replacement first, then the matches.
    static func complete(_ word: String) -> [String]? {
        let matches = word.withCString { ReadlineState.complete($0, 0, Int32(word.utf8.count)) }
        guard let matches else { return nil }
        var result: [String] = []
        var index = 0
        while let match = matches[index] {
            result.append(String(cString: match))
            free(match)
            index += 1
        }
        free(matches)
        return result
    }

    // MARK: Locale

    @Test func theLocaleIsMadeUTF8() {
        Locale.ensureUTF8()
        let ctype = setlocale(LC_CTYPE, nil).map { String(cString: $0) } ?? ""
        #expect(ctype.uppercased().contains("UTF"), "\(ctype)")
    }

    // MARK: Completion

    @Test func withoutACompleterNothingIsOffered() {
        ReadlineState.completer = nil
        #expect(Self.complete("ref") == nil)
    }

    @Test func noCandidatesIsNoMatch() {
        ReadlineState.completer = { _, _ in [] }
        defer { ReadlineState.completer = nil }
        #expect(Self.complete("zz") == nil)
    }

    @Test func theCompleterGetsTheWordAndItsCandidatesAreOffered() {
        final class Asked: @unchecked Sendable { var words: [String] = [] }
        let asked = Asked()
        ReadlineState.completer = { _, word in
            asked.words.append(word)
            return ["refund", "refresh"]
        }
        defer { ReadlineState.completer = nil }
        #expect(Self.complete("ref") == ["ref", "refund", "refresh"], "the common prefix, then each candidate in order")
        #expect(asked.words == ["ref"])
    }

    @Test func aSingleCandidateReplacesTheWord() {
        ReadlineState.completer = { _, _ in ["/hint"] }
        defer { ReadlineState.completer = nil }
        #expect(Self.complete("/h") == ["/hint"])
    }

    @Test func theCommonPrefixOfPersianWordsEndsOnACharacter() {
        Locale.ensureUTF8()
        // سفارش and سلام share one letter; their second letters share a first UTF-8 byte (D9).
        ReadlineState.completer = { _, _ in ["سفارش", "سلام"] }
        defer { ReadlineState.completer = nil }
        #expect(Self.complete("س") == ["س", "سفارش", "سلام"])
    }

    @Test func theGeneratorWalksTheCandidatesThenStops() {
        ReadlineState.candidates = ["pasūtījums", "paka"]
        defer { ReadlineState.candidates = [] }
        var produced: [String?] = []
        for state in Int32(0)..<3 {
            let text = ReadlineState.generator(nil, state)
            produced.append(text.map { String(cString: $0) })
            free(text)
        }
        #expect(produced == ["pasūtījums", "paka", nil])
        let again = ReadlineState.generator(nil, 0)
        #expect(again.map { String(cString: $0) } == "pasūtījums", "state 0 starts over")
        free(again)
    }

    @Test func anEditorsCompleterIsTheOneReadlineAsks() {
        let editor = ReadlineEditor(historyPath: nil)
        defer { editor.close() }
        editor.completer = { line, word in ["\(word)-from-editor"] }
        #expect(Self.complete("kb") == ["kb-from-editor"])
        editor.completer = nil
        #expect(Self.complete("kb") == nil)
    }

    // MARK: History

    @Test func historyIsWrittenToItsFileAndReadBack() throws {
        let folder = Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("deep/history").path
        clear_history()
        let first = ReadlineEditor(historyPath: path)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("deep").path), "the folder is made")
        first.addHistory("")
        first.addHistory("   ")
        first.addHistory("سلام، سارا")
        first.addHistory("Labdien, Jāni")
        first.close()
        #expect(try Self.lines(path) == ["سلام، سارا", "Labdien, Jāni"], "blank lines are not kept")

        clear_history()
        let second = ReadlineEditor(historyPath: path)
        second.addHistory("third")
        second.close()
        #expect(try Self.lines(path) == ["سلام، سارا", "Labdien, Jāni", "third"], "the next editor starts from the file")
        clear_history()
    }

    @Test func historyKeepsTheLastThousandLines() throws {
        let folder = Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("history").path
        clear_history()
        let editor = ReadlineEditor(historyPath: path)
        for n in 1...1005 { editor.addHistory("reply \(n)") }
        editor.close()
        let lines = try Self.lines(path)
        #expect(lines.count == 1000)
        #expect(lines.first == "reply 6")
        #expect(lines.last == "reply 1005")
        clear_history()
    }
}
