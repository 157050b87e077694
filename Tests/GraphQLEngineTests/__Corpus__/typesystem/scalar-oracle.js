// graphql-js oracle for built-in scalar coercion.
//
// usage: node scalar-oracle.js < cases.json
// Reads [{scalar, op, input}] where op is serialize or parseValue (input: JSON text of the value)
// or parseLiteral (input: a constant GraphQL literal). Prints, for each case, {result} with the
// JSON text of the coerced value or {error} with graphql-js' message.
'use strict';
const g = require('/usr/share/nodejs/graphql');
const cases = JSON.parse(require('fs').readFileSync(0, 'utf8'));
const scalars = { Int: g.GraphQLInt, Float: g.GraphQLFloat, String: g.GraphQLString, Boolean: g.GraphQLBoolean, ID: g.GraphQLID };
const out = cases.map(({ scalar, op, input }) => {
  try {
    const type = scalars[scalar];
    const value = op === 'parseLiteral' ? type.parseLiteral(g.parseConstValue(input)) : type[op](JSON.parse(input));
    return { result: JSON.stringify(value) };
  } catch (e) {
    return { error: e.message };
  }
});
process.stdout.write(JSON.stringify(out));
