import Testing
@testable import frontline

/// An error quoting a trainee's name or a file's value printed its ESC sequences as they
/// were; "Error: …" is what every command prints last.
@Suite struct UserErrorTests {
    @Test func controlCharactersInAMessageAreShownNotSent() {
        let error = UserError("no such trainee 'x\u{1B}[2Jy'\nsee the list")
        #expect(error.description == "no such trainee 'x\\u{1B}[2Jy'\nsee the list")
    }
}
