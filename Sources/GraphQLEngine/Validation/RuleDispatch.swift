/// The hooks a rule implements (``ValidationRule/hooks``), so the walk calls each hook only on
/// the rules that use it.
public struct ValidationHooks: OptionSet, Sendable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    public static let enterDocument = ValidationHooks(rawValue: 1 << 0)
    public static let leaveDocument = ValidationHooks(rawValue: 1 << 1)
    public static let enterOperation = ValidationHooks(rawValue: 1 << 2)
    public static let leaveOperation = ValidationHooks(rawValue: 1 << 3)
    public static let enterVariableDefinition = ValidationHooks(rawValue: 1 << 4)
    public static let enterFragmentDefinition = ValidationHooks(rawValue: 1 << 5)
    public static let enterSelectionSet = ValidationHooks(rawValue: 1 << 6)
    public static let enterField = ValidationHooks(rawValue: 1 << 7)
    public static let leaveField = ValidationHooks(rawValue: 1 << 8)
    public static let enterFragmentSpread = ValidationHooks(rawValue: 1 << 9)
    public static let enterInlineFragment = ValidationHooks(rawValue: 1 << 10)
    public static let enterDirectives = ValidationHooks(rawValue: 1 << 11)
    public static let enterDirective = ValidationHooks(rawValue: 1 << 12)
    public static let leaveDirective = ValidationHooks(rawValue: 1 << 13)
    public static let enterArgument = ValidationHooks(rawValue: 1 << 14)
    public static let enterNamedType = ValidationHooks(rawValue: 1 << 15)
    public static let enterScalarValue = ValidationHooks(rawValue: 1 << 16)
    public static let enterNullValue = ValidationHooks(rawValue: 1 << 17)
    public static let enterListValue = ValidationHooks(rawValue: 1 << 18)
    public static let leaveListValue = ValidationHooks(rawValue: 1 << 19)
    public static let enterObjectValue = ValidationHooks(rawValue: 1 << 20)
    public static let leaveObjectValue = ValidationHooks(rawValue: 1 << 21)
    public static let enterObjectField = ValidationHooks(rawValue: 1 << 22)
}

/// For each hook, the positions (in rule order) of the rules that implement it. Computed once
/// per list of rules.
struct RuleDispatch: Sendable {
    var enterDocument: [Int] = [], leaveDocument: [Int] = [], enterOperation: [Int] = []
    var leaveOperation: [Int] = [], enterVariableDefinition: [Int] = [], enterFragmentDefinition: [Int] = []
    var enterSelectionSet: [Int] = [], enterField: [Int] = [], leaveField: [Int] = []
    var enterFragmentSpread: [Int] = [], enterInlineFragment: [Int] = [], enterDirectives: [Int] = []
    var enterDirective: [Int] = [], leaveDirective: [Int] = [], enterArgument: [Int] = []
    var enterNamedType: [Int] = [], enterScalarValue: [Int] = [], enterNullValue: [Int] = []
    var enterListValue: [Int] = [], leaveListValue: [Int] = [], enterObjectValue: [Int] = []
    var leaveObjectValue: [Int] = [], enterObjectField: [Int] = []

    /// No rule at all (the walk that only collects variable usages).
    static let none = RuleDispatch()

    init() {}

    init(_ rules: [any ValidationRule.Type]) {
        for (i, rule) in rules.enumerated() {
            let hooks = rule.hooks
            func add(_ hook: ValidationHooks, _ list: inout [Int]) { if hooks.contains(hook) { list.append(i) } }
            add(.enterDocument, &enterDocument)
            add(.leaveDocument, &leaveDocument)
            add(.enterOperation, &enterOperation)
            add(.leaveOperation, &leaveOperation)
            add(.enterVariableDefinition, &enterVariableDefinition)
            add(.enterFragmentDefinition, &enterFragmentDefinition)
            add(.enterSelectionSet, &enterSelectionSet)
            add(.enterField, &enterField)
            add(.leaveField, &leaveField)
            add(.enterFragmentSpread, &enterFragmentSpread)
            add(.enterInlineFragment, &enterInlineFragment)
            add(.enterDirectives, &enterDirectives)
            add(.enterDirective, &enterDirective)
            add(.leaveDirective, &leaveDirective)
            add(.enterArgument, &enterArgument)
            add(.enterNamedType, &enterNamedType)
            add(.enterScalarValue, &enterScalarValue)
            add(.enterNullValue, &enterNullValue)
            add(.enterListValue, &enterListValue)
            add(.leaveListValue, &leaveListValue)
            add(.enterObjectValue, &enterObjectValue)
            add(.leaveObjectValue, &leaveObjectValue)
            add(.enterObjectField, &enterObjectField)
        }
    }
}
