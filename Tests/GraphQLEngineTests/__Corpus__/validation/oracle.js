// Differential oracle for the validation corpus: runs graphql-js' validate() over every case in
// cases/*.graphql and prints one JSON object with the errors of each case.
//
// A case file holds several documents, each introduced by a header line
//   #### <name>                 (validated against harness.graphql)
//   #### <name> @schema=<file>  (validated against another SDL file in this folder)
// The document is the text after the header up to the next header, exactly as the Swift test
// splits it, so line and column numbers agree.
//
// Usage: node oracle.js <corpus folder>
'use strict';
const fs = require('fs');
const path = require('path');
const graphql = require('/usr/share/nodejs/graphql');

const folder = process.argv[2] || __dirname;
const schemas = new Map();
function schemaFor(file) {
  if (!schemas.has(file)) {
    schemas.set(file, graphql.buildSchema(fs.readFileSync(path.join(folder, file), 'utf8')));
  }
  return schemas.get(file);
}

function splitCases(fileName, text) {
  const cases = [];
  let current = null;
  for (const line of text.split('\n')) {
    const header = /^#### (\S+)(?: @schema=(\S+))?\s*$/.exec(line);
    if (header) {
      if (current) cases.push(current);
      current = { name: fileName + '/' + header[1], schema: header[2] || 'harness.graphql', lines: [] };
    } else if (current) {
      current.lines.push(line);
    }
  }
  if (current) cases.push(current);
  return cases.map((c) => ({ name: c.name, schema: c.schema, text: c.lines.join('\n') }));
}

const results = [];
const caseFolder = path.join(folder, 'cases');
for (const file of fs.readdirSync(caseFolder).filter((f) => f.endsWith('.graphql')).sort()) {
  for (const c of splitCases(file, fs.readFileSync(path.join(caseFolder, file), 'utf8'))) {
    let document;
    try {
      document = graphql.parse(c.text);
    } catch (e) {
      results.push({ ...c, syntaxError: e.message });
      continue;
    }
    const errors = graphql.validate(schemaFor(c.schema), document).map((e) => ({
      message: e.message,
      locations: (e.locations || []).map((l) => [l.line, l.column]),
    }));
    results.push({ ...c, errors });
  }
}
process.stdout.write(JSON.stringify({ graphqlVersion: graphql.version, results }));
