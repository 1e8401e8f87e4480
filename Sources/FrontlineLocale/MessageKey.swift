import FrontlineModel

/// Every message the interface shows, by the key a language pack's `ui:` section gives its
/// translation under. The English text is here (`english`), so English needs no file and
/// stays as it always was; `{name}` marks what is filled in. Generated from one table when
/// the catalogue was made; add a key here, to its English text, and to every language pack.
public enum MessageKey: String, CaseIterable, Sendable, Hashable {
    case briefingCustomer = "briefing.customer"
    case briefingHelp = "briefing.help"
    case briefingCoach = "briefing.coach"
    case briefingExam = "briefing.exam"
    case briefingBest = "briefing.best"
    case briefingPlayingAs = "briefing.playing_as"
    case channelChat = "channel.chat"
    case channelPhone = "channel.phone"
    case channelEmail = "channel.email"
    case difficultyBeginner = "difficulty.beginner"
    case difficultyIntermediate = "difficulty.intermediate"
    case difficultyAdvanced = "difficulty.advanced"
    case prompt = "prompt"
    case dimensionEmpathy = "dimension.empathy"
    case dimensionAccuracy = "dimension.accuracy"
    case dimensionResponseTime = "dimension.response_time"
    case dimensionShortEmpathy = "dimension_short.empathy"
    case dimensionShortAccuracy = "dimension_short.accuracy"
    case dimensionShortResponseTime = "dimension_short.response_time"
    case scoreOverall = "score.overall"
    case scoreHintCost = "score.hint_cost"
    case scoreCritical = "score.critical"
    case feedbackAllFindings = "feedback.all_findings"
    case findingTip = "finding.tip"
    case patienceExhausted = "patience.exhausted"
    case patienceCalmer = "patience.calmer"
    case patienceClose = "patience.close"
    case patienceFrustrated = "patience.frustrated"
    case patienceLevel = "patience.level"
    case hintLabel = "hint.label"
    case hintCost = "hint.cost"
    case helpKb = "help.kb"
    case helpKbArgument = "help.kb_argument"
    case helpHint = "help.hint"
    case helpRetry = "help.retry"
    case helpDispute = "help.dispute"
    case helpDisputeArgument = "help.dispute_argument"
    case helpRepeat = "help.repeat"
    case helpTranscript = "help.transcript"
    case helpScore = "help.score"
    case helpQuit = "help.quit"
    case helpAnything = "help.anything"
    case replHintsOff = "repl.hints_off"
    case replUnknownCommand = "repl.unknown_command"
    case replDidYouMean = "repl.did_you_mean"
    case disputeNothing = "dispute.nothing"
    case disputeSayWhy = "dispute.say_why"
    case disputeNotStored = "dispute.not_stored"
    case disputeSaved = "dispute.saved"
    case disputeFailed = "dispute.failed"
    case retryExam = "retry.exam"
    case retryNothing = "retry.nothing"
    case retryAnswerAgain = "retry.answer_again"
    case retryFirst = "retry.first"
    case retrySecond = "retry.second"
    case quitConfirm = "quit.confirm"
    case quitYes = "quit.yes"
    case kbNone = "kb.none"
    case kbNothing = "kb.nothing"
    case debriefTitle = "debrief.title"
    case outcomeResolved = "outcome.resolved"
    case outcomeEscalated = "outcome.escalated"
    case outcomeHungUp = "outcome.hung_up"
    case outcomeSecurityFailure = "outcome.security_failure"
    case outcomeUnresolved = "outcome.unresolved"
    case outcomeAbandoned = "outcome.abandoned"
    case outcomeCompleted = "outcome.completed"
    case outcomeInterrupted = "outcome.interrupted"
    case outcomeInProgress = "outcome.in_progress"
    case debriefWhy = "debrief.why"
    case whyNudges = "why.nudges"
    case whySilence = "why.silence"
    case whyPatienceWaiting = "why.patience_waiting"
    case whyPatience = "why.patience"
    case whyWeakest = "why.weakest"
    case whyInterrupted = "why.interrupted"
    case whyLeft = "why.left"
    case whyAfterReply = "why.after_reply"
    case whyYouSaid = "why.you_said"
    case whyYourReply = "why.your_reply"
    case whyCritical = "why.critical"
    case debriefScorecard = "debrief.scorecard"
    case debriefUnfinished = "debrief.unfinished"
    case debriefNoReplies = "debrief.no_replies"
    case tableTurn = "table.turn"
    case tableOverall = "table.overall"
    case debriefPractise = "debrief.practise"
    case debriefDoneWell = "debrief.done_well"
    case debriefModelReplies = "debrief.model_replies"
    case debriefYouScored = "debrief.you_scored"
    case debriefModel = "debrief.model"
    case compareFirst = "compare.first"
    case compareBest = "compare.best"
    case compareEqual = "compare.equal"
    case compareBelow = "compare.below"
    case transcriptYou = "transcript.you"
    case scoreNone = "score.none"
    case scoreExamCount = "score.exam_count"
    case scoreSoFar = "score.so_far"
    case scoreLastReply = "score.last_reply"
    case transcriptSession = "transcript.session"
    case modeCoach = "mode.coach"
    case modeExam = "mode.exam"
    case transcriptStarted = "transcript.started"
    case transcriptTurns = "transcript.turns"
    case transcriptOverall = "transcript.overall"
    case transcriptLanguage = "transcript.language"
    case transcriptContent = "transcript.content"
    case transcriptLastActivity = "transcript.last_activity"
    case transcriptNoTurns = "transcript.no_turns"
    case transcriptDebrief = "transcript.debrief"
    case transcriptTurn = "transcript.turn"
    case transcriptShown = "transcript.shown"
    case transcriptRetried = "transcript.retried"
    case transcriptFirstKey = "transcript.first_key"
    case transcriptSent = "transcript.sent"
    case transcriptHints = "transcript.hints"
    case transcriptNudges = "transcript.nudges"
    case transcriptPatience = "transcript.patience"
    case transcriptCustomer = "transcript.customer"
    case transcriptTrainee = "transcript.trainee"
    case transcriptScores = "transcript.scores"
    case transcriptFacets = "transcript.facets"
    case transcriptCriticalFailure = "transcript.critical_failure"
    case transcriptBySupervisor = "transcript.by_supervisor"
    case transcriptBeforeHintCost = "transcript.before_hint_cost"
    case transcriptFromScenario = "transcript.from_scenario"
    case transcriptCritical = "transcript.critical"
    case transcriptTip = "transcript.tip"
    case transcriptTipAbove = "transcript.tip_above"
    case transcriptSupervisor = "transcript.supervisor"
    case transcriptMet = "transcript.met"
    case transcriptMissed = "transcript.missed"
    case transcriptNotAsGraded = "transcript.not_as_graded"
    case transcriptDispute = "transcript.dispute"
    case transcriptOpen = "transcript.open"
    case transcriptSettled = "transcript.settled"
    case transcriptCorrection = "transcript.correction"
    case transcriptOverride = "transcript.override"
    case transcriptNote = "transcript.note"
    case transcriptReason = "transcript.reason"
    case transcriptSo = "transcript.so"
    case facetWarmth = "facet.warmth"
    case facetListening = "facet.listening"
    case facetExploring = "facet.exploring"
    case facetCourtesy = "facet.courtesy"
    case reportNoReply = "report.no_reply"
    case reportMissed = "report.missed"
    case reportBackTo = "report.back_to"
    case noteFacetFull = "note.facet_full"
    case noteReflects = "note.reflects"
    case notePartial = "note.partial"
    case noteSaidBefore = "note.said_before"
    case noteRequiredFirst = "note.required_first"
    case noteNegated = "note.negated"
    case noteWrongValue = "note.wrong_value"
    case noteReplied = "note.replied"
    case noteAllowance = "note.allowance"
    case noteNudged = "note.nudged"
    case noteFirstKey = "note.first_key"
    case unitSeconds = "unit.seconds"
    case unitMinutes = "unit.minutes"
}

