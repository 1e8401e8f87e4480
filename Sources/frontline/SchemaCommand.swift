import ArgumentParser
import Foundation
import FrontlineLoader

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Write JSON Schemas of the content files, for editor completion.",
        discussion: """
            Writes scenario, walkthrough, rubric, language and track schemas (<kind>.schema.json), generated \
            from the keys the loader knows. A YAML file names its schema on its first line, e.g. \
            '# yaml-language-server: $schema=../schemas/scenario.schema.json', and editors with the YAML \
            language server (VS Code's YAML extension) then complete keys and show what each means.
            """
    )

    @Option(name: .long, help: ArgumentHelp("The folder to write to (default: schemas/ in the content folder).", valueName: "folder"))
    var output: String?

    func run() throws {
        let folder = output ?? (ContentLocation.resolve() as NSString).appendingPathComponent("schemas")
        for path in try SchemaWriter.write(to: folder) { print("wrote \(path)") }
    }
}

/// Writes every kind's schema into a folder.
enum SchemaWriter {
    static func write(to folder: String) throws -> [String] {
        do { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) } catch {
            throw UserError("cannot create '\(folder)': \(error.localizedDescription)")
        }
        return try JSONSchema.Kind.allCases.map { kind in
            let path = (folder as NSString).appendingPathComponent(kind.fileName)
            do { try JSONSchema.document(kind).text.write(toFile: path, atomically: true, encoding: .utf8) } catch {
                throw UserError("cannot write '\(path)': \(error.localizedDescription)")
            }
            return path
        }
    }
}
