import Testing
@testable import FrontlineEngine

@Suite struct PatienceTests {
    @Test func goodRepliesCalmAndPoorOnesAnger() {
        #expect(Patience.change(overall: 90, critical: false) == 10)
        #expect(Patience.change(overall: 75, critical: false) == 5)
        #expect(Patience.change(overall: 60, critical: false) == -5)
        #expect(Patience.change(overall: 40, critical: false) == -10)
        #expect(Patience.change(overall: 10, critical: false) == -15)
        #expect(Patience.change(overall: 35, critical: true) == -30)
    }

    @Test func staysWithinZeroAndAHundred() {
        #expect(Patience.clamp(-5) == 0)
        #expect(Patience.clamp(120) == 100)
        #expect(Patience.clamp(55) == 55)
    }
}
