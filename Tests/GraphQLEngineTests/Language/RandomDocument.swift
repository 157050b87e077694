@testable import GraphQLEngine

/// A seeded generator of random documents covering the whole grammar, for the round-trip property
/// test. Block strings are generated only with values graphql-js can print as block strings.
struct RandomDocument {
    /// SplitMix64: small, fast and the same on every platform, so failures reproduce by seed.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    var rng: Generator

    init(seed: UInt64) { rng = Generator(state: seed) }

    mutating func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &rng) < percent }
    mutating func count(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &rng) }
    mutating func pick<T>(_ items: [T]) -> T { items[count(0...(items.count - 1))] }
    mutating func many<T>(_ range: ClosedRange<Int>, _ make: (inout RandomDocument) -> T) -> [T] {
        (0..<count(range)).map { _ in make(&self) }
    }

    static let nameStart = Array("abcxyzABCXYZ_")
    static let nameContinue = Array("abcxyzABCXYZ_0189")

    mutating func nameText() -> String {
        if chance(15) { return pick(["on", "query", "type", "true", "null", "fragment", "extend", "input"]) }
        var s = String(pick(Self.nameStart))
        for _ in 0..<count(0...8) { s.append(pick(Self.nameContinue)) }
        return s
    }

    mutating func name() -> Name { Name(nameText()) }

    /// A name that is neither `on` (fragment names) nor `true`/`false`/`null` (enum values).
    mutating func restrictedName() -> Name {
        var n = nameText()
        while ["on", "true", "false", "null"].contains(n) { n = nameText() }
        return Name(n)
    }

    mutating func document() -> Document {
        Document(definitions: many(1...4) { $0.definition() })
    }

    mutating func definition() -> Definition {
        switch count(0...9) {
        case 0...2: .operation(operation())
        case 3: .fragment(FragmentDefinition(name: restrictedName(), typeCondition: NamedType(name: name()),
                                             directives: directives(const: false), selectionSet: selectionSet(depth: 0)))
        case 4...7: .typeSystem(typeSystemDefinition())
        default: .typeSystemExtension(typeSystemExtension())
        }
    }

    mutating func operation() -> OperationDefinition {
        OperationDefinition(operation: pick(OperationType.allCases), name: chance(60) ? name() : nil,
                            variableDefinitions: many(0...2) {
                                VariableDefinition(variable: Variable(name: $0.name()), type: $0.type(depth: 0),
                                                   defaultValue: $0.chance(40) ? $0.value(const: true, depth: 0) : nil,
                                                   directives: $0.directives(const: true))
                            },
                            directives: directives(const: false), selectionSet: selectionSet(depth: 0))
    }

    mutating func selectionSet(depth: Int) -> SelectionSet {
        SelectionSet(selections: many(1...3) { $0.selection(depth: depth + 1) })
    }

    mutating func selection(depth: Int) -> Selection {
        switch count(0...5) {
        case 0 where depth < 4:
            .inlineFragment(InlineFragment(typeCondition: chance(60) ? NamedType(name: name()) : nil,
                                           directives: directives(const: false), selectionSet: selectionSet(depth: depth)))
        case 1: .fragmentSpread(FragmentSpread(name: restrictedName(), directives: directives(const: false)))
        default:
            .field(Field(alias: chance(25) ? name() : nil, name: name(), arguments: arguments(const: false),
                         directives: directives(const: false),
                         selectionSet: depth < 4 && chance(30) ? selectionSet(depth: depth) : nil))
        }
    }

    mutating func arguments(const: Bool) -> [Argument] {
        chance(60) ? [] : many(1...3) { Argument(name: $0.name(), value: $0.value(const: const, depth: 0)) }
    }

    mutating func directives(const: Bool) -> [Directive] {
        chance(70) ? [] : many(1...2) { Directive(name: $0.name(), arguments: $0.arguments(const: const)) }
    }

    mutating func type(depth: Int) -> TypeNode {
        let base: TypeNode = depth < 3 && chance(30) ? .list(type(depth: depth + 1), loc: .synthetic)
            : .named(NamedType(name: name()))
        return chance(40) ? .nonNull(base, loc: .synthetic) : base
    }

    mutating func value(const: Bool, depth: Int) -> Value {
        switch count(0...10) {
        case 0 where !const: .variable(Variable(name: name()))
        case 1: .int(IntValue(pick(["0", "-0", "7", "-42", "1234567890123456789012"])))
        case 2: .float(FloatValue(pick(["0.0", "-1.5", "1e10", "6.02E+23", "-2.5e-3", "0e0"])))
        case 3, 4: .string(stringValue())
        case 5: .boolean(BooleanValue(chance(50)))
        case 6: .null(NullValue())
        case 7: .enumValue(EnumValue(restrictedName().value))
        case 8 where depth < 3: .list(ListValue(many(0...3) { $0.value(const: const, depth: depth + 1) }))
        case 9 where depth < 3:
            .object(ObjectValue(many(0...3) { ObjectField(name: $0.name(), value: $0.value(const: const, depth: depth + 1)) }))
        default: .int(IntValue("1"))
        }
    }

    static let stringPieces = ["a", "b c", " ", "\t", "\n", "\"", "\\", "\"\"\"", "/", "é", "😀", "☃", "\u{1}",
                               "\u{7F}", "\u{85}", "\r", "  indented", "#", "line\n  next", "\u{FEFF}"]

    mutating func stringValue() -> StringValue {
        var s = ""
        for _ in 0..<count(0...6) { s += pick(Self.stringPieces) }
        if chance(40), BlockString.isPrintable(s) { return StringValue(s, block: true) }
        return StringValue(s)
    }

    mutating func description() -> StringValue? { chance(40) ? stringValue() : nil }
}
