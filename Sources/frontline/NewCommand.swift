import ArgumentParser
import Foundation
import FrontlineCheck

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Start new content from a minimal valid file.",
        subcommands: [NewScenarioCommand.self]
    )
}

struct NewScenarioCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scenario",
        abstract: "Write a minimal scenario and its golden walkthrough that pass 'frontline check'.",
        discussion: "Writes Scenarios/<id>.yaml and Scenarios/<id>.walkthrough.yaml in the content folder (see FRONTLINE_CONTENT), then checks them."
    )

    @Argument(help: ArgumentHelp("The new scenario's id: lower-case letters, digits, '-' and '_'.", valueName: "id"))
    var id: String

    @Option(name: .long, help: ArgumentHelp("The scenario's language (BCP 47: en, fa, lv).", valueName: "tag"))
    var language = "en"

    @Option(name: .long, help: ArgumentHelp("Where to write the files (default: the content folder's Scenarios/).", valueName: "folder"))
    var output: String?

    func validate() throws {
        guard ScenarioTemplate.isValidId(id) else {
            throw ValidationError("'\(id)' is not a valid scenario id; use lower-case letters, digits, '-' and '_', starting with a letter (e.g. 'late-refund')")
        }
        guard ScenarioTemplate.isValidId(language.lowercased()) || language.contains("-") else {
            throw ValidationError("'\(language)' is not a language tag; write it like en, fa or lv")
        }
    }

    func run() throws {
        let content = ContentLocation.resolve()
        let folder = output ?? (content as NSString).appendingPathComponent("Scenarios")
        let schemas = (content as NSString).appendingPathComponent("schemas")
        let files = try NewScenarioWriter(folder: folder, id: id, language: language.lowercased(), schemas: schemas).write()
        for file in files { print("wrote \(file)") }
        let report = Checker.run(paths: [files[0]], contentRoot: content)
        for diagnostic in report.diagnostics { print(diagnostic.rendered) }
        print(report.summary)
        if !report.passed { throw ExitCode(1) }
    }
}

/// Writes the template pair, never over an existing file.
struct NewScenarioWriter {
    var folder: String
    var id: String
    var language: String
    /// The folder with the JSON Schemas: the files name theirs on their first line when it exists.
    var schemas: String? = nil

    /// `schemas/<kind>.schema.json` as a path relative to the folder the files are written to.
    func schemaReference(_ kind: String) -> String? {
        guard let schemas else { return nil }
        let target = (schemas as NSString).appendingPathComponent("\(kind).schema.json")
        guard FileManager.default.fileExists(atPath: target) else { return nil }
        return Self.relativePath(from: folder, to: target)
    }

    static func relativePath(from folder: String, to file: String) -> String {
        let from = URL(fileURLWithPath: folder).standardizedFileURL.pathComponents
        let to = URL(fileURLWithPath: file).standardizedFileURL.pathComponents
        var common = 0
        while common < min(from.count, to.count), from[common] == to[common] { common += 1 }
        return (Array(repeating: "..", count: from.count - common) + to[common...]).joined(separator: "/")
    }

    func write() throws -> [String] {
        let fm = FileManager.default
        do { try fm.createDirectory(atPath: folder, withIntermediateDirectories: true) } catch {
            throw UserError("cannot create '\(folder)': \(error.localizedDescription)")
        }
        let scenario = (folder as NSString).appendingPathComponent("\(id).yaml")
        let walkthrough = (folder as NSString).appendingPathComponent("\(id).walkthrough.yaml")
        for path in [scenario, walkthrough] where fm.fileExists(atPath: path) {
            throw UserError("'\(path)' already exists; choose another id or remove the file first")
        }
        let texts = [(scenario, ScenarioTemplate.scenario(id: id, language: language, schema: schemaReference("scenario"))),
                     (walkthrough, ScenarioTemplate.walkthrough(id: id, schema: schemaReference("walkthrough")))]
        for (path, text) in texts {
            do { try text.write(toFile: path, atomically: true, encoding: .utf8) } catch {
                throw UserError("cannot write '\(path)': \(error.localizedDescription)")
            }
        }
        return [scenario, walkthrough]
    }
}
