import Foundation
import GraphQLEngine
import Storage

/// `importMeterFile`: checks the input, gets the bytes (inline or by URL) and runs
/// ``MeterImporter`` on a database pool thread. Refusals are `userErrors` and write nothing.
struct MeterImportMutation {
    let context: RequestContext

    func run(_ input: GraphQLObjectValue) async throws -> MeterFilePayload {
        let fileName = input["fileName"].flatMap(\.stringValue) ?? ""
        let zoneName = input["timeZone"].flatMap(\.stringValue) ?? "UTC"
        let content = input["content"].flatMap(\.stringValue)
        let url = input["url"].flatMap(\.stringValue)
        var errors: [GraphQLValue] = []
        if fileName.trimmingSpaces.isEmpty {
            errors.append(UserErrorValue.make(field: ["input", "fileName"], message: "The file name is empty; give the file's name, e.g. LP_210095893_20180901T011608049.csv.", code: "INVALID"))
        }
        let timeZone = TimeZone(identifier: zoneName)
        if timeZone == nil {
            errors.append(UserErrorValue.make(field: ["input", "timeZone"], message: "\(MeterFileRefusal.quoted(zoneName)) is not an IANA time zone; give one such as UTC or Europe/Berlin.", code: "INVALID"))
        }
        var kind: MeterFileKind?
        if case let .string(kindText)? = input["kind"] { kind = MeterFileKind(rawValue: kindText) }
        if (content == nil) == (url == nil) {
            errors.append(UserErrorValue.make(field: ["input"], message: "Give exactly one of content and url.", code: "INVALID"))
        }
        guard errors.isEmpty, let timeZone else { return MeterFilePayload(errors: errors) }

        let bytes: [UInt8]
        if let content {
            bytes = Array(content.utf8)
        } else {
            switch await MeterFileDownload.fetch(url ?? "", context: context) {
            case let .success(fetched): bytes = fetched
            case let .failure(refusal): return MeterFilePayload(errors: [refusal.value])
            }
        }
        let request = MeterImportRequest(fileName: fileName, kind: kind, timeZone: timeZone, content: bytes, importedAt: context.now())
        let outcome = try await context.dependencies.postgres.withConnection { connection in
            try MeterImporter().importFile(request, on: connection)
        }
        switch outcome {
        case let .stored(fileID, report):
            context.logger.info("meter file imported", metadata: [
                "fileID": "\(fileID)", "accepted": "\(report.accepted)", "rejected": "\(report.rejected)", "duplicate": "\(report.duplicate)",
            ])
            return MeterFilePayload(fileID: fileID, report: Self.importReport(report))
        case let .refused(refusal, report):
            return MeterFilePayload(report: Self.importReport(report),
                                    errors: [UserErrorValue.make(field: refusal.field, message: refusal.message, code: refusal.code)])
        }
    }

    /// The shared `ImportReport` of a meter import.
    static func importReport(_ report: MeterImportReport) -> ImportReport {
        ImportReport(accepted: report.accepted,
                     rejectedLines: report.rejectedLines.map { RejectedLine(line: $0.line, message: $0.message, content: $0.content) },
                     duplicate: report.duplicate)
    }
}

/// `MeterFilePayload`: the stored file (also for a duplicate), the report, or the refusals.
struct MeterFilePayload: Sendable {
    var fileID: Int64?
    var report: ImportReport?
    var errors: [GraphQLValue] = []
}
