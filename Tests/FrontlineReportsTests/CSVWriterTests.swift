import Testing
@testable import FrontlineReports

@Suite struct CSVWriterTests {
    @Test func quotesWhatSpreadsheetsWouldMisread() {
        var csv = CSVWriter(header: ["trainee", "reply"])
        csv.append(["Whitfield, Dana", "She said \"no\"\nthen left"])
        csv.append(["مریم احمدی", "Jānis Bērziņš"])
        #expect(csv.text == "trainee,reply\r\n\"Whitfield, Dana\",\"She said \"\"no\"\"\nthen left\"\r\nمریم احمدی,Jānis Bērziņš\r\n")
    }

    @Test func plainFieldsStayPlain() {
        #expect(CSVWriter.escape("refund-request") == "refund-request")
        #expect(CSVWriter.escape(" padded") == "\" padded\"")
    }
}
