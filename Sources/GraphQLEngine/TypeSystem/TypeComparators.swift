/// Type relations (graphql-js `utilities/typeComparators.js`; spec: IsValidImplementationFieldType,
/// AreTypesCompatible).

/// Whether two type references are the same type.
public func isEqualType(_ a: TypeReference, _ b: TypeReference) -> Bool { a == b }

/// Whether `maybeSubType` may stand where `superType` is expected: equal, or a non-null of a
/// subtype, or a list of subtypes, or an object/interface that implements the interface or
/// belongs to the union.
public func isTypeSubTypeOf(_ schema: GraphQLSchema, maybeSubType: TypeReference, superType: TypeReference) -> Bool {
    if maybeSubType == superType { return true }
    if case let .nonNull(superInner) = superType {
        if case let .nonNull(subInner) = maybeSubType {
            return isTypeSubTypeOf(schema, maybeSubType: subInner, superType: superInner)
        }
        return false
    }
    if case let .nonNull(subInner) = maybeSubType {
        return isTypeSubTypeOf(schema, maybeSubType: subInner, superType: superType)
    }
    if case let .list(superItem) = superType {
        if case let .list(subItem) = maybeSubType {
            return isTypeSubTypeOf(schema, maybeSubType: subItem, superType: superItem)
        }
        return false
    }
    if case .list = maybeSubType { return false }
    guard case let .named(superName) = superType, case let .named(subName) = maybeSubType,
          let superNamed = schema.type(named: superName), superNamed.isAbstract,
          let subNamed = schema.type(named: subName) else { return false }
    switch subNamed {
    case .object, .interface: return schema.isSubType(abstract: superName, maybeSub: subName)
    default: return false
    }
}

/// Whether two composite types may share an object at run time (graphql-js `doTypesOverlap`):
/// equal, or both abstract with a common possible type, or one abstract and the other a possible type of it.
public func doTypesOverlap(_ schema: GraphQLSchema, _ a: String, _ b: String) -> Bool {
    if a == b { return true }
    guard let typeA = schema.type(named: a), let typeB = schema.type(named: b) else { return false }
    if typeA.isAbstract {
        if typeB.isAbstract {
            let possibleB = Set(schema.possibleTypes(of: b))
            return schema.possibleTypes(of: a).contains { possibleB.contains($0) }
        }
        return schema.isSubType(abstract: a, maybeSub: b)
    }
    if typeB.isAbstract { return schema.isSubType(abstract: b, maybeSub: a) }
    return false
}
