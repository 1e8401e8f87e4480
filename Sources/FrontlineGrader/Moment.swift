import FrontlineModel
import FrontlineText

/// What the moment of a reply is, as far as criteria's `applies` ask (docs/authoring.md,
/// "When a criterion applies"): the phase, the channel, the cues in the customer's line
/// and in the reply, and whether the customer's name was used before. Outside a scenario
/// (no phase) every criterion applies; within one, a condition the grader cannot read (no
/// customer line) holds.
struct Moment {
    static let maxCues = 62

    var phase: Phase?
    var channel: Channel?
    /// Bit i: the language's cue i was seen in the customer's line; the top bit is
    /// `specifics`. Nil: no customer line to read.
    var customerCues: UInt64?
    var replyCues: UInt64 = 0
    var nameUsedBefore: Bool?
    var admitsAll = false

    static let specificsBit: UInt64 = 1 << 63
    static let storyBit: UInt64 = 1 << 62
    /// A customer line of this many words or more tells a story worth reflecting (`story`).
    static let storyWords = 30

    /// A criterion's `applies`, compiled: each mask zero when the condition is not stated.
    struct Mask: Sendable {
        var phases: UInt8 = 0
        var channels: UInt8 = 0
        var customer: UInt64 = 0
        var reply: UInt64 = 0
        var nameUsed: Bool?

        init() {}

        init(_ applies: Applicability, cues: [String: Int]) {
            for phase in applies.phases { phases |= Moment.bit(phase) }
            for channel in applies.channels { channels |= Moment.bit(channel) }
            for cue in applies.customer {
                if cue == Applicability.specificsCue { customer |= Moment.specificsBit }
                if cue == Applicability.storyCue { customer |= Moment.storyBit }
                if let i = cues[cue] { customer |= 1 << UInt64(i) }
            }
            for cue in applies.reply { if let i = cues[cue] { reply |= 1 << UInt64(i) } }
            nameUsed = applies.nameUsed
        }

        /// Everything `other` asks about is asked here too.
        mutating func formUnion(_ other: Mask) {
            phases |= other.phases
            channels |= other.channels
            customer |= other.customer
            reply |= other.reply
            if other.nameUsed != nil { nameUsed = other.nameUsed }
        }
    }

    static func bit(_ phase: Phase) -> UInt8 {
        switch phase {
        case .opening: 1
        case .middle: 2
        case .closing: 4
        }
    }

    static func bit(_ channel: Channel) -> UInt8 {
        UInt8(1) << UInt8(Channel.allCases.firstIndex(of: channel) ?? 0)
    }

    /// Whether a criterion with these conditions applies now.
    @inline(__always)
    func admits(_ mask: Mask) -> Bool {
        if admitsAll { return true }
        if mask.phases != 0, let phase, mask.phases & Self.bit(phase) == 0 { return false }
        if mask.channels != 0, let channel, mask.channels & Self.bit(channel) == 0 { return false }
        if mask.customer != 0, let customerCues, customerCues & mask.customer == 0 { return false }
        if mask.reply != 0, replyCues & mask.reply == 0 { return false }
        if let wanted = mask.nameUsed, let used = nameUsedBefore, wanted != used { return false }
        return true
    }
}

extension Grader {
    /// The moment of `context`, reading only what some criterion's `applies` asks about.
    func moment(_ context: GradingContext, reply: [Token]) -> Moment {
        var moment = Moment(phase: context.phase, channel: context.channel)
        // Outside a scenario there is no moment to judge (no phase, no story so far):
        // every criterion applies, as a general reply is graded against all of them.
        moment.admitsAll = context.phase == nil
        if moment.admitsAll { return moment } // nothing to read: every criterion applies
        let needs = momentNeeds
        if needs.reply != 0 {
            for match in cueMatcher.matches(in: reply) { moment.replyCues |= 1 << UInt64(match.key) }
        }
        if needs.customer != 0, !context.customerMessage.isEmpty {
            moment.customerCues = customerCues(context.customerMessage, specifics: needs.customer & Moment.specificsBit != 0)
            if needs.customer & Moment.storyBit != 0, context.customerMessage.split(whereSeparator: { $0.isWhitespace }).count >= Moment.storyWords {
                moment.customerCues! |= Moment.storyBit
            }
        }
        if needs.nameUsed != nil, let name = context.customerName, !name.isEmpty {
            let forms = nameForms(name)
            moment.nameUsedBefore = context.history.contains { reply in
                tokenizer.tokenize(reply).contains { forms.contains($0.text) }
            }
        }
        return moment
    }

    /// The cues a customer's line shows; `specifics` when it states a number, a value or
    /// a reference ("KX-20931", "three days", "€54.90").
    func customerCues(_ message: String, specifics: Bool) -> UInt64 {
        let tokens = tokenizer.tokenize(message)
        var cues: UInt64 = 0
        for match in cueMatcher.matches(in: tokens) { cues |= 1 << UInt64(match.key) }
        if specifics {
            let stated = tokens.contains { $0.isNumber || $0.text.unicodeScalars.contains { $0.properties.numericType != nil } }
                || !valueReader.values(in: tokens, scalars: Array(message.unicodeScalars), named: false).isEmpty
            if stated { cues |= Moment.specificsBit }
        }
        return cues
    }
}
