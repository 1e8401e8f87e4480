import Foundation
import Testing
@testable import FrontlineLoader
@testable import FrontlineModel

/// The checks that need more than one file: duplicate ids across files, a language's
/// rubrics (one per dimension, weights adding up to 1, a language pack), scenario
/// languages, walkthroughs and tracks naming scenarios, patterns, values and cues; only
/// in the files being checked, and not about what a file that failed to load would define.
@Suite struct CatalogValidatorTests {
    static let shippedRubrics = ScenarioValidatorTests.rubrics

    /// A loaded folder of files (relative path → text).
    struct Content {
        let folder: String
        let files: [String: String]
        let result: LoadResult

        var diagnostics: [Diagnostic] { result.diagnostics }
        func with(_ code: DiagnosticCode) -> [Diagnostic] { diagnostics.filter { $0.code == code } }
        func path(_ file: String) -> String { (folder as NSString).appendingPathComponent(file) }

        /// "file:line:column" of `needle` in `file`.
        func place(of needle: String, in file: String, occurrence: Int = 1, offset: Int = 0) -> String {
            "\(file):" + ScenarioValidatorTests.place(of: needle, in: files[file] ?? "", occurrence: occurrence, offset: offset)
        }

        /// "file:line:column" of a diagnostic, the file relative to the folder.
        func place(_ diagnostic: Diagnostic?) -> String {
            guard let location = diagnostic?.location else { return "nowhere" }
            let file = location.file.hasPrefix(folder + "/") ? String(location.file.dropFirst(folder.count + 1)) : location.file
            return "\(file):\(location.line):\(location.column)"
        }
    }

    static func load(_ files: [String: String], context: [String] = [shippedRubrics]) throws -> Content {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fl-catalog-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, text) in files {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return Content(folder: folder.path, files: files, result: CatalogLoader.load(paths: [folder.path], context: context))
    }

    // MARK: Content

    static let scenario = ScenarioValidatorTests.yaml()

    static let walkthrough = """
        scenario: graph
        walkthroughs:
          - name: the model path
            replies:
              - turn: opening
                say: "Could you give me your order number?"
            ending: done

        """

    static func track(id: String = "mini", _ steps: [[String]]) -> String {
        var text = "id: \(id)\ntitle: Mini\nsteps:\n"
        for (n, scenarios) in steps.enumerated() {
            text += "  - title: Step \(n + 1)\n    scenarios: [\(scenarios.joined(separator: ", "))]\n    pass: { overall: 70 }\n"
        }
        return text
    }

    static let greet = """
          - id: greet
            name: Greet
            tip: Say hello.
            points: 10
            say: ["hello"]
            examples:
              match: ["hello there"]
              no_match: ["bye"]
        """

    static func rubric(_ dimension: String, weight: String, criteria: String = greet) -> String {
        if dimension == "response_time" {
            return """
                dimension: response_time
                language: xx
                weight: \(weight)
                targets: { chat: 30s, phone: 8s, email: 30m }
                criteria:
                  - id: on-time
                    name: On time
                    tip: Be quick.
                    detector: response_time
                    points: 100
                    examples:
                      match: [{ reply: "Hi", seconds: 1 }]

                """
        }
        return "dimension: \(dimension)\nlanguage: xx\nweight: \(weight)\ncriteria:\n\(criteria)\n"
    }

    static let pack = """
        language: xx
        name: Test language
        cues:
          feeling: ["upset"]
          request: ["could you"]

        """

    /// A complete, sound rubric set for the made-up language `xx`.
    static func rubrics(empathy: String = "0.4", accuracy: String = "0.4", responseTime: String = "0.2") -> [String: String] {
        ["xx/empathy.yaml": rubric("empathy", weight: empathy), "xx/accuracy.yaml": rubric("accuracy", weight: accuracy),
         "xx/response_time.yaml": rubric("response_time", weight: responseTime), "xx/language.yaml": pack]
    }

    // MARK: Sound content