extension MessageKey {
    /// The English message: the built-in text and the reference for every translation's
    /// placeholders.
    public var english: UIText {
        switch self {
        case .briefingCustomer: .text("Customer:")
        case .briefingHelp: .text("Reply in your own words. /kb looks up policy, /help lists commands.")
        case .briefingCoach: .text("Coach mode: feedback after every reply; /hint costs {cost} points; /retry answers again.")
        case .briefingExam: .text("Exam mode: no feedback, hints or retries until the end.")
        case .briefingBest: .text("Your best on this scenario so far: {score}.")
        case .briefingPlayingAs: .text("Playing as {trainee}. The clock starts when the customer's line appears.")
        case .channelChat: .text("chat")
        case .channelPhone: .text("phone")
        case .channelEmail: .text("email")
        case .difficultyBeginner: .text("beginner")
        case .difficultyIntermediate: .text("intermediate")
        case .difficultyAdvanced: .text("advanced")
        case .prompt: .text("you>")
        case .dimensionEmpathy: .text("Empathy")
        case .dimensionAccuracy: .text("Accuracy")
        case .dimensionResponseTime: .text("Response time")
        case .dimensionShortEmpathy: .text("emp")
        case .dimensionShortAccuracy: .text("acc")
        case .dimensionShortResponseTime: .text("time")
        case .scoreOverall: .text("Overall")
        case .scoreHintCost: .forms(["one": "(−{cost} for {n} hint)", "other": "(−{cost} for {n} hints)"])
        case .scoreCritical: .text("Critical: this reply fails the turn.")
        case .feedbackAllFindings: .forms(["one": "/score shows all {n} findings", "other": "/score shows all {n} findings"])
        case .findingTip: .text("tip: {tip}")
        case .patienceExhausted: .text("{name} has run out of patience")
        case .patienceCalmer: .text("{name} sounds calmer")
        case .patienceClose: .text("{name} is close to giving up")
        case .patienceFrustrated: .text("{name} is getting more frustrated")
        case .patienceLevel: .text("patience {n}")
        case .hintLabel: .text("Hint:")
        case .hintCost: .forms(["one": "(−{n} point on this turn)", "other": "(−{n} points on this turn)"])
        case .helpKb: .text("look up the knowledge base (Tab completes topics)")
        case .helpKbArgument: .text("topic")
        case .helpHint: .text("a tip for this turn (costs {cost} points; coach mode only)")
        case .helpRetry: .text("answer the customer's last line again (coach mode only)")
        case .helpDispute: .text("flag the grading of your last reply for a supervisor")
        case .helpDisputeArgument: .text("why")
        case .helpRepeat: .text("show the customer's last line again")
        case .helpTranscript: .text("the conversation so far")
        case .helpScore: .text("your scores so far (in coach mode with every finding of your last reply)")
        case .helpQuit: .text("leave (the session is kept as abandoned)")
        case .helpAnything: .text("Anything else is your reply to the customer.")
        case .replHintsOff: .text("Hints are off in exam mode.")
        case .replUnknownCommand: .text("Unknown command '{command}'{suggestion}. /help lists commands; to say something starting with '/', put a space first.")
        case .replDidYouMean: .text("; did you mean '{name}'?")
        case .disputeNothing: .text("Nothing to dispute yet: /dispute flags the grading of your last reply.")
        case .disputeSayWhy: .text("Say why, e.g. /dispute I did apologise: \"so sorry about the wait\"")
        case .disputeNotStored: .text("This session is not stored, so there is no one to settle a dispute; play with a store to dispute.")
        case .disputeSaved: .text("Turn {turn} is disputed ({id}); a supervisor will look at it. Its scores stay as graded until then.")
        case .disputeFailed: .text("The dispute could not be saved: {error}. Try again, or use: frontline dispute SESSION {turn} --reason …")
        case .retryExam: .text("There is no retry in exam mode: your first answer is the one that counts.")
        case .retryNothing: .text("Nothing to retry: /retry answers the customer's last line again, once, after you have replied to it.")
        case .retryAnswerAgain: .text("Answer again. Your first attempt ({score}) is kept, marked as retried.")
        case .retryFirst: .text("First attempt (retried)")
        case .retrySecond: .text("Second attempt")
        case .quitConfirm: .text("Leave the conversation? It is kept as abandoned. [y/N]")
        case .quitYes: .text("y, yes")
        case .kbNone: .text("This scenario has no knowledge base.")
        case .kbNothing: .text("Nothing about '{query}'{suggestion}. Topics: {topics}")
        case .debriefTitle: .text("Debrief: {outcome}")
        case .outcomeResolved: .text("resolved")
        case .outcomeEscalated: .text("escalated")
        case .outcomeHungUp: .text("hung up")
        case .outcomeSecurityFailure: .text("security failure")
        case .outcomeUnresolved: .text("unresolved")
        case .outcomeAbandoned: .text("abandoned")
        case .outcomeCompleted: .text("completed")
        case .outcomeInterrupted: .text("interrupted")
        case .outcomeInProgress: .text("in progress")
        case .debriefWhy: .text("Why:")
        case .whyNudges: .forms(["one": "{n} unanswered nudge", "other": "{n} unanswered nudges"])
        case .whySilence: .text("{name} left after {nudges}.")
        case .whyPatienceWaiting: .text("{name} ran out of patience waiting: {nudges} emptied it.")
        case .whyPatience: .text("{name} ran out of patience ({start} at the start, {end} now)")
        case .whyWeakest: .text("; your weakest reply scored {score} at turn '{turn}'.")
        case .whyInterrupted: .text("The session was interrupted before the conversation ended.")
        case .whyLeft: .text("You left the conversation before it ended.")
        case .whyAfterReply: .text("after your reply at turn '{turn}' (it scored {score}), {name}'s patience was {patience}.")
        case .whyYouSaid: .text("you said “{quote}”")
        case .whyYourReply: .text("your reply at turn '{turn}'")
        case .whyCritical: .text("{said} — {criterion} (a critical mistake).")
        case .debriefScorecard: .text("Scorecard:")
        case .debriefUnfinished: .text("Unfinished sessions are kept but do not count towards your best.")
        case .debriefNoReplies: .text("No replies were graded.")
        case .tableTurn: .text("turn")
        case .tableOverall: .text("overall")
        case .debriefPractise: .text("Practise next:")
        case .debriefDoneWell: .text("Done well:")
        case .debriefModelReplies: .text("Model replies for the turns that went worst:")
        case .debriefYouScored: .text("[{turn}] you scored {score}:")
        case .debriefModel: .text("model:")
        case .compareFirst: .text("Your first completed run of this scenario.")
        case .compareBest: .text("New personal best: +{delta} over your previous best of {best}.")
        case .compareEqual: .text("Equal to your previous best of {best}.")
        case .compareBelow: .text("Your best on this scenario is {best} ({delta}).")
        case .transcriptYou: .text("you:")
        case .scoreNone: .text("No replies graded yet.")
        case .scoreExamCount: .forms(["one": "{n} reply so far; scores come at the end in exam mode.", "other": "{n} replies so far; scores come at the end in exam mode."])
        case .scoreSoFar: .text("So far:")
        case .scoreLastReply: .text("Your last reply, every finding:")
        case .transcriptSession: .text("Session {id}")
        case .modeCoach: .text("coach")
        case .modeExam: .text("exam")
        case .transcriptStarted: .text("Started {time}")
        case .transcriptTurns: .forms(["one": "{n} turn", "other": "{n} turns"])
        case .transcriptOverall: .text("overall")
        case .transcriptLanguage: .text("Language {language}")
        case .transcriptContent: .text("content {fingerprint}")
        case .transcriptLastActivity: .text("last activity {time}")
        case .transcriptNoTurns: .text("No turns were answered in this session.")
        case .transcriptDebrief: .text("Debrief")
        case .transcriptTurn: .text("Turn {n}")
        case .transcriptShown: .text("shown {time}")
        case .transcriptRetried: .text("retried (answered again in the next turn)")
        case .transcriptFirstKey: .text("first key {time}")
        case .transcriptSent: .text("sent {time}")
        case .transcriptHints: .forms(["one": "{n} hint", "other": "{n} hints"])
        case .transcriptNudges: .forms(["one": "{n} nudge", "other": "{n} nudges"])
        case .transcriptPatience: .text("patience {before} → {after}")
        case .transcriptCustomer: .text("Customer")
        case .transcriptTrainee: .text("Trainee")
        case .transcriptScores: .text("Scores")
        case .transcriptFacets: .text("Facets")
        case .transcriptCriticalFailure: .text("Critical failure: a critical criterion decided this turn.")
        case .transcriptBySupervisor: .text("(supervisor)")
        case .transcriptBeforeHintCost: .text("({score} before hint cost)")
        case .transcriptFromScenario: .text("scenario")
        case .transcriptCritical: .text("critical")
        case .transcriptTip: .text("Tip:")
        case .transcriptTipAbove: .text("(tip above)")
        case .transcriptSupervisor: .text("supervisor:")
        case .transcriptMet: .text("met")
        case .transcriptMissed: .text("missed")
        case .transcriptNotAsGraded: .text("not {graded} as graded")
        case .transcriptDispute: .text("⚑ dispute")
        case .transcriptOpen: .text("open")
        case .transcriptSettled: .text("settled")
        case .transcriptCorrection: .text("✎ correction")
        case .transcriptOverride: .text("✎ override")
        case .transcriptNote: .text("✎ note")
        case .transcriptReason: .text("Reason: {reason}")
        case .transcriptSo: .text("so")
        case .facetWarmth: .text("warmth")
        case .facetListening: .text("listening")
        case .facetExploring: .text("exploring")
        case .facetCourtesy: .text("courtesy")
        case .reportNoReply: .text("No reply was sent.")
        case .reportMissed: .text("missed:")
        case .reportBackTo: .text("back to {trainee}")
        case .noteFacetFull: .text("not needed this time: its facet was already full")
        case .noteReflects: .text("reflects: {words}")
        case .notePartial: .text("only part of it: nothing like '{pattern}'")
        case .noteSaidBefore: .text("said before '{required}'")
        case .noteRequiredFirst: .text("{required} first: {tip}")
        case .noteNegated: .text("negated")
        case .noteWrongValue: .text("you said {said}; it is {right}")
        case .noteReplied: .text("replied after {sent} against a target of {target}")
        case .noteAllowance: .forms(["one": "({base} + {allowance} for {n} character)", "other": "({base} + {allowance} for {n} characters)"])
        case .noteNudged: .text("the customer nudged after {time}")
        case .noteFirstKey: .text("first keystroke after {time}")
        case .unitSeconds: .text("{n} s")
        case .unitMinutes: .text("{n} min")
        }
    }
}
