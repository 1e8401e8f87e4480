import Testing
import FrontlineModel
@testable import FrontlineText

/// `reporting_words` and `report_denials`: a claim reported as someone's words and
/// denied right after is not made.
@Suite struct NegationReportedTests {
    static var pack: LanguagePack {
        var pack = TestPacks.english
        pack.expansions["aren't"] = "are not"
        pack.expansions["that's"] = "that is"
        pack.expansions["isn't"] = "is not"
        pack.expansions["anyone's"] = "anyone has"
        pack.reportingWords = ["tells", "told", "said", "mentioned", "says"]
        pack.reportDenials = ["they are not", "please do not", "that is wrong", "it is not", "do not"]
        pack.denialsAfter = ["is not something"]
        return pack
    }
    let tokenizer = Tokenizer(NegationReportedTests.pack)

    /// The denial's text when the words `claim` (found in `text`) are reported and denied.
    func denial(_ text: String, claim: String) -> String? {
        let tokens = tokenizer.tokenize(text), words = tokenizer.tokenize(claim).map(\.text)
        guard let start = (0...(tokens.count - words.count)).first(where: { at in
            words.indices.allSatisfy { tokens[at + $0].text == words[$0] }
        }) else { Issue.record("no \(claim) in \(text)"); return nil }
        return Negation.reportedDenial(start: start, end: start + words.count, in: tokens, reporting: tokenizer.reportingWords,
                                       denials: tokenizer.reportDenials, denialsAfter: tokenizer.denialsAfter)?.text
    }

    @Test func aReportedClaimDeniedRightAfterIsTakenBack() {
        #expect(denial("A colleague tells people refunds are instant, they aren't.", claim: "refunds are instant") == "not")
        #expect(denial("If anyone's told you to reinstall, please don't.", claim: "reinstall") == "not")
        #expect(denial("Someone mentioned a free month - sorry, that's not something we can give.", claim: "a free month") == "not")
        #expect(denial("The FAQ says we refund the fee, but that's wrong.", claim: "we refund the fee") == "that")
        #expect(denial("You were told it would be instant. It isn't, sadly.", claim: "instant") == "not", "the next sentence's opening")
        #expect(denial("A colleague said it is free, but that is really wrong for you.", claim: "it is free") == "that",
                "an intensifier may stand inside a denial, and one that does not end with its negator need not end its clause")
    }

    @Test func notReportedOrNotDeniedItStands() {
        #expect(denial("Refunds are instant, they aren't slow at all.", claim: "refunds are instant") == nil, "no reporting word")
        #expect(denial("My colleague said refunds are instant, and they are.", claim: "refunds are instant") == nil)
        #expect(denial("As I said, the refund is instant, don't worry.", claim: "the refund is instant") == nil,
                "a denial must end its clause: \"don't worry\" reassures")
        #expect(denial("A colleague told you refunds are instant, it isn't going to take days.", claim: "refunds are instant") == nil)
        #expect(denial("He said refunds are instant. We checked the account and it isn't.", claim: "refunds are instant") == nil,
                "too far after it")
    }
}
