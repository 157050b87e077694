import Foundation
import Resolvers

/// The settings of imports by URL (vehicles, meter files).
extension Setting {
    static let importMaxBytes = Setting(
        option: "import-max-bytes", environment: "IMPORT_MAX_BYTES", defaultValue: "52428800",
        help: "Largest file an import fetches by URL, in bytes (1024–1073741824).")
    static let importTimeout = Setting(
        option: "import-timeout", environment: "IMPORT_TIMEOUT", defaultValue: "30",
        help: "Seconds a fetch by URL may take, redirects and body included.")
    static let importAllowPrivateURLs = Setting(
        option: "import-allow-private-urls", environment: "IMPORT_ALLOW_PRIVATE_URLS", defaultValue: "false",
        help: "Whether imports may fetch loopback, private and link-local addresses (true/false; closed networks and tests only).")

    /// The settings above, in the order the docs list them.
    static let importSettings: [Setting] = [importMaxBytes, importTimeout, importAllowPrivateURLs]
}

extension RemoteFilePolicy {
    /// The policy the import settings describe: an option's value, else its environment
    /// variable, else its default.
    /// - Throws: `ConfigurationError` naming the setting and what was expected.
    init(options: [String: String], environment: [String: String]) throws {
        func value(_ setting: Setting) -> (text: String, source: String) {
            if let text = options[setting.option] { return (text, "--\(setting.option)") }
            if let text = environment[setting.environment], !text.isEmpty { return (text, setting.environment) }
            return (setting.defaultValue ?? "", "default of \(setting.environment)")
        }
        let (bytesText, bytesSource) = value(.importMaxBytes)
        guard let maxBytes = Int(bytesText.trimmingCharacters(in: .whitespaces)), (1024...(1 << 30)).contains(maxBytes) else {
            throw ConfigurationError(source: bytesSource, value: bytesText, expected: "an integer from 1024 to 1073741824")
        }
        let (timeoutText, timeoutSource) = value(.importTimeout)
        guard let seconds = Double(timeoutText.trimmingCharacters(in: .whitespaces)), seconds > 0, seconds <= 3600 else {
            throw ConfigurationError(source: timeoutSource, value: timeoutText, expected: "a number of seconds above 0, at most 3600")
        }
        let (allowText, allowSource) = value(.importAllowPrivateURLs)
        let allow: Bool
        switch allowText.lowercased() {
        case "true", "1", "yes": allow = true
        case "false", "0", "no": allow = false
        default: throw ConfigurationError(source: allowSource, value: allowText, expected: "true or false")
        }
        self.init(maxBytes: maxBytes, timeout: .milliseconds(Int64((seconds * 1000).rounded())), allowPrivateAddresses: allow)
    }
}
