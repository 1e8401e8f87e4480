import Testing
@testable import FrontlineGrader

@Suite struct JSONLineWriterTests {
    func written(_ body: (inout JSONLineWriter) -> Void) -> String {
        var writer = JSONLineWriter()
        body(&writer)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    @Test func escapesStrings() {
        #expect(written { $0.string("a \"quote\" \\ /slash\n\t\u{1}") } == #""a \"quote\" \\ /slash\n\t\u0001""#)
        #expect(written { $0.string("متاسفم 😢") } == "\"متاسفم 😢\"")
    }

    @Test func numbersLikeJSONSerialization() {
        #expect(written { $0.number(20) } == "20")
        #expect(written { $0.number(33.3) } == "33.3")
        #expect(written { $0.number(-7.5) } == "-7.5")
        #expect(written { $0.number(-0.0) } == "0")
        #expect(written { $0.number(.nan) } == "null")
        #expect(written { $0.integer(Int64.min + 1) } == "-9223372036854775807")
        #expect(written { $0.integer(0) } == "0")
    }
}
