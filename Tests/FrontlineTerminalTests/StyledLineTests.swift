import Testing
@testable import FrontlineTerminal

/// Lines taken apart into characters with the colours in force, and put back together.
@Suite struct StyledLineTests {
    @Test func eachCharacterCarriesTheColoursInForceAndTheLastOnesCarryOver() throws {
        var carried = ""
        let line = try #require(StyledLine("a\u{1B}[36m\u{1B}[1mb\u{1B}[0mc\u{1B}[2md", carried: &carried))
        #expect(line.cells.map(\.style) == ["", "\u{1B}[36m\u{1B}[1m", "", "\u{1B}[2m"])
        #expect(carried == "\u{1B}[2m", "dim is still on at the end of the line")
        let next = try #require(StyledLine("e\u{1B}[m", carried: &carried))
        #expect(next.cells.map(\.style) == ["\u{1B}[2m"] && carried == "")
    }

    @Test func escapesOtherThanColoursAreRefused() {
        var carried = ""
        #expect(StyledLine("\u{1B}[2Kclear", carried: &carried) == nil)
        #expect(StyledLine("\u{1B}]0;title\u{7}", carried: &carried) == nil)
        #expect(StyledLine("cut \u{1B}[3", carried: &carried) == nil)
    }

    @Test func renderingPutsColoursBackAndLeavesOutAddedAndBidiControls() throws {
        var carried = ""
        var cells = try #require(StyledLine("\u{1B}[32mok\u{1B}[0m x\u{200F}", carried: &carried)).cells
        cells.insert(StyledLine.Cell(scalar: "\u{2068}", style: "", added: true), at: 2)
        #expect(StyledLine.render(cells) == "\u{1B}[32mok\u{1B}[0m x")
        #expect(StyledLine.render(cells.reversed()) == "x \u{1B}[32mko\u{1B}[0m")
    }
}
