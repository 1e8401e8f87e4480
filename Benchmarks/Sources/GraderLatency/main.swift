// Per-reply grading latency with the full shipped rubrics, in process (no file I/O in
// the timed part). Usage:
//
//   swift run -c release --package-path Benchmarks grader-latency [replies.jsonl] [--rounds N]
//
// Replies come from a JSONL file ({"reply": …, "customer": …} per line, as for
// `frontline grade`) or, without one, from the built-in set below. Every reply is graded
// `rounds` times after a warm-up; the report gives p50, p90, p99 and max per reply, for
// the grader alone (`Grader.grade`) and for a whole batch line (`BatchGrading.gradeLine`:
// JSON in, grade, JSON out).
import Foundation
import FrontlineBatch
import FrontlineGrader
import FrontlineLoader
import FrontlineModel

let arguments = Array(CommandLine.arguments.dropFirst())
var rounds = 5
var file: String?
var index = 0
while index < arguments.count {
    if arguments[index] == "--rounds", index + 1 < arguments.count {
        rounds = Int(arguments[index + 1]) ?? rounds
        index += 2
    } else {
        file = arguments[index]
        index += 1
    }
}

/// The checkout's root: the folder above Benchmarks/.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().path
let loaded = CatalogLoader.load(root: root)
let library = GraderLibrary(catalog: loaded.catalog)
guard let grader = library.grader(for: "en") else {
    FileHandle.standardError.write(Data("no English rubric under \(root)/Rubrics\n".utf8))
    exit(1)
}
let batch = BatchGrading(library: library, catalog: loaded.catalog, scenario: nil)

struct Sample {
    var reply: String
    var customer: String
    var line: Data
}

var samples: [Sample] = []
if let file {
    guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
        FileHandle.standardError.write(Data("cannot read \(file)\n".utf8))
        exit(1)
    }
    for line in text.split(separator: "\n") where !line.isEmpty {
        guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
              let reply = object["reply"] as? String else { continue }
        samples.append(Sample(reply: reply, customer: object["customer"] as? String ?? "", line: Data(line.utf8)))
    }
} else {
    // Our own replies: short and long, warm and cold, English with a little Unicode.
    let replies: [(String, String)] = [
        ("I'm so sorry the blender arrived cracked. Could you share your order number so I can sort out the refund?",
         "My blender arrived with the jug cracked and I want my money back."),
        ("Calm down, it's our policy.", "This is the third time I've called!"),
        ("Your refund has been processed.", ""),
        ("Thanks for waiting! I can see how frustrating it is to be charged twice for the March invoice. I've refunded the duplicate charge and it will reach your card in 5-7 business days. If anything else comes up, just message me - I'm here to help :)",
         "You charged me twice for my March invoice and nobody answers my emails."),
        ("Why did you not read the confirmation email? It clearly says the store closes at six.", "The store was closed when I arrived."),
        ("Hope the rest of your week goes more smoothly ❤️ Take care!", "Thanks, that fixed it."),
        ("That sounds exhausting - no wonder you're fed up. Let me check what happened with the courier and I'll call you back within the hour.",
         "I've waited in all day for a delivery that never came. Again."),
        ("Could you try restarting the router and let me know whether the light turns green? If it doesn't, we'll send an engineer tomorrow morning.",
         "My internet has been down since Monday."),
    ]
    for (reply, customer) in replies {
        var object: [String: Any] = ["id": samples.count, "reply": reply]
        if !customer.isEmpty { object["customer"] = customer }
        let line = (try? JSONSerialization.data(withJSONObject: object)) ?? Data()
        samples.append(Sample(reply: reply, customer: customer, line: line))
    }
}
guard !samples.isEmpty else {
    FileHandle.standardError.write(Data("no replies to grade\n".utf8))
    exit(1)
}

let clock = ContinuousClock()

func nanoseconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1e9 + Double(duration.components.attoseconds) / 1e9
}

func measure(_ name: String, _ samples: [Sample], rounds: Int, _ body: (Sample) -> Void) {
    for sample in samples.prefix(2000) { body(sample) } // warm-up
    var times: [Double] = []
    times.reserveCapacity(samples.count * rounds)
    let started = clock.now
    for _ in 0..<rounds {
        for sample in samples {
            let start = clock.now
            body(sample)
            times.append(nanoseconds(clock.now - start))
        }
    }
    let total = nanoseconds(clock.now - started)
    times.sort()
    func percentile(_ p: Double) -> Double { times[min(times.count - 1, Int(Double(times.count) * p))] / 1000 }
    let perSecond = Double(times.count) / (total / 1e9)
    print(String(format: "%@  n=%d  p50 %.1f µs  p90 %.1f µs  p99 %.1f µs  max %.1f µs  (%.0f replies/s)",
                 name, times.count, percentile(0.5), percentile(0.9), percentile(0.99), times.last! / 1000, perSecond))
}

print("rubrics: \(root)/Rubrics (\(loaded.catalog.rubrics.count) files); \(samples.count) replies × \(rounds) rounds")
measure("Grader.grade          ", samples, rounds: rounds) { sample in
    _ = grader.grade(sample.reply, context: GradingContext(customerMessage: sample.customer))
}
measure("BatchGrading.gradeLine", samples, rounds: rounds) { sample in
    _ = try? batch.gradeLine(sample.line)
}
