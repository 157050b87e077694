#!/usr/bin/env python3
"""Writes cases.json: the execution differential corpus (schema, data, document, variables).

Each case runs through graphql-js (oracle.js, graphqlSync with the data as root value and the
default resolvers) and through our executor; the full response JSON must be identical.
Run: python3 generate_cases.py > cases.json
"""
import json

SCHEMAS = {
"pets": '''
interface Named { name: String }
interface Pet implements Named { name: String owner: Person }
type Dog implements Pet & Named { name: String owner: Person barkVolume: Int nicknames: [String!] }
type Cat implements Pet & Named { name: String owner: Person lives: Int! }
union SearchResult = Dog | Cat | Person
enum Color { RED GREEN BLUE }
input Filter { color: Color minAge: Int = 18 names: [String!] }
type Person implements Named {
  id: ID!
  name: String
  nonNullName: String!
  age: Int
  score: Float
  alive: Boolean
  favoriteColor: Color
  friends: [Person]
  strictFriends: [Person!]!
  pets: [Pet!]
  tags: [String]!
  matrix: [[Int!]]
  best: Person!
}
type Query {
  me: Person
  meStrict: Person!
  people(filter: Filter, first: Int = 10): [Person]
  strictPeople: [Person!]!
  search(term: String!): [SearchResult]
  pet: Pet
  pets: [Pet]
  named: [Named]
  color(c: Color = RED): Color
  colors: [Color!]
  number: Int
  float: Float
  string: String
  bool: Boolean
  id: ID
  list: [Int]
  nonNullList: [Int!]!
  take(f: Filter, n: Int, c: Color, l: [Int], s: String, x: Float, b: Boolean, id: ID, nl: [[Int!]], nl2: [[Int]]): Int
}
type Mutation { rename(name: String!): Person, bump: Int }
''',
"scalars": '''
type Query {
  i: Int  f: Float  s: String  b: Boolean  id: ID
  ni: Int!  nf: Float!  ns: String!
  li: [Int]  lf: [Float]  ls: [String]  lb: [Boolean] lid: [ID]
  deep: [[[Int]]]
  obj: Obj
  objs: [Obj]
}
type Obj { i: Int  ni: Int!  s: String  child: Obj  nchild: Obj! children: [Obj!] }
''',
}

PEOPLE = {
  "me": {"id": "p1", "name": "Ada", "nonNullName": "Ada", "age": 36, "score": 9.5, "alive": False,
         "favoriteColor": "GREEN", "tags": ["math", None, "poetry"],
         "friends": [{"id": "p2", "name": "Charles", "nonNullName": "Charles", "age": 79},
                     None,
                     {"id": "p3", "name": None, "nonNullName": None, "age": 3000000000}],
         "strictFriends": [{"id": "p2", "name": "Charles", "nonNullName": "Charles"}],
         "pets": [{"__typename": "Dog", "name": "Rex", "barkVolume": 11, "nicknames": ["R", "Rexy"]},
                  {"__typename": "Cat", "name": "Tom", "lives": 9}],
         "matrix": [[1, 2], [3], []],
         "best": {"id": "p9", "name": "Best", "nonNullName": "Best"}},
}

def people_data(**over):
    d = json.loads(json.dumps(PEOPLE))
    d.update({
      "people": [PEOPLE["me"], None, {"id": 7, "name": "Num", "nonNullName": "Num", "age": 1.0, "score": 2,
                 "tags": [], "favoriteColor": "BLUE"}],
      "strictPeople": [{"id": "s1", "nonNullName": "S1"}, {"id": "s2", "nonNullName": "S2"}],
      "search": [{"__typename": "Dog", "name": "Rex", "barkVolume": 3},
                 {"__typename": "Person", "id": "p1", "name": "Ada", "nonNullName": "Ada"},
                 {"__typename": "Cat", "name": "Tom", "lives": 7}],
      "pet": {"__typename": "Cat", "name": "Tom", "lives": 9, "owner": {"id": "p1", "name": "Ada"}},
      "pets": [{"__typename": "Dog", "name": "Rex"}, {"__typename": "Cat", "name": "Tom", "lives": 1}],
      "named": [{"__typename": "Person", "name": "Ada", "id": "p1"}, {"__typename": "Dog", "name": "Rex"}],
      "color": "RED", "colors": ["RED", "BLUE"], "number": 42, "float": 1.5, "string": "hi",
      "bool": True, "id": "x1", "take": 1, "list": [1, None, 3], "nonNullList": [1, 2, 3],
      "meStrict": {"id": "m", "nonNullName": "M"},
      "rename": {"id": "p1", "name": "Renamed"}, "bump": 2,
    })
    d.update(over)
    return d

