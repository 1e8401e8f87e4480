import Testing
import FrontlineModel

@Suite struct PersonalisedTipTests {
    @Test func theFirstNameTakesThePlaceholder() {
        #expect("Open with \"Hi {name}, thanks.\"".personalised(customerName: "Dana Whitfield") == "Open with \"Hi Dana, thanks.\"")
    }

    @Test func withoutANameThePlaceholderGoesWithItsSeparator() {
        #expect("\"I'm sorry this happened, {name}.\"".personalised(customerName: nil) == "\"I'm sorry this happened.\"")
        #expect("\"Hi {name}, thanks.\"".personalised(customerName: "  ") == "\"Hi, thanks.\"")
    }

    @Test func aTipWithoutPlaceholderIsUnchanged() {
        #expect("Say what you will do.".personalised(customerName: "Dana") == "Say what you will do.")
    }
}
