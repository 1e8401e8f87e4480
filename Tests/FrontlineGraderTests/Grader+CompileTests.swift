import FrontlineModel
import FrontlineText
import Testing
@testable import FrontlineGrader

/// Compiling a rubric's patterns on several threads gives what compiling them one after
/// another gives, for every pattern, whatever the number of workers.
@Suite struct GraderCompileTests {
    static let grader = ShippedContent.english

    static var phrases: [Phrase] {
        ShippedContent.catalog.rubrics(for: "en").flatMap { $0.criteria.flatMap { $0.phrases + $0.unless + $0.unlessNext } }
            + [Phrase("(good morning|good day"), Phrase("hello"), Phrase("hello")]
    }

    @Test(arguments: [1, 2, 3, 8])
    func sameAsOneAfterAnother(workers: Int) {
        let phrases = Self.phrases
        let all = Grader.compileAll(phrases, tokenizer: Self.grader.tokenizer, workers: workers)
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
}
