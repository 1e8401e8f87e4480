import Testing
@testable import FrontlineText

@Suite struct TokenPhrasesTests {
    let tokens = TestPacks.en.tokenize("it takes five days, sorry no, three days")
    let phrases = [["sorry", "no"], ["i", "mean"]]

    @Test("a phrase starts at a token only whole, and before the limit")
    func startsPhrase() {
        let sorry = tokens.firstIndex { $0.text == "sorry" }!
        #expect(tokens.startsPhrase(phrases, at: sorry))
        #expect(!tokens.startsPhrase(phrases, at: sorry + 1))
        #expect(!tokens.startsPhrase(phrases, at: sorry, before: sorry + 1), "cut by the limit")
        #expect(!tokens.startsPhrase([["days", "sorry", "no", "three", "days", "more"]], at: sorry - 1), "not past the last token")
    }

    @Test("a phrase held wholly inside a range")
    func holdsPhrase() {
        let sorry = tokens.firstIndex { $0.text == "sorry" }!
        #expect(tokens.holdsPhrase(phrases, in: 0..<tokens.count))
        #expect(!tokens.holdsPhrase(phrases, in: 0..<(sorry + 1)), "only its first word inside")
        #expect(!tokens.holdsPhrase([["i", "mean"]], in: 0..<tokens.count))
    }
}
