import Foundation
import FrontlineModel
import FrontlineText

/// Parsing and compiling a rubric's patterns, and adding them to the matcher's automaton,
/// are most of making a grader. Each pattern compiles on its own, but the automaton takes
/// them one by one and in order; so patterns compile on the other cores while the grader
/// adds the ones ready, and it compiles the next one itself when it would otherwise wait
/// (see `PatternCompiler`).
extension Grader {
    typealias Compiled = Result<CompiledPhrase, Diagnostic>

    static func compile(_ phrase: Phrase, tokenizer: Tokenizer) -> Compiled {
        switch PhrasePattern.parse(phrase, tokenizer: tokenizer) {
        case .success(let node): return .success(CompiledPhrase(node))
        case .failure(let diagnostic): return .failure(diagnostic)
        }
    }
}

/// The distinct patterns of a list of phrases, compiled in the list's order by `helpers`
/// background threads and by whoever asks for a result not compiled yet: a caller that
/// reads the results in that order (as the grader adds its phrases) works on its own
/// part of the list instead of waiting for all of it. Every result is what compiling the
/// pattern alone gives, whoever compiled it.
final class PatternCompiler: @unchecked Sendable {
    private let distinct: [Phrase]
    private let indexOf: [String: Int]
    private let tokenizer: Tokenizer
    /// Guarded by `condition`: the next pattern no thread has taken, and the results.
    private let condition = NSCondition()
    private var nextToTake = 0
    private var results: [Grader.Compiled?]

    init(_ phrases: [Phrase], tokenizer: Tokenizer, helpers: Int = ProcessInfo.activeCores - 1) {
        var indexOf: [String: Int] = [:]
        var distinct: [Phrase] = []
        for phrase in phrases where indexOf[phrase.pattern] == nil {
            indexOf[phrase.pattern] = distinct.count
            distinct.append(phrase)
        }
        self.distinct = distinct
        self.indexOf = indexOf
        self.tokenizer = tokenizer
        results = Array(repeating: nil, count: distinct.count)
        // Fewer than a few dozen patterns are not worth a thread.
        let helpers = distinct.count < 32 ? 0 : max(0, helpers)
        // A helper holds `self` until no pattern is left to take.
        for _ in 0..<helpers {
            Thread.detachNewThread { [self] in
                while takeAndCompile() {}
            }
        }
    }

    /// What `pattern` (one of the phrases given) compiled to; nil for a pattern not given.
    /// Compiles patterns on this thread, in order, until that one is done.
    func result(for pattern: String) -> Grader.Compiled? {
        guard let index = indexOf[pattern] else { return nil }
        condition.lock()
        while results[index] == nil {
            if nextToTake < distinct.count {
                condition.unlock()
                _ = takeAndCompile()
                condition.lock()
            } else {
                condition.wait() // a helper is compiling it
            }
        }
        let result = results[index]
        condition.unlock()
        return result
    }

    /// Takes the next pattern and compiles it; false when none was left.
    private func takeAndCompile() -> Bool {
        condition.lock()
        guard nextToTake < distinct.count else {
            condition.unlock()
            return false
        }
        let index = nextToTake
        nextToTake += 1
        condition.unlock()
        let compiled = Grader.compile(distinct[index], tokenizer: tokenizer)
        condition.lock()
        results[index] = compiled
        condition.broadcast()
        condition.unlock()
        return true
    }
}

extension ProcessInfo {
    /// Cores this process may use.
    static var activeCores: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }
}
