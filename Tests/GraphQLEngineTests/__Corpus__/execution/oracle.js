#!/usr/bin/env node
// Differential oracle for execution: runs every case of cases.json through graphql-js
// (graphqlSync, the case's data as root value, default resolvers) in one process and prints
// [{name, valid, response}] where response is JSON.stringify of the result.
'use strict';
const fs = require('fs');
let G;
for (const c of [process.env.GRAPHQL_JS_PATH, 'graphql', '/usr/share/nodejs/graphql'].filter(Boolean)) {
  try { G = require(c); break; } catch (e) { /* next */ }
}
if (!G) { console.error('graphql-js not found'); process.exit(2); }
const corpus = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
// Debian's graphql-js 16.6 predates @oneOf (graphql-js 16.9, the current spec); the oracle adds
// the built-in directive as 16.9 defines it so introspection lists the same directives.
const oneOf = new G.GraphQLDirective({ name: 'oneOf',
  description: 'Indicates exactly one field must be supplied and this field must not be `null`.',
  locations: [G.DirectiveLocation.INPUT_OBJECT], args: {} });
const schemas = {};
for (const [name, sdl] of Object.entries(corpus.schemas)) {
  const built = G.buildSchema(sdl).toConfig();
  const directives = built.directives.some((d) => d.name === 'oneOf') ? built.directives : [...built.directives, oneOf];
  schemas[name] = new G.GraphQLSchema({ ...built, directives });
}
const out = corpus.cases.map((c) => {
  const schema = schemas[c.schema];
  const valid = G.validate(schema, G.parse(c.query)).length === 0;
  const result = G.graphqlSync({ schema, source: c.query, rootValue: c.data,
    variableValues: c.variables, operationName: c.operationName });
  return { name: c.name, valid, response: JSON.stringify(result) };
});
process.stdout.write(JSON.stringify(out));
