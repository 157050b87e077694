import Resolvers
import Testing
@testable import Server

/// IMPORT_MAX_BYTES, IMPORT_TIMEOUT and IMPORT_ALLOW_PRIVATE_URLS reach the URL-import policy.
@Suite struct ImportSettingsTests {
    @Test func defaultsRefusePrivateAddressesWithBoundedSizeAndTime() throws {
        let configuration = try ServerConfiguration(options: [:], environment: [:])
        #expect(configuration.remoteFiles == RemoteFilePolicy(maxBytes: 52_428_800, timeout: .seconds(30), allowPrivateAddresses: false))
    }

    @Test func optionsAndEnvironment() throws {
        let configuration = try ServerConfiguration(
            options: ["import-timeout": "2.5"],
            environment: ["IMPORT_MAX_BYTES": "4096", "IMPORT_ALLOW_PRIVATE_URLS": "yes", "IMPORT_TIMEOUT": "99"])
        #expect(configuration.remoteFiles == RemoteFilePolicy(maxBytes: 4096, timeout: .milliseconds(2500), allowPrivateAddresses: true))
    }

    @Test(arguments: [
        (["IMPORT_MAX_BYTES": "10"], #"invalid value "10" for IMPORT_MAX_BYTES: expected an integer from 1024 to 1073741824"#),
        (["IMPORT_TIMEOUT": "0"], #"invalid value "0" for IMPORT_TIMEOUT: expected a number of seconds above 0, at most 3600"#),
        (["IMPORT_ALLOW_PRIVATE_URLS": "sure"], #"invalid value "sure" for IMPORT_ALLOW_PRIVATE_URLS: expected true or false"#),
    ])
    func badValuesAreClearErrors(environment: [String: String], message: String) {
        let error = #expect(throws: ConfigurationError.self) {
            try ServerConfiguration(options: [:], environment: environment)
        }
        #expect(error?.description == message)
    }
}
