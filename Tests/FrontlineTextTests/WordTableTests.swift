import Testing
@testable import FrontlineText

@Suite struct WordTableTests {
    @Test func idsAreStableAndDense() {
        var table = WordTable(capacity: 2)
        let words = (0..<500).map { "word\($0)" }
        let ids = words.map { table.insert($0) }
        #expect(ids == (0..<500).map(Int32.init))
        #expect(table.count == 500)
        #expect(table.insert("word42") == 42, "inserting again returns the existing id")
        #expect(words.allSatisfy { table.id($0) == ids[words.firstIndex(of: $0)!] })
        #expect(table.word(7) == "word7")
    }

    @Test func unknownWordsAndBytes() {
        let table = WordTable(["sorry", "متاسفم", ""])
        #expect(table.id("sorry") == 0)
        #expect(table.id("Sorry") == -1, "lookups are exact; callers fold first")
        #expect(table.id("متاسفم") == 1)
        #expect(table.id("") == 2)
        var text = "sorry"
        #expect(text.withUTF8 { table.id($0) } == 0)
    }
}
