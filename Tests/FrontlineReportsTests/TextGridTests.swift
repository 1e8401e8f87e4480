import Testing
@testable import FrontlineReports

@Suite struct TextGridTests {
    @Test func persianAndLatvianAlignByTerminalColumns() {
        var grid = TextGrid(columns: ["trainee", "score"], rightAligned: [1])
        grid.add(["مریم احمدی", "72"])
        grid.add(["Jānis Bērziņš", "8"])
        let lines = grid.render().split(separator: "\n").map(String.init)
        #expect(lines == ["trainee        score", "مریم احمدی        72", "Jānis Bērziņš      8"])
    }

    @Test func theFlexibleColumnIsShortenedFirst() {
        var grid = TextGrid(columns: ["name", "title", "n"], flexible: 1)
        grid.add(["Ava", "A very long scenario title that does not fit", "1"])
        let text = grid.render(maxWidth: 30)
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 30 })
        #expect(text.contains("A very long scenario…"))
        #expect(text.contains("Ava"))
    }

    @Test func lineBreaksInCellsDoNotBreakRows() {
        var grid = TextGrid(columns: ["name"], indent: 2)
        grid.add(["Two\nLines\tand a tab"])
        #expect(grid.render() == "  name\n  Two Lines and a tab")
    }

    @Test func colourCodesTakeNoColumns() {
        let red = Palette(bold: { $0 }, dim: { $0 }, red: { "\u{1B}[31m\($0)\u{1B}[0m" }, green: { $0 }, yellow: { $0 }, cyan: { $0 })
        var grid = TextGrid(columns: ["score", "x"], rightAligned: [0])
        grid.add([red.score(42), "y"])
        #expect(grid.render(red) == "score  x\n   \u{1B}[31m42\u{1B}[0m  y")
    }
}
