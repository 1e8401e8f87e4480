import FrontlineModel
import FrontlineText
import Testing
@testable import FrontlineGrader

/// Compiling a rubric's patterns on several threads gives what compiling them one after
/// another gives, for every pattern, whatever the number of workers and whatever order
/// the results are asked for in.
@Suite struct GraderCompileTests {
    static let grader = ShippedContent.english

    static var phrases: [Phrase] {
        ShippedContent.catalog.rubrics(for: "en").flatMap { $0.criteria.flatMap { $0.phrases + $0.unless + $0.unlessNext } }
            + [Phrase("(good morning|good day"), Phrase("hello"), Phrase("hello")]
    }

    @Test(arguments: [1, 2, 3, 8])
    func sameAsOneAfterAnother(workers: Int) {
        let phrases = Self.phrases
        let compiler = PatternCompiler(phrases, tokenizer: Self.grader.tokenizer, helpers: workers - 1)
        var all: [String: Grader.Compiled] = [:]
        for phrase in phrases { all[phrase.pattern] = compiler.result(for: phrase.pattern) }
        #expect(all.count == Set(phrases.map(\.pattern)).count)
        for phrase in phrases {
            let one = Grader.compile(phrase, tokenizer: Self.grader.tokenizer)
            switch (all[phrase.pattern], one) {
            case (.success(let a)?, .success(let b)): #expect(a == b, "\(phrase.pattern)")
            case (.failure(let a)?, .failure(let b)): #expect(a.message == b.message, "\(phrase.pattern)")
            default: Issue.record("\(phrase.pattern): compiled differently")
            }
        }
    }

    @Test(arguments: [0, 1, 3])
    func resultsInAnyOrder(helpers: Int) {
        let phrases = Self.phrases
        let compiler = PatternCompiler(phrases, tokenizer: Self.grader.tokenizer, helpers: helpers)
        // Last first: the asker compiles, or waits for, everything before it.
        for phrase in phrases.reversed() {
            let one = Grader.compile(phrase, tokenizer: Self.grader.tokenizer)
            switch (compiler.result(for: phrase.pattern), one) {
            case (.success(let a)?, .success(let b)): #expect(a == b, "\(phrase.pattern)")
            case (.failure(let a)?, .failure(let b)): #expect(a.message == b.message, "\(phrase.pattern)")
            default: Issue.record("\(phrase.pattern): compiled differently")
            }
        }
        #expect(compiler.result(for: "a pattern nobody gave") == nil)
    }

    @Test func fewPatternsNeedNoThread() {
        let compiler = PatternCompiler([Phrase("hello"), Phrase("(good morning|good day")], tokenizer: Self.grader.tokenizer, helpers: 4)
        guard case .success? = compiler.result(for: "hello") else { Issue.record("hello did not compile"); return }
        guard case .failure(let diagnostic)? = compiler.result(for: "(good morning|good day") else {
            Issue.record("an unclosed group compiled"); return
        }
        #expect(!diagnostic.message.isEmpty)
    }
}
