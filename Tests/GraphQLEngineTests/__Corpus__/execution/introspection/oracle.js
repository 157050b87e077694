#!/usr/bin/env node
// Introspection oracle: for each {name, sdl, response} in the JSON file argv[2] (response is our
// engine's result for full-introspection-query.graphql), checks with graphql-js that
// buildClientSchema accepts our introspection and that printSchema of it equals graphql-js'
// printSchema of the SDL. Prints [{name, ok, error, ours, theirs}].
// Debian's graphql-js 16.6 predates @oneOf (16.9): the built-in @oneOf directive our schema
// lists is removed before buildClientSchema, since 16.6 would print it as a custom directive.
'use strict';
const fs = require('fs');
let G;
for (const c of [process.env.GRAPHQL_JS_PATH, 'graphql', '/usr/share/nodejs/graphql'].filter(Boolean)) {
  try { G = require(c); break; } catch (e) { /* next */ }
}
if (!G) { console.error('graphql-js not found'); process.exit(2); }
const input = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const out = input.map(({ name, sdl, response }) => {
  const theirs = G.printSchema(G.buildSchema(sdl));
  try {
    const result = JSON.parse(response);
    if (result.errors) return { name, ok: false, error: JSON.stringify(result.errors), theirs };
    const declaresOneOf = /directive\s+@oneOf\b/.test(sdl);
    if (!declaresOneOf) result.data.__schema.directives = result.data.__schema.directives.filter((d) => d.name !== 'oneOf');
    const ours = G.printSchema(G.buildClientSchema(result.data));
    return { name, ok: ours === theirs, ours, theirs };
  } catch (e) {
    return { name, ok: false, error: String(e && e.stack || e), theirs };
  }
});
process.stdout.write(JSON.stringify(out));
