import Foundation
import Testing
@testable import FrontlineTerminal

/// Piped input line by line: LF and CRLF ends, a last line without one, empty lines,
/// Persian and Latvian text, bytes that are not UTF-8, a character split between two reads,
/// a line that arrives in pieces, the first-keystroke callback, and the signals that end
/// a scripted session (SIGTERM, SIGHUP, SIGINT) or do not (SIGWINCH).
@Suite struct PlainEditorTests {
    /// A file holding `bytes`, opened for reading; the caller closes the descriptor.
    static func input(_ bytes: [UInt8]) throws -> Int32 {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("fl-plain-\(UUID().uuidString)").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        defer { unlink(path) }
        let fd = open(path, O_RDONLY)
        try #require(fd >= 0)
        return fd
    }

    static func input(_ text: String) throws -> Int32 { try input(Array(text.utf8)) }

    /// Every event until the end of input (at most `limit`, so a fault cannot loop forever).
    static func events(_ fd: Int32, limit: Int = 20) -> [EditorEvent] {
        let editor = PlainEditor(input: fd)
        defer { editor.close() }
        var events: [EditorEvent] = []
        while events.count < limit {
            let event = editor.read(prompt: "you> ", timeout: nil)
            events.append(event)
            if event == .endOfInput { break }
        }
        return events
    }

    static func events(_ text: String) throws -> [EditorEvent] {
        let fd = try input(text)
        defer { close(fd) }
        return events(fd)
    }

    // MARK: Lines

    @Test func linesEndAtNewlines() throws {
        #expect(try Self.events("hello\nworld\n") == [.line("hello"), .line("world"), .endOfInput])
    }

