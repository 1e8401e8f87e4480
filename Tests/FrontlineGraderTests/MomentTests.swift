import Testing
@testable import FrontlineGrader
import FrontlineModel

/// When a criterion's `applies` holds (docs/authoring.md, "When a criterion applies"): the
/// compiled masks, the moment's rule (each stated condition must hold, any listed value
/// will do, what cannot be read holds) and what the grader reads from a context.
@Suite struct MomentTests {
    let grader = ShippedContent.english

    /// The shipped English pack's cue `name` as the moment's bit (cues are numbered in name order).
    func cue(_ name: String) throws -> UInt64 {
        let index = try #require(grader.language.cues.keys.sorted().firstIndex(of: name), "no cue \(name)")
        return 1 << UInt64(index)
    }

    func context(customer: String = "", name: String? = nil, phase: Phase? = .middle, history: [String] = []) -> GradingContext {
        var context = GradingContext(customerMessage: customer, customerName: name, history: history)
        context.phase = phase
        return context
    }

    // MARK: The compiled mask

    @Test func masksHaveOneBitPerPhaseAndChannel() {
        #expect(Moment.bit(.opening) == 1 && Moment.bit(.middle) == 2 && Moment.bit(.closing) == 4)
        #expect(Moment.bit(.chat) == 1 && Moment.bit(.phone) == 2 && Moment.bit(.email) == 4)
        let mask = Moment.Mask(Applicability(phases: [.opening, .closing], channels: [.email]), cues: [:])
        #expect(mask.phases == 0b101)
        #expect(mask.channels == 0b100)
        #expect(mask.customer == 0 && mask.reply == 0 && mask.nameUsed == nil)
    }

    @Test func customerCuesTakeThePacksNumbersAndTheBuiltInTopBits() {
        let cues = ["feeling": 0, "problem": 3, "request": 5]
        let mask = Moment.Mask(Applicability(customer: ["problem", "specifics", "story"], reply: ["request"], nameUsed: false), cues: cues)
        #expect(mask.customer == (1 << 3) | Moment.specificsBit | Moment.storyBit)
        #expect(mask.reply == 1 << 5)
        #expect(mask.nameUsed == false)
        #expect(Moment.specificsBit == 1 << 63 && Moment.storyBit == 1 << 62)
        // The built-in cues are the customer's only: in `reply` they name no cue of the pack.
        #expect(Moment.Mask(Applicability(reply: ["specifics"]), cues: cues).reply == 0)
    }

    @Test func alwaysCompilesToAnEmptyMask() {
        let mask = Moment.Mask(.always, cues: ["feeling": 0])
        #expect(mask.phases == 0 && mask.channels == 0 && mask.customer == 0 && mask.reply == 0 && mask.nameUsed == nil)
        #expect(Moment(phase: .closing, channel: .phone, customerCues: 0, replyCues: 0, nameUsedBefore: true).admits(mask))
    }

    @Test func unionAsksEverythingEitherAsks() {
        var needs = Moment.Mask(Applicability(phases: [.opening], customer: ["feeling"]), cues: ["feeling": 1, "request": 2])
        needs.formUnion(Moment.Mask(Applicability(phases: [.closing], reply: ["request"], channels: [.chat]), cues: ["feeling": 1, "request": 2]))
        #expect(needs.phases == 0b101)
        #expect(needs.channels == 0b001)
        #expect(needs.customer == 1 << 1)
        #expect(needs.reply == 1 << 2)
        #expect(needs.nameUsed == nil)
        needs.formUnion(Moment.Mask(Applicability(nameUsed: false), cues: [:]))
        #expect(needs.nameUsed == false)
        // A mask that does not ask about the name leaves the question asked.
        needs.formUnion(Moment.Mask())
        #expect(needs.nameUsed == false)
    }

    // MARK: Admitting

    @Test func eachStatedConditionMustHold() {
        let mask = Moment.Mask(Applicability(phases: [.closing], customer: ["feeling"], channels: [.chat]), cues: ["feeling": 0])
        let moment = Moment(phase: .closing, channel: .chat, customerCues: 1)
        #expect(moment.admits(mask))
        var wrongPhase = moment
        wrongPhase.phase = .opening
        #expect(!wrongPhase.admits(mask))
        var wrongChannel = moment
        wrongChannel.channel = .email
        #expect(!wrongChannel.admits(mask))
        var noFeeling = moment
        noFeeling.customerCues = 0
        #expect(!noFeeling.admits(mask))
    }

