import FrontlineLocale
import FrontlineModel

/// The key tables of walkthrough, track and language files. One line per key.
extension KeyTables {
    public static let walkthroughFile = KeyTable("the walkthrough file", [
        KeySpec("scenario", .text, required: true, "The id of the scenario these walkthroughs play."),
        KeySpec("walkthroughs", .list(.mapping(walkthrough), minItems: 1), required: true, "The golden walkthroughs."),
    ])

    public static let walkthrough = KeyTable("a walkthrough", [
        KeySpec("name", .text, required: true, "What this path shows."),
        KeySpec("replies", .list(.mapping(walkthroughStep)), required: true, "The trainee's replies, in order."),
        KeySpec("ending", .text, required: true, "The ending the replies must reach."),
        KeySpec("overall", .band, "The session score's band (70..100)."),
    ])

    public static let walkthroughStep = KeyTable("a walkthrough reply", [
        KeySpec("turn", .text, "The turn this reply answers."),
        KeySpec("say", .text, required: true, "The reply."),
        KeySpec("seconds", .number(min: 0, max: 86_400), "How long the reply took (default: half the target)."),
        KeySpec("overall", .band, "The reply's overall score band."),
    ] + Dimension.allCases.map { KeySpec($0.rawValue, .band, "The reply's \($0.rawValue) score band.") })

    public static let track = KeyTable("the track", [
        KeySpec("id", .text, required: true, "The track's id."),
        KeySpec("title", .text, required: true, "The track's title."),
        KeySpec("steps", .list(.mapping(trackStep), minItems: 1), required: true, "The steps, each unlocked by the one before."),
    ])

    public static let trackStep = KeyTable("a track step", [
        KeySpec("title", .text, required: true, "The step's title."),
        KeySpec("scenarios", .textOrList, required: true, "The scenarios of this step."),
        KeySpec("pass", .mapping(passMarks), required: true, "The marks a session must reach to pass."),
    ])

    public static let passMarks = KeyTable("pass marks",
        [KeySpec("overall", .number(min: 0, max: 100), "The overall score to reach.")]
        + Dimension.allCases.map { KeySpec($0.rawValue, .number(min: 0, max: 100), "The \($0.rawValue) score to reach.") })

