import Foundation
import Testing
@testable import FrontlineLoader

/// `JSONValue` (and `JSONValue+YAML`): equality that respects key order, key lookup, the
/// pretty-printed text the committed schemas are written in (two-space indents, lists of
/// strings on one line, whole numbers without ".0", JSON string escapes), and a YAML file
/// read as JSON the way the schemas see it (plain scalars typed, quoted ones text).
@Suite struct JSONValueTests {
    @Test func objectsAreEqualOnlyWithTheSameKeysInTheSameOrder() {
        let ab: JSONValue = .object([("a", .number(1)), ("b", .string("x"))])
        #expect(ab == .object([("a", .number(1)), ("b", .string("x"))]))
        #expect(ab != .object([("b", .string("x")), ("a", .number(1))]), "key order is part of the value")
        #expect(ab != .object([("a", .number(1))]))
        #expect(ab != .object([("a", .number(2)), ("b", .string("x"))]))
        #expect(JSONValue.array([.null, .bool(true)]) == .array([.null, .bool(true)]))
        #expect(JSONValue.number(1) != .string("1"))
        #expect(JSONValue.bool(false) != .null)
        #expect(JSONValue.object([]) != .array([]))
    }

    @Test func subscriptFindsTheFirstValueOfAKeyInAnObjectOnly() {
        let value: JSONValue = .object([("type", .string("object")), ("type", .string("second")), ("n", .number(2))])
        #expect(value["type"] == .string("object"))
        #expect(value["n"] == .number(2))
        #expect(value["missing"] == nil)
        #expect(JSONValue.array([.string("type")])["type"] == nil)
        #expect(JSONValue.string("type")["type"] == nil)
    }

    @Test func textIsPrettyPrintedWithTwoSpaceIndentsAndAFinalNewline() {
        let value: JSONValue = .object([
            ("title", .string("Scenario")),
            ("required", .array([.string("id"), .string("title")])),
            ("sizes", .array([.number(1), .number(2.5)])),
            ("items", .object([("open", .bool(false)), ("nothing", .null)])),
            ("empty", .object([])),
            ("none", .array([])),
        ])
        #expect(value.text == """
            {
              "title": "Scenario",
              "required": ["id", "title"],
              "sizes": [
                1,
                2.5
              ],
              "items": {
                "open": false,
                "nothing": null
              },
              "empty": {},
              "none": []
            }

            """)
    }

    @Test(arguments: [(3.0, "3"), (-2.0, "-2"), (0.5, "0.5"), (86_400.0, "86400"), (1e16, "1e+16"), (0.0, "0")])
    func numbersAreWholeWhenTheyCanBe(_ number: Double, _ text: String) {
        #expect(JSONValue.number(number).text == text + "\n")
    }

    @Test func stringsAreEscapedAsJSONAndUnicodeIsKept() {
        #expect(JSONValue.quote("say \"hi\"\\now") == #""say \"hi\"\\now""#)
        #expect(JSONValue.quote("a\nb\tc\rd") == #""a\nb\tc\rd""#)
        #expect(JSONValue.quote("bell\u{07}esc\u{1B}") == #""bell\u0007esc\u001b""#)
        #expect(JSONValue.quote("«سلام» Jānis 👋") == "\"«سلام» Jānis 👋\"")
        #expect(JSONValue.quote("") == "\"\"")
        #expect(JSONValue.quote("\u{7F}") == "\"\u{7F}\"", "DEL is not a JSON control character")
    }

    // MARK: JSONValue+YAML

    @Test func plainScalarsAreTypedAndQuotedOnesAreText() throws {
        let value = try #require(JSONValue.fromYAML("""
            id: refund
            patience: 60
            weight: 0.4
            negative: -3
            critical: true
            lenient: false
            nothing: ~
            empty:
            quoted_number: "60"
            quoted_true: 'true'
            quoted_null: "null"
            infinite: .inf

            """))
        #expect(value == .object([
            ("id", .string("refund")),
            ("patience", .number(60)),
            ("weight", .number(0.4)),
            ("negative", .number(-3)),
            ("critical", .bool(true)),
            ("lenient", .bool(false)),
            ("nothing", .null),
            ("empty", .null),
            ("quoted_number", .string("60")),
            ("quoted_true", .string("true")),
            ("quoted_null", .string("null")),
            ("infinite", .string(".inf")),
        ]))
    }

    @Test func listsMappingsAndAliasesAreRead() throws {
        let value = try #require(JSONValue.fromYAML("""
            steps:
              - title: Pirmais
                scenarios: [a, "b"]
            shared: &name Jānis
            again: *name

            """))
        #expect(value["steps"] == .array([.object([("title", .string("Pirmais")), ("scenarios", .array([.string("a"), .string("b")]))])]))
        #expect(value["shared"] == .string("Jānis"))
        #expect(value["again"] == .string("Jānis"), "an alias is the value it names")
    }

    @Test func aBlockScalarIsTextAndPersianIsKept() throws {
        let value = try #require(JSONValue.fromYAML("briefing: |\n  «سلام»\n  دوم\n"))
        #expect(value["briefing"] == .string("«سلام»\nدوم\n"))
    }

    @Test(arguments: ["", "# nothing\n", "a: [1, 2\n", "a: 1\na: 2\n", "key: \"open\n"])
    func textThatIsNotAYAMLDocumentIsNil(_ text: String) {
        #expect(JSONValue.fromYAML(text) == nil)
    }

    @Test func aTopLevelScalarOrListIsReadToo() {
        #expect(JSONValue.fromYAML("42\n") == .number(42))
        #expect(JSONValue.fromYAML("- a\n- 2\n") == .array([.string("a"), .number(2)]))
    }

    @Test func aYAMLFileRoundTripsToJSONThatFoundationReads() throws {
        let value = try #require(JSONValue.fromYAML("title: \"a \\\"quoted\\\" «word»\"\nlist: [1, 2.5, true, ~]\ntab: \"x\\ty\"\n"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(value.text.utf8)) as? [String: Any])
        #expect(object["title"] as? String == "a \"quoted\" «word»")
        #expect(object["tab"] as? String == "x\ty")
        #expect((object["list"] as? [Any])?.count == 4)
    }
}
