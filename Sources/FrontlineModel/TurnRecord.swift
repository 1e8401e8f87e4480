/// One answered turn, as stored.
public struct TurnRecord: Sendable, Equatable, Codable {
    public var index: Int
    public var turnId: String
    public var customerLine: String
    public var reply: String
    public var timings: Timings
    public var grade: Grade
    public var hintsUsed: Int
    /// The overall score after the hint cost.
    public var overall: Double
    public var patienceBefore: Int
    public var patienceAfter: Int
    public var nudges: Int
    /// Where the conversation went: a turn or an ending id.
    public var next: String

    public init(index: Int, turnId: String, customerLine: String, reply: String, timings: Timings, grade: Grade,
                hintsUsed: Int, overall: Double, patienceBefore: Int, patienceAfter: Int, nudges: Int, next: String) {
        self.index = index
        self.turnId = turnId
        self.customerLine = customerLine
        self.reply = reply
        self.timings = timings
        self.grade = grade
        self.hintsUsed = hintsUsed
        self.overall = overall
        self.patienceBefore = patienceBefore
        self.patienceAfter = patienceAfter
        self.nudges = nudges
        self.next = next
    }
}

