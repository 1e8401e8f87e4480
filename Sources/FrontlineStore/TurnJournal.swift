import Foundation
import FrontlineModel

/// What a trainee's workstation keeps when the team store cannot be reached: every turn
/// and ending of a session, on disk before anything is sent, delivered to the store in
/// order and exactly once when it answers again (no duplicates, no gaps).
///
/// One file per session, JSON lines: a header naming the store, then one entry per turn
/// and the ending. Delivered entries are dropped from the file (rewritten by rename);
/// the file is removed when nothing is left. A delivery that failed half-way (the
/// connection dropped after the server may have committed) is checked against the
/// store before it is sent again.
public final class TurnJournal: @unchecked Sendable {
    public enum Entry: Codable, Equatable, Sendable {
        case turn(session: Int64, record: TurnRecord, shownAt: Date)
        case finish(session: Int64, summary: SessionSummary, at: Date)
        /// `/retry`: the turn with this index was answered again.
        case retried(session: Int64, turnIndex: Int)
    }

    struct Header: Codable { var store: String; var session: Int64 }

    public let path: String
    public let store: String
    public let session: Int64
    public private(set) var pending: [Entry] = []
    /// The first pending entry may already be stored: a send failed without an answer.
    private var uncertain = false
    /// A journal read back from disk may hold any number of entries that did arrive (its
    /// process could die between a send and rewriting the file): check each, in order,
    /// until one is missing; from there on nothing can have arrived.
    private var verifying = false
    private let lock = NSLock()

    /// A new journal for a session of `store`, in `folder`.
    public init(folder: String, store: String, session: Int64) throws(StoreError) {
        self.store = store
        self.session = session
        path = folder + "/session-\(session)-\(UUID().uuidString.prefix(8)).jsonl"
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw .cannotCreate(path: path, detail: "cannot create the journal folder: \(error.localizedDescription)")
        }
    }

    /// A journal left by an earlier run (its process ended before the store answered).
    public init(reading path: String) throws(StoreError) {
        self.path = path
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .failed("cannot read the journal \(path)")
        }
        let lines = data.split(separator: UInt8(ascii: "\n"))
        let decoder = JSONDecoder()
        guard let first = lines.first, let header = try? decoder.decode(Header.self, from: Data(first)) else {
            throw .failed("\(path) is not a Frontline journal")
        }
        store = header.store
        session = header.session
        // A line cut short by a crash while it was written is the only one that can be bad: the last.
        pending = lines.dropFirst().compactMap { try? decoder.decode(Entry.self, from: Data($0)) }
        verifying = true
    }

    /// The journals waiting in `folder` for `store`, oldest first.
    public static func leftovers(in folder: String, store: String) -> [TurnJournal] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".jsonl") }.sorted().compactMap { name in
            let journal = try? TurnJournal(reading: folder + "/" + name)
            return journal?.store == store ? journal : nil
        }.sorted { $0.session < $1.session }
    }

    /// Adds an entry to the file, flushed to disk, before anything is sent.
    public func append(_ entry: Entry) throws(StoreError) {
        lock.lock()
        defer { lock.unlock() }
        pending.append(entry)
        try save()
    }

    public enum Delivery: Equatable, Sendable {
        /// Everything was delivered (the count delivered now).
        case delivered(Int)
        /// The store cannot be reached: this many entries wait in the journal.
        case waiting(Int, reason: String)
    }

    /// Sends the pending entries in order until one cannot be sent. Store errors other than
    /// "unreachable" are thrown, with the entries kept.
    @discardableResult
    public func deliver(to target: any ProgressStore) throws(StoreError) -> Delivery {
        lock.lock()
        defer { lock.unlock() }
        var sent = 0
        while let entry = pending.first {
            do {
                if uncertain || verifying, try isStored(entry, in: target) {
                    // The earlier attempt did arrive.
                } else {
                    verifying = false
                    try send(entry, to: target)
                }
                uncertain = false
                pending.removeFirst()
                sent += 1
                try save()
            } catch .unreachable(_, let detail) {
                uncertain = true
                return .waiting(pending.count, reason: detail)
            }
        }
        return .delivered(sent)
    }

    private func send(_ entry: Entry, to target: any ProgressStore) throws(StoreError) {
        switch entry {
        case .turn(let session, let record, let shownAt): try target.recordTurn(session: session, record, shownAt: shownAt)
        case .finish(let session, let summary, let at): try target.finishSession(session, summary: summary, at: at)
        case .retried(let session, let index): try target.markRetried(session: session, turnIndex: index)
        }
    }

    private func isStored(_ entry: Entry, in target: any ProgressStore) throws(StoreError) -> Bool {
        switch entry {
        case .turn(let session, let record, _):
            return try target.turns(session: session).contains { $0.index == record.index }
        case .finish(let session, _, _):
            guard let stored = try target.session(session) else { return false }
            return stored.status != .inProgress && stored.status != .interrupted
        case .retried(let session, let index):
            return try target.turns(session: session).contains { $0.index == index && $0.retried }
        }
    }

    /// Writes the header and the pending entries to a new file and renames it over the
    /// journal (so a crash leaves the old or the new, never half); removes it when empty.
    private func save() throws(StoreError) {
        if pending.isEmpty {
            try? FileManager.default.removeItem(atPath: path)
            return
        }
        let encoder = JSONEncoder()
        var data = Data()
        do {
            data.append(try encoder.encode(Header(store: store, session: session)))
            data.append(UInt8(ascii: "\n"))
            for entry in pending {
                data.append(try encoder.encode(entry))
                data.append(UInt8(ascii: "\n"))
            }
        } catch {
            throw .failed("cannot write the journal: \(error)")
        }
        let temporary = path + ".partial"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard fd >= 0 else { throw .cannotCreate(path: path, detail: String(cString: strerror(errno))) }
        let written = data.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        let synced = fsync(fd) == 0
        close(fd)
        guard written == data.count, synced, rename(temporary, path) == 0 else {
            unlink(temporary)
            throw .cannotCreate(path: path, detail: "the journal could not be written to disk")
        }
    }
}
