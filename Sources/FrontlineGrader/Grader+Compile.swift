import Foundation
import FrontlineModel
import FrontlineText

/// Parsing and compiling a rubric's patterns is most of making a grader (about 40 ms for
/// the English rubrics). Each pattern is independent of the others, so they are compiled
/// on all cores before the grader adds them, one by one and in order, to its matcher.
extension Grader {
    typealias Compiled = Result<CompiledPhrase, Diagnostic>

    /// Each distinct pattern of `phrases` (first occurrence kept) compiled with `tokenizer`,
    /// by pattern text. The same as compiling them one after another.
    static func compileAll(_ phrases: [Phrase], tokenizer: Tokenizer,
                           workers: Int = ProcessInfo.activeCores) -> [String: Compiled] {
        var seen = Set<String>()
        let distinct = phrases.filter { seen.insert($0.pattern).inserted }
        let results = UnsafeMutableBufferPointer<Compiled?>.allocate(capacity: distinct.count)
        results.initialize(repeating: nil)
        defer { results.deinitialize(); results.deallocate() }
        nonisolated(unsafe) let shared = results // each index is written by one iteration only
        let chunks = max(1, min(workers, distinct.count / 32))
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            // Interleaved, so that long and short patterns spread over the chunks.
            for i in stride(from: chunk, to: distinct.count, by: chunks) {
                shared[i] = compile(distinct[i], tokenizer: tokenizer)
            }
        }
        var byPattern: [String: Compiled] = [:]
        byPattern.reserveCapacity(distinct.count)
        for (i, phrase) in distinct.enumerated() { byPattern[phrase.pattern] = results[i]! }
        return byPattern
    }

    static func compile(_ phrase: Phrase, tokenizer: Tokenizer) -> Compiled {
        switch PhrasePattern.parse(phrase, tokenizer: tokenizer) {
        case .success(let node): return .success(CompiledPhrase(node))
        case .failure(let diagnostic): return .failure(diagnostic)
        }
    }
}

extension ProcessInfo {
    /// Cores this process may use.
    static var activeCores: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }
}
