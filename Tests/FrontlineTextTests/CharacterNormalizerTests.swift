import Testing
@testable import FrontlineText

@Suite struct CharacterNormalizerTests {
    let normalizer = CharacterNormalizer()

    @Test func foldsCaseAndCompatibilityForms() {
        #expect(normalizer.normalize("HELLO") == "hello")
        #expect(normalizer.normalize("ﬁne") == "fine", "NFKC splits the ligature")
        #expect(normalizer.normalize("Ｗｉｄｅ") == "wide")
    }

    @Test func persianVariants() {
        #expect(normalizer.normalize("كتاب") == "کتاب")
        #expect(normalizer.normalize("علي") == "علی")
        #expect(normalizer.normalize("می‌روم") == "میروم")
        #expect(normalizer.normalize("كِتاب") == "کتاب", "vowel marks are optional")
        #expect(normalizer.normalize("۱۲۳") == "123")
        #expect(normalizer.normalize("١٢٣") == "123")
    }

    @Test func diacriticsOnlyWhenAsked() {
        #expect(CharacterNormalizer(foldDiacritics: true).normalize("Ātri") == "atri")
        #expect(normalizer.normalize("Ātri") == "ātri")
    }

    @Test func classifiesScalars() {
        #expect(CharacterNormalizer.isWordScalar("a"))
        #expect(CharacterNormalizer.isWordScalar("ب"))
        #expect(CharacterNormalizer.isWordScalar("\u{200C}"), "the joiner belongs inside Persian words")
        #expect(!CharacterNormalizer.isWordScalar("!"))
        #expect(CharacterNormalizer.isDigit("۵") && CharacterNormalizer.isDigit("٥") && CharacterNormalizer.isDigit("5"))
        #expect(CharacterNormalizer.isApostrophe("\u{2019}"))
    }
}

@Suite struct CharacterNormalizerEzafeTests {
    @Test func ezafeHehMatchesPlainHeh() {
        let normalizer = CharacterNormalizer()
        #expect(normalizer.normalize("هزینۀ") == normalizer.normalize("هزینه"))
    }
}