    @Test func soundContentHasNoDiagnostics() throws {
        let content = try Self.load(["graph.yaml": Self.scenario, "graph.walkthrough.yaml": Self.walkthrough,
                                     "mini.track.yaml": Self.track([["graph"]])])
        #expect(content.diagnostics.isEmpty, "\(content.diagnostics.map(\.description))")
        let rubrics = try Self.load(Self.rubrics(), context: [])
        #expect(rubrics.diagnostics.isEmpty, "\(rubrics.diagnostics.map(\.description))")
    }

    // MARK: Ids across files

    @Test func aScenarioIdUsedTwiceIsReportedAtTheSecond() throws {
        let content = try Self.load(["a.yaml": Self.scenario, "b.yaml": Self.scenario, "graph.walkthrough.yaml": Self.walkthrough])
        let error = try #require(content.with(.duplicateId).first)
        #expect(content.with(.duplicateId).count == 1)
        #expect(error.severity == .error)
        #expect(error.message == "scenario id 'graph' is already used by \(content.path("a.yaml"))")
        #expect(content.place(error) == "b.yaml:1:1")
    }

    @Test func aSecondRubricForADimensionIsADuplicate() throws {
        // Files load in name order: empathy-again.yaml is the first empathy rubric.
        var files = Self.rubrics(empathy: "0.4", accuracy: "0.4", responseTime: "0.2")
        files["xx/empathy-again.yaml"] = Self.rubric("empathy", weight: "0.4")
        let content = try Self.load(files, context: [])
        let error = try #require(content.with(.duplicateId).first)
        #expect(content.with(.duplicateId).count == 1)
        #expect(error.message == "a second empathy rubric for 'xx' (the first is \(content.path("xx/empathy-again.yaml")))")
        #expect(content.place(error) == "xx/empathy.yaml:1:1")
        #expect(content.diagnostics.count == 1, "\(content.diagnostics.map(\.description))")
    }

    @Test
    func aSecondRubricIsNotAlsoCountedInTheWeights() throws {
        var files = Self.rubrics()
        files["xx/empathy-again.yaml"] = Self.rubric("empathy", weight: "0.4")
        let content = try Self.load(files, context: [])
        #expect(content.with(.duplicateId).count == 1)
        #expect(content.with(.weightsDoNotAddUp).isEmpty, "\(content.diagnostics.map(\.description))")
    }

    @Test func aCriterionIdUsedTwiceInARubricIsReportedAtTheSecond() throws {
        var files = Self.rubrics()
        files["xx/empathy.yaml"] = Self.rubric("empathy", weight: "0.4", criteria: Self.greet + "\n" + Self.greet)
        let content = try Self.load(files, context: [])
        let error = try #require(content.with(.duplicateId).first)
        #expect(content.with(.duplicateId).count == 1)
        #expect(error.message == "criterion id 'greet' is used twice in this rubric")
        #expect(content.place(error) == content.place(of: "- id: greet", in: "xx/empathy.yaml", occurrence: 2, offset: 2))
    }

    @Test func aDuplicateTrackIdIsAnError() throws {
        let content = try Self.load(["graph.yaml": Self.scenario, "graph.walkthrough.yaml": Self.walkthrough,
                                     "a.track.yaml": Self.track([["graph"]]), "b.track.yaml": Self.track([["graph"]])])
        let error = try #require(content.with(.duplicateId).first)
        #expect(content.with(.duplicateId).count == 1)
        #expect(error.message == "track id 'mini' is already used by \(content.path("a.track.yaml"))")
        #expect(content.place(error).hasPrefix("b.track.yaml:"))
    }

    // MARK: A language's rubrics

    @Test func aMissingDimensionIsReportedAtTheLanguageOfTheFirstRubric() throws {
        var files = Self.rubrics()
        files["xx/accuracy.yaml"] = nil
        let content = try Self.load(files, context: [])
        let error = try #require(content.with(.noRubricForLanguage).first)
        #expect(content.with(.noRubricForLanguage).count == 1)
        #expect(error.message == "language 'xx' has no accuracy rubric; add Rubrics/xx/accuracy.yaml")
        // Empathy comes first of the dimensions.
        #expect(content.place(error) == content.place(of: "xx", in: "xx/empathy.yaml"))
        // Weights are only added up once every dimension has its rubric.
        #expect(content.with(.weightsDoNotAddUp).isEmpty)
    }