cases = []
def case(name, schema, query, data=None, variables=None, operationName=None):
    cases.append({"name": name, "schema": schema, "query": query, "data": data if data is not None else {},
                  "variables": variables, "operationName": operationName})

P = "pets"
D = people_data()
# --- basics, aliases, order
case("scalars-basic", P, "{ number float string bool id }", D)
case("alias-order", P, "{ b: bool a: number c: string number }", D)
case("nested-object", P, "{ me { name age score alive favoriteColor } }", D)
case("typename-root", P, "{ __typename }", D)
case("typename-nested", P, "{ me { __typename name } pet { __typename } }", D)
case("aliased-typename", P, "{ t: __typename me { kind: __typename } }", D)
case("missing-key-null", P, "{ me { age } people { score } }", D)
case("duplicate-fields-merge", P, "{ me { name } me { age } me { name friends { name } } }", D)
case("alias-same-field-twice", P, "{ a: me { name } b: me { age } }", D)
case("key-order-fragments", P, "{ me { ...F age name } } fragment F on Person { alive name }", D)
case("key-order-inline", P, "{ me { age ... on Person { name age } } }", D)
# --- lists
case("list-nullable-items", P, "{ list }", D)
case("list-nonnull-items-ok", P, "{ nonNullList }", D)
case("list-nonnull-item-null", P, "{ nonNullList }", people_data(nonNullList=[1, None, 3]))
case("list-nonnull-list-null", P, "{ nonNullList number }", people_data(nonNullList=None))
case("list-not-iterable", P, "{ list }", people_data(list=5))
case("list-string-not-iterable", P, "{ list }", people_data(list="abc"))
case("list-of-lists", P, "{ me { matrix } }", D)
case("list-of-lists-null-inner", P, "{ me { matrix } }", people_data(me={"matrix": [[1, None], None, [2]]}))
case("list-objects", P, "{ people { id name } }", D)
case("list-objects-null-element", P, "{ people { name } }", D)
case("list-empty", P, "{ colors list }", people_data(colors=[], list=[]))
case("tags-with-null", P, "{ me { tags } }", D)
case("tags-missing-nonnull", P, "{ me { name tags } }", people_data(me={"name": "x"}))
# --- non-null propagation at every depth
case("nn-root-field-null", P, "{ meStrict { id } number }", people_data(meStrict=None))
case("nn-leaf-in-nullable-object", P, "{ me { name nonNullName } }", people_data(me={"name": "n"}))
case("nn-nested-two-levels", P, "{ me { best { nonNullName } name } }", people_data(me={"name": "a", "best": {"id": "b"}}))
case("nn-best-null", P, "{ me { best { id } name } }", people_data(me={"name": "a", "best": None}))
case("nn-in-list-item", P, "{ strictPeople { id nonNullName } }", people_data(strictPeople=[{"id": "1", "nonNullName": "a"}, {"id": "2"}]))
case("nn-list-propagates-to-root", P, "{ number strictPeople { nonNullName } }", people_data(strictPeople=[{"nonNullName": None}]))
case("nn-strict-friends", P, "{ me { name strictFriends { nonNullName } } }", people_data(me={"name": "a", "strictFriends": [{"nonNullName": "x"}, {"nonNullName": None}]}))
case("nn-friends-nullable-items", P, "{ me { friends { nonNullName } } }", D)
case("nn-error-order-siblings", P, "{ me { nonNullName } people { nonNullName } meStrict { nonNullName } }",
     people_data(me={}, people=[{}, {"nonNullName": "y"}], meStrict={}))
