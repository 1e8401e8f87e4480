/// A stable 64-bit FNV-1a fingerprint of file contents, written as 16 hex digits. It only
/// has to tell versions of the same file apart, not resist an attacker.
public enum Fingerprint {
    public static func of<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        var hash = start
        for byte in bytes { hash = step(hash, byte) }
        return hex(hash)
    }

    /// The same for bytes in an array, read in place: called from another module, the
    /// generic version went through the iterator's witness table for every byte (about 40
    /// instructions a byte; `grade` fingerprints every rubric file it reads).
    public static func of(_ bytes: [UInt8]) -> String {
        bytes.withUnsafeBufferPointer { of($0) }
    }

    public static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var hash = start
        for byte in bytes { hash = step(hash, byte) }
        return hex(hash)
    }

    private static let start: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
    private static func step(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    private static func hex(_ hash: UInt64) -> String {
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// One fingerprint for several files, in the order given.
    public static func combining(_ parts: [String]) -> String {
        of(Array(parts.joined(separator: "\n").utf8))
    }
}
