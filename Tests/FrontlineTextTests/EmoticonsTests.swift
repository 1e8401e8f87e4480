import Testing
@testable import FrontlineText

@Suite struct EmoticonsTests {
    func match(_ text: String) -> (String, Int, Int)? {
        var text = text
        return text.withUTF8 { bytes in Emoticons.match(bytes, at: 0).map { (String($0.0), $0.1, $0.2) } }
    }

    @Test func asciiEmoticons() {
        #expect(match(":)")?.0 == ":)")
        #expect(match(":-) yes")?.0 == ":)")
        #expect(match(";)")?.0 == ":)")
        #expect(match(":D")?.0 == ":)")
        #expect(match(":Do")?.0 == nil, "a colon before a word is not a grin")
        #expect(match(":'(")?.0 == ":(")
        #expect(match("<3")?.0 == "<3")
        #expect(match("<33")?.0 == "<3")
        #expect(match("<30") == nil)
    }

    @Test func emojiAndTheirLengths() {
        let heart = match("❤️!")
        #expect(heart?.0 == "<3" && heart?.1 == 2 && heart?.2 == 6, "the heart and its presentation selector")
        let thumbs = match("👍🏽")
        #expect(thumbs?.0 == ":)" && thumbs?.1 == 2)
        #expect(match("🚗") == nil, "emoji without a tone are left alone")
    }

    @Test func entities() {
        #expect(match("&lt;3")?.0 == "<3")
        #expect(match("&amp;")?.0 == "")
        #expect(match("&mdash;")?.0 == "—")
        #expect(match("&hellip;")?.0 == "…")
        #expect(match("&unknown") == nil)
    }
}
