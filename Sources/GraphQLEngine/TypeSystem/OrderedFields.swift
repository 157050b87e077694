/// Named elements in definition order with O(1) lookup by name.
///
/// Used for an object's or interface's fields and an input object's fields: GraphQL keeps the
/// order in which fields are defined (introspection and the schema printer show it).
public struct OrderedFields<Element: Sendable>: Sendable, RandomAccessCollection {
    /// The elements in definition order.
    public private(set) var elements: [Element]
    private var index: [String: Int]
    private let nameOf: @Sendable (Element) -> String

    /// Creates the collection; a later element with a name already present replaces the earlier one
    /// in place (as a JavaScript object keyed by name would).
    public init(_ elements: [Element], name: @escaping @Sendable (Element) -> String) {
        self.elements = []
        self.index = [:]
        self.nameOf = name
        for element in elements { append(element) }
    }

    public var startIndex: Int { elements.startIndex }
    public var endIndex: Int { elements.endIndex }
    public subscript(position: Int) -> Element { elements[position] }

    /// The element with this name, if any.
    public subscript(name: String) -> Element? {
        guard let i = index[name] else { return nil }
        return elements[i]
    }

    /// The names in definition order.
    public var names: [String] { elements.map(nameOf) }

    /// Whether an element has this name.
    public func contains(name: String) -> Bool { index[name] != nil }

    /// Adds an element at the end, or replaces the element of the same name where it stands.
    public mutating func append(_ element: Element) {
        let name = nameOf(element)
        if let i = index[name] {
            elements[i] = element
        } else {
            index[name] = elements.count
            elements.append(element)
        }
    }

    /// Replaces every element with the result of `transform`, keeping names and order.
    public mutating func update(_ transform: (inout Element) -> Void) {
        for i in elements.indices { transform(&elements[i]) }
    }
}

extension OrderedFields where Element == GraphQLField {
    /// Fields keyed by their names.
    public init(_ fields: [GraphQLField]) { self.init(fields, name: { $0.name }) }
}

extension OrderedFields where Element == GraphQLArgument {
    /// Input fields keyed by their names.
    public init(_ fields: [GraphQLArgument]) { self.init(fields, name: { $0.name }) }
}

extension OrderedFields: ExpressibleByArrayLiteral where Element == GraphQLField {
    public init(arrayLiteral elements: GraphQLField...) { self.init(elements) }
}
