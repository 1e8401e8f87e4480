import Testing
@testable import FrontlineBatch
import FrontlineGrader

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

    @Test("integers are written as their description, on the short paths too")
    func integersMatchDescription() {
        for value: Int64 in [0, 1, 9, 10, 11, 42, 99, 100, 101, 999, 1000, -1, -9, -10, -99, -100, Int64.max, Int64.min + 1] {
            #expect(written { $0.integer(value) } == String(value), "\(value)")
        }
    }

    @Test("a one-decimal number is written as Double.description writes it")
    func oneDecimalNumbersMatchDescription() {
        var values: [Double] = [0.1, -0.1, 0.5, -0.5, 46.7, 99.9, 100.1, 7.5, -7.5, 1234567.8, 99_999_999_999.9, 0.05, 1e-7,
                                2.25, 1e13 + 0.5, 1.0 / 3]
        for n in stride(from: -2_000, through: 2_000, by: 1) { values.append(Double(n) / 10) }
        for value in values {
            let expected = value == value.rounded(.towardZero) ? String(Int64(value)) : value.description
            #expect(written { $0.number(value) } == expected, "\(value)")
        }
    }

    @Test("the writer grows past its first storage and keeps every byte")
    func growsPastItsStorage() {
        var writer = JSONLineWriter(capacity: 1)
        var expected = ""
        for i in 0..<2_000 {
            writer.string("\(i) \"q\"\n")
            writer.byte(UInt8(ascii: ","))
            writer.raw([0x61, 0x62])
            expected += #""\#(i) \"q\"\n",ab"#
        }
        #expect(String(decoding: writer.bytes, as: UTF8.self) == expected)
        writer.removeAll()
        writer.raw("{}")
        #expect(writer.bytes == Array("{}".utf8) && writer.count == 2)
    }
}
