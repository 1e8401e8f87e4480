/// One interface message in a language pack's `ui:` section: a text, or one text per
/// plural category ("zero", "one", "other") for a message that counts something.
public enum UIText: Hashable, Sendable {
    case text(String)
    case forms([String: String])
}
