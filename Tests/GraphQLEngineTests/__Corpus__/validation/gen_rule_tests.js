// Writes Tests/GraphQLEngineTests/Validation/Rules/<Rule>RuleTests.swift from cases/<Rule>.graphql:
// one Swift test per case, validating with that rule alone, expecting exactly the errors that
// graphql-js' same rule alone reports (message and every location, in order). Review the diff
// after regenerating. OneOf cases (graphql-js 16.6 has no @oneOf) are written by hand elsewhere.
//
// Usage: node gen_rule_tests.js   (from any folder)
'use strict';
const fs = require('fs');
const path = require('path');
const graphql = require('/usr/share/nodejs/graphql');

const folder = __dirname;
const outFolder = path.join(folder, '..', '..', 'Validation', 'Rules');
// The unit tests use harness.graphql + oneof.graphql; graphql-js 16.6 cannot build @oneOf, so it
// gets the same types without the directive (names, fields and suggestions are unchanged).
const harnessSDL = fs.readFileSync(path.join(folder, 'harness.graphql'), 'utf8') + '\n' +
  fs.readFileSync(path.join(folder, 'oneof.graphql'), 'utf8').replace('OneOfInput @oneOf', 'OneOfInput');
const schemas = { 'harness.graphql': graphql.buildSchema(harnessSDL) };
function schemaFor(file) {
  if (!schemas[file]) schemas[file] = graphql.buildSchema(fs.readFileSync(path.join(folder, file), 'utf8'));
  return schemas[file];
}

function camel(name) {
  const parts = name.split(/[^A-Za-z0-9]+/).filter(Boolean);
  const s = parts.map((p, i) => (i === 0 ? p : p[0].toUpperCase() + p.slice(1))).join('');
  return /^[0-9]/.test(s) ? 'case' + s : s;
}

function swiftString(s) {
  return '#"' + s + '"#';
}

for (const file of fs.readdirSync(path.join(folder, 'cases')).sort()) {
  const ruleName = path.basename(file, '.graphql') + 'Rule';
  const rule = graphql[ruleName];
  if (!rule) continue;
  const text = fs.readFileSync(path.join(folder, 'cases', file), 'utf8');
  const cases = [];
  let current = null;
  for (const line of text.split('\n')) {
    const header = /^#### (\S+)(?: @schema=(\S+))?\s*$/.exec(line);
    if (header) {
      current = { name: header[1], schema: header[2] || 'harness.graphql', lines: [] };
      cases.push(current);
    } else if (current) current.lines.push(line);
  }
  let out = `import Testing
@testable import GraphQLEngine

/// Unit tests of \`${ruleName}\`: each case of
/// \`__Corpus__/validation/cases/${file}\`, validated with this rule alone. The expected
/// errors, stated in full, are those graphql-js 16.6's \`${ruleName}\` alone reports
/// (written by \`__Corpus__/validation/gen_rule_tests.js\`).
@Suite("${ruleName}")
struct ${ruleName}Tests {`;
  const used = new Set();
  for (const c of cases) {
    const doc = c.lines.join('\n').replace(/\n+$/, '');
    const errors = graphql.validate(schemaFor(c.schema), graphql.parse(doc), [rule]);
    let fn = camel(c.name);
    while (used.has(fn)) fn += '2';
    used.add(fn);
    const schemaArg = c.schema === 'harness.graphql' ? '' : `, schema: ValidationHarness.schema(file: "${c.schema}")`;
    const body = doc.split('\n').map((l) => (l.length ? '            ' + l : '')).join('\n');
    let expected;
    if (errors.length === 0) {
      expected = '[]';
    } else {
      expected = '[\n' + errors.map((e) => {
        const locs = (e.locations || []).map((l) => `(${l.line}, ${l.column})`).join(', ');
        return `                .init(${swiftString(e.message)}${locs ? ', at: ' + locs : ''}),\n`;
      }).join('') + '            ]';
    }
    out += `
    @Test("${c.name}")
    func ${fn}() {
        expectErrors(${ruleName}.self, #"""
${body}
            """#, ${expected}${schemaArg})
    }
`;
  }
  out += '}\n';
  fs.writeFileSync(path.join(outFolder, ruleName + 'Tests.swift'), out);
}
