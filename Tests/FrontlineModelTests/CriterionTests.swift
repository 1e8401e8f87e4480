import Foundation
import Testing
@testable import FrontlineModel

/// `Criterion`: the detector names rubric files use (`detector: customer_name`…) and the
/// defaults a criterion that does not state them gets (a negatable phrase reward, the
/// response-time ramp from 1× to 3× the target, applying everywhere); a criterion example's
/// defaults.
@Suite struct CriterionTests {
    @Test func detectorsAreSpelledAsRubricFilesWriteThem() {
        #expect(Criterion.Detector.allCases.map(\.rawValue)
            == ["phrases", "customer_name", "reflects_customer", "relates_customer", "shouting", "asks_question", "response_time"])
        #expect(Criterion.Detector(rawValue: "customer_name") == .customerName)
        #expect(Criterion.Detector(rawValue: "customerName") == nil)
        #expect(Criterion.Detector(rawValue: "Phrases") == nil)
    }

    @Test func aCriterionGetsTheDocumentedDefaults() {
        let criterion = Criterion(id: "greet", name: "Greets", tip: "Say hello", points: 2)
        #expect(criterion.detector == .phrases)
        #expect(!criterion.isPenalty && !criterion.isCritical)
        #expect(criterion.negatable)
        #expect(criterion.fullUntil == 1 && criterion.zeroAt == 3)
        #expect(criterion.applies == .always)
        #expect(criterion.facet == nil && criterion.rationale == nil)
        #expect(criterion.phrases.isEmpty && criterion.unless.isEmpty && criterion.examples.isEmpty)
    }

    @Test func anExampleOnlyNeedsItsReplyAndWhetherItMatches() {
        let example = CriterionExample(reply: "Labdien, Jāni!", shouldMatch: true)
        #expect(example.reply == "Labdien, Jāni!")
        #expect(example.shouldMatch)
        #expect(example.customer == nil && example.customerName == nil && example.seconds == nil && example.channel == nil)
        #expect(example != CriterionExample(reply: "Labdien, Jāni!", shouldMatch: false))
    }
}
