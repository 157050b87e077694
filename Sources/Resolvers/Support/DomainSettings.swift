/// Settings of individual domains, keyed by their type (`SolarSettings`, …), carried by
/// ``ResolverServices`` so resolvers read the values the server was started with.
///
/// ```swift
/// var settings = DomainSettings()
/// settings[SolarSettings.self] = solar
/// let maxDays = (services.domainSettings[SolarSettings.self] ?? SolarSettings()).maxRangeDays
/// ```
public struct DomainSettings: Sendable {
    private var values: [ObjectIdentifier: any Sendable] = [:]

    public init() {}

    /// The settings of one type, or nil when the server set none (domains then use defaults).
    public subscript<Settings: Sendable>(_ type: Settings.Type) -> Settings? {
        get { values[ObjectIdentifier(type)] as? Settings }
        set { values[ObjectIdentifier(type)] = newValue }
    }
}
