#!/usr/bin/env node
// Differential-test oracle: graphql-js (the reference implementation) on every document of the
// language corpus. Prints one JSON array: for each document its name, its text, and either
// graphql-js' print(parse(text)) or the syntax error's message, line and column.
//
// Corpus files (*.graphql in this folder): documents separated by lines "=== name". The text of a
// document is the lines after its separator up to the next one, joined with "\n" (no final line
// break). special.json holds documents that need characters a text file can't show plainly
// (CR, BOM, control characters): [{"name": ..., "text": ...}].
'use strict';
const fs = require('fs');
const path = require('path');

function loadGraphQL() {
  for (const c of [process.env.GRAPHQL_JS_PATH, 'graphql', '/usr/share/nodejs/graphql'].filter(Boolean)) {
    try { return require(c); } catch (e) { /* try the next */ }
  }
  console.error('graphql-js not found: apt-get install node-graphql');
  process.exit(2);
}
const G = loadGraphQL();
const dir = process.argv[2] || __dirname;

function documents() {
  const docs = [];
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.graphql')).sort()) {
    const lines = fs.readFileSync(path.join(dir, file), 'utf8').split('\n');
    let current = null;
    for (const line of lines) {
      const m = /^=== (.+)$/.exec(line);
      if (m) {
        if (current) docs.push(current);
        current = { name: file.replace(/\.graphql$/, '') + '/' + m[1], lines: [] };
      } else if (current) {
        current.lines.push(line);
      }
    }
    if (current) docs.push(current);
  }
  const out = docs.map((d) => {
    while (d.lines.length && d.lines[d.lines.length - 1] === '') d.lines.pop();
    return { name: d.name, text: d.lines.join('\n') };
  });
  const special = path.join(dir, 'special.json');
  if (fs.existsSync(special)) {
    for (const d of JSON.parse(fs.readFileSync(special, 'utf8'))) out.push({ name: 'special/' + d.name, text: d.text });
  }
  return out;
}

const results = documents().map((d) => {
  try {
    return { name: d.name, text: d.text, printed: G.print(G.parse(d.text)) };
  } catch (e) {
    if (!e.locations) throw e;
    return { name: d.name, text: d.text, error: { message: e.message, line: e.locations[0].line, column: e.locations[0].column } };
  }
});
process.stdout.write(JSON.stringify({ graphqlVersion: G.version, results }) + '\n');