case("nn-two-errors-one-list", P, "{ people { nonNullName } }", people_data(people=[{}, {}, {"nonNullName": "z"}]))
case("nn-matrix-inner", P, "{ me { matrix } }", people_data(me={"matrix": [[1, None, 3], [4]]}))
case("nn-deep-chain", P, "{ me { best { best { best { nonNullName } } } } }", people_data(me={"best": {"best": {"best": {}}}}))
case("nn-deep-chain-ok", P, "{ me { best { best { best { nonNullName } } } } }", people_data(me={"best": {"best": {"best": {"nonNullName": "deep"}}}}))
case("nn-sibling-after-error-skipped", P, "{ meStrict { nonNullName id } string }", people_data(meStrict={"id": "m"}))
# --- leaf coercion errors
case("int-overflow", P, "{ me { age } }", people_data(me={"age": 3000000000}))
case("int-float-integral", P, "{ number }", people_data(number=4.0))
case("int-nonintegral", P, "{ number }", people_data(number=4.5))
case("int-from-string", P, "{ number }", people_data(number="12"))
case("int-from-bad-string", P, "{ number }", people_data(number="abc"))
case("int-from-bool", P, "{ number }", people_data(number=True))
case("float-from-int", P, "{ float }", people_data(float=3))
case("float-from-string", P, "{ float }", people_data(float="2.5"))
case("float-small", P, "{ float }", people_data(float=1e-7))
case("float-large", P, "{ float }", people_data(float=1e21))
case("float-precision", P, "{ float }", people_data(float=0.1 + 0.2))
case("float-negative", P, "{ float }", people_data(float=-123.456))
case("float-bool", P, "{ float }", people_data(float=False))
case("string-from-int", P, "{ string }", people_data(string=5))
case("string-from-float", P, "{ string }", people_data(string=5.25))
case("string-from-bool", P, "{ string }", people_data(string=True))
case("string-from-object", P, "{ string }", people_data(string={"a": 1}))
case("string-from-list", P, "{ string }", people_data(string=[1, 2]))
case("string-escapes", P, "{ string }", people_data(string="quote\" backslash\\ nl\n tab\t ctrl\u0001 uni é 😀 \u2028"))
case("bool-from-int", P, "{ bool }", people_data(bool=1))
case("bool-from-string", P, "{ bool }", people_data(bool="true"))
case("id-from-int", P, "{ id }", people_data(id=123))
case("id-from-float", P, "{ id }", people_data(id=1.5))
case("id-from-bool", P, "{ id }", people_data(id=True))
case("enum-valid", P, "{ color colors }", D)
case("enum-invalid", P, "{ color }", people_data(color="PURPLE"))
case("enum-nonstring", P, "{ color }", people_data(color=1))
case("enum-list-invalid-item", P, "{ colors }", people_data(colors=["RED", "NOPE"]))
case("person-age-overflow-in-list", P, "{ people { age } }", D)
case("id-numeric-in-list", P, "{ people { id } }", D)
# --- abstract types
case("interface-by-typename", P, "{ pet { name ... on Cat { lives } ... on Dog { barkVolume } } }", D)
case("interface-list", P, "{ pets { __typename name ... on Cat { lives } } }", D)
case("union-by-typename", P, '{ search(term: "x") { __typename ... on Dog { name barkVolume } ... on Person { id name } ... on Cat { lives } } }', D)
case("union-missing-typename", P, '{ search(term: "x") { __typename } }', people_data(search=[{"name": "x"}]))
case("union-unknown-typename", P, '{ search(term: "x") { __typename } }', people_data(search=[{"__typename": "Fish"}]))
case("union-not-possible", P, '{ search(term: "x") { __typename } }', people_data(search=[{"__typename": "Query"}]))
case("union-nonobject-type", P, '{ search(term: "x") { __typename } }', people_data(search=[{"__typename": "Color"}]))
case("interface-not-implementing", P, "{ pet { name } }", people_data(pet={"__typename": "Person", "name": "n"}))
case("interface-typename-number", P, "{ pet { name } }", people_data(pet={"__typename": 5, "name": "n"}))
case("interface-named-list", P, "{ named { name ... on Person { id } ... on Pet { owner { name } } } }", D)
case("interface-fragment-on-interface", P, "{ pets { ...PetF } } fragment PetF on Pet { name ... on Dog { nicknames } }",
     people_data(pets=[{"__typename": "Dog", "name": "R", "nicknames": ["a"]}, {"__typename": "Cat", "name": "T"}]))
