import Testing
@testable import FrontlineText

@Suite struct TokenTests {
    @Test func defaultsAreOff() {
        let token = Token(text: "sorry", start: 3, end: 8)
        #expect(!token.isNumber && !token.isNegator && !token.isIntensifier)
        #expect(!token.clauseBreakBefore && !token.sentenceBreakBefore && !token.originalIsUppercase)
        #expect(token.end - token.start == 5)
    }

    @Test func clauseBreakWordsAreMarked() {
        let tokens = TestPacks.en.tokenize("fine but")
        #expect(!tokens[0].breaksClause)
        #expect(tokens[1].breaksClause)
    }
}
