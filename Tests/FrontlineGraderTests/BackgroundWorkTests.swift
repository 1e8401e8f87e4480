import Foundation
import Testing
@testable import FrontlineGrader

@Suite struct BackgroundWorkTests {
    @Test func givesTheWorksResultWhetherItIsDoneOrNot() {
        let slow = BackgroundWork { () -> Int in
            Thread.sleep(forTimeInterval: 0.05)
            return (1...100).reduce(0, +)
        }
        let quick = BackgroundWork { "done" }
        Thread.sleep(forTimeInterval: 0.01)
        #expect(quick.wait() == "done")
        #expect(slow.wait() == 5050)
        #expect(slow.wait() == 5050) // again: the same value
    }

    @Test func manyAtOnce() {
        let works = (0..<32).map { n in BackgroundWork { n * n } }
        #expect(works.map { $0.wait() } == (0..<32).map { $0 * $0 })
    }

    @Test func anOptionalResultThatIsNil() {
        let work = BackgroundWork { () -> Int? in nil }
        #expect(work.wait() == nil)
    }
}
