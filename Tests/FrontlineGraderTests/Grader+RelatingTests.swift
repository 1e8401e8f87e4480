import FrontlineModel
import Testing
@testable import FrontlineGrader

/// `relates_customer` (the shipped English `relate-details`): the agent's own experience,
/// told in a statement that names something the customer said.
@Suite struct GraderRelatingTests {
    static let card = GradingContext(customerMessage: "My card got blocked while I was abroad and I can't pay for anything.")

    static func relate(_ reply: String, _ context: GradingContext = card) -> [Finding] {
        ShippedContent.findings(reply, "relate-details", context: context)
    }

    @Test func aStatementOfOwnExperienceThatNamesTheCustomersDetails() throws {
        let finding = try #require(Self.relate("Honestly, my own card was blocked abroad once, so I know that panic.").first)
        #expect(finding.outcome == .met)
        #expect(finding.evidence?.text == "my own card was blocked abroad")
        #expect(finding.note == "relates to: card, blocked, abroad")
    }

    @Test func theEvidenceStartsAtTheCustomersWordsWhenTheyComeFirst() throws {
        let finding = try #require(Self.relate("Blocked cards abroad happened to me too.").first)
        #expect(finding.outcome == .met)
        #expect(finding.evidence?.text == "Blocked cards abroad happened to me")
    }

    @Test(arguments: [
        "I had a long week too.",                         // their words are not in it
        "I'll unblock the card today.",                   // an action of the agent's (unless)
        "I can see the card was blocked abroad.",         // reading the account (unless)
        "Was my colleague the one who blocked the card?", // a question asks, it relates nothing
        "Let me check why the card was blocked.",         // an offer (unless)
    ])
    func notOwnExperienceOfTheirDetails(_ reply: String) {
        #expect(Self.relate(reply).first?.outcome == .missed, "\(reply)")
    }

    @Test func eachSentenceCountsOnceAndAFurtherOneEarnsHalf() {
        let findings = Self.relate("My card was blocked abroad, and my bank blocked it again. I also got blocked in Spain with my card.")
        #expect(findings.map(\.outcome) == [.met, .met])
        #expect(findings.map(\.points) == [4, 2])
    }

    @Test func aLaterSentenceCountsWhenTheFirstOnesDoNot() {
        let findings = Self.relate("I'll look into it. I hate when my card gets blocked abroad.")
        #expect(findings.first?.outcome == .met)
        #expect(findings.first?.evidence?.text == "I hate when my card gets blocked abroad")
    }

    /// `unless_next` is read as for phrase criteria: a rubric of one criterion whose relating
    /// is taken back by the next sentence.
    @Test func unlessNextTakesARelationBack() throws {
        var criterion = Criterion(id: "relate-details", name: "Relate", tip: "Relate.", detector: .relatesCustomer, points: 4,
                                  phrases: [Phrase("(i|my)")])
        criterion.unlessNext = [Phrase("^ just kidding")]
        let rubric = Rubric(dimension: .empathy, language: "en", weight: 1, criteria: [criterion],
                            source: SourceFile(path: "relate.yaml", fingerprint: "0"))
        let grader = Grader(rubrics: [rubric], language: try #require(ShippedContent.catalog.language("en")))
        func relate(_ reply: String) -> Finding? {
            grader.grade(reply, context: Self.card).findings.first { $0.criterionId == "relate-details" }
        }
        #expect(relate("My card was blocked abroad once.")?.outcome == .met)
        #expect(relate("My card was blocked abroad once. Just kidding, it never was.")?.outcome == .missed)
        #expect(relate("My card was blocked abroad once. It was awful. Just kidding.")?.outcome == .met, "only the next sentence")
    }

    @Test func withoutACustomerMessageItDoesNotApply() {
        #expect(Self.relate("My card was blocked abroad once.", GradingContext()).isEmpty)
    }

    @Test func theCustomersNameIsNotOneOfTheirDetails() {
        let named = GradingContext(customerMessage: "Please help. Ana", customerName: "Ana Lind")
        #expect(Self.relate("My sister Ana had that.", named).first?.outcome == .missed)
    }

    @Test func optionalSoAMissCostsNothing() throws {
        let finding = try #require(Self.relate("I had a long week too.").first)
        #expect(finding.possible == 0)
    }

    /// The words repeated are worked out once per reply, whichever criterion asks first,
    /// and the quick path (asking the message about the reply's stems) finds what reading
    /// every stem of the message finds.
    @Test func repeatedWordsAgreeWithReadingTheWholeMessage() {
        let grader = ShippedContent.english
        for message in GraderReflectionTests.messages {
            for reply in GraderReflectionTests.replies {
                let text = ReplyText(reply, tokens: grader.tokenizer.tokenize(reply))
                let quick = grader.repeatedWords(message, text: text, customerName: nil)
                let full = grader.repeatedReadingAll(message, text: text, nameForms: [])
                #expect(quick.words.map(\.token) == full.words.map(\.token) && quick.firsts == full.firsts, "\(message) / \(reply)")
                #expect(text.memo.repeated?.words == quick.words, "kept for the next criterion")
                // Reflection reads the kept words, and finds what it finds on its own.
                let fresh = ReplyText(reply, tokens: grader.tokenizer.tokenize(reply))
                let kept = grader.reflectionHit(message, text: text), own = grader.reflectionHit(message, text: fresh)
                #expect(kept?.evidence == own?.evidence && kept?.note == own?.note, "\(message) / \(reply)")
            }
        }
    }

    @Test func aSentenceEndingInAQuestionMark() {
        let tokens = ShippedContent.english.tokenizer.tokenize("My card? It was blocked. Was it abroad ?")
        let text = ReplyText("My card? It was blocked. Was it abroad ?", tokens: tokens)
        #expect(Grader.endsWithQuestionMark(Grader.sentence(around: 0, in: tokens), text: text))
        #expect(!Grader.endsWithQuestionMark(Grader.sentence(around: 3, in: tokens), text: text))
        #expect(Grader.endsWithQuestionMark(Grader.sentence(around: tokens.count - 1, in: tokens), text: text))
    }
}
