import Crypto
import Foundation
import Storage

/// Imports one meter file in one transaction (DOMAIN.md section 4).
///
/// Runs synchronously on a database pool thread (``importFile(_:on:progress:)`` is called from
/// `PostgresPool.withConnection`), so parsing a large file never occupies the cooperative pool:
///
/// 1. the header picks the layout (an empty file, an unknown header or a layout of the other
///    kind refuses the file before anything is written);
/// 2. imports take a transaction-level advisory lock, so aggregates are recomputed by one import
///    at a time; the same content (sha256) imported before is reported as a duplicate;
/// 3. accepted lines go in batches to the file's rows and, upserted by reading key, to the
///    current readings; meters are upserted as they appear (the latest plant code wins);
/// 4. the daily aggregates of every (meter, data type, UTC day) the file touches are recomputed
///    from the current readings, and the file's counts and median are stored.
///
/// When no line is accepted, the transaction is rolled back and nothing is written.
public struct MeterImporter: Sendable {
    /// Lines per INSERT statement.
    public var batchSize: Int
    /// Bytes handed to the CSV parser at a time.
    static let chunkSize = 1 << 16
    /// The advisory lock every meter import takes for its transaction.
    static let lockKey = 0x4D45_5445_5253  // "METERS"

    public init(batchSize: Int = 5000) {
        self.batchSize = batchSize
    }

    /// Imports `request` on `connection`.
    /// - Parameter progress: called with the number of bytes read so far, now and then.
    /// - Throws: `PostgresError` when the database fails (nothing is then written).
    public func importFile(_ request: MeterImportRequest, on connection: PostgresConnection,
                         progress: (@Sendable (Int) -> Void)? = nil) throws -> MeterImportOutcome {
        let sha256 = SHA256.hash(data: request.content).map { String(format: "%02x", $0) }.joined()
        var reader = MeterFileReader(timeZone: request.timeZone)
        var pending: [MeterRowParser.Outcome] = []
        var offset = 0
        do throws(MeterFileRefusal) {
            while reader.layout == nil, offset < request.content.count {
                let end = min(offset + Self.chunkSize, request.content.count)
                pending += try reader.feed(request.content[offset..<end])
                offset = end
            }
            if reader.layout == nil { pending += try reader.finish() }
        } catch {
            return .refused(.file(error), report: MeterImportReport())
        }
        guard let layout = reader.layout else { return .refused(.file(.empty), report: MeterImportReport()) }
        guard let kind = request.kind ?? MeterFileKind.fromFileName(request.fileName) else {
            return .refused(.unknownKind(fileName: request.fileName), report: MeterImportReport())
        }
        guard kind == layout.kind else {
            return .refused(.kindMismatch(asked: kind, layout: layout), report: MeterImportReport())
        }

        var run = ImportRun(request: request, layout: layout, sha256: sha256, batchSize: batchSize)
        do {
            return try connection.transaction {
                try connection.execute("SELECT pg_advisory_xact_lock(\(Self.lockKey))")
                guard let fileID = try run.insertFile(on: connection) else {
                    var report = MeterImportReport()
                    report.duplicate = true
                    return .stored(fileID: try run.existingFileID(on: connection), report: report)
                }
                try run.take(pending, on: connection)
                while offset < request.content.count {
                    let end = min(offset + Self.chunkSize, request.content.count)
                    try run.take(try reader.feed(request.content[offset..<end]), on: connection)
                    offset = end
                    progress?(offset)
                }
                try run.take(try reader.finish(), on: connection)
                try run.flush(on: connection)
                guard run.report.accepted > 0 else { throw NoAcceptedLines(report: run.report) }
                try run.complete(fileID: fileID, on: connection)
                progress?(request.content.count)
                return .stored(fileID: fileID, report: run.report)
            }
        } catch let failure as NoAcceptedLines {
            return .refused(.noAcceptedLines(rejected: failure.report.rejected), report: failure.report)
        }
    }

    /// Thrown inside the transaction to roll it back when every line was rejected.
    struct NoAcceptedLines: Error {
        let report: MeterImportReport
    }
}
