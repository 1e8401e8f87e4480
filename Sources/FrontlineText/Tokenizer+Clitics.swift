/// Clitics (`LanguagePack.clitics`): an ending joined by an apostrophe that a word loses
/// when the language pack does not list the whole word. English "'s" makes a spoken
/// "your history's safe" meet a pattern's "history * safe", and a possessive ("the
/// customer's order") read as its noun; "it's" is an expansion and stays "it is".
extension Tokenizer {
    /// `word`'s lexicon entry, and the word itself when it is not one of the language
    /// pack's (without a clitic the pack does not know it with: "history's" is "history").
    func lookUp(_ word: String) -> (entry: Int32, plain: String?) {
        let entry = lexicon.id(word)
        if entry >= 0 && entry < lexiconCount { return (entry, nil) }
        guard let clitic = clitics.first(where: { word.hasSuffix($0) && word.count > $0.count + 1 }) else { return (entry, word) }
        let kept = String(word.dropLast(clitic.count))
        let keptEntry = lexicon.id(kept)
        return (keptEntry, keptEntry >= 0 && keptEntry < lexiconCount ? nil : kept)
    }

    /// How many of a folded word's bytes are left without a clitic it ends with ("'s"),
    /// nil when it ends with none. At least two bytes stay ("a's" is left alone).
    @inline(__always)
    func cliticCut(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !clitics.isEmpty else { return nil }
        for clitic in clitics {
            let count = clitic.utf8.count
            guard bytes.count >= count + 2 else { continue }
            if clitic.utf8.elementsEqual(bytes[(bytes.count - count)...]) { return bytes.count - count }
        }
        return nil
    }
}
