import Foundation
import Testing
@testable import FrontlineLoader
@testable import FrontlineModel

/// One invalid fixture per diagnostic code. Each declares, in its first line or in the
/// first line of one of its files, `# expect: FL0012 19:15`: the code and the place it
/// must be reported at. Codes that need the grader (FL0022, FL0023) are in
/// FrontlineCheckTests; FL0002 is generated (50 MB is too large to commit).
@Suite struct InvalidFixtureTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/invalid")
    static let repoRubrics = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Rubrics").path

    struct Expectation: CustomStringConvertible {
        var fixture: String
        var code: String
        var line: Int
        var column: Int
        var file: String
        var description: String { fixture }
    }

    static func expectations() -> [Expectation] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? []
        return names.sorted().compactMap { name in
            let url = fixtures.appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
            let candidates: [URL]
            if isDirectory.boolValue, !name.hasSuffix(".yaml") {
                candidates = ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).sorted().map { url.appendingPathComponent($0) }
            } else {
                candidates = [url]
            }
            for file in candidates {
                guard let data = FileManager.default.contents(atPath: file.path),
                      let firstLine = String(decoding: data.prefix(200), as: UTF8.self).split(separator: "\n").first,
                      firstLine.hasPrefix("# expect: ") else { continue }
                let parts = firstLine.dropFirst("# expect: ".count).split(separator: " ")
                let place = parts[1].split(separator: ":").compactMap { Int($0) }
                return Expectation(fixture: name, code: String(parts[0]), line: place[0], column: place[1], file: file.path)
            }
            // Fixtures that cannot carry a comment (a directory) are reported at 1:1.
            return Expectation(fixture: name, code: String(name.prefix(6)), line: 1, column: 1, file: url.path)
        }
    }

    @Test(arguments: expectations())
    func reportsTheCodeAtTheDeclaredPlace(_ expectation: Expectation) {
        let path = Self.fixtures.appendingPathComponent(expectation.fixture).path
        let result = CatalogLoader.load(paths: [path], context: [Self.repoRubrics])
        let found = result.diagnostics.filter { $0.code.rawValue == expectation.code }
        #expect(!found.isEmpty, "expected \(expectation.code); got \(result.diagnostics.map(\.description))")
        #expect(found.contains { $0.location?.file == expectation.file && $0.location?.line == expectation.line && $0.location?.column == expectation.column },
                "expected at \(expectation.file):\(expectation.line):\(expectation.column); got \(found.map(\.description))")
    }

    /// One error, one diagnostic: a fixture's mistake produces no follow-on errors (an
    /// unknown expectation after a missing tip, a missing key after a misspelt one).
    @Test(arguments: expectations())
    func reportsNoOtherError(_ expectation: Expectation) {
        let path = Self.fixtures.appendingPathComponent(expectation.fixture).path
        let result = CatalogLoader.load(paths: [path], context: [Self.repoRubrics])
        let others = result.diagnostics.filter { $0.severity == .error && $0.code.rawValue != expectation.code }
        #expect(others.isEmpty, "\(others.map(\.description))")
    }

    /// The caret is under the value even when a tab comes before it on the line.
    @Test func theCaretLinesUpAfterATab() throws {
        let path = Self.fixtures.appendingPathComponent("FL0011-after-tab.yaml").path
        let diagnostic = try #require(CatalogLoader.load(paths: [path], context: [Self.repoRubrics]).renderedDiagnostics.first { $0.code == .invalidValue })
        let lines = diagnostic.rendered.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[1] == "    channel:    fax")
        #expect(lines[2] == "                ^")
    }

    /// A dedented key is reported where the indentation broke, with what to do.
    @Test func aDedentedKeyIsReportedWhereTheIndentationBroke() throws {
        let path = Self.fixtures.appendingPathComponent("FL0004-dedented-key.yaml").path
        let diagnostic = try #require(CatalogLoader.load(paths: [path]).diagnostics.first)
        #expect(diagnostic.message.contains("'expect' is indented 2 spaces"))
        #expect(diagnostic.message.contains("indent the keys of one mapping alike"))
    }

    @Test func everyLoaderCodeHasAFixture() {
        let covered = Set(Self.expectations().map(\.code))
        let elsewhere: Set<String> = ["FL0002", "FL0022", "FL0023", "FL0035"]
        let missing = DiagnosticCode.allCases.map(\.rawValue).filter { !covered.contains($0) && !elsewhere.contains($0) }
        #expect(missing.isEmpty, "codes without an invalid fixture: \(missing)")
    }

    @Test func aFiftyMegabyteFileIsRejectedWithoutBeingParsed() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("frontline-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let big = dir.appendingPathComponent("huge.yaml")
        #expect(FileManager.default.createFile(atPath: big.path, contents: nil))
        let handle = try FileHandle(forWritingTo: big)
        let chunk = Data(String(repeating: "say: lorem ipsum dolor\n", count: 45_000).utf8)
        for _ in 0..<50 { handle.write(chunk) }
        try handle.close()
        let result = CatalogLoader.load(paths: [big.path])
        #expect(result.diagnostics.map(\.code) == [.fileTooLarge])
        #expect(result.diagnostics.first?.message.contains("MiB") == true)
    }

    @Test func aFifoIsNeverOpened() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("frontline-fifo-\(UUID().uuidString).yaml").path
        #expect(mkfifo(path, 0o600) == 0)
        defer { unlink(path) }
        let result = CatalogLoader.load(paths: [path])
        #expect(result.diagnostics.map(\.code) == [.unreadableFile])
        #expect(result.diagnostics.first?.message.contains("not a regular file") == true)
    }

    @Test func aMissingFileSaysSo() {
        let result = CatalogLoader.load(paths: ["/nonexistent/scenario.yaml"])
        #expect(result.diagnostics.map(\.code) == [.unreadableFile])
        #expect(result.diagnostics.first?.location?.description == "/nonexistent/scenario.yaml:1:1")
    }

    @Test func binaryGarbageIsReportedNotParsed() throws {
        var bytes = [UInt8](repeating: 0, count: 4096)
        for i in bytes.indices { bytes[i] = UInt8(truncatingIfNeeded: i &* 2_654_435_761 >> 7) }
        let result = SourceText.decode(Data(bytes), path: "garbage.yaml")
        guard case .failure(let diagnostic) = result else {
            Issue.record("garbage was accepted")
            return
        }
        #expect(diagnostic.code == .notUTF8)
    }
}