case("nested-pets-in-person", P, "{ me { pets { name ... on Cat { lives } } } }", D)
case("pets-nonnull-item-error", P, "{ me { name pets { name } } }", people_data(me={"name": "a", "pets": [{"__typename": "Dog", "name": "d"}, None]}))
case("cat-lives-null", P, "{ pets { name ... on Cat { lives } } }", people_data(pets=[{"__typename": "Cat", "name": "c"}]))
case("dog-nicknames-null-item", P, "{ pet { ... on Dog { nicknames } } }", people_data(pet={"__typename": "Dog", "nicknames": ["a", None]}))
case("search-typename-in-fragment", P, '{ search(term: "t") { ...on Named { name } } }', D)
# --- fragments and directives
case("fragment-spread", P, "{ me { ...Basic } } fragment Basic on Person { id name }", D)
case("fragment-nested", P, "{ me { ...A } } fragment A on Person { name ...B } fragment B on Person { age friends { ...C } } fragment C on Person { id }", D)
case("fragment-repeat", P, "{ me { ...A ...A name } } fragment A on Person { name age }", D)
case("fragment-on-interface-in-person", P, "{ me { ...N } } fragment N on Named { name }", D)
case("inline-no-condition", P, "{ me { ... { name } age } }", D)
case("skip-true", P, "{ me { name @skip(if: true) age } }", D)
case("skip-false", P, "{ me { name @skip(if: false) age } }", D)
case("include-false", P, "{ me { name @include(if: false) age } }", D)
case("include-true", P, "{ number @include(if: true) }", D)
case("skip-and-include", P, "{ me { name @skip(if: false) @include(if: false) age } }", D)
case("skip-var-true", P, "query Q($s: Boolean!) { me { name @skip(if: $s) age } }", D, {"s": True})
case("skip-var-false", P, "query Q($s: Boolean!) { me { name @skip(if: $s) age } }", D, {"s": False})
case("include-var-default", P, "query Q($i: Boolean = false) { me { name @include(if: $i) age } }", D)
case("skip-on-fragment-spread", P, "query Q($s: Boolean!) { me { ...F @skip(if: $s) age } } fragment F on Person { name }", D, {"s": True})
case("skip-on-inline", P, "{ me { ... @skip(if: true) { name } age } }", D)
case("include-merged-one-skipped", P, "{ me { name @skip(if: true) name } }", D)
case("skip-fragment-field-kept-elsewhere", P, "{ me { ...F name } } fragment F on Person { name @skip(if: true) age }", D)
# --- operations
case("operation-by-name", P, "query A { number } query B { string }", D, None, "B")
case("operation-unknown", P, "query A { number } query B { string }", D, None, "C")
case("operation-multiple-no-name", P, "query A { number } query B { string }", D)
case("operation-anonymous", P, "{ number }", D, None, None)
case("mutation-serial", P, 'mutation { first: bump second: rename(name: "x") { name } third: bump }', D)
case("mutation-nonnull-error-stops", P, 'mutation { rename(name: "x") { id } bump }', people_data(rename={"name": "no id"}))
case("subscription-not-configured", P, "subscription { number }", D)
# --- variables
V = "query Q($f: Filter, $n: Int, $c: Color, $l: [Int], $s: String!) { take(f: $f, n: $n, c: $c, l: $l, s: $s) }"
case("var-ok", P, V, D, {"f": {"color": "RED"}, "n": 3, "c": "BLUE", "l": [1, 2], "s": "x"})
case("var-required-missing", P, V, D, {})
case("var-nonnull-null", P, V, D, {"s": None})
case("var-int-from-float", P, V, D, {"n": 1.5, "s": "a"})
case("var-int-overflow", P, V, D, {"n": 2147483648, "s": "a"})
case("var-int-from-string", P, V, D, {"n": "3", "s": "a"})
case("var-int-integral-float", P, V, D, {"n": 3.0, "s": "a"})
case("var-enum-bad", P, V, D, {"c": "PURPLE", "s": "a"})
case("var-enum-lowercase", P, V, D, {"c": "red", "s": "a"})
case("var-enum-nonstring", P, V, D, {"c": 1, "s": "a"})
case("var-list-single", P, V, D, {"l": 5, "s": "a"})
case("var-list-bad-item", P, V, D, {"l": [1, "x", 3], "s": "a"})
case("var-list-null-item", P, V, D, {"l": [1, None], "s": "a"})
case("var-input-not-object", P, V, D, {"f": 5, "s": "a"})
case("var-input-unknown-field", P, V, D, {"f": {"colour": "RED"}, "s": "a"})
case("var-input-bad-nested", P, V, D, {"f": {"names": ["a", None]}, "s": "a"})
case("var-input-bad-nested-type", P, V, D, {"f": {"names": [1], "minAge": "x"}, "s": "a"})
case("var-input-field-enum-bad", P, V, D, {"f": {"color": "NOPE"}, "s": "a"})
case("var-string-from-int", P, V, D, {"s": 5})
case("var-string-from-object", P, V, D, {"s": {"a": 1}})
case("var-multiple-errors", P, V, D, {"n": "x", "c": 2, "s": None})
case("var-default-used", P, "query Q($n: Int = 5) { take(n: $n) }", D, {})
case("var-null-for-nullable", P, "query Q($n: Int = 5) { take(n: $n) }", D, {"n": None})
case("var-arg-nonnull-default-runtime", P, 'query Q($t: String = "d") { search(term: $t) { __typename } }', D, {})
case("var-arg-nonnull-null-runtime", P, 'query Q($t: String = "d") { search(term: $t) { __typename } number }', D, {"t": None})
case("var-arg-nonnull-null-in-list", P, 'query Q($t: String = "d") { pets { name } search(term: $t) { __typename } }', D, {"t": None})
case("var-arg-ok", P, 'query Q($t: String!) { search(term: $t) { __typename } }', D, {"t": "x"})
case("var-arg-default-filter", P, 'query Q($f: Filter) { people(filter: $f) { id } }', D, {"f": {"minAge": 3}})
case("var-float-from-string", P, "query Q($x: Float) { take(x: $x) }", D, {"x": "1.5"})
case("var-bool-from-int", P, "query Q($x: Boolean) { take(b: $x) }", D, {"x": 1})
case("var-id-from-float", P, "query Q($x: ID) { take(id: $x) }", D, {"x": 1.5})
case("var-id-from-int", P, "query Q($x: ID) { take(id: $x) }", D, {"x": 15})
case("var-nested-list", P, "query Q($x: [[Int!]]) { take(nl: $x) }", D, {"x": [[1], [None]]})
case("var-nested-list-single", P, "query Q($x: [[Int]]) { take(nl2: $x) }", D, {"x": 1})
case("var-float-nan-string", P, "query Q($x: Float) { take(x: $x) }", D, {"x": "NaN"})
case("var-input-default-field", P, "query Q($f: Filter = {color: RED}) { take(f: $f) }", D, {})
case("var-input-nonobject-list", P, "query Q($f: Filter) { take(f: $f) }", D, {"f": [1]})
case("var-unknown-extra-variable-ignored", P, "query Q($n: Int) { take(n: $n) }", D, {"n": 1, "zzz": 2})
# --- introspection
case("intro-type-person", P, '{ __type(name: "Person") { name kind fields { name type { name kind ofType { name kind ofType { name kind } } } } interfaces { name } } }', D)
case("intro-type-missing", P, '{ __type(name: "Nope") { name } }', D)
case("intro-enum", P, '{ __type(name: "Color") { kind enumValues { name isDeprecated deprecationReason } } }', D)
case("intro-input", P, '{ __type(name: "Filter") { kind inputFields { name defaultValue type { name kind ofType { name } } } } }', D)
case("intro-union", P, '{ __type(name: "SearchResult") { kind possibleTypes { name } fields { name } } }', D)
case("intro-interface", P, '{ __type(name: "Pet") { kind possibleTypes { name } interfaces { name } } }', D)
case("intro-schema-roots", P, '{ __schema { queryType { name } mutationType { name } subscriptionType { name } } }', D)
case("intro-schema-type-names", P, '{ __schema { types { name kind } } }', D)
case("intro-directives", P, '{ __schema { directives { name locations isRepeatable args { name defaultValue type { kind name ofType { name } } } } } }', D)
case("intro-field-args", P, '{ __type(name: "Query") { fields { name args { name defaultValue } } } }', D)
case("intro-typename-in-intro", P, '{ __schema { __typename queryType { __typename name } } }', D)
case("intro-scalar", P, '{ __type(name: "Int") { kind name description specifiedByURL } }', D)
# --- scalars schema
S = "scalars"
case("sc-all-null", S, "{ i f s b id li lf ls lb lid deep obj { i } objs { i } }", {})
case("sc-nonnull-root", S, "{ i ni s }", {"i": 1, "s": "x"})
case("sc-nonnull-float", S, "{ nf }", {"nf": None})
case("sc-nonnull-string-wrong", S, "{ ns s }", {"ns": {"x": 1}, "s": "ok"})
case("sc-deep-lists", S, "{ deep }", {"deep": [[[1, 2], [None]], None, [[3]]]})
case("sc-deep-lists-bad", S, "{ deep }", {"deep": [[[1, "x"]], [[2.5]]]})
case("sc-deep-not-list", S, "{ deep }", {"deep": [[1]]})
case("sc-lists-mixed", S, "{ li lf ls lb lid }", {"li": [1, 2.0, "3"], "lf": [1, 0.5, "x"], "ls": [1, True, "s"], "lb": [True, 0], "lid": [1, "a", 2.5]})
case("sc-numbers-format", S, "{ lf }", {"lf": [0, -0.0, 1e-6, 1e-7, 123456789012345680000, 1.7976931348623157e308, 5e-324, 0.000001234, 100, 1e15, 1e16, 2.5e-5, 3.14159]})
case("sc-int-bounds", S, "{ li }", {"li": [2147483647, -2147483648, 2147483648, -2147483649]})
case("sc-obj-chain", S, "{ obj { i child { i child { s } } } }", {"obj": {"i": 1, "child": {"i": 2, "child": {"s": "deep"}}}})
case("sc-obj-nchild-null", S, "{ obj { i nchild { i } } }", {"obj": {"i": 1}})
case("sc-obj-nchild-ni-null", S, "{ obj { i nchild { ni } } }", {"obj": {"i": 1, "nchild": {}}})
case("sc-objs-children-error-index", S, "{ objs { i children { ni } } }", {"objs": [{"i": 0, "children": [{"ni": 1}]}, {"i": 1, "children": [{"ni": 2}, {"ni": None}]}]})
case("sc-objs-errors-multi", S, "{ objs { ni } }", {"objs": [{"ni": 1}, {}, {"ni": "x"}, {"ni": 4}]})
case("sc-obj-is-list", S, "{ obj { i } }", {"obj": [1, 2]})
case("sc-obj-is-string", S, "{ obj { i } }", {"obj": "str"})
case("sc-aliases-many", S, "{ a: i b: i c: s d: obj { x: i y: i } }", {"i": 1, "s": "q", "obj": {"i": 2}})
case("sc-unicode-keys", S, '{ s }', {"s": "日本語 \u0000 \u001f \u007f"})
case("sc-empty-string", S, "{ s ls }", {"s": "", "ls": [""]})
case("sc-bool-coercions", S, "{ lb }", {"lb": [True, False, 1, 0, "x", None]})
case("sc-id-coercions", S, "{ lid }", {"lid": ["a", 1, -5, 1.0, True, None]})
case("sc-children-empty", S, "{ obj { children { i } } }", {"obj": {"children": []}})
case("sc-children-null-nonnull-item", S, "{ obj { s children { i } } }", {"obj": {"s": "a", "children": [None]}})
case("sc-children-not-list", S, "{ obj { s children { i } } }", {"obj": {"s": "a", "children": {"i": 1}}})
case("sc-float-nan-like", S, "{ f }", {"f": "NaN"})
case("sc-float-inf-string", S, "{ f }", {"f": "Infinity"})
case("sc-int-string-spaces", S, "{ i }", {"i": " 12 "})
case("sc-int-empty-string", S, "{ i }", {"i": ""})
case("sc-int-exp-string", S, "{ i }", {"i": "1e3"})
case("sc-float-exp-string", S, "{ f }", {"f": "1e3"})
case("sc-string-list-of-obj", S, "{ ls }", {"ls": [{"a": [1, None]}, [True, "x"]]})
case("sc-typename-obj", S, "{ obj { __typename i } objs { __typename } }", {"obj": {"i": 1}, "objs": [{}, {}]})
case("sc-root-extra-keys", S, "{ i }", {"i": 3, "unused": {"x": 1}})
case("sc-wide-object", S, "{ obj { i ni s child { i } nchild { i } children { i } } }",
     {"obj": {"i": 1, "ni": 2, "s": "x", "child": None, "nchild": {"i": 5}, "children": [{"i": 6}, {"i": 7}]}})
