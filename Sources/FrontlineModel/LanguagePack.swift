/// What the matcher needs to know about a language (Rubrics/<lang>/language.yaml):
/// number words, words that mean the same, negators, intensifiers and clause breaks.
public struct LanguagePack: Hashable, Sendable {
    public var language: String
    public var name: String
    /// "five" → 5, "پنج" → 5, "pieci" → 5.
    public var numberWords: [String: Int]
    /// Groups of words treated as one ("business" = "working"); the first is canonical.
    public var equivalents: [[String]]
    /// Contractions split into words before matching ("i'm" → "i am").
    public var expansions: [String: String]
    /// Words that negate what follows in their clause ("not", "don't", "نه", "ne").
    public var negators: [String]
    /// Set phrases that begin with a negator but negate nothing: "no problem", "don't worry".
    public var negationExceptions: [String] = []
    /// Words that, right after a negator, carry it to the end of the clause: "I can't
    /// promise the outcome or that it will arrive before Friday" negates the arrival too,
    /// though it is more than four words on.
    public var negationReach: [String] = []
    /// Words that carry a negation before them to a match just after them ("anything",
    /// "anyone"): "None of this was anything your bank did" blames no bank. Single words.
    public var negativePolarity: [String] = []
    /// Negators that negate only the phrase they introduce, as a preposition its object:
    /// "without an apology" negates the apology, but in "three days without internet must
    /// be so frustrating" the frustration is not negated. Each is one of `negators` too.
    public var objectNegators: [String] = []
    /// Negated verbs that follow what they negate, for a language whose verb ends the
    /// clause: Persian «بازپرداخت فوری نداریم» ("an instant refund we do not have") makes
    /// no promise. One of these within three words after a match, in its clause, cancels it.
    public var trailingNegators: [String] = []
    /// Words that open a clause said about a `negationReach` verb, past the comma the
    /// language requires there: Latvian "Nevaru apsolīt, ka nauda būs atpakaļ šodien" ("I
    /// can't promise that the money is back today") promises nothing.
    public var complementizers: [String] = []
    /// Words that join two clauses ("and"): the second, when it opens with one of `askers`
    /// ("I", "we"), is the speaker's own statement, out of reach of a negator in the first
    /// but for a `negationReach` one: "That wasn't okay and I apologise" apologises.
    public var coordinators: [String] = []
    /// Words that open a clause of its own ("until", "unless"): followed by one of
    /// `subjects`, no negator before them reaches past them, not even a `negationReach`
    /// one: "I can't tell you that until you confirm your date of birth" asks for it.
    public var subordinators: [String] = []
    /// Words that are the subject of a clause (English "I", "we", "you"), after one of
    /// `subordinators`.
    public var subjects: [String] = []
    /// Words that, followed by a `negationReach` word, say the speaker cannot do it: "I wish
    /// I could tell you it'll be there Friday" (English "wish", Persian «کاش», Latvian
    /// "kaut") promises nothing. Only claims a scenario forbids or expects are read so.
    public var counterfactuals: [String] = []
    /// Phrases that, right after a claim, deny it: "a free month isn't something I'm able
    /// to give", "same-day visits aren't possible". Only claims a scenario forbids or
    /// expects are read so ("sorry, this isn't working" keeps its apology).
    public var denialsAfter: [String] = []
    /// Words a speaker corrects a value with ("sorry", "I mean", "no wait"): in "5-7
    /// business days - sorry, no, 3-5" the first value is taken back, and only a value of
    /// the same kind said within a few words after the correction counts.
    public var corrections: [String] = []
    /// Phrases that take back a claim just made ("scratch that", "I take that back"): "you
    /// could try reinstalling it - actually, no, scratch that" suggests nothing. Read for a
    /// scenario's claims only.
    public var retractions: [String] = []
    /// Words or phrases that make what follows a condition ("once", "if", "as soon as"): an
    /// action a scenario expects, said right after one ("once a refund is issued"), is not done.
    public var conditionals: [String] = []
    /// Words that, right after one of `conditionals`, make it a request instead ("if you
    /// could send me your order number" asks; English "you", "u"): no condition then.
    public var conditionalRequests: [String] = []
    /// Words in a condition addressed to the customer that make it their go-ahead ("once
    /// you confirm I'll book it", "if you confirm, I'll cancel it"): the deed after it waits
    /// for them, so it is not done, although the condition is addressed to them.
    public var conditionalConsents: [String] = []
    /// Words that, right after one of `askers`, open the main clause after a condition
    /// ("will", "would"): "If anything like that is said again I'll need to end the chat"
    /// threatens, it does not end it, though no comma closes the condition.
    public var futureAuxiliaries: [String] = []
    /// Openers of an offer to do something ("shall I", "would you like me to"): a fact or
    /// action said right after one is proposed, not done ("Shall I refund the £4.95?"),
    /// unless the expectation is met by offering (`Expectation.byOffer`).
    public var offerOpeners: [String] = []
    /// Words that state an ability ("I can", "we could") and questions that ask for the
    /// go-ahead ("do you want that I", "how does that sound"): an action said after an
    /// ability, followed by a sentence that is such a question, is proposed, not done ("I
    /// can send you a new reset link. Do you want that I send it?").
    public var abilities: [String] = []
    public var goAheadQuestions: [String] = []
    /// Openers of a question the speaker asks themself ("check whether", "see if"): a fact
    /// or action said in the clause after one is asked, not said ("I'll look into whether
    /// the fee can be refunded"; an offer is not made yet either), unless the sentence is a
    /// question (it then asks the customer). A forbidden claim in one is still made.
    public var embeddedQuestions: [String] = []
    /// Words of which one must stand before an `embeddedQuestions` opener, in its clause,
    /// for the speaker to be the one asking (English "I", "me", "we": "let me check if …",
    /// not "please check if …"). Empty: none needed (a Latvian or Persian opener names
    /// the speaker in its verb).
    public var askers: [String] = []
    /// Phrases that open a recap ("to recap", "tl;dr"): a value said after one replaces an
    /// earlier one of the same kind and size ("5-7 business days … Recap: 3 business days"
    /// is judged as 3), as the summary is what the customer takes away.
    public var recaps: [String] = []
    /// Words before which an "is", or a clitic "'s" the tokenizer drops, reads as "has":
    /// "it's been sent" is "it has been sent", "the refund's been issued" is "the refund
    /// has been issued" (English "been", "got"). Single words.
    public var hasBefore: [String] = []
    /// Words that report what someone said or thought ("told", "says", "mentioned"): a
    /// claim after one, denied right after by one of `reportDenials` or `denialsAfter`, is
    /// not made ("a colleague tells people refunds are instant, they aren't").
    public var reportingWords: [String] = []
    /// Denials of a reported claim that end their clause ("they are not", "please don't",
    /// "that's wrong"); see `reportingWords`.
    public var reportDenials: [String] = []
    /// Number words left out of `numberWords` because they are also a common other word,
    /// by the word after which they are the number: Persian «نه» is "no" and "nine", and
    /// right after «ساعت» ("o'clock") it is nine («ساعت نه شب», 9 pm).
    public var numbersAfter: [String: [String: Int]] = [:]
    /// Words that are never another word's form, though `wordEndings` make them one:
    /// Latvian "tikai" (only) is "tiks" (will be) with "s" swapped for "ai".
    public var notWordForms: [String] = []
    /// Endings joined to a word by an apostrophe that are dropped when the language does
    /// not know the whole word: English "'s" ("your history's safe" is matched as "your
    /// history safe", "the customer's order" as "the customer order"); "it's" and the other
    /// contractions in `expansions` keep their meaning.
    public var clitics: [String] = []
    /// Words the matcher skips between a phrase's words ("so", "really").
    public var intensifiers: [String]
    /// Words that end a negation's scope ("but", "however").
    public var clauseBreaks: [String]
    /// Words that stand between two numbers to make a range ("to", "تا", "līdz").
    public var rangeWords: [String]
    /// Words that join number words into one number ("بیست و پنج" → 25: «و»).
    public var numberJoiners: [String]
    /// A name's other case forms, by the ending of its usual (nominative) form: Latvian
    /// "is" → ["i", "im", "ī"] finds "Jāni" and "Jānim" for Jānis.
    public var nameEndings: [String: [String]]
    /// Common words that say nothing specific (for "reflects the customer's message").
    public var stopwords: [String]
    /// Match "ā" as "a" (Latvian trainees often type without diacritics).
    public var foldDiacritics: Bool
    /// Named paraphrase families a pattern can use as `{name}`: "refund" → ["refund",
    /// "money back", "reimburse"]. Shared by every scenario and rubric of the language.
    public var concepts: [String: [Phrase]]
    /// Endings a word takes in its other forms ("s", "ed", "ing"; Latvian "a", "u", "as"…):
    /// a pattern's word also matches the same word with another of these endings.
    public var wordEndings: [String]
    /// What the value reader needs: units, currencies, bounds ("within"), multipliers.
    public var valueWords: ValueWords
    /// Named kinds of language a line can show, for criteria's `applies`: "feeling" (the
    /// customer says how they feel), "problem" (something went wrong), "credit" (they did
    /// something worth thanking), "request" (the reply asks them for something)…
    public var cues: [String: [Phrase]] = [:]
    /// The interface's messages in this language, by key (`MessageKey` in FrontlineLocale),
    /// from the `ui:` section; English is built in.
    public var ui: [String: UIText] = [:]
    /// The entries of the lists read a word at a time, with where each is written (for
    /// `frontline check`; the lists themselves are the fields above).
    public var wordListEntries: [WordListEntry] = []
    public var source: SourceFile?
    public var location: SourceLocation?

    public init(
        language: String, name: String, numberWords: [String: Int] = [:],
        equivalents: [[String]] = [], expansions: [String: String] = [:], negators: [String] = [], intensifiers: [String] = [],
        clauseBreaks: [String] = [], rangeWords: [String] = [], numberJoiners: [String] = [],
        nameEndings: [String: [String]] = [:], stopwords: [String] = [],
        foldDiacritics: Bool = false, concepts: [String: [Phrase]] = [:], wordEndings: [String] = [],
        valueWords: ValueWords = ValueWords(), source: SourceFile? = nil, location: SourceLocation? = nil
    ) {
        self.language = language
        self.name = name
        self.numberWords = numberWords
        self.equivalents = equivalents
        self.expansions = expansions
        self.negators = negators
        self.intensifiers = intensifiers
        self.clauseBreaks = clauseBreaks
        self.rangeWords = rangeWords
        self.numberJoiners = numberJoiners
        self.nameEndings = nameEndings
        self.stopwords = stopwords
        self.foldDiacritics = foldDiacritics
        self.concepts = concepts
        self.wordEndings = wordEndings
        self.valueWords = valueWords
        self.source = source
        self.location = location
    }
}
