import Resolvers

/// Every domain's resolver registration, in order. A domain adds one line here when its part
/// of `schema.graphql` lands (the start-up check fails otherwise).
public enum Domains {
    /// Each registers one domain's resolvers, node types and connections.
    public static let registrations: [@Sendable (inout ResolverRegistry) -> Void] = [
        AccountsResolvers.register,
        VehicleResolvers.register,
        ImportResolvers.register,
        ParkingResolvers.register,
        MetersResolvers.register,
        SwapsResolvers.register,
        PileResolvers.register,
        SolarResolvers.register,
    ]

    /// A registry with every domain, then `node`/`nodes` and the shared types.
    public static func registry() -> ResolverRegistry {
        var registry = ResolverRegistry()
        for register in registrations { register(&registry) }
        NodeResolvers.register(into: &registry)
        return registry
    }
}
