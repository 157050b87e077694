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
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "energygraph", targets: ["Server"]),
        .executable(name: "gql", targets: ["GraphQLTool"]),
        .library(name: "GraphQLEngine", targets: ["GraphQLEngine"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.80.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.10.0"),
    ],
    targets: [
        // The GraphQL engine: language, type system, validation, execution, introspection.
        .target(name: "GraphQLEngine", swiftSettings: swiftSettings),
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
    ]
)
