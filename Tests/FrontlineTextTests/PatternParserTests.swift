import Testing
@testable import FrontlineText

@Suite struct PatternParserTests {
    func parse(_ pattern: String) throws -> PatternNode {
        var parser = PatternParser(lexemes: PatternLexer.lex(pattern), tokenizer: TestPacks.en)
        return try parser.parseSequence()
    }

    @Test func nestedGroupsParse() throws {
        let node = try parse("(i|we) [can (see|hear)] you")
        guard case .sequence(let items) = node else { Issue.record("not a sequence"); return }
        #expect(items.count == 3)
        #expect(items[2] == .word("you"))
        if case .optional(.sequence(let inner)) = items[1] {
            #expect(inner.first == .word("can"))
        } else {
            Issue.record("expected an optional group")
        }
    }

    @Test func parserStopsAtAnUnmatchedCloser() throws {
        var parser = PatternParser(lexemes: PatternLexer.lex("sorry ] more"), tokenizer: TestPacks.en)
        _ = try parser.parseSequence()
        #expect(parser.peek?.kind == .closeOptional)
    }

    @Test func lexerKeepsOffsets() {
        let lexemes = PatternLexer.lex("ab (cd|ef*) ** ^")
        #expect(lexemes.map(\.offset) == [0, 3, 4, 6, 7, 10, 12, 15])
        #expect(lexemes.last?.kind == .sentenceStart)
    }
}
