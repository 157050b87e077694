import Testing
@testable import Server

@Suite struct ServerConfigurationTests {
    @Test func defaultsReachTheProjectLocalServices() throws {
        let configuration = try ServerConfiguration(options: [:], environment: [:])
        #expect(configuration.postgres.url == "postgres://postgres@127.0.0.1:54329/energygraph")
        #expect(configuration.postgres.poolSize == 8)
        #expect(configuration.postgres.statementTimeout == .seconds(30))
        #expect(configuration.redis.host == "127.0.0.1")
        #expect(configuration.redis.port == 63799)
        #expect(configuration.host == "127.0.0.1")
        #expect(configuration.port == 8080)
        #expect(configuration.logLevel == .info)
        #expect(configuration.autoMigrate)
        #expect(configuration.logFormat == .auto)
        #expect(configuration.eventNamespace == "energygraph")
    }

    @Test func logFormatAndEventNamespaceAreSettings() throws {
        let configuration = try ServerConfiguration(options: ["log-format": "JSON"], environment: ["LOG_FORMAT": "text", "EVENT_NAMESPACE": "eg-blue"])
        #expect(configuration.logFormat == .json)
        #expect(configuration.eventNamespace == "eg-blue")
        #expect(try ServerConfiguration(options: [:], environment: ["LOG_FORMAT": "text"]).logFormat.resolved == .text)
    }

    @Test func anOptionWinsOverItsEnvironmentVariable() throws {
        let environment = ["PORT": "9000", "DATABASE_URL": "postgres://u@db:5432/eg", "REDIS_URL": "redis://:pw@cache:6380/2",
                           "DATABASE_STATEMENT_TIMEOUT": "0", "REDIS_TIMEOUT": "0.25", "AUTO_MIGRATE": "no"]
        let configuration = try ServerConfiguration(options: ["port": "9100"], environment: environment)
        #expect(configuration.port == 9100)
        #expect(configuration.postgres.url == "postgres://u@db:5432/eg")
        #expect(configuration.postgres.statementTimeout == nil)
        #expect(configuration.redis.host == "cache")
        #expect(configuration.redis.port == 6380)
        #expect(configuration.redis.password == "pw")
        #expect(configuration.redis.database == 2)
        #expect(configuration.redis.commandTimeout == .milliseconds(250))
        #expect(!configuration.autoMigrate)
    }

    static let badValues: [([String: String], [String: String], String)] = [
        ([:], ["PORT": "eighty"], #"invalid value "eighty" for PORT: expected an integer from 0 to 65535"#),
        (["port": "70000"], [:], #"invalid value "70000" for --port: expected an integer from 0 to 65535"#),
        ([:], ["DATABASE_POOL_SIZE": "0"], #"invalid value "0" for DATABASE_POOL_SIZE: expected an integer from 1 to 500"#),
        ([:], ["DATABASE_URL": "mysql://x"], #"invalid value "mysql://x" for DATABASE_URL: expected a postgres:// URL or a key=value connection string"#),
        ([:], ["REDIS_URL": "http://x"], #"invalid value "http://x" for REDIS_URL: expected redis://[:password@]host[:port][/db]"#),
        ([:], ["REDIS_TIMEOUT": "-1"], #"invalid value "-1" for REDIS_TIMEOUT: expected a number of seconds above 0, at most 86400"#),
        ([:], ["LOG_LEVEL": "loud"], #"invalid value "loud" for LOG_LEVEL: expected trace, debug, info, notice, warning, error, critical"#),
        ([:], ["AUTO_MIGRATE": "maybe"], #"invalid value "maybe" for AUTO_MIGRATE: expected true or false"#),
        ([:], ["LOG_FORMAT": "yaml"], #"invalid value "yaml" for LOG_FORMAT: expected json, text, auto"#),
        (["event-namespace": "two words"], [:], #"invalid value "two words" for --event-namespace: expected 1 to 100 characters without spaces"#),
    ]

    @Test("bad values are clear errors", arguments: badValues)
    func badValuesAreClearErrors(options: [String: String], environment: [String: String], message: String) {
        let error = #expect(throws: ConfigurationError.self) {
            try ServerConfiguration(options: options, environment: environment)
        }
        #expect(error?.description == message)
    }

    @Test func everySettingHasAnOptionAndAUniqueVariable() throws {
        let arguments = Setting.all.flatMap { ["--\($0.option)", "x"] }
        let options = try SettingsOptions.parse(arguments)
        #expect(Set(options.given.keys) == Set(Setting.all.map(\.option)))
        #expect(Set(Setting.all.map(\.environment)).count == Setting.all.count)
    }

    @Test func docsConfigurationMatchesTheSettings() throws {
        let path = String(#filePath).components(separatedBy: "/Tests/ServerTests/")[0] + "/docs/configuration.md"
        let documented = try String(contentsOfFile: path, encoding: .utf8)
        #expect(documented == Setting.markdown, "regenerate with: energygraph settings > docs/configuration.md")
    }
}