    @Test func windowsLineEndsLoseTheirCarriageReturn() throws {
        #expect(try Self.events("hi\r\nthere\r\n") == [.line("hi"), .line("there"), .endOfInput])
        #expect(try Self.events("a\r\r\nb\rc\n") == [.line("a\r"), .line("b\rc"), .endOfInput],
                "one carriage return before the newline is taken off; others are text")
    }

    @Test func aLastLineWithoutANewlineIsALine() throws {
        #expect(try Self.events("one\ntwo") == [.line("one"), .line("two"), .endOfInput])
        #expect(try Self.events("only\r") == [.line("only"), .endOfInput])
    }

    @Test func emptyLinesAreLinesAndNothingIsTheEnd() throws {
        #expect(try Self.events("\n\n") == [.line(""), .line(""), .endOfInput])
        #expect(try Self.events("") == [.endOfInput])
    }

    @Test func theEndStaysTheEnd() throws {
        let fd = try Self.input("last\n")
        defer { close(fd) }
        let editor = PlainEditor(input: fd)
        defer { editor.close() }
        #expect(editor.read(prompt: "", timeout: 1) == .line("last"))
        #expect(editor.read(prompt: "", timeout: 1) == .endOfInput)
        #expect(editor.read(prompt: "", timeout: 1) == .endOfInput)
    }

    @Test func persianAndLatvianLinesAreKeptWhole() throws {
        #expect(try Self.events("سلام، سفارشم نرسیده.\nLabdien, Jāni! Kā varu palīdzēt?\n")
            == [.line("سلام، سفارشم نرسیده."), .line("Labdien, Jāni! Kā varu palīdzēt?"), .endOfInput])
    }

    @Test func bytesThatAreNotUTF8BecomeReplacementCharacters() throws {
        let fd = try Self.input([0x66, 0xFF, 0x6F, 0xC3, 0x0A, 0xE2, 0x82])
        defer { close(fd) }
        #expect(Self.events(fd) == [.line("f\u{FFFD}o\u{FFFD}"), .line("\u{FFFD}"), .endOfInput])
    }

    @Test func aCharacterSplitBetweenTwoReadsIsKeptWhole() throws {
        // The editor reads 64 KiB at a time: 'ā' (C4 81) straddles the first read's end.
        let head = String(repeating: "a", count: (64 << 10) - 1)
        let fd = try Self.input(head + "ā\nnext\n")
        defer { close(fd) }
        let events = Self.events(fd)
        #expect(events.count == 3)
        #expect(events.first == .line(head + "ā"))
        #expect(events.dropFirst().map { $0 } == [.line("next"), .endOfInput])
    }

    @Test func aLineThatArrivesInPiecesIsOneLine() throws {
        var ends: [Int32] = [0, 0]
        try #require(pipe(&ends) == 0)
        let (reading, writing) = (ends[0], ends[1])
        defer { close(reading) }
        _ = "hel".withCString { write(writing, $0, 3) }
        let writer = Thread {
            usleep(50_000)
            _ = "lo\nrest".withCString { write(writing, $0, 7) }
            close(writing)
        }
        writer.start()
        #expect(Self.events(reading) == [.line("hello"), .line("rest"), .endOfInput])
    }

    @Test func theFirstKeystrokeIsReportedOncePerLine() throws {
        let fd = try Self.input("one\ntwo\n")
        defer { close(fd) }
        let editor = PlainEditor(input: fd)
        defer { editor.close() }
        var calls = 0
        editor.onFirstKeystroke = { calls += 1 }
        #expect(editor.read(prompt: "", timeout: nil) == .line("one"))
        #expect(calls == 1)
        #expect(editor.read(prompt: "", timeout: nil) == .line("two"))
        #expect(calls == 2)
        #expect(editor.read(prompt: "", timeout: nil) == .endOfInput)
        #expect(calls == 2, "the end of input is no keystroke")
    }

    // MARK: Signals

    /// Whether `signal` is blocked on this thread (the editor blocks it to read it from a signalfd).
    static func isBlocked(_ signal: Int32) -> Bool {
        var set = sigset_t()
        sigemptyset(&set)
        pthread_sigmask(SIG_BLOCK, nil, &set)
        return sigismember(&set, signal) == 1
    }

    /// Reads after `signal` was sent to this thread, with `text` waiting in a pipe kept open
    /// (so a signal that is not seen gives the line instead of a hang).
    static func readAfter(_ signal: Int32, text: String = "typed\n") throws -> [EditorEvent] {
        var ends: [Int32] = [0, 0]
        try #require(pipe(&ends) == 0)
        defer { close(ends[0]); close(ends[1]) }
        _ = text.withCString { write(ends[1], $0, strlen($0)) }
        let editor = PlainEditor(input: ends[0])
        defer { editor.close() }
        try #require(isBlocked(signal), "the editor blocks the signal, so sending it cannot kill the test")
        pthread_kill(pthread_self(), signal)
        return [editor.read(prompt: "", timeout: nil)]
    }

    @Test(arguments: [SIGTERM, SIGHUP, SIGINT])
    func aSignalToStopEndsTheSession(_ signal: Int32) throws {
        #expect(try Self.readAfter(signal) == [.terminated])
    }

    @Test func aResizeDoesNotEndTheSession() throws {
        #expect(try Self.readAfter(SIGWINCH) == [.line("typed")])
    }

    @Test func aLineAlreadyReadIsDeliveredBeforeTheSignal() throws {
        var ends: [Int32] = [0, 0]
        try #require(pipe(&ends) == 0)
        defer { close(ends[0]); close(ends[1]) }
        _ = "first\nsecond\n".withCString { write(ends[1], $0, strlen($0)) }
        let editor = PlainEditor(input: ends[0])
        defer { editor.close() }
        #expect(editor.read(prompt: "", timeout: nil) == .line("first"))
        try #require(Self.isBlocked(SIGTERM))
        pthread_kill(pthread_self(), SIGTERM)
        #expect(editor.read(prompt: "", timeout: nil) == .line("second"), "already buffered: no wait, so no signal seen yet")
        #expect(editor.read(prompt: "", timeout: nil) == .terminated)
    }
}