    @Test func anyListedValueWillDo() {
        let mask = Moment.Mask(Applicability(phases: [.opening, .closing], customer: ["feeling", "problem"]),
                               cues: ["feeling": 0, "problem": 1])
        #expect(Moment(phase: .opening, customerCues: 0b10).admits(mask))
        #expect(Moment(phase: .closing, customerCues: 0b01).admits(mask))
        #expect(!Moment(phase: .middle, customerCues: 0b11).admits(mask))
        #expect(!Moment(phase: .opening, customerCues: 0b100).admits(mask), "another cue is not one of those listed")
    }

    @Test func whatCannotBeReadHolds() {
        let mask = Moment.Mask(Applicability(phases: [.opening], customer: ["feeling"], nameUsed: false, channels: [.phone]),
                               cues: ["feeling": 0])
        // No phase, no channel, no customer line, no name: every condition holds.
        #expect(Moment().admits(mask))
        #expect(Moment(phase: .opening, channel: nil, customerCues: nil, nameUsedBefore: nil).admits(mask))
        // Once known, each is judged.
        #expect(!Moment(phase: .opening, nameUsedBefore: true).admits(mask))
        #expect(Moment(phase: .opening, nameUsedBefore: false).admits(mask))
    }

    @Test func replyCuesAreAlwaysRead() {
        // The reply is always there to read: no cue in it means the condition fails.
        let mask = Moment.Mask(Applicability(reply: ["request"]), cues: ["request": 4])
        #expect(!Moment(phase: .middle).admits(mask))
        #expect(Moment(phase: .middle, replyCues: 1 << 4).admits(mask))
        #expect(!Moment(phase: .middle, replyCues: 1 << 3).admits(mask))
    }

    @Test func admitsAllOverridesEveryCondition() {
        let mask = Moment.Mask(Applicability(phases: [.opening], reply: ["request"], nameUsed: false), cues: ["request": 0])
        #expect(Moment(phase: .closing, replyCues: 0, nameUsedBefore: true, admitsAll: true).admits(mask))
    }

    // MARK: The moment the grader reads

    @Test func outsideAScenarioEveryCriterionApplies() {
        let moment = grader.moment(context(customer: "I am furious, my order KX-20931 is late!", name: "Ana", phase: nil,
                                           history: ["Hi Ana"]),
                                   reply: grader.tokenizer.tokenize("Could you send me the invoice?"))
        #expect(moment.admitsAll)
        // Nothing is read: there is no moment to judge.
        #expect(moment.customerCues == nil)
        #expect(moment.replyCues == 0)
        #expect(moment.nameUsedBefore == nil)
    }

    @Test func replyCuesAreReadFromTheReply() throws {
        let moment = grader.moment(context(), reply: grader.tokenizer.tokenize("Could you send me the invoice?"))
        #expect(!moment.admitsAll)
        #expect(moment.replyCues & (try cue("request")) != 0)
        #expect(moment.replyCues & (try cue("directive")) == 0)
        let directive = grader.moment(context(), reply: grader.tokenizer.tokenize("You need to restart the router."))
        #expect(directive.replyCues & (try cue("directive")) != 0)
        #expect(directive.replyCues & (try cue("request")) == 0)
    }

    @Test func customerCuesAreReadFromTheCustomersLine() throws {
        let upset = grader.moment(context(customer: "I'm so frustrated, my parcel is late."), reply: [])
        let cues = try #require(upset.customerCues)
        #expect(cues & (try cue("feeling")) != 0)
        #expect(cues & (try cue("problem")) != 0)
        #expect(cues & (try cue("credit")) == 0)
        #expect(cues & Moment.specificsBit == 0, "no number, value or reference")
        #expect(cues & Moment.storyBit == 0)

        let calm = grader.moment(context(customer: "Hello there."), reply: [])
        #expect(calm.customerCues == 0, "a line with no cue is read as none, not as unknown")
    }

    @Test func noCustomerLineLeavesItsCuesUnknown() {
        let moment = grader.moment(context(customer: ""), reply: [])
        #expect(moment.customerCues == nil)
        #expect(!moment.admitsAll)
        #expect(moment.phase == .middle)
    }

    @Test(arguments: ["My order KX-20931 has not arrived.", "It has been three days.", "You charged me €54.90 for nothing."])
    func statedValuesAndReferencesAreSpecifics(_ line: String) {
        #expect(grader.customerCues(line, specifics: true) & Moment.specificsBit != 0)
        // Only looked for when some criterion asks.
        #expect(grader.customerCues(line, specifics: false) & Moment.specificsBit == 0)
    }

