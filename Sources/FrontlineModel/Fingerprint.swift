/// A stable 64-bit FNV-1a fingerprint of file contents, written as 16 hex digits. It only
/// has to tell versions of the same file apart, not resist an attacker.
public enum Fingerprint {
    public static func of<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// One fingerprint for several files, in the order given.
    public static func combining(_ parts: [String]) -> String {
        of(Array(parts.joined(separator: "\n").utf8))
    }
}
