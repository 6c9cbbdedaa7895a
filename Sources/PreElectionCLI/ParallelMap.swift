import Dispatch
import Foundation

/// `map` over an array on every core, results in input order: a folder of 2,000 releases is read, dated,
/// checked and rendered file by file, and each file's work is independent of the others'.
enum ParallelMap {
    /// `transform` applied to each element, on as many threads as there are cores; one element runs inline.
    static func map<Element: Sendable, Value: Sendable>(_ elements: [Element], _ transform: @Sendable (Element) -> Value) -> [Value] {
        if elements.count < 2 { return elements.map(transform) }
        let box = Slots<Value>(count: elements.count)
        DispatchQueue.concurrentPerform(iterations: elements.count) { index in
            box.set(index, transform(elements[index]))
        }
        return box.values.compactMap { $0 }
    }

    /// Result slots written once each from many threads.
    private final class Slots<Value: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var values: [Value?]
        init(count: Int) { values = Array(repeating: nil, count: count) }
        func set(_ index: Int, _ value: Value) {
            lock.lock()
            values[index] = value
            lock.unlock()
        }
    }
}
