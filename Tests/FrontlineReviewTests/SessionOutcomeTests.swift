import FrontlineModel
import FrontlineReview
import Testing

@Suite("How a conversation ended")
struct SessionOutcomeTests {
    @Test("outcomes count abandoned and interrupted sessions as abandoned, and nothing in progress")
    func outcomeRule() {
        #expect(SessionOutcome.of(status: .inProgress, outcome: nil) == nil)
        #expect(SessionOutcome.of(status: .interrupted, outcome: nil) == .abandoned)
        #expect(SessionOutcome.of(status: .abandoned, outcome: .hungUp) == .hungUp)
        #expect(SessionOutcome.of(status: .completed, outcome: nil) == .hungUp)
        let counts = OutcomeCounts([.resolved: 3, .hungUp: 1])
        #expect(counts.rate(.resolved) == 0.75 && OutcomeCounts().rate(.resolved) == nil)
    }
}
