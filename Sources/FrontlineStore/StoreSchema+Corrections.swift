import GRDB

extension StoreSchema {
    /// v5-criterion-corrections: a supervisor's correction of one finding is an annotation
    /// that overrides its dimension with the score the corrected findings give, and names
    /// the criterion, what the grader found and what the supervisor says. Any score
    /// annotation may carry the turn's overall with its scores, so overrides move the
    /// overall too. The grader's findings stay as they were.
    static func addCriterionCorrections(_ db: Database) throws {
        try db.alter(table: "annotations") { t in
            t.add(column: "criterion_id", .text)
            t.add(column: "criterion_name", .text)
            t.add(column: "grader_met", .boolean)
            t.add(column: "met", .boolean)
            t.add(column: "turn_overall", .double)
        }
        try db.create(index: "annotations_on_criterion_id", on: "annotations", columns: ["criterion_id"],
                      condition: Column("criterion_id") != nil)
    }
}
