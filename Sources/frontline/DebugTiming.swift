import Foundation
enum DebugTiming {
    static let start = Date()
    static let on = ProcessInfo.processInfo.environment["FRONTLINE_TIMING"] != nil
    static func mark(_ what: String) {
        guard on else { return }
        FileHandle.standardError.write(Data(String(format: "%7.2f ms %@\n", Date().timeIntervalSince(start) * 1000, what).utf8))
    }
}
