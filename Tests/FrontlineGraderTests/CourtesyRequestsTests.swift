import Foundation
import FrontlineGrader
import FrontlineModel
import Testing

/// Requests in the style of Stack Exchange comments (`Benchmarks/courtesy-requests*.jsonl`),
/// written for this project and labelled by their writer as the Stanford Politeness
/// Corpus's raters would likely judge them (1: clearly polite, 0: clearly impolite). The
/// courtesy facet is tuned on Wikipedia editors' requests; these check that it still ranks
/// another community's polite requests above its curt ones (docs/grading.md, "Courtesy
/// beyond Wikipedia"). The second set was written after the first had been read, by a
/// writer asked to avoid the stock polite openers: it was never used to choose phrases.
@Suite struct CourtesyRequestsTests {
    struct Row: Decodable {
        var id: String, reply: String, label: Int
    }

    static func rows(_ name: String) throws -> [Row] {
        let url = URL(fileURLWithPath: ShippedContent.root).appendingPathComponent("Benchmarks/\(name)")
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
            .map { try JSONDecoder().decode(Row.self, from: Data($0.utf8)) }
    }

    /// ROC AUC: the chance that a polite request outscores an impolite one (ties count half).
    static func auc(_ scored: [(score: Double, label: Int)]) -> Double {
        let positives = scored.filter { $0.label == 1 }.map(\.score)
        let negatives = scored.filter { $0.label == 0 }.map(\.score)
        var wins = 0.0
        for p in positives {
            for n in negatives { wins += p > n ? 1 : (p == n ? 0.5 : 0) }
        }
        return wins / Double(positives.count * negatives.count)
    }

    @Test func theAUCCountsTiesAsHalf() {
        #expect(Self.auc([(1, 1), (0, 0)]) == 1)
        #expect(Self.auc([(0, 1), (1, 0)]) == 0)
        #expect(Self.auc([(5, 1), (5, 0)]) == 0.5)
    }

    @Test(arguments: [("courtesy-requests.jsonl", 0.93), ("courtesy-requests-2.jsonl", 0.88)])
    func courtesyRanksPoliteRequestsAboveCurtOnes(file: String, floor: Double) throws {
        let rows = try Self.rows(file)
        #expect(rows.count >= 200)
        let english = try #require(ShippedContent.library.grader(for: "en"))
        let scored = try rows.map { row in
            let facets = english.grade(row.reply, context: GradingContext(customerMessage: "")).facets
            return (score: try #require(facets?["courtesy"], "\(row.id) has no courtesy score"), label: row.label)
        }
        let auc = Self.auc(scored)
        #expect(auc >= floor, "courtesy AUC \(auc) on \(file)")
    }
}