case("sc-nchild-chain-error", S, "{ objs { nchild { nchild { ni } } } }", {"objs": [{"nchild": {"nchild": {"ni": 1}}}, {"nchild": {"nchild": {}}}]})
case("sc-multi-level-index", S, "{ objs { children { children { ni } } } }", {"objs": [{"children": [{"children": [{"ni": 1}, {"ni": None}]}]}]})

# Larger generated cases: lists of objects of varying sizes with errors at computed positions.
for n in [0, 1, 5, 20]:
    objs = [{"i": k, "ni": (None if k % 7 == 3 else k), "s": "s%d" % k} for k in range(n)]
    case("gen-objs-%d" % n, S, "{ objs { i ni s } }", {"objs": objs})
for depth in [1, 2, 3, 4, 5]:
    q = "{ obj { " + "child { " * depth + "i ni " + "} " * depth + "} }"
    node = {"i": depth}
    for _ in range(depth):
        node = {"child": node, "i": 0}
    case("gen-child-depth-%d" % depth, S, q, {"obj": node})
for k, val in enumerate([0, 1, -1, 0.5, -0.5, 1e-5, 123.456, 1e20, 1e21, -1e-7]):
    case("gen-float-%d" % k, S, "{ f nf }", {"f": val, "nf": val})
for k, val in enumerate(["", "a", "\\", "\"", "\b\f\n\r\t", "\u00e9\u4e2d", "\U0001F600", "</script>"]):
    case("gen-string-%d" % k, S, "{ s ns }", {"s": val, "ns": val})

# Values in error messages are shown as graphql-js' inspect shows them: at most 10 list items
# ("... N more items"), nesting cut at depth 3 ("[Array]", "[Object]"), integer-like keys first.
INSPECT = [
    list(range(10)), list(range(11)), list(range(25)), [[k, [k, [k]]] for k in range(12)],
    {"a": {"b": {"c": {"d": 1}}, "l": [[[1]], []], "e": {}}}, {"b": 1, "2": 2, "a": 3, "10": 4, "01": 5},
    [{"x": [{"y": 1}]}], {"s": "q\"uote", "n": None, "t": True, "f": 1.5},
]
for k, val in enumerate(INSPECT):
    case("gen-inspect-enum-%d" % k, P, "{ color }", people_data(color=val))
    case("gen-inspect-int-%d" % k, S, "{ i }", {"i": val})

print(json.dumps({"schemas": SCHEMAS, "cases": cases}, indent=1, ensure_ascii=False))
