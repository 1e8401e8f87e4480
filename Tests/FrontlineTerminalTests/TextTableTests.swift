import Testing
@testable import FrontlineTerminal

@Suite struct TextTableTests {
    @Test func alignsByDisplayColumns() {
        let table = TextTable(columns: ["name", "best"])
        table.rightAligned = [1]
        table.add(["مریم", "91"])
        table.add(["Jānis Bērziņš", "7"])
        let lines = table.render(style: TerminalStyle(enabled: false)).split(separator: "\n").map(String.init)
        #expect(lines == ["name           best", "مریم             91", "Jānis Bērziņš     7"])
    }

    @Test func shrinksTheFlexibleColumnToFit() {
        let table = TextTable(columns: ["id", "title"])
        table.flexible = 1
        table.add(["refund-request", "A blender that arrived cracked right down the side"])
        let rendered = table.render(style: TerminalStyle(enabled: false), maxWidth: 40)
        #expect(rendered.split(separator: "\n").allSatisfy { $0.count <= 40 })
        #expect(rendered.contains("…"))
    }
}
