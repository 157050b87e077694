import Foundation
import GraphQLEngine

/// The mutations of the piles domain. Domain refusals are `userErrors` and change nothing;
/// callers who are not the pile's owner or the booker get a FORBIDDEN error.
enum PileMutationResolvers {
    /// The largest top-up: 10,000,000.00.
    static let maxTopUp = 1_000_000_000

    static func register(into registry: inout ResolverRegistry) {
        registry.field("Mutation", "createChargingPile", access: .role(.merchant)) { _, arguments, context, _ in
            let input = try AccountsResolvers.inputObject(arguments)
            let viewer = try signedIn(context)
            var ownerID = viewer.userID
            if case let .string(owner)? = input["ownerId"] {
                ownerID = try GlobalID.int64(of: owner, expecting: "User", argument: "input.ownerId")
                if ownerID != viewer.userID && viewer.role != .admin { throw PileAccessError.ownerForSomeoneElse }
            }
            let (pile, refusals) = PileInput.read(input)
            guard refusals.isEmpty else { return .object(ChargingPilePayload(pile: nil, errors: PileArguments.userErrors(refusals))) }
            let writes = PileWrites(postgres: context.dependencies.postgres), now = context.now(), owner = ownerID
            return .async { .object(pilePayload(try await writes.create(pile, ownerID: owner, now: now))) }
        }
        registry.field("Mutation", "updateChargingPile", access: .role(.merchant)) { _, arguments, context, _ in
            let input = try AccountsResolvers.inputObject(arguments)
            let viewer = try signedIn(context)
            let id = try PileArguments.int64ID(input["id"], type: "ChargingPile", argument: "input.id")
            let (changes, refusals) = PileInput.read(input)
            guard refusals.isEmpty else { return .object(ChargingPilePayload(pile: nil, errors: PileArguments.userErrors(refusals))) }
            let writes = PileWrites(postgres: context.dependencies.postgres), now = context.now()
            return .async { .object(pilePayload(try await writes.update(id: id, changes, viewer: viewer, now: now))) }
        }
        registry.field("Mutation", "deleteChargingPile", access: .role(.merchant)) { _, arguments, context, _ in
            let viewer = try signedIn(context)
            let id = try PileArguments.int64ID(arguments["id"], type: "ChargingPile", argument: "id")
            let writes = PileWrites(postgres: context.dependencies.postgres), now = context.now()
            return .async {
                var deleted = GraphQLValue.null, errors: [GraphQLValue] = []
                switch try await writes.delete(id: id, viewer: viewer, now: now) {
                case let .success(id): deleted = .string(GlobalID("ChargingPile", id).encoded)
                case let .failure(refused): errors = PileArguments.userErrors(refused.refusals)
                }
                return .value(.object(GraphQLObjectValue([(key: "deletedId", value: deleted), (key: "userErrors", value: .list(errors))])))
            }
        }
        registry.field("Mutation", "requestBooking", access: .role(.driver, .merchant)) { _, arguments, context, _ in
            let input = try AccountsResolvers.inputObject(arguments)
            let viewer = try signedIn(context)
            let pileID = try PileArguments.int64ID(input["pileId"], type: "ChargingPile", argument: "input.pileId")
            guard let start = try PileArguments.date(input["start"], argument: "input.start"),
                  let end = try PileArguments.date(input["end"], argument: "input.end") else {
                throw PileArguments.badInput("Give input.start and input.end.")
            }
            let ledger = BookingLedger(postgres: context.dependencies.postgres), now = context.now()
            return .async {
                .object(bookingPayload(try await ledger.request(pileID: pileID, userID: viewer.userID, span: BookingSpan(start: start, end: end), now: now)))
            }
        }
        registry.field("Mutation", "respondToBooking", access: .signedIn) { _, arguments, context, _ in
            guard case let .bool(accept)? = arguments["accept"] else { throw PileArguments.badInput("Give accept: true or false.") }
            return try transition(accept ? .accept : .decline, idArgument: "id", arguments, context)
        }
        registry.field("Mutation", "cancelBooking", access: .signedIn) { _, arguments, context, _ in
            try transition(.cancel, idArgument: "id", arguments, context)
        }
        registry.field("Mutation", "startCharging", access: .signedIn) { _, arguments, context, _ in
            try transition(.startCharging, idArgument: "bookingId", arguments, context)
        }
        registry.field("Mutation", "stopCharging", access: .signedIn) { _, arguments, context, _ in
            try transition(.stopCharging, idArgument: "bookingId", arguments, context)
        }
        registry.field("Mutation", "topUpWallet", access: .role(.admin)) { _, arguments, context, _ in
            let userID = try PileArguments.int64ID(arguments["userId"], type: "User", argument: "userId")
            guard case let .string(text)? = arguments["amount"], let amount = MinorUnits.parse(text) else {
                throw PileArguments.badInput("Argument \"amount\" is not an amount such as \"12.50\".")
            }
            guard amount > 0, amount <= maxTopUp else {
                return .object(WalletPayload(wallet: nil, errors: [UserErrorValue.make(
                    field: ["amount"], message: "A top-up must be above 0.00 and at most \(MinorUnits.format(maxTopUp)); got \(text).", code: "OUT_OF_RANGE")]))
            }
            let ledger = BookingLedger(postgres: context.dependencies.postgres), now = context.now()
            return .async {
                switch try await ledger.topUp(userID: userID, amount: amount, now: now) {
                case let .success(wallet): .object(WalletPayload(wallet: wallet, errors: []))
                case let .failure(refused): .object(WalletPayload(wallet: nil, errors: PileArguments.userErrors(refused.refusals)))
                }
            }
        }
    }

    static func transition(_ action: BookingAction, idArgument: String, _ arguments: GraphQLObjectValue, _ context: RequestContext) throws -> FieldValue {
        let viewer = try signedIn(context)
        let id = try PileArguments.int64ID(arguments[idArgument], type: "Booking", argument: idArgument)
        let ledger = BookingLedger(postgres: context.dependencies.postgres), now = context.now()
        return .async { .object(bookingPayload(try await ledger.transition(action, bookingID: id, actor: .user(viewer), now: now))) }
    }

    static func signedIn(_ context: RequestContext) throws -> Viewer {
        guard let viewer = context.viewer else { throw AuthorizationError.unauthenticated(coordinate: "Mutation", problem: context.credentialProblem) }
        return viewer
    }

    static func pilePayload(_ result: Result<ChargingPile, PileRefusals>) -> ChargingPilePayload {
        switch result {
        case let .success(pile): ChargingPilePayload(pile: pile, errors: [])
        case let .failure(refused): ChargingPilePayload(pile: nil, errors: PileArguments.userErrors(refused.refusals))
        }
    }

    static func bookingPayload(_ result: Result<Booking, PileRefusals>) -> BookingPayload {
        switch result {
        case let .success(booking): BookingPayload(booking: booking, errors: [])
        case let .failure(refused): BookingPayload(booking: nil, errors: PileArguments.userErrors(refused.refusals))
        }
    }
}
