import Foundation
import FrontlineEngine
import FrontlineGrader
import FrontlineLoader
import FrontlineModel
import Testing
@testable import FrontlineTerminal

/// Coach feedback over every shipped scenario's golden walkthrough, as the trainee would
/// see it: at most eight lines after each reply, at a wide and a narrow terminal, coloured
/// or not, and never a criterion both done well and missed.
@Suite struct ShippedFeedbackTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path
    static let catalog = CatalogLoader.load(root: root).catalog
    static let library = GraderLibrary(catalog: catalog)

    /// Every reply of every walkthrough, graded by the engine as `frontline check` plays it.
    static func replies() -> [(String, Scenario, TurnRecord)] {
        var all: [(String, Scenario, TurnRecord)] = []
        for walkthrough in catalog.walkthroughs {
            guard let scenario = catalog.scenario(walkthrough.scenario), let grader = library.grader(for: scenario.language) else { continue }
            let clock = ManualClock()
            var conversation = Conversation(scenario: scenario, grader: grader, clock: clock, seed: 0)
            _ = conversation.start()
            for step in walkthrough.steps {
                guard let turn = conversation.currentTurn else { break }
                conversation.markShown()
                clock.advance(by: step.seconds ?? conversation.responseTarget(turn) / 2)
                if case .graded(let record, _)? = conversation.reply(step.reply).first {
                    all.append(("\(walkthrough.scenario) / \(walkthrough.name) / \(turn.id)", scenario, record))
                }
            }
        }
        return all
    }

    @Test func feedbackAfterEveryShippedReplyIsAtMostEightLines() {
        let replies = Self.replies()
        #expect(replies.count > 20, "the walkthroughs were replayed")
        for (name, scenario, record) in replies {
            for width in [100, 80, 60] {
                for colour in [false, true] {
                    let renderer = SessionRenderer(scenario: scenario, style: TerminalStyle(enabled: colour), width: width, coach: true)
                    let lines = renderer.feedback(record).split(separator: "\n", omittingEmptySubsequences: false)
                    #expect(lines.count <= SessionRenderer.feedbackLines, "\(name) at \(width) columns: \(lines.count) lines\n\(lines.joined(separator: "\n"))")
                    #expect(lines.allSatisfy { String($0).terminalWidth <= width }, "\(name) at \(width) columns: a line is wider than the terminal")
                }
            }
        }
    }

    /// Over each shipped walkthrough, as the trainee reads it: a tone tip ("✗ Say back what
    /// you understood") is shown after one reply of the conversation at most.
    @Test func aToneTipIsShownOncePerConversation() {
        var repeatedWhenAlone = false
        for (walkthrough, scenario, records) in Self.conversations() {
            let renderer = SessionRenderer(scenario: scenario, style: TerminalStyle(enabled: false), width: 200, coach: true)
            let toneNames = Set(records.flatMap(\.grade.findings).filter { $0.source == .rubric && $0.outcome == .missed }.map(\.name))
            func count(_ feedback: [String]) -> [String: Int] {
                var shown: [String: Int] = [:]
                for text in feedback {
                    for line in text.split(separator: "\n") {
                        for name in toneNames where line.hasPrefix("  ✗ \(name)") { shown[name, default: 0] += 1 }
                    }
                }
                return shown
            }
            let inConversation = count(records.indices.map { renderer.feedback(records[$0], earlier: Array(records[..<$0])) })
            #expect(inConversation.values.allSatisfy { $0 <= 1 }, "\(walkthrough): \(inConversation.filter { $0.value > 1 })")
            if count(records.map { renderer.feedback($0) }).values.contains(where: { $0 > 1 }) { repeatedWhenAlone = true }
        }
        #expect(repeatedWhenAlone, "some walkthrough repeats a tone tip when each reply is shown alone (the case this covers)")
    }

    /// Every walkthrough's replies, graded in order as one conversation.
    static func conversations() -> [(String, Scenario, [TurnRecord])] {
        var all: [(String, Scenario, [TurnRecord])] = []
        for walkthrough in catalog.walkthroughs {
            guard let scenario = catalog.scenario(walkthrough.scenario), let grader = library.grader(for: scenario.language) else { continue }
            let clock = ManualClock()
            var conversation = Conversation(scenario: scenario, grader: grader, clock: clock, seed: 0)
            _ = conversation.start()
            var records: [TurnRecord] = []
            for step in walkthrough.steps {
                guard let turn = conversation.currentTurn else { break }
                conversation.markShown()
                clock.advance(by: step.seconds ?? conversation.responseTarget(turn) / 2)
                if case .graded(let record, _)? = conversation.reply(step.reply).first { records.append(record) }
            }
            all.append(("\(walkthrough.scenario) / \(walkthrough.name)", scenario, records))
        }
        return all
    }

    @Test func nothingIsBothDoneWellAndMissed() {
        for (name, _, record) in Self.replies() {
            let well = Set(FeedbackFocus.doneWell(record.grade).map(FeedbackFocus.key))
            let missed = Set(FeedbackFocus.misses(record.grade).map(FeedbackFocus.key))
            #expect(well.isDisjoint(with: missed), "\(name): \(well.intersection(missed))")
        }
    }

    @Test func theDebriefNeverPractisesWhatItPraises() {
        let byScenario = Dictionary(grouping: Self.replies(), by: { $0.1.id })
        for (id, replies) in byScenario {
            let renderer = SessionRenderer(scenario: replies[0].1, style: TerminalStyle(enabled: false), width: 100, coach: true)
            let records = replies.map(\.2)
            let practise = renderer.practiseNext(records)
            let praised = renderer.doneWell(records, excluding: practise)
            #expect(practise.count <= 3)
            #expect(Set(practise.map(FeedbackFocus.key)).isDisjoint(with: praised.map(FeedbackFocus.key)), "\(id)")
        }
    }
}
