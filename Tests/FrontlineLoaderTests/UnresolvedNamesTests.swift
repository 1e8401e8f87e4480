import Foundation
import Testing
@testable import FrontlineLoader

/// `UnresolvedNames`: the names a file that did not load would have defined, read from its
/// path and, where it has one, a top-level `key: value` line of its text (quotes and a
/// trailing comment taken off), so catalog checks stay silent about the follow-on; and
/// `FileKind.guess`, the kind of such a file from its name and text.
@Suite struct UnresolvedNamesTests {
    @Test func aScenarioDefinesItsFileStemAndItsId() {
        var names = UnresolvedNames()
        names.record(path: "Scenarios/refund.yaml", text: "id: refund-request\ntitle: [broken\n", kind: nil)
        #expect(names.scenarios == ["refund", "refund-request"])
        #expect(names.walkthroughScenarios.isEmpty && names.rubricLanguages.isEmpty && names.languagePacks.isEmpty)
    }

    @Test func anUnreadableScenarioStillDefinesItsStem() {
        var names = UnresolvedNames()
        names.record(path: "Scenarios/بازپرداخت.yaml", text: nil, kind: nil)
        #expect(names.scenarios == ["بازپرداخت"])
    }

    @Test(arguments: ["Scenarios/refund.walkthrough.yaml", "Scenarios/refund.walkthrough.yml"])
    func aWalkthroughDefinesItsScenarioFromNameAndText(_ path: String) {
        var names = UnresolvedNames()
        names.record(path: path, text: "scenario: refund-request\nwalkthroughs: {\n", kind: nil)
        #expect(names.walkthroughScenarios == ["refund", "refund-request"])
        #expect(names.scenarios.isEmpty)
    }

    @Test func aRubricDefinesItsFolderAndLanguageLowerCased() {
        var names = UnresolvedNames()
        names.record(path: "Rubrics/LV/empathy.yaml", text: "dimension: empathy\nlanguage: LV-x\nweight: [\n", kind: nil)
        #expect(names.rubricLanguages == ["lv", "lv-x"])
        #expect(names.languagePacks.isEmpty)
    }

    @Test func aLanguagePackDefinesItsFolderAndLanguage() {
        var names = UnresolvedNames()
        names.record(path: "Rubrics/fa/language.yaml", text: "language: FA\nname: فارسی\nnumbers: {\n", kind: nil)
        names.record(path: "Rubrics/lv/language.yml", text: nil, kind: nil)
        #expect(names.languagePacks == ["fa", "lv"])
        #expect(names.rubricLanguages.isEmpty)
    }

    @Test func aTrackDefinesNothing() {
        var names = UnresolvedNames()
        names.record(path: "Scenarios/first-week.track.yaml", text: "id: first-week\n", kind: nil)
        #expect(names == UnresolvedNames())
    }

    @Test func aGivenKindWinsOverTheGuess() {
        var names = UnresolvedNames()
        names.record(path: "Scenarios/odd.yaml", text: "id: odd\n", kind: .rubric)
        #expect(names.scenarios.isEmpty)
        #expect(names.rubricLanguages == ["scenarios"], "a rubric's language is its folder's name")
    }

    @Test func topLevelValueReadsAPlainOrQuotedValueWithoutItsComment() {
        #expect(UnresolvedNames.topLevelValue("id", in: "title: t\nid: refund\n") == "refund")
        #expect(UnresolvedNames.topLevelValue("id", in: "id: refund # the refund one\n") == "refund")
        #expect(UnresolvedNames.topLevelValue("id", in: "id: \"refund request\"\n") == "refund request")
        #expect(UnresolvedNames.topLevelValue("id", in: "id: 'atmaksa'\n") == "atmaksa")
        #expect(UnresolvedNames.topLevelValue("id", in: "id:refund\n") == "refund")
        #expect(UnresolvedNames.topLevelValue("id", in: "id: a#b\n") == "a#b", "a '#' inside a word is not a comment")
        #expect(UnresolvedNames.topLevelValue("id", in: "title: x\nid: «بازپرداخت»\n") == "«بازپرداخت»")
        #expect(UnresolvedNames.topLevelValue("id", in: "title: x\rid: refund\r") == "refund", "CR-only line ends")
        #expect(UnresolvedNames.topLevelValue("id", in: "id: first\nid: second\n") == "first")
        #expect(UnresolvedNames.topLevelValue("id", in: "id: \"\n") == "\"", "a lone quote is kept")
    }

    @Test func topLevelValueIgnoresNestedEmptyAndLookalikeKeys() {
        #expect(UnresolvedNames.topLevelValue("id", in: "turns:\n  id: nested\n") == nil)
        #expect(UnresolvedNames.topLevelValue("id", in: "idea: x\nids: y\n") == nil)
        #expect(UnresolvedNames.topLevelValue("id", in: "id:\n") == nil)
        #expect(UnresolvedNames.topLevelValue("id", in: "id:    # only a comment\n") == nil)
        #expect(UnresolvedNames.topLevelValue("id", in: "id: ''\n") == nil)
        #expect(UnresolvedNames.topLevelValue("id", in: "") == nil)
    }

    /// "\r\n" is one Character, so splitting a String's Characters on "\n" or "\r" does not
    /// split a file with Windows line ends at all.
    @Test func windowsLineEndsSplitLinesToo() {
        #expect(UnresolvedNames.topLevelValue("id", in: "title: x\r\nid: refund\r\n") == "refund")
        #expect(UnresolvedNames.topLevelValue("id", in: "id: refund\r\ntitle: x\r\n") == "refund")
        #expect(FileKind.guess(name: "odd.yaml", text: "scenario: x\r\nwalkthroughs:\r\n  - [") == .walkthrough)
        #expect(FileKind.guess(name: "empathy.yaml", text: "language: lv\r\ndimension: empathy\r\n") == .rubric)
    }

    @Test func guessReadsNamesFirstThenText() {
        #expect(FileKind.guess(name: "x.walkthrough.yaml", text: "dimension: empathy") == .walkthrough)
        #expect(FileKind.guess(name: "language.yaml", text: "dimension: empathy") == .language)
        #expect(FileKind.guess(name: "language.yml", text: "") == .language)
        #expect(FileKind.guess(name: "a.track.yml", text: "") == .track)
        #expect(FileKind.guess(name: "empathy.yaml", text: "dimension: empathy\n") == .rubric)
        #expect(FileKind.guess(name: "odd.yaml", text: "scenario: x\nwalkthroughs:\n  - [") == .walkthrough)
        #expect(FileKind.guess(name: "odd.yaml", text: "id: x\n  walkthroughs: []\n") == .scenario, "an indented key says nothing")
        #expect(FileKind.guess(name: "my-language.yaml", text: "") == .scenario)
        #expect(FileKind.guess(name: "refund.yaml", text: "") == .scenario)
    }
}
