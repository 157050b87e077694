import GraphQLEngine

/// Fetches a meter file given by URL (`importMeterFile(input: {url})`) under the server's
/// ``RemoteFilePolicy`` (http/https only, no private addresses unless allowed, size and time limits).
enum MeterFileDownload {
    /// The file's bytes, or the `userErrors` entry that says why they could not be fetched.
    static func fetch(_ url: String, context: RequestContext) async -> Result<[UInt8], MeterDownloadRefusal> {
        do {
            let body = try await RemoteFile.open(url, policy: context.dependencies.remoteFiles)
            var bytes: [UInt8] = []
            for try await chunk in body { bytes.append(contentsOf: chunk) }
            return .success(bytes)
        } catch let error as RemoteFileError {
            let code = if case .tooLarge = error { "OUT_OF_RANGE" } else { "INVALID" }
            return .failure(MeterDownloadRefusal(value: UserErrorValue.make(field: ["input", "url"], message: error.description, code: code)))
        } catch {
            return .failure(MeterDownloadRefusal(value: UserErrorValue.make(
                field: ["input", "url"], message: RemoteFileError.transport("\(error)").description, code: "INVALID")))
        }
    }
}

/// A `userErrors` entry for a URL that could not be fetched.
struct MeterDownloadRefusal: Error {
    let value: GraphQLValue
}