    public static let languagePack = KeyTable("the language file", [
        KeySpec("language", .text, required: true, "The language's BCP 47 tag."),
        KeySpec("name", .text, required: true, "The language's name."),
        KeySpec("fold_diacritics", .bool, "Match words with and without diacritics alike."),
        KeySpec("numbers", .entries(.integer(min: nil, max: nil)), "Number words and their values."),
        KeySpec("equivalents", .list(.list(.text, minItems: 2)), "Groups of words that mean the same."),
        KeySpec("expansions", .entries(.text), "Short forms and what they stand for."),
        KeySpec("negators", .textOrList, "Words that negate what follows."),
        KeySpec("intensifiers", .textOrList, "Words that strengthen what follows."),
        KeySpec("clause_breaks", .textOrList, "Words that end a negation's reach."),
        KeySpec("range_words", .textOrList, "Words between the ends of a range ('to')."),
        KeySpec("number_joiners", .textOrList, "Words that join number words ('and')."),
        KeySpec("numbers_after", .entries(.entries(.integer(min: nil, max: nil))), "Number words that are also another common word, by the word after which they are the number (Persian 'ساعت': { 'نه': 9 })."),
        KeySpec("name_endings", .entries(.textOrList), "Endings a name takes, by ending."),
        KeySpec("stopwords", .textOrList, "Words that carry no content."),
        KeySpec("concepts", .entries(.textOrList), "Paraphrase families ({refund}) patterns can use."),
        KeySpec("word_endings", .textOrList, "Endings that make other forms of a word."),
        KeySpec("not_word_forms", .textOrList, "Words that are never another word's form, though the endings make them one (Latvian 'tikai', only, is not 'tiks')."),
        KeySpec("values", .mapping(valueWords), "The words the value reader needs."),
        KeySpec("negation_exceptions", .textOrList, "Set phrases that start with a negator but negate nothing."),
        KeySpec("negation_reach", .textOrList, "Words that, right after a negator, carry it to the end of the clause ('can't promise …')."),
        KeySpec("negative_polarity", .textOrList, "Words that carry a negator anywhere before them in the clause to a match within four words after them ('anything': 'None of this was anything your bank did')."),
        KeySpec("coordinators", .textOrList, "Words that join two clauses ('and'): a clause after one that opens with one of askers ('and I apologise') is out of reach of a negator before it, but for a negation_reach one."),
        KeySpec("subordinators", .textOrList, "Words that open a clause of its own ('until', 'unless'): followed by one of subjects ('until you confirm…'), no negator before them reaches past them, not even a negation_reach one."),
        KeySpec("subjects", .textOrList, "Words that are the subject of a clause ('I', 'we', 'you'), read after one of subordinators."),
        KeySpec("complementizers", .textOrList, "Words that open a clause said about a negation_reach verb ('ka' in 'Nevaru apsolīt, ka …'): the reach goes on past the comma before them."),
        KeySpec("counterfactuals", .textOrList, "Words that, followed by a negation_reach word, say the speaker cannot ('I wish I could tell you it'll be Friday' promises nothing)."),
        KeySpec("conditionals", .textOrList, "Words or phrases that make what follows a condition ('once a refund is issued', 'as soon as'): an expected action said within four words after one, or after a short clause one opens ('If not, I'll cancel'), is not done."),
        KeySpec("reporting_words", .textOrList, "Words that report what someone said ('told', 'says', 'mentioned'): a claim after one, denied right after ('they aren't', 'that's wrong'), is not made."),
        KeySpec("report_denials", .textOrList, "Denials of a reported claim that end their clause ('they are not', 'please do not', 'that is wrong'); see reporting_words."),
        KeySpec("has_before", .textOrList, "Words before which 'is', or a clitic 's the tokenizer drops, reads as 'has' ('it's been sent', 'the refund's been issued')."),
        KeySpec("recaps", .textOrList, "Phrases that open a recap ('to recap', 'tl;dr'): a value after one replaces an earlier value of the same kind and size."),
        KeySpec("offer_openers", .textOrList, "Phrases that open an offer to do something ('shall I', 'would you like me to'): a fact or action said right after one is proposed, not done, unless the expectation says by_offer."),
        KeySpec("abilities", .textOrList, "Phrases that state an ability ('I can', 'we could'): an action said within four words after one, when a question opening with one of go_ahead_questions follows, is proposed, not done ('I can send you a new reset link. Do you want that I send it?')."),
        KeySpec("go_ahead_questions", .textOrList, "Questions that ask for the go-ahead ('do you want that I', 'how does that sound', 'shall I'), read after an ability as the next sentence, or a later clause of a question, with at most four words more; see abilities."),
        KeySpec("embedded_questions", .textOrList, "Phrases that open a question the speaker asks themself ('check whether', 'see if'): a fact or action said after one, in its clause, is asked, not said (an offer too; a forbidden claim is still made), unless the sentence is a question."),
        KeySpec("askers", .textOrList, "Words of which one must stand before an embedded_questions opener, in its clause, for the speaker to be asking ('I', 'me', 'we'): 'let me check if' asks, 'please check if' does not. Empty: none needed."),
        KeySpec("conditional_requests", .textOrList, "Words or phrases that, right after a conditional, make it a request ('you' in 'if you could send me …', 'I have' in 'as soon as I have your merchant ID'): no condition then."),
        KeySpec("future_auxiliaries", .textOrList, "Words that, right after one of askers, open the main clause after a condition ('will', 'would'): an action within four words after them is under the condition however long it is ('If anything like that is said again I'll need to end the chat')."),
        KeySpec("conditional_consents", .textOrList, "Words that make a condition addressed to the customer their go-ahead ('confirm' in 'once you confirm I'll book it'): the action after it is not done."),
        KeySpec("corrections", .textOrList, "Words a speaker corrects a value with ('sorry', 'I mean'): in '5-7 days - sorry, 3-5' the first value is taken back."),
        KeySpec("retractions", .textOrList, "Phrases that take back a claim just made ('scratch that'): read for a scenario's claims only."),
        KeySpec("denials_after", .textOrList, "Phrases that, right after a claim, deny it ('a free month isn't something I can give'): read for a scenario's claims only."),
        KeySpec("trailing_negators", .textOrList, "Negated verbs that follow what they negate (Persian '… فوری نداریم'): one within three words after a match, in its clause, cancels it."),
        KeySpec("object_negators", .textOrList, "Negators that negate only the phrase they introduce ('without internet'): a match after that phrase is not negated."),
        KeySpec("clitics", .textOrList, "Endings joined by an apostrophe that are dropped from words the language does not list ('s: history's → history)."),
        KeySpec("cues", .entries(.textOrList), "Kinds of language a line can show (feeling, problem, credit, request…), for criteria's 'applies'."),
        KeySpec("ui", .mapping(interfaceMessages), "The interface's messages in this language (labels, help, feedback, debrief), by key."),
    ])

