import Foundation

/// A piece of work started on a thread of its own, its result collected later with
/// `wait()`: making a grader builds a few independent tables (the cue matcher, the
/// tokenizer bound to the vocabulary) while it builds the main matcher.
final class BackgroundWork<Value>: @unchecked Sendable {
    private let condition = NSCondition()
    /// Guarded by `condition`.
    private var value: Value?

    /// Starts `work` on a new thread (`work` and what it reads must be safe to use from it).
    init(_ work: @escaping @Sendable () -> Value) {
        Thread.detachNewThread { [self] in
            let result = work()
            condition.lock()
            value = result
            condition.broadcast()
            condition.unlock()
        }
    }

    /// The work's result, once it is done.
    func wait() -> Value {
        condition.lock()
        defer { condition.unlock() }
        while value == nil { condition.wait() }
        return value!
    }
}