    @Test func aLineWithNoValueHasNoSpecifics() {
        #expect(grader.customerCues("My parcel is late and nobody answers.", specifics: true) & Moment.specificsBit == 0)
    }

    @Test func thirtyWordsTellAStory() throws {
        let twentyNine = Array(repeating: "word", count: 29).joined(separator: " ")
        let short = try #require(grader.moment(context(customer: twentyNine), reply: []).customerCues)
        #expect(short & Moment.storyBit == 0)
        // Words are split at any whitespace, runs of it counting once.
        let thirty = twentyNine + " \n\t word"
        let long = try #require(grader.moment(context(customer: thirty), reply: []).customerCues)
        #expect(long & Moment.storyBit != 0)
        #expect(Moment.storyWords == 30)
    }

    @Test func nameUsedBeforeLooksAtEarlierReplies() {
        let reply = grader.tokenizer.tokenize("Thanks for waiting.")
        #expect(grader.moment(context(name: "Ana Lind", history: ["Hi Ana, let me check."]), reply: reply).nameUsedBefore == true)
        #expect(grader.moment(context(name: "Ana Lind", history: ["Thanks, Ms Lind."]), reply: reply).nameUsedBefore == true,
                "any part of the name counts")
        #expect(grader.moment(context(name: "Ana Lind", history: ["I'll check Ana's order."]), reply: reply).nameUsedBefore == true)
        #expect(grader.moment(context(name: "Ana Lind", history: ["Hi there.", "Let me check."]), reply: reply).nameUsedBefore == false)
        #expect(grader.moment(context(name: "Ana Lind", history: []), reply: reply).nameUsedBefore == false)
        // The reply being graded is not "before".
        #expect(grader.moment(context(name: "Ana Lind"), reply: grader.tokenizer.tokenize("Hi Ana")).nameUsedBefore == false)
    }

    @Test func withoutANameTheQuestionIsUnknown() {
        #expect(grader.moment(context(name: nil, history: ["Hi Ana"]), reply: []).nameUsedBefore == nil)
        #expect(grader.moment(context(name: "", history: ["Hi Ana"]), reply: []).nameUsedBefore == nil)
    }

    @Test func latvianNamesAreFoundInTheirOtherCases() throws {
        let latvian = try #require(ShippedContent.library.grader(for: "lv"))
        var context = GradingContext(customerName: "Jānis Bērziņš", history: ["Labdien, Jāni!"])
        context.phase = .middle
        #expect(latvian.moment(context, reply: []).nameUsedBefore == true)
        context.history = ["Labdien!"]
        #expect(latvian.moment(context, reply: []).nameUsedBefore == false)
    }

    // MARK: Through grading

    @Test func aCriterionThatDoesNotApplyIsNotMissed() {
        // acknowledge-feelings applies when the customer shows a feeling.
        var calm = context(customer: "Where can I find the invoice for March?")
        calm.channel = .chat
        #expect(grader.grade("The invoice is under Billing.", context: calm).findings.allSatisfy { $0.criterionId != "acknowledge-feelings" })
        var upset = context(customer: "I'm furious, I can't find the invoice anywhere!")
        upset.channel = .chat
        let missed = grader.grade("The invoice is under Billing.", context: upset).findings.first { $0.criterionId == "acknowledge-feelings" }
        #expect(missed?.outcome == .missed)
        // Outside a scenario it applies to every reply.
        let general = grader.grade("The invoice is under Billing.", context: context(customer: "Where is the invoice?", phase: nil))
        #expect(general.findings.first { $0.criterionId == "acknowledge-feelings" }?.outcome == .missed)
    }

    @Test func creditOutsideTheMomentIsKeptWithoutFullMarks() throws {
        // greeting applies in the opening; a greeting later still earns its points, but is not owed.
        let grade = grader.grade("Hi, the invoice is under Billing.", context: context(customer: "Where is the invoice?", phase: .closing))
        let greeting = try #require(grade.findings.first { $0.criterionId == "greeting" })
        #expect(greeting.outcome == .met)
        #expect(greeting.possible == 0)
        #expect(greeting.points == 5)
        #expect(grader.grade("The invoice is under Billing.", context: context(customer: "Where is the invoice?", phase: .closing))
            .findings.allSatisfy { $0.criterionId != "greeting" })
    }
}
