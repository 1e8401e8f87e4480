import Testing
import FrontlineModel
@testable import FrontlineText

@Suite struct ConceptTests {
    let tokenizer = Tokenizer(TestPacks.withConcepts)

    @Test func aConceptStandsForEachOfItsPhrases() throws {
        #expect(try TestPacks.matches("{refund} ** {instant}", "you'll have your money back right away", tokenizer))
        #expect(try TestPacks.matches("{refund} ** {instant}", "I'll reimburse you immediately", tokenizer))
        #expect(try !TestPacks.matches("{refund} ** {instant}", "I'll reimburse you in 5 days", tokenizer))
    }

    @Test func conceptsUseOtherConcepts() throws {
        #expect(try TestPacks.matches("{promise-refund}", "I will refund you instantly", tokenizer))
    }

    @Test func anUnknownConceptIsAnErrorWithASuggestion() {
        #expect(throws: PatternError.self) { try PhrasePattern.parse("{refnd} now", tokenizer: tokenizer) }
        do {
            _ = try PhrasePattern.parse("sorry {refnd}", tokenizer: tokenizer)
        } catch {
            #expect(error.message.contains("did you mean 'refund'"))
            #expect(error.offset == 6)
        }
    }

    @Test func aConceptThatUsesItselfIsRefused() {
        do {
            _ = try PhrasePattern.parse("{loop}", tokenizer: tokenizer)
            Issue.record("a concept that uses itself parsed")
        } catch {
            #expect(error.message.contains("uses itself"))
        }
    }
}
