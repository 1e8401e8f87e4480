import Testing
import FrontlineGrader
import FrontlineModel

@Suite struct GradingContextTests {
    @Test func accuracyAppliesWithExpectationsOrWhenForced() {
        var context = GradingContext()
        #expect(!context.hasExpectations)
        context.forceAccuracy = true
        #expect(context.hasExpectations)
        let withExpectation = GradingContext(expectations: [ShippedContent.expectation("x", say: ["x"])])
        #expect(withExpectation.hasExpectations)
    }

    @Test func defaultsAreEmpty() {
        let context = GradingContext()
        #expect(context.customerMessage.isEmpty && context.customerName == nil && context.timings == nil)
        #expect(context.alreadyMet.isEmpty && context.history.isEmpty)
    }
}
