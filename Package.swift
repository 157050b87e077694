// swift-tools-version:6.1
import PackageDescription

/// EnergyGraph: one GraphQL API server for swaps, parking, solar, meters and charging piles.
///
/// `GraphQLEngine` depends on nothing of ours and on no GraphQL library.
let swiftSettings: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
]

let package = Package(
    name: "EnergyGraph",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "energygraph", targets: ["Server"]),
        .executable(name: "gql", targets: ["GraphQLTool"]),
        .executable(name: "monitoring-simulator", targets: ["MonitoringSimulator"]),
        .library(name: "GraphQLEngine", targets: ["GraphQLEngine"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.80.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.10.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.6.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.0.0"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.5.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.1.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-websocket", from: "2.8.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
    ],
    targets: [
        // The GraphQL engine: language, type system, validation, execution, introspection.
        .target(
            name: "GraphQLEngine",
            exclude: ["Language/README.md", "Validation/README.md"],
            swiftSettings: swiftSettings
        ),
        // `gql`: the engine's command-line tool (parse, validate, print-schema, execute, bench).
        .executableTarget(
            name: "GraphQLTool",
            dependencies: [
                "GraphQLEngine",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "GraphQLEngineTests",
            dependencies: ["GraphQLEngine"],
            exclude: ["__Corpus__"],
            swiftSettings: swiftSettings
        ),

        // libpq from Debian's libpq-dev (shim.h includes <postgresql/libpq-fe.h>).
        // Day numbers of the civil calendar, shared by storage, the scalars, importers and the simulator.
        .target(name: "CivilCalendar", swiftSettings: swiftSettings),
        .testTarget(name: "CivilCalendarTests", dependencies: ["CivilCalendar"], swiftSettings: swiftSettings),

        .systemLibrary(name: "CLibPQ"),
        // hiredis from Debian's libhiredis-dev (shim.h includes <hiredis/hiredis.h>).
        .systemLibrary(name: "CHiredis"),
        // PostgreSQL pool, typed rows, transactions, migrations; Redis client and pub/sub.
        .target(
            name: "Storage",
            dependencies: [
                "CivilCalendar",
                "CLibPQ",
                "CHiredis",
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            exclude: ["README.md"],
            resources: [.copy("Migrations")],
            swiftSettings: swiftSettings
        ),
        // Domain resolvers, one folder per domain.
        .target(
            name: "Resolvers",
            dependencies: [
                "CivilCalendar",
                "Storage",
                "GraphQLEngine",
                .product(name: "Logging", package: "swift-log"),
                // Imports by URL (vehicles, meter files): streaming, with size and time limits.
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                // sha256 of imported meter files (duplicate content).
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            exclude: ["README.md"],
            swiftSettings: swiftSettings
        ),
        // Loads schema.graphql and binds resolvers to it.
        .target(
            name: "Schema",
            dependencies: ["CivilCalendar", "GraphQLEngine", "Resolvers"],
            exclude: ["README.md"],
            swiftSettings: swiftSettings
        ),
        // `energygraph`: serve, migrate; HTTP routes, configuration, logging.
        .executableTarget(
            name: "Server",
            dependencies: [
                "Storage",
                "Schema",
                "Resolvers",
                "GraphQLEngine",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "HummingbirdWebSocket", package: "hummingbird-websocket"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            exclude: ["README.md"],
            swiftSettings: swiftSettings
        ),
        // Helpers shared by test targets: throw-away databases and servers.
        .target(
            name: "TestSupport",
            dependencies: ["Storage"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "StorageTests",
            dependencies: ["Storage", "TestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ResolversTests",
            dependencies: [
                "Resolvers",
                "TestSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            swiftSettings: swiftSettings
        ),
        // The solar monitoring service, simulated: deterministic values, failures on purpose.
        .target(
            name: "MonitoringSimulatorKit",
            dependencies: [
                "CivilCalendar",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
            ],
            exclude: ["README.md"],
            swiftSettings: swiftSettings
        ),
        // `monitoring-simulator`: the simulator as a process (tests and scripts/run.sh).
        .executableTarget(
            name: "MonitoringSimulator",
            dependencies: [
                "MonitoringSimulatorKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "MonitoringSimulatorKitTests",
            dependencies: [
                "MonitoringSimulatorKit",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ServerTests",
            dependencies: [
                "Server",
                "MonitoringSimulatorKit",
                "Storage",
                "TestSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HummingbirdWSClient", package: "hummingbird-websocket"),
            ],
            swiftSettings: swiftSettings
        ),
    ]
)
