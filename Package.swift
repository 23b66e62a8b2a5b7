// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "collect",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "collect", targets: ["collect"]),
        .library(name: "CollectJobs", targets: ["CollectJobs"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        // The review desk's web server; the default traits (swift-configuration) are not needed.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        // Excel workbooks in the inbox are zip archives.
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // The pure core: money, dates, invoices, the ladder and the planning of touches.
        .target(name: "CollectCore"),
        // collect.toml: the playbook and settings.
        .target(
            name: "CollectSettings",
            dependencies: ["CollectCore", .product(name: "TOMLKit", package: "TOMLKit")]
        ),
        // libxml2's streaming reader, for qbXML.
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        // Reading what lands in the inbox: encodings, streaming CSV and XML, classification, rows.
        .target(
            name: "CollectInputs",
            dependencies: ["CollectCore", "CollectFiles", "CLibXML2", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        // State in SQLite through GRDB.
        .target(
            name: "CollectState",
            dependencies: [
                "CollectCore", .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's own C API, for the few statements a night runs a million times.
                .product(name: "GRDBSQLite", package: "GRDB.swift"), .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // Turning a planned touch into words: Mustache templates and signed payment links.
        .target(
            name: "CollectRendering",
            dependencies: [
                "CollectCore", "CollectSettings",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // syncfs(2), which Swift's Glibc module does not declare.
        .target(name: "CFileSync"),
        // Files behind a narrow seam: the real disk, or memory for tests.
        .target(name: "CollectFiles", dependencies: ["CFileSync"]),
        // The outbox spool: RFC 5322 messages in a Maildir, smstools3 outgoing files.
        .target(name: "CollectSpool", dependencies: ["CollectCore", "CollectFiles"]),
        // The review batch's report.json and report.html.
        .target(name: "CollectReport", dependencies: ["CollectCore"]),
        // The jobs behind the commands: run and release over a workspace.
        .target(
            name: "CollectJobs",
            dependencies: [
                "CollectCore", "CollectSettings", "CollectInputs", "CollectState", "CollectFiles",
                "CollectRendering", "CollectSpool", "CollectReport",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // The review desk: pages and forms over the jobs, as plain requests and answers.
        .target(
            name: "CollectDesk",
            dependencies: [
                "CollectJobs", "CollectCore", "CollectState", "CollectReport",
                .product(name: "Logging", package: "swift-log"), .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // The review desk served over HTTP by Hummingbird.
        .target(
            name: "CollectDeskServer",
            dependencies: [
                "CollectDesk", .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The thin command line.
        .executableTarget(
            name: "collect",
            dependencies: [
                "CollectJobs", "CollectReport", "CollectCore", "CollectDesk", "CollectDeskServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // Times the inbox readers on large files (Benchmarks/readers.sh); not used by the tests.
        .executableTarget(
            name: "collect-read-bench",
            dependencies: ["CollectInputs", "CollectFiles"],
            path: "Benchmarks/ReaderBenchmark"
        ),
        // Reads the labelled reply corpus and prints how well replies are read (Benchmarks/replies.sh).
        .executableTarget(
            name: "collect-replies-bench", dependencies: ["CollectCore", "CollectInputs", "CollectTestSupport"],
            path: "Benchmarks/ReplyBenchmark"),
        // libFuzzer targets for the inbox readers (Scripts/fuzz.sh); the ordinary build replays files.
        .executableTarget(
            name: "collect-fuzz", dependencies: ["CollectInputs"], path: "Fuzz", exclude: ["seeds", "crashes"]),
        // What several test targets share: the path to the corpus of real files.
        .target(
            name: "CollectTestSupport",
            dependencies: ["CollectCore", "CollectInputs", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            path: "Tests/CollectTestSupport"),
        .testTarget(name: "CollectCoreTests", dependencies: ["CollectCore", "CollectTestSupport"], exclude: ["Fixtures"]),
        .testTarget(
            name: "CollectInputsTests", dependencies: ["CollectInputs", "CollectFiles", "CollectTestSupport"],
            exclude: ["Fixtures"]),
        .testTarget(name: "CollectSettingsTests", dependencies: ["CollectSettings"]),
        .testTarget(
            name: "CollectRenderingTests",
            dependencies: ["CollectRendering", "CollectSpool", "CollectFiles", "CollectTestSupport"],
            exclude: ["Expected"]
        ),
        .testTarget(name: "CollectReportTests", dependencies: ["CollectReport"], exclude: ["Expected"]),
        .testTarget(
            name: "CollectJobsTests",
            dependencies: [
                "CollectJobs", "CollectState", "CollectFiles", "CollectSettings", "CollectRendering", "CollectTestSupport",
                "CollectDesk", "CollectReport", .product(name: "Logging", package: "swift-log"),
                .product(name: "GRDB", package: "GRDB.swift"), .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
    ]
)
