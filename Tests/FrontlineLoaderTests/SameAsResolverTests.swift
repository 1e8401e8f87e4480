import Foundation
import Testing
@testable import FrontlineLoader
@testable import FrontlineModel

@Suite struct SameAsResolverTests {
    func scenario(_ expectations: String) throws -> (Scenario?, [Diagnostic]) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fl-\(UUID().uuidString)")
        let scenarios = folder.appendingPathComponent("Scenarios")
        try FileManager.default.createDirectory(at: scenarios, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try """
            id: repeat-test
            title: Repeats
            channel: chat
            language: en
            customer: { name: Dana }
            turns:
              first:
                customer: "Hi"
                expect:
                  - id: ask-order
                    kind: action
                    name: Ask for the order number
                    say: ["order number"]
                    value: 5-7 business days
                    by_offer: true
                    tip: Ask for it.
                next: second
              second:
                customer: "Well?"
                expect:
            \(expectations)
                next: done
            endings:
              done: { outcome: resolved, debrief: Done. }
            """.write(to: scenarios.appendingPathComponent("repeat-test.yaml"), atomically: true, encoding: .utf8)
        let result = CatalogLoader.load(root: folder.path)
        return (result.catalog.scenarios.first, result.diagnostics)
    }

    @Test func aRepeatTakesThePhrasesValueNameAndTipOfTheOneItRepeats() throws {
        let (scenario, _) = try scenario("      - { id: ask-order-again, kind: action, same_as: ask-order, tip: Still need it. }")
        let repeated = try #require(scenario?.turn("second")?.expectations.first)
        #expect(repeated.phrases.map(\.pattern) == ["order number"])
        #expect(repeated.value?.text == "5-7 business days")
        #expect(repeated.name == "Ask for the order number")
        #expect(repeated.tip == "Still need it.")
        #expect(repeated.byOffer == true, "whether an offer meets it is the original's")
        let (overridden, _) = try self.scenario("      - { id: ask-order-again, kind: action, same_as: ask-order, by_offer: false }")
        #expect(overridden?.turn("second")?.expectations.first?.byOffer == false)
    }

    @Test func anUnknownRepeatIsALocatedError() throws {
        let (_, diagnostics) = try scenario("      - { id: ask-order-again, same_as: ask-ordr }")
        let error = try #require(diagnostics.first { $0.code == .unknownReference })
        #expect(error.message.contains("did you mean 'ask-order'"))
        #expect(error.location?.line == 21) // the repeat's own line
    }

    @Test func repeatsThatLeadBackToThemselvesAreRefused() throws {
        let (_, diagnostics) = try scenario("""
                  - { id: a, same_as: b }
                  - { id: b, same_as: a }
            """)
        #expect(diagnostics.contains { $0.code == .unknownReference && $0.message.contains("leads back") })
    }
}
