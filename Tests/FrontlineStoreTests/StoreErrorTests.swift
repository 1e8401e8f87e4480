import Testing
@testable import FrontlineStore

@Suite("Store errors")
struct StoreErrorTests {
    @Test("every error says what happened to the file and what to do")
    func wording() {
        let path = "/srv/frontline/progress.sqlite"
        #expect(StoreError.notADatabase(path: path).description.contains("left untouched"))
        #expect(StoreError.notAProgressStore(path: path).description.contains("another program"))
        #expect(StoreError.corrupt(path: path, detail: "page 3").description.contains("page 3"))
        #expect(StoreError.readOnly(path: path).description.contains("read-only"))
        #expect(StoreError.newerVersion(path: path, migration: "v2-x").description.contains("upgrade Frontline"))
        #expect(StoreError.unknownSession("9").description == "no session '9'")
    }

    @Test("a store error passes through unchanged; anything else is reported with the path")
    func wrapping() {
        let error = StoreError.readOnly(path: "/a")
        #expect(StoreError.wrapping(error, path: "/b") == error)
        struct Odd: Error {}
        guard case .failed(let detail) = StoreError.wrapping(Odd(), path: "/b") else {
            Issue.record("expected .failed")
            return
        }
        #expect(detail.hasPrefix("/b: "))
    }
}
