import Foundation

/// A piece of work started on a thread of its own, its result collected later with
/// `wait()`: making a grader builds a few independent tables (the cue matcher, the
/// tokenizer bound to the vocabulary) while it builds the main matcher.
final class BackgroundWork<Value>: @unchecked Sendable {
    private let condition = NSCondition()
    /// Guarded by `condition` (a flag of its own: `Value` may itself be optional).
    private var value: Value?
    private var done = false

    /// Starts `work` on a new thread (`work` and what it reads must be safe to use from it).
    init(_ work: @escaping @Sendable () -> Value) {
        Thread.detachNewThread { [self] in
            let result = work()
            condition.lock()
            value = result
            done = true
            condition.broadcast()
            condition.unlock()
        }
    }

    /// The work's result, once it is done.
    func wait() -> Value {
        condition.lock()
        defer { condition.unlock() }
        while !done { condition.wait() }
        return value!
    }
}