    public static let valueWords = KeyTable("values", [
        KeySpec("units", .entries(.entries(.number(min: nil, max: nil))), "Units by quantity, each with its size in base units."),
        KeySpec("currencies", .entries(.text), "Currency words and symbols and their codes."),
        KeySpec("bounds", .entries(.choice(ValueWords.Bound.self)), "Words that bound a value ('within': at_most)."),
        KeySpec("multipliers", .entries(.number(min: nil, max: nil)), "Words that multiply ('thousand': 1000)."),
        KeySpec("articles", .textOrList, "Articles that can stand for one ('a day')."),
        KeySpec("approximators_after", .textOrList, "Phrases after a value that make it approximate ('or so' in 'a week or so'): read as if 'about' stood before it."),
        KeySpec("bound_articles", .textOrList, "Words that stand for one only right after a bound ('the' in 'within the hour')."),
        KeySpec("fraction_links", .textOrList, "Words between a fraction and its unit ('of' in 'a quarter of a year': three months, not a year)."),
        KeySpec("relative_words", .textOrList, "Words after a unit that make a bound_articles word before it one ('before' in 'the day before')."),
        KeySpec("fractions", .entries(.number(min: nil, max: nil)), "Fraction words ('half': 0.5)."),
        KeySpec("unit_qualifiers", .textOrList, "Words that qualify a unit ('business' days)."),
        KeySpec("weekdays", .entries(.integer(min: 1, max: 7)), "Weekday words, 1 (Monday) to 7."),
        KeySpec("day_parts", .entries(.number(min: 0, max: 12)), "Day-part words: 0 (morning) or 12 (afternoon)."),
        KeySpec("months", .entries(.integer(min: 1, max: 12)), "Month words, 1 (January) to 12: '1 May' is a date."),
        KeySpec("places", .textOrList, "Nouns of places a capitalised name goes with ('hub' in 'the Daventry hub'): the name is a value."),
        KeySpec("place_links", .textOrList, "Words that join a place noun to the name after it ('in' in 'the hub in Daventry')."),
        KeySpec("minor_units", .textOrList, "Words for a hundredth of a currency ('pence', 'cents'): 'four pounds and ninety-five pence', '£4 and 95p' are £4.95."),
        KeySpec("minor_links", .textOrList, "Words between an amount and its hundredths ('and' in 'four pounds and ninety-five pence')."),
        KeySpec("ordinals", .entries(.integer(min: 1, max: 31)), "Ordinal day numbers as words ('second': 2, 'twenty-eighth': 28): 'the second of May' is a date."),
        KeySpec("ordinal_suffixes", .textOrList, "Endings of ordinal day numbers ('th' in '28th'): 'the 28th' is a day of the month."),
    ])
}
