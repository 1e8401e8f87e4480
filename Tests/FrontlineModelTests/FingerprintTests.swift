import Foundation
import Testing
@testable import FrontlineModel

/// `Fingerprint`: 64-bit FNV-1a as 16 lower-case hex digits (the published test vectors,
/// leading zeros kept), the same from a generic sequence, an array and a buffer, and the
/// combined fingerprint of several files in order.
@Suite struct FingerprintTests {
    @Test(arguments: [("", "cbf29ce484222325"), ("a", "af63dc4c8601ec8c"), ("foobar", "85944171f73967e8"),
                      ("ā", "0ab1ef07b70b19d6"), ("k9000", "00a93efcb6745273"), ("سلام", "c8636eb4851a0976")])
    func theFingerprintIsFNV1aOfTheUTF8Bytes(_ text: String, _ hex: String) {
        #expect(Fingerprint.of(Array(text.utf8)) == hex)
        #expect(Fingerprint.of(text.utf8) == hex, "the generic sequence agrees")
        #expect(Array(text.utf8).withUnsafeBufferPointer { Fingerprint.of($0) } == hex, "the buffer agrees")
    }

    @Test func itIsAlwaysSixteenLowerCaseHexDigits() {
        for text in ["", "x", "k9000", String(repeating: "long ", count: 1000)] {
            let print = Fingerprint.of(Array(text.utf8))
            #expect(print.count == 16)
            #expect(print.allSatisfy { $0.isHexDigit && !$0.isUppercase })
        }
    }

    @Test func oneByteChangesIt() {
        #expect(Fingerprint.of(Array("weight: 0.4\n".utf8)) != Fingerprint.of(Array("weight: 0.5\n".utf8)))
        #expect(Fingerprint.of(Array("a\n".utf8)) != Fingerprint.of(Array("a\r\n".utf8)))
    }

    @Test func combiningJoinsThePartsWithNewlinesInOrder() {
        #expect(Fingerprint.combining(["a", "b"]) == "e5beb1190415e670")
        #expect(Fingerprint.combining(["a", "b"]) == Fingerprint.of(Array("a\nb".utf8)))
        #expect(Fingerprint.combining(["a", "b"]) != Fingerprint.combining(["b", "a"]))
        #expect(Fingerprint.combining(["ab"]) != Fingerprint.combining(["a", "b"]))
        #expect(Fingerprint.combining([]) == "cbf29ce484222325")
    }
}
