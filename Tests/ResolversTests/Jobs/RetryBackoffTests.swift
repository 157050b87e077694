import Testing
@testable import Resolvers

/// Exponential backoff with full jitter.
struct RetryBackoffTests {
    let backoff = RetryBackoff(base: .milliseconds(100), cap: .seconds(2))

    @Test("the ceiling doubles per attempt up to the cap", arguments: [(1, 100), (2, 200), (3, 400), (5, 1600), (6, 2000), (40, 2000)])
    func ceiling(attempt: Int, milliseconds: Int) {
        #expect(backoff.ceiling(afterAttempt: attempt) == .milliseconds(milliseconds))
    }

    @Test("a delay is the jitter's share of the ceiling, never below a tenth of the base")
    func jitter() {
        #expect(backoff.delay(afterAttempt: 3, unit: 0.5) == .milliseconds(200))
        #expect(backoff.delay(afterAttempt: 3, unit: 1) == .milliseconds(400))
        #expect(backoff.delay(afterAttempt: 3, unit: 0) == .milliseconds(10))
        #expect(backoff.delay(afterAttempt: 3, unit: 7) == .milliseconds(400))
    }
}
