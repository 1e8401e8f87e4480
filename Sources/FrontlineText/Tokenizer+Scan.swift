/// The tokenizer's single pass over UTF-8 bytes: words, emoticons, dashes, clause and
/// sentence breaks, with Unicode code point offsets (what evidence spans count).
extension Tokenizer {
    /// Break state carried from punctuation to the next token.
    struct Pending {
        var clause = false
        var sentence = false
        var dash: (start: Int, end: Int)?
        /// The last token is a clause-break word ("but"): kept here rather than read back
        /// from the token array for every word.
        var afterBreakWord = false
        /// Scanning for content stems, the last word was a plain one that left no token:
        /// the last token in the array is not the word before.
        var afterPlainWord = false
        /// The last token is a number written as a word ("twenty"): "twenty-five" is one
        /// number, where "20-5" is a range.
        var afterNumberWord = false
        /// The last token is a joiner word («و») right after a number word: a number word
        /// next may join the number before it ("بیست و پنج" → 25).
        var afterJoiner = false
    }

    func scan(_ utf8: UnsafeBufferPointer<UInt8>) -> [Token] {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.foldCapacity) { folded in
            folded.initialize(repeating: 0) // read eight bytes at a time (`WordTable.prefix(folded:count:)`)
            return scan(utf8, folded: folded)
        }
    }

    /// A word of `numbersAfter` right after its word, in the same sentence, becomes its
    /// number: «ساعت نه شب» is 9 pm, not "o'clock, no, night".
    private func readNumbersAfter(_ tokens: inout [Token]) {
        guard tokens.count > 1 else { return }
        for k in 1..<tokens.count where !tokens[k].sentenceBreakBefore {
            guard let numbers = numbersAfter[tokens[k - 1].text], let n = numbers[tokens[k].text] else { continue }
            tokens[k].text = String(n)
            tokens[k].isNumber = true
            tokens[k].isNegator = false
            bind(&tokens[k])
        }
    }

    /// Longest ASCII word folded in place; longer words take the general path.
    static let foldCapacity = 64

    /// With `content`, plain ASCII words (not numbers, unknown to the lexicon) are judged
    /// as content words on the spot and leave no token (see `contentStems`); the rules that
    /// look at the word before (number ranges, compound numbers) see that a word was there.
    func scan(_ utf8: UnsafeBufferPointer<UInt8>, folded: UnsafeMutableBufferPointer<UInt8>,
              content: UnsafeMutablePointer<ContentSink>? = nil) -> [Token] {
        precondition(folded.count >= 8, "the fold buffer is read eight bytes at a time")
        var tokens: [Token] = []
        // About a word in five bytes, and contractions make two tokens ("I'm"): a fifth
        // made the array grow once or twice for most replies. With `content`, plain words
        // leave no token and few are made.
        tokens.reserveCapacity(content == nil ? utf8.count / 4 + 4 : utf8.count / 32 + 2)
        var pending = Pending()
        var i = 0          // byte index
        var offset = 0     // code point index
        while i < utf8.count {
            let byte = utf8[i]
            let scalar: Unicode.Scalar
            let width: Int
            if byte < 0x80 {
                if Self.isASCIIWord(byte) {
                    if !scanPlainWord(utf8, &i, &offset, &tokens, &pending, folded, content) {
                        scanWord(utf8, &i, &offset, &tokens, &pending, folded, content)
                    }
                    continue
                }
                if byte == 0x20 { // a space: neither an emoticon's start nor a break
                    i += 1
                    offset += 1
                    continue
                }
                scalar = Unicode.Scalar(byte)
                width = 1
            } else {
                (scalar, width) = Self.decode(utf8, at: i)
                if Emoticons.isEmojiPart(scalar.value) { // a selector or joiner outside any word
                    i += width
                    offset += 1
                    continue
                }
                if CharacterNormalizer.isWordScalar(scalar) {
                    scanWord(utf8, &i, &offset, &tokens, &pending, folded, content)
                    continue
                }
            }
            if Emoticons.mayStart(scalar), let (canonical, length, bytes) = Emoticons.match(utf8, at: i) {
                let start = offset
                i += bytes
                offset += length
                switch canonical {
                case "": break // an HTML entity that stands for nothing
                case "—": pending.clause = true; pending.dash = nil
                case "…": pending.clause = true; pending.sentence = true; pending.dash = nil
                default:
                    // ":)", "<3", "😢": one token; like a full stop, it ends the sentence.
                    var token = Token(text: String(canonical), start: start, end: offset,
                                      clauseBreakBefore: pending.clause, sentenceBreakBefore: pending.sentence)
                    bind(&token)
                    tokens.append(token)
                    pending = Pending(clause: true, sentence: true, dash: nil)
                }
                continue
            }
            let start = offset
            i += width
            offset += 1
            switch scalar {
            case "." where i < utf8.count && (utf8[i] >= 0x61 && utf8[i] <= 0x7A || utf8[i] >= 0x30 && utf8[i] <= 0x39)
                && !tokens.isEmpty && tokens[tokens.count - 1].end == start:
                // "app.ledgerleaf.com", "t.n": a dot inside a web or email address ends nothing.
                continue
            case ".", "!", "?", "\n", "\u{2026}", "\u{061F}", "\u{3002}":
                pending.clause = true
                pending.sentence = true
                pending.dash = nil
            case ",", ";", ":", "(", ")", "\u{060C}", "\u{061B}", "\u{2014}":
                pending.clause = true
                pending.dash = nil
            case "-", "\u{2013}", "\u{2212}":
                if !pending.afterPlainWord && !tokens.isEmpty && tokens[tokens.count - 1].isNumber {
                    pending.dash = (start, offset)
                } else {
                    pending.clause = true
                }
            default:
                continue
            }
        }
        if !numbersAfter.isEmpty { readNumbersAfter(&tokens) }
        if content == nil && !hasBefore.isEmpty { readHasBefore(&tokens, utf8) }
        return tokens
    }

    /// One word: word scalars, with apostrophes between letters ("don't") and decimal
    /// points between digits ("4.99") kept inside.
    private func scanWord(_ utf8: UnsafeBufferPointer<UInt8>, _ i: inout Int, _ offset: inout Int,
                          _ tokens: inout [Token], _ pending: inout Pending, _ folded: UnsafeMutableBufferPointer<UInt8>,
                          _ content: UnsafeMutablePointer<ContentSink>?) {
        let startByte = i, start = offset
        var ascii = true
        var previousIsDigit = false
        var letters = 0, lowercase = 0, uppercase = 0
        var numeric = utf8[i] >= 0x30 && utf8[i] <= 0x39
        var length = 0
        var hash = WordTable.hashStart // of the folded bytes, while they fit in `folded`
        var separators = false // a number with "," "." "٫" or "٬" inside
        while i < utf8.count {
            let byte = utf8[i]
            if byte < 0x80 {
                if Self.isASCIIWord(byte) {
                    let run = Self.asciiRun(utf8, from: i, folded, at: length, hash: hash)
                    hash = run.hash
                    letters += run.lowercase + run.uppercase
                    lowercase += run.lowercase
                    uppercase += run.uppercase
                    previousIsDigit = run.lastIsDigit
                    numeric = numeric && run.allDigits
                    length += run.end - i
                    offset += run.end - i
                    i = run.end
                    continue
                }
                // Apostrophe or decimal point inside a word?
                guard byte == 0x27 || byte == 0x2E || byte == 0x2C, i + 1 < utf8.count else { break }
                let (following, _) = Self.decode(utf8, at: i + 1)
                let joinsWord = byte == 0x27 && CharacterNormalizer.isWordScalar(following)
                let joinsNumber = (byte == 0x2E || byte == 0x2C) && previousIsDigit && CharacterNormalizer.isDigit(following)
                guard joinsWord || joinsNumber else { break }
                separators = separators || joinsNumber
                if length < folded.count {
                    folded[length] = byte
                    hash = WordTable.hashStep(hash, byte)
                }
                length += 1
                numeric = numeric && joinsNumber
                i += 1
                offset += 1
                continue
            }
            let (scalar, width) = Self.decode(utf8, at: i)
            if CharacterNormalizer.isWordScalar(scalar) {
                ascii = false
                previousIsDigit = CharacterNormalizer.isDigit(scalar)
                i += width
                offset += 1
                continue
            }
            guard i + width < utf8.count else { break }
            let (following, _) = Self.decode(utf8, at: i + width)
            if scalar.value == 0x066B || scalar.value == 0x066C { // Arabic decimal and thousands separators
                guard previousIsDigit, CharacterNormalizer.isDigit(following) else { break }
                separators = true
            } else {
                guard CharacterNormalizer.isApostrophe(scalar), CharacterNormalizer.isWordScalar(following) else { break }
            }
            ascii = false
            i += width
            offset += 1
        }
        let end = offset
        let isUpper: Bool
        var entryIndex: Int32
        var word: String?
        if ascii && length <= folded.count {
            isUpper = letters >= 2 && lowercase == 0 && uppercase > 0
            if numeric && separators { // one spelling for "1,200" and "1200" (Tokenizer+Numbers.swift)
                length = Self.canonicalNumber(folded, count: length)
                hash = WordTable.hash(UnsafeBufferPointer(rebasing: folded[..<length]))
            }
            var bytes = UnsafeBufferPointer(rebasing: folded[..<length])
            entryIndex = lexicon.id(bytes, hash: hash)
            if entryIndex < 0 || entryIndex >= lexiconCount {
                var numeric = numeric
                if let kept = cliticCut(bytes) { // "history's" is "history"
                    bytes = UnsafeBufferPointer(rebasing: folded[..<kept])
                    hash = WordTable.hash(bytes)
                    entryIndex = lexicon.id(bytes, hash: hash)
                    numeric = bytes.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } // "the 1990's"
                }
                if entryIndex < 0 || entryIndex >= lexiconCount {
                    appendPlainWord(bytes, hash: hash, entry: entryIndex, numeric: numeric, start: start, end: end,
                                    isUpper: isUpper, &tokens, &pending, content)
                    return
                }
            }
        } else if ascii {
            isUpper = letters >= 2 && lowercase == 0 && uppercase > 0
            var normalized = String(decoding: UnsafeBufferPointer(rebasing: utf8[startByte..<i]), as: UTF8.self).lowercased()
            if separators && Self.looksNumeric(normalized) { normalized = Self.canonicalNumber(normalized) }
            (entryIndex, word) = lookUp(normalized)
        } else {
            let original = Substring(String(decoding: UnsafeBufferPointer(rebasing: utf8[startByte..<i]), as: UTF8.self))
            isUpper = Self.isUppercaseWord(original)
            var normalized = normalizer.normalize(original)
            if normalized.isEmpty { return } // only joiners or vowel marks: no word
            if separators && Self.looksNumeric(normalized) { normalized = Self.canonicalNumber(normalized) }
            (entryIndex, word) = lookUp(normalized)
        }
        if let word {
            var id: Int32 = Token.unbound, stop = false, key: UInt32 = 0
            if let binding {
                let extra = Int(entryIndex - lexiconCount)
                id = entryIndex < 0 ? -1 : binding.plain[extra].word
                stop = entryIndex >= 0 && binding.plain[extra].isStop
                key = PhraseAutomaton.key3(word)
            }
            let isNumber = Self.looksNumeric(word)
            append(word, isNumber: isNumber, start: start, end: end, isUpper: isUpper, word: id, key: key, stop: stop,
                   content: binding != nil && Self.isContent(text: word, isNumber: isNumber, isNegator: false,
                                                             isIntensifier: false, isStopword: stop),
                   &tokens, &pending)
            return
        }
        appendTemplates(of: entryIndex, start: start, end: end, isUpper: isUpper, &tokens, &pending)
    }

    /// A word of ASCII letters and digits only, ending at a space, punctuation other than
    /// an apostrophe (or a decimal point after a digit) or the end: most words. Handled
    /// here without `scanWord`'s general loop; false (nothing changed) for any other word.
    @inline(__always)
    private func scanPlainWord(_ utf8: UnsafeBufferPointer<UInt8>, _ i: inout Int, _ offset: inout Int,
                               _ tokens: inout [Token], _ pending: inout Pending, _ folded: UnsafeMutableBufferPointer<UInt8>,
                               _ content: UnsafeMutablePointer<ContentSink>?) -> Bool {
        let run = Self.asciiRun(utf8, from: i, folded, at: 0, hash: WordTable.hashStart)
        let length = run.end - i
        guard length <= folded.count else { return false }
        if run.end < utf8.count {
            let next = utf8[run.end]
            guard next < 0x80, next != 0x27 else { return false } // another script, or an apostrophe
            if next == 0x2E || next == 0x2C, run.lastIsDigit { return false } // maybe "4.99"
        }
        let bytes = UnsafeBufferPointer(rebasing: folded[..<length])
        let entry = lexicon.id(bytes, hash: run.hash, prefix: WordTable.prefix(folded: folded, count: length))
        let start = offset
        let letters = run.lowercase + run.uppercase
        let isUpper = letters >= 2 && run.lowercase == 0 && run.uppercase > 0
        i = run.end
        offset += length
        if entry >= 0 && entry < lexiconCount {
            appendTemplates(of: entry, start: start, end: offset, isUpper: isUpper, &tokens, &pending)
        } else {
            appendPlainWord(bytes, hash: run.hash, entry: entry, numeric: run.allDigits, start: start, end: offset,
                            isUpper: isUpper, &tokens, &pending, content)
        }
        return true
    }

    /// The tokens of an ASCII word, folded in `bytes`, that the language pack says nothing
    /// about (`entry`: its id in a bound tokenizer's lexicon, or -1; `hash`: of `bytes`,
    /// see `WordTable.hashStep`). With `content`, a word
    /// that is not a number only has its stem noted.
    @inline(__always)
    private func appendPlainWord(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt32, entry entryIndex: Int32, numeric: Bool,
                                 start: Int, end: Int, isUpper: Bool, _ tokens: inout [Token], _ pending: inout Pending,
                                 _ content: UnsafeMutablePointer<ContentSink>?) {
        let length = bytes.count
        if let content, !numeric {
            let stop = content.pointee.bound
                ? entryIndex >= 0 && binding!.plain[Int(entryIndex - lexiconCount)].isStop
                : content.pointee.stopwords.id(bytes, hash: hash) >= 0
            if length >= 4 && !stop {
                content.pointee.stems.insert(ascii: bytes)
            }
            // What appending a word that is not a number does, without the token.
            pending.dash = nil
            pending.clause = false
            pending.sentence = false
            pending.afterBreakWord = false
            pending.afterPlainWord = true
            pending.afterNumberWord = false
            pending.afterJoiner = false
            return
        }
        var id: Int32 = Token.unbound, stop = false, key: UInt32 = 0
        // The token takes the text the one reference it needs (a copy made here and
        // released after cost a retain and a release of every word's string).
        let text: String
        if let binding {
            key = PhraseAutomaton.key3(ascii: bytes)
            if entryIndex >= 0 {
                let found = binding.plain.withUnsafeBufferPointer { plain in
                    let entry = plain.baseAddress! + Int(entryIndex - lexiconCount) // read in place
                    return (entry.pointee.word, entry.pointee.isStop, entry.pointee.text)
                }
                id = found.0
                stop = found.1
                text = found.2
            } else {
                id = -1
                text = Self.asciiString(bytes)
            }
        } else {
            text = Self.asciiString(bytes)
        }
        append(consume text, isNumber: numeric, start: start, end: end, isUpper: isUpper, word: id, key: key, stop: stop,
               content: numeric || (length >= 4 && !stop), &tokens, &pending)
    }

    /// The tokens the language pack makes of lexicon entry `entry`.
    @inline(__always)
    private func appendTemplates(of entry: Int32, start: Int, end: Int, isUpper: Bool, _ tokens: inout [Token],
                                 _ pending: inout Pending) {
        let first = Int(templateStart[Int(entry)])
        for t in first..<Int(templateStart[Int(entry) + 1]) {
            append(t, first: t == first, start: start, end: end, isUpper: isUpper, &tokens, &pending)
        }
        pending.clause = false
        pending.sentence = false
    }

    /// Two or more letters, all capitals (a word with other scripts in it). Out of line, for
    /// the same reason as `CharacterNormalizer.isWordScalar`.
    @inline(never)
    static func isUppercaseWord(_ original: Substring) -> Bool {
        var alphabetic = 0
        for scalar in original.unicodeScalars where scalar.properties.isAlphabetic { alphabetic += 1 }
        return alphabetic >= 2 && original == original.uppercased() && original != original.lowercased()
    }

    /// A run of ASCII letters and digits: where it ends, its letters by case and digits,
    /// whether its last byte is a digit, and the hash continued over it. Three words, so
    /// that it comes back in registers (with a field each it went through memory).
    struct ASCIIRun {
        var end: Int
        /// Lowercase and uppercase letters, 20 bits each (saturating: only "none", "one" and
        /// "two or more" matter); bit 62: every byte is a digit; bit 63: the last one is.
        var counts: UInt64
        /// `hash` given, continued over the folded bytes written (`WordTable.hashStep`).
        var hash: UInt32

        var lowercase: Int { Int(counts & 0xF_FFFF) }
        var uppercase: Int { Int((counts >> 20) & 0xF_FFFF) }
        var allDigits: Bool { counts & (1 << 62) != 0 }
        var lastIsDigit: Bool { counts >> 63 != 0 }
    }

    /// The ASCII letters and digits from byte `start` on (at least one), written folded
    /// into `folded` from `length` on while it has room. Out of line: in `scanWord` the
    /// loop's state lived on the stack (about 40 instructions a byte); here it stays in
    /// registers.
    @inline(never)
    static func asciiRun(_ utf8: UnsafeBufferPointer<UInt8>, from start: Int,
                         _ folded: UnsafeMutableBufferPointer<UInt8>, at length: Int, hash: UInt32) -> ASCIIRun {
        let bytes = utf8.baseAddress!, count = utf8.count
        let out = folded.baseAddress!, room = folded.count
        var i = start, n = length
        var lowercase = 0, uppercase = 0, digits = 0
        var last: UInt8 = 0
        var hash = hash
        while i < count {
            let byte = bytes[i]
            var lower = byte
            if byte &- 0x61 < 26 {
                lowercase += 1
            } else if byte &- 0x41 < 26 {
                uppercase += 1
                lower = byte | 0x20
            } else if byte &- 0x30 < 10 {
                digits += 1
            } else {
                break
            }
            if n < room {
                out[n] = lower
                hash = WordTable.hashStep(hash, lower)
            }
            n += 1
            last = byte
            i += 1
        }
        var counts = UInt64(min(lowercase, 0xF_FFFF)) | UInt64(min(uppercase, 0xF_FFFF)) << 20
        if digits == i - start { counts |= 1 << 62 }
        if last <= 0x39 { counts |= 1 << 63 }
        return ASCIIRun(end: i, counts: counts, hash: hash)
    }

    /// The token for a number range ("5-7") between `start` and `end`.
    @inline(__always)
    private func rangeToken(start: Int, end: Int) -> Token {
        var token = Token(text: Tokenizer.rangeToken, start: start, end: end)
        if let binding {
            token.word = binding.rangeWord
            token.key3 = PhraseAutomaton.key3(Tokenizer.rangeToken)
            token.isStopword = binding.rangeStop
            token.isContentWord = false // "–": three bytes, not a number
        }
        return token
    }

    /// A dash with space on both sides (after the last token, before `start`): between a
    /// number and a word it parts clauses ("£4.95 - would you…"); "3-day" stays one phrase.
    static func isSpaced(_ dash: (start: Int, end: Int), before start: Int, after tokens: [Token]) -> Bool {
        guard let last = tokens.last else { return false }
        return last.end < dash.start && dash.end < start
    }

    /// A word the lexicon does not know: one plain token.
    @inline(__always)
    private func append(_ text: consuming String, isNumber: Bool, start: Int, end: Int, isUpper: Bool,
                        word: Int32, key: UInt32, stop: Bool, content: Bool,
                        _ tokens: inout [Token], _ pending: inout Pending) {
        var token = Token(text: consume text, start: start, end: end, isNumber: isNumber, originalIsUppercase: isUpper)
        token.word = word
        token.key3 = key
        token.isStopword = stop
        token.isContentWord = content
        if let dash = pending.dash {
            if isNumber {
                tokens.append(rangeToken(start: dash.start, end: dash.end))
                pending.afterBreakWord = false
            } else if Self.isSpaced(dash, before: start, after: tokens) {
                pending.clause = true // "£4.95 - would you like…": a dash after a number, not a range
            }
        }
        pending.dash = nil
        token.clauseBreakBefore = pending.clause || pending.afterBreakWord
        token.sentenceBreakBefore = pending.sentence
        pending.clause = false
        pending.sentence = false
        let merges = isNumber && !pending.afterPlainWord
        pending.afterPlainWord = false
        pending.afterNumberWord = false
        pending.afterJoiner = false
        if merges && mergeCompoundNumber(&tokens, token) {
            pending.afterBreakWord = tokens[tokens.count - 1].breaksClause
            return
        }
        pending.afterBreakWord = false // a word the lexicon does not know breaks no clause
        tokens.append(consume token)
    }

    @inline(__always)
    private func append(_ t: Int, first: Bool, start: Int, end: Int, isUpper: Bool,
                        _ tokens: inout [Token], _ pending: inout Pending) {
        // The template read in place: a copy of it retained and released its text once
        // more than the token's own reference needs.
        let (token0, breaksClause, joinsNumbers) = templates.withUnsafeBufferPointer { templates in
            let template = templates.baseAddress! + t
            return (Token(text: template.pointee.text, start: start, end: end, isNumber: template.pointee.isNumber,
                          isNegator: template.pointee.isNegator, isIntensifier: template.pointee.isIntensifier,
                          originalIsUppercase: isUpper),
                    template.pointee.breaksClause, template.pointee.joinsNumbers)
        }
        var token = consume token0
        if let binding {
            let bound = binding.templates[t]
            token.word = bound.word
            token.key3 = bound.key3
            token.isStopword = bound.isStop
            token.isContentWord = bound.isContent
        }
        if let dash = pending.dash, first, token.isNumber {
            // "twenty-five": a hyphen right between two number words that make one number
            // is part of it; anywhere else a dash between numbers makes a range.
            let hyphenated = pending.afterNumberWord && !pending.afterPlainWord && !tokens.isEmpty
                && tokens[tokens.count - 1].end == dash.start && dash.end == start
                && canCompound(tokens[tokens.count - 1], token)
            if !hyphenated {
                tokens.append(rangeToken(start: dash.start, end: dash.end))
                pending.afterBreakWord = false
            }
        } else if let dash = pending.dash, first, Self.isSpaced(dash, before: start, after: tokens) {
            pending.clause = true // "£4.95 - would you like…": a dash after a number, not a range
        }
        pending.dash = nil
        if first && pending.clause { token.clauseBreakBefore = true }
        if first && pending.sentence { token.sentenceBreakBefore = true }
        if pending.afterBreakWord { token.clauseBreakBefore = true }
        token.breaksClause = breaksClause
        // "بیست و پنج": a number word after «و» after a number word joins that number.
        if first, token.isNumber, pending.afterJoiner, !token.clauseBreakBefore, tokens.count >= 2,
           canJoin(tokens[tokens.count - 2], token) {
            tokens.removeLast() // the joiner
            var joined = tokens[tokens.count - 1]
            joined.text = String(Int(joined.text)! + Int(token.text)!)
            joined.end = token.end
            bind(&joined)
            tokens[tokens.count - 1] = joined
            pending.afterJoiner = false
            pending.afterNumberWord = true // "صد و بیست و پنج" goes on
            pending.afterBreakWord = false
            return
        }
        let joinable = joinsNumbers && pending.afterNumberWord && !pending.afterPlainWord && !token.clauseBreakBefore
        pending.afterJoiner = false
        let merges = !pending.afterPlainWord
        pending.afterPlainWord = false
        if merges && mergeCompoundNumber(&tokens, token) {
            pending.afterBreakWord = tokens[tokens.count - 1].breaksClause
            pending.afterNumberWord = false // "twenty-five-six" is not one number
            return
        }
        pending.afterNumberWord = token.isNumber
        pending.afterJoiner = joinable
        pending.afterBreakWord = token.breaksClause
        tokens.append(consume token)
    }

    /// A `String` of folded ASCII bytes. `String(decoding:as:)` checks for invalid UTF-8
    /// and repairs it on a general path (about 150 instructions for a short word); this
    /// copies the bytes into the new string and checks them on the fast path.
    @inline(__always)
    static func asciiString(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { buffer in
            UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(bytes))
            return bytes.count
        }
    }

    /// Letters and ASCII digits.
    @inline(__always)
    static func isASCIIWord(_ b: UInt8) -> Bool {
        let folded = b | 0x20
        return (folded >= 0x61 && folded <= 0x7A) || (b >= 0x30 && b <= 0x39)
    }

    /// The scalar starting at byte `i` (invalid bytes read as U+FFFD) and its width.
    @inline(__always)
    static func decode(_ utf8: UnsafeBufferPointer<UInt8>, at i: Int) -> (Unicode.Scalar, Int) {
        let b0 = utf8[i]
        if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
        func continuation(_ k: Int) -> UInt32? {
            guard i + k < utf8.count, utf8[i + k] & 0xC0 == 0x80 else { return nil }
            return UInt32(utf8[i + k] & 0x3F)
        }
        if b0 & 0xE0 == 0xC0, let c1 = continuation(1) {
            return (Unicode.Scalar((UInt32(b0 & 0x1F) << 6) | c1) ?? "\u{FFFD}", 2)
        }
        if b0 & 0xF0 == 0xE0, let c1 = continuation(1), let c2 = continuation(2) {
            return (Unicode.Scalar((UInt32(b0 & 0x0F) << 12) | (c1 << 6) | c2) ?? "\u{FFFD}", 3)
        }
        if b0 & 0xF8 == 0xF0, let c1 = continuation(1), let c2 = continuation(2), let c3 = continuation(3) {
            return (Unicode.Scalar((UInt32(b0 & 0x07) << 18) | (c1 << 12) | (c2 << 6) | c3) ?? "\u{FFFD}", 4)
        }
        return ("\u{FFFD}", 1)
    }
}