    @Test func weightsThatDoNotAddUpAreReportedAtEveryWeight() throws {
        let content = try Self.load(Self.rubrics(empathy: "0.5"), context: [])
        let errors = content.with(.weightsDoNotAddUp)
        let message = "the weights of the 'xx' rubrics add up to 1.1, not 1 (empathy 0.5 + accuracy 0.4 + response_time 0.2)"
        #expect(errors.map(\.message) == [message, message, message])
        #expect(errors.map { content.place($0) } == [
            content.place(of: "0.5", in: "xx/empathy.yaml"),
            content.place(of: "0.4", in: "xx/accuracy.yaml"),
            content.place(of: "0.2", in: "xx/response_time.yaml"),
        ])
    }

    @Test func weightsWithinAThousandthAddUp() throws {
        #expect(try Self.load(Self.rubrics(empathy: "0.3334", accuracy: "0.3333", responseTime: "0.3333"), context: [])
            .with(.weightsDoNotAddUp).isEmpty)
        let under = try Self.load(Self.rubrics(empathy: "0.398"), context: [])
        #expect(under.with(.weightsDoNotAddUp).first?.message
            == "the weights of the 'xx' rubrics add up to 0.998, not 1 (empathy 0.398 + accuracy 0.4 + response_time 0.2)")
    }

    @Test func rubricsWithoutALanguagePackAreAnError() throws {
        var files = Self.rubrics()
        files["xx/language.yaml"] = nil
        let content = try Self.load(files, context: [])
        let error = try #require(content.with(.missingLanguagePack).first)
        #expect(error.message == "language 'xx' has rubrics but no Rubrics/xx/language.yaml (numbers, negators, equivalents)")
        #expect(content.place(error) == content.place(of: "xx", in: "xx/empathy.yaml"))
    }

    @Test func aLanguagePackThatDoesNotLoadIsNotAlsoMissing() throws {
        var files = Self.rubrics()
        files["xx/language.yaml"] = "language: xx\nname: [unclosed\n"
        let content = try Self.load(files, context: [])
        #expect(content.with(.missingLanguagePack).isEmpty)
        #expect(content.with(.yamlSyntax).count == 1, "\(content.diagnostics.map(\.description))")
    }

    @Test func aRubricThatDoesNotLoadIsNotAlsoAMissingDimension() throws {
        var files = Self.rubrics()
        files["xx/accuracy.yaml"] = "dimension: accuracy\nlanguage: xx\nweight: [0.4\n"
        let content = try Self.load(files, context: [])
        #expect(content.with(.noRubricForLanguage).isEmpty, "\(content.diagnostics.map(\.description))")
        #expect(content.with(.yamlSyntax).count == 1)
    }

    @Test func aScenarioInALanguageWithoutRubricsNamesTheLanguagesThatHaveThem() throws {
        let content = try Self.load(["graph.yaml": Self.scenario.replacingOccurrences(of: "language: en", with: "language: zz"),
                                     "graph.walkthrough.yaml": Self.walkthrough])
        let error = try #require(content.with(.noRubricForLanguage).first)
        #expect(error.message == "scenario language 'zz' has no rubrics (rubrics exist for: en, fa, lv); add Rubrics/zz/")
        #expect(content.place(error) == content.place(of: "zz", in: "graph.yaml"))
        // With no rubrics at all.
        let alone = try Self.load(["graph.yaml": Self.scenario, "graph.walkthrough.yaml": Self.walkthrough], context: [])
        #expect(alone.with(.noRubricForLanguage).first?.message == "scenario language 'en' has no rubrics (rubrics exist for: none); add Rubrics/en/")
    }

    // MARK: Walkthroughs and tracks

    @Test func aWalkthroughForAnUnknownScenarioSuggestsOne() throws {
        let content = try Self.load(["graph.yaml": Self.scenario, "graph.walkthrough.yaml": Self.walkthrough,
                                     "other.walkthrough.yaml": Self.walkthrough.replacingOccurrences(of: "scenario: graph", with: "scenario: grahp")])
        let error = try #require(content.with(.unknownReference).first)
        #expect(content.with(.unknownReference).count == 1)
        #expect(error.message == "walkthrough for unknown scenario 'grahp'; did you mean 'graph'?")
        #expect(content.place(error).hasPrefix("other.walkthrough.yaml:"))
    }

    @Test func aScenarioWithoutAWalkthroughIsAWarningAtTheScenario() throws {
        let content = try Self.load(["graph.yaml": Self.scenario])
        let warning = try #require(content.with(.missingWalkthrough).first)
        #expect(content.diagnostics.count == 1)
        #expect(warning.severity == .warning)
        #expect(warning.message == "scenario 'graph' has no golden walkthrough; add graph.walkthrough.yaml beside it")
        #expect(content.place(warning) == "graph.yaml:1:1")
    }

    @Test func aScenarioThatDoesNotLoadIsNotUnknownToItsWalkthroughOrTrack() throws {
        let content = try Self.load(["graph.yaml": "id: graph\ntitle: [unclosed\n", "graph.walkthrough.yaml": Self.walkthrough,
                                     "mini.track.yaml": Self.track([["graph"]])])
        #expect(content.diagnostics.map(\.code) == [.yamlSyntax], "\(content.diagnostics.map(\.description))")
    }

    @Test func aTrackNamesKnownScenariosOnce() throws {
        let content = try Self.load(["graph.yaml": Self.scenario, "graph.walkthrough.yaml": Self.walkthrough,
                                     "mini.track.yaml": Self.track([["graph", "grap"], ["graph"]])])
        let unknown = try #require(content.with(.unknownReference).first)
        #expect(unknown.message == "unknown scenario 'grap'; did you mean 'graph'?")
        #expect(content.place(unknown) == content.place(of: "grap]", in: "mini.track.yaml"))
        let again = try #require(content.with(.duplicateId).first)
        #expect(again.severity == .warning)
        #expect(again.message == "scenario 'graph' is already in step 'Step 1'")
        #expect(content.place(again) == content.place(of: "graph", in: "mini.track.yaml", occurrence: 2))
        #expect(content.diagnostics.count == 2)
    }

    // MARK: Patterns, values and cues

    @Test func aScenarioPatternThatDoesNotParseIsReportedAtThePhrase() throws {
        let content = try Self.load(["graph.yaml": Self.scenario.replacingOccurrences(of: "say: [\"order number\"]", with: "say: [\"order number\", \"{no-such-concept}\"]"),
                                     "graph.walkthrough.yaml": Self.walkthrough])
        let error = try #require(content.with(.badPattern).first)
        #expect(content.with(.badPattern).count == 1)
        #expect(error.message.contains("unknown concept '{no-such-concept}'"))
        // At the pattern's first character, inside the quotes.
        #expect(content.place(error) == content.place(of: "{no-such-concept}", in: "graph.yaml"))
    }

    @Test func aValueTheLanguageCannotReadIsAnError() throws {
        let scenario = Self.scenario.replacingOccurrences(of: "        tip: Ask for the order number.",
                                                          with: "        tip: Ask for the order number.\n        value: fairly soon")
        let content = try Self.load(["graph.yaml": scenario, "graph.walkthrough.yaml": Self.walkthrough])
        let error = try #require(content.with(.invalidValue).first)
        #expect(content.with(.invalidValue).count == 1)
        #expect(error.message.hasPrefix("cannot read 'fairly soon' as a value; write a number with a unit or currency the language knows"))
        #expect(content.place(error) == content.place(of: "fairly soon", in: "graph.yaml"))
        // A value it can read is no error.
        let readable = try Self.load(["graph.yaml": Self.scenario.replacingOccurrences(
            of: "        tip: Ask for the order number.", with: "        tip: Ask for the order number.\n        value: 5-7 business days"),
                                      "graph.walkthrough.yaml": Self.walkthrough])
        #expect(readable.diagnostics.isEmpty, "\(readable.diagnostics.map(\.description))")
    }

    @Test func aCueThePackDoesNotDefineIsAnError() throws {
        var files = Self.rubrics()
        files["xx/empathy.yaml"] = Self.rubric("empathy", weight: "0.4", criteria: Self.greet + "\n    applies: { customer: [feling] }")
        let content = try Self.load(files, context: [])
        let error = try #require(content.with(.unknownReference).first)
        #expect(content.with(.unknownReference).count == 1)
        #expect(error.message == "criterion 'greet' applies on the cue 'feling', which the 'xx' language pack does not define; did you mean 'feeling'?; add it under 'cues:' in language.yaml or use one of: feeling, request, specifics, story")
        #expect(content.place(error) == content.place(of: "{ customer: [feling] }", in: "xx/empathy.yaml"), "at 'applies'")
    }

    @Test func aWordListEntryThatIsNotOneWordIsAWarningAtTheEntry() throws {
        // The lists read a word at a time drop a phrase silently: say so where it is written.
        var files = Self.rubrics()
        files["xx/language.yaml"] = Self.pack + """
            expansions: { "can't": can not }
            negators: [not, no longer]
            negation_reach: [promise, "can't", be sure]
            conditionals: [if]
            trailing_negators: ["can't"]
            numbers_after: { "o clock": { nine: 9 } }

            """
        let content = try Self.load(files, context: [])
        let warnings = content.with(.ignoredWord)
        #expect(warnings.map(\.message) == [
            "'no longer' in 'negators' is not one word, and this list is read a word at a time, so the entry never matches; write each word as an entry of its own",
            "'can't' in 'negation_reach' is read as 2 words ('can', 'not'), and this list takes single words, so the entry never matches; write each word as an entry of its own",
            "'be sure' in 'negation_reach' is read as 2 words ('be', 'sure'), and this list takes single words, so the entry never matches; write each word as an entry of its own",
            "'o clock' in 'numbers_after' is read as 2 words ('o', 'clock'), and this list takes single words, so the entry never matches; write each word as an entry of its own",
        ])
        #expect(warnings.allSatisfy { $0.severity == .warning })
        #expect(content.place(warnings[0]) == content.place(of: "no longer", in: "xx/language.yaml"))
        #expect(content.place(warnings[1]) == content.place(of: "\"can't\"", in: "xx/language.yaml", occurrence: 2, offset: 1))
        #expect(content.with(.ignoredWord).count == 4, "a trailing negator may be several tokens; 'if' and 'promise' are one")
    }

    @Test func theBuiltInCuesAreTheCustomersOnly() throws {
        var files = Self.rubrics()
        files["xx/empathy.yaml"] = Self.rubric("empathy", weight: "0.4", criteria: Self.greet + "\n    applies: { customer: [specifics, story], reply: [specifics] }")
        let content = try Self.load(files, context: [])
        #expect(content.with(.unknownReference).map(\.message) == [
            "criterion 'greet' applies on the cue 'specifics', which the 'xx' language pack does not define; add it under 'cues:' in language.yaml or use one of: feeling, request",
        ])
    }

    // MARK: Only the files being checked

    @Test func contextFilesAreNotReportedOn() throws {
        // The context's scenario has no walkthrough and a bad pattern: neither is this check's to report.
        let context = FileManager.default.temporaryDirectory.appendingPathComponent("fl-catalog-context-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: context, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: context) }
        try Self.scenario.replacingOccurrences(of: "say: [\"order number\"]", with: "say: [\"{no-such-concept}\"]")
            .write(to: context.appendingPathComponent("graph.yaml"), atomically: true, encoding: .utf8)
        let content = try Self.load(["mini.track.yaml": Self.track([["graph"]])], context: [Self.shippedRubrics, context.path])
        #expect(content.diagnostics.isEmpty, "\(content.diagnostics.map(\.description))")
        #expect(content.result.catalog.scenarios.map(\.id) == ["graph"], "the context is loaded, for references")
    }
}
