import Foundation
import Testing
@testable import frontline

/// Where the content is, and what to say when a scenario is elsewhere (#16).
@Suite struct ContentLocationTests {
    @Test func frontlineContentWins() {
        #expect(ContentLocation.resolve(environment: ["FRONTLINE_CONTENT": "/srv/training"]) == "/srv/training")
        #expect(ContentLocation.origin(of: "/srv/training", environment: ["FRONTLINE_CONTENT": "/srv/training"]) == "FRONTLINE_CONTENT=/srv/training")
    }

    @Test func aScenarioInTheCurrentFoldersScenariosSaysHowToPointAtIt() throws {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("Scenarios"), withIntermediateDirectories: true)
        try "id: team-only\n".write(to: folder.appendingPathComponent("Scenarios/team-only.yaml"), atomically: true, encoding: .utf8)
        let message = ContentLocation.missingScenario("team-only", content: "/srv/training", known: ["refund-request"],
                                                      environment: ["FRONTLINE_CONTENT": "/srv/training"], currentFolder: folder.path)
        #expect(message.hasPrefix("no scenario 'team-only' in FRONTLINE_CONTENT=/srv/training"))
        #expect(message.contains("FRONTLINE_CONTENT=\(folder.path) frontline play team-only"))
        // Standing in Scenarios/ finds it too.
        let inside = ContentLocation.missingScenario("team-only", content: "/srv/training", known: [],
                                                     environment: ["FRONTLINE_CONTENT": "/srv/training"],
                                                     currentFolder: folder.appendingPathComponent("Scenarios").path)
        #expect(inside.contains("FRONTLINE_CONTENT=\(folder.path) frontline play"))
    }

    @Test func aScenarioNowhereListsWhatThereIs() {
        let message = ContentLocation.missingScenario("refund-requst", content: "/srv/training", known: ["refund-request", "angry-caller"],
                                                      environment: ["FRONTLINE_CONTENT": "/srv/training"], currentFolder: "/nonexistent")
        #expect(message.contains("did you mean 'refund-request'?"))
        #expect(message.contains("Available: angry-caller, refund-request"))
    }

    @Test func playFromAnotherFolderSaysWhereTheScenarioIs() throws {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let scenarios = folder.appendingPathComponent("Scenarios")
        try FileManager.default.createDirectory(at: scenarios, withIntermediateDirectories: true)
        try ScenarioTemplate.scenario(id: "team-only", language: "en").write(to: scenarios.appendingPathComponent("team-only.yaml"), atomically: true, encoding: .utf8)
        let played = try Binary.run(["play", "team-only", "--store", folder.appendingPathComponent("s.sqlite").path],
                                    environment: ["FRONTLINE_CONTENT": Binary.repository.path], directory: folder)
        #expect(played.status != 0)
        #expect(played.err.contains("FRONTLINE_CONTENT=\(folder.path) frontline play team-only"), "\(played.err)")
    }

    @Test func pathsWithSpacesAreQuotedForTheShell() {
        #expect(ContentLocation.shellQuoted("/srv/training") == "/srv/training")
        #expect(ContentLocation.shellQuoted("/home/ana/my content") == "'/home/ana/my content'")
    }
}
