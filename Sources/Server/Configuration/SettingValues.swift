import Foundation

/// Where settings come from: the options given on the command line and the environment.
///
/// Each accessor resolves one ``Setting`` (the option's value, else its environment variable
/// when not empty, else its default) and checks it, throwing a ``ConfigurationError`` that names
/// where the bad value came from.
struct SettingValues: Sendable {
    /// Values given on the command line, by ``Setting/option``.
    var options: [String: String]
    var environment: [String: String]

    /// The raw text and where it came from (`--port`, `PORT` or `default of PORT`), or nil when
    /// the setting is unset and has no default.
    func value(_ setting: Setting) -> (text: String, source: String)? {
        if let text = options[setting.option] { return (text, "--\(setting.option)") }
        if let text = environment[setting.environment], !text.isEmpty { return (text, setting.environment) }
        return setting.defaultValue.map { ($0, "default of \(setting.environment)") }
    }

    /// An integer within `range`.
    /// - Throws: `ConfigurationError` for anything else (or an unset setting without default).
    func integer(_ setting: Setting, _ range: ClosedRange<Int>) throws -> Int {
        let (raw, source) = value(setting) ?? ("", setting.environment)
        guard let number = Int(raw.trimmingCharacters(in: .whitespaces)), range.contains(number) else {
            throw ConfigurationError(source: source, value: raw, expected: "an integer from \(range.lowerBound) to \(range.upperBound)")
        }
        return number
    }

    /// `true`/`1`/`yes` or `false`/`0`/`no`, in any case.
    /// - Throws: `ConfigurationError` for anything else.
    func flag(_ setting: Setting) throws -> Bool {
        let (raw, source) = value(setting) ?? ("", setting.environment)
        switch raw.lowercased() {
        case "true", "1", "yes": return true
        case "false", "0", "no": return false
        default: throw ConfigurationError(source: source, value: raw, expected: "true or false")
        }
    }

    /// One of `choices` (compared in lower case).
    /// - Throws: `ConfigurationError` listing the choices.
    func choice(_ setting: Setting, _ choices: [String]) throws -> String {
        let (raw, source) = value(setting) ?? ("", setting.environment)
        let lowered = raw.trimmingCharacters(in: .whitespaces).lowercased()
        guard choices.contains(lowered) else {
            throw ConfigurationError(source: source, value: raw, expected: choices.joined(separator: ", "))
        }
        return lowered
    }
}
