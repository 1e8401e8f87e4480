import GRDB

extension StoreSchema {
    /// v6-disputes: a trainee's objection to one turn's grading, open until a supervisor
    /// annotates that turn (the annotation settles it).
    static func createDisputes(_ db: Database) throws {
        try db.create(table: "disputes") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("session_id", .integer).notNull().references("sessions", onDelete: .cascade)
            t.column("turn_id", .integer).notNull().references("turns", onDelete: .cascade)
            t.column("trainee", .text).notNull()
            t.column("reason", .text).notNull()
            t.column("created_at", .datetime).notNull()
            t.column("settled_by", .integer).references("annotations", onDelete: .setNull)
            t.column("settled_at", .datetime)
        }
        try db.create(index: "disputes_on_session_id", on: "disputes", columns: ["session_id"])
        try db.create(index: "disputes_open", on: "disputes", columns: ["turn_id"], condition: Column("settled_by") == nil)
    }
}
