// graphql-js oracle for the type-system differential test.
//
// usage: node oracle.js CORPUS_DIR [FILE.graphql ...]
// Every *.graphql file of CORPUS_DIR holds cases separated by lines `#### name`; every file of
// CORPUS_DIR/whole is one case named `whole/FILE` (copies of the project's design and bench schemas),
// and so is every FILE argument, named by its path. For each case this prints what graphql-js makes of it, mirroring
// our buildSchema: parse, SDL rules (assertValidSDL), buildASTSchema, validateSchema, printSchema,
// and for valid schemas the type-map order and the directives (the order introspection lists them).
// A case with a line `# extend` builds the part above it, then extends that schema with the part
// below (assertValidSDLExtension, extendSchema, validateSchema); type errors then carry phase
// `types`, since their locations may point into either document.
//
// graphql-js here is Debian's 16.6, which predates @oneOf; the oracle emulates graphql-js 16.9:
// it declares `directive @oneOf on INPUT_OBJECT` when the SDL does not, reports 16.9's two @oneOf
// field rules where 16.9 does, prints ` @oneOf` after such input types, and leaves the directive
// out of the output.
'use strict';
const fs = require('fs');
const path = require('path');
const g = require('/usr/share/nodejs/graphql');
const { validateSDL } = require('/usr/share/nodejs/graphql/validation/validate.js');
const validateSchema = validateSchemaWithOneOf();

// graphql-js 16.6's validateSchema with 16.9's @oneOf field rules at the place 16.9 checks them
// (at the end of each input field's checks): validate.js is loaded from its own text with the
// two checks inserted.
function validateSchemaWithOneOf() {
  const Module = require('module');
  const file = '/usr/share/nodejs/graphql/type/validate.js';
  const anchor = '_field$astNode3.type]);\n    }\n';
  let source = fs.readFileSync(file, 'utf8');
  if (!source.includes(anchor)) throw new Error('validate.js changed: cannot insert the @oneOf rules');
  source = source.replace(anchor, anchor + `
    if ((inputObj.astNode && inputObj.astNode.directives || []).some(d => d.name.value === 'oneOf')) {
      if ((0, _definition.isNonNullType)(field.type)) {
        context.reportError(\`OneOf input field \${inputObj.name}.\${field.name} must be nullable.\`, field.astNode && field.astNode.type);
      }
      if (field.defaultValue !== undefined) {
        context.reportError(\`OneOf input field \${inputObj.name}.\${field.name} cannot have a default value.\`, field.astNode);
      }
    }
`);
  const m = new Module(file, module);
  m.filename = file;
  m.paths = Module._nodeModulePaths(path.dirname(file));
  m._compile(source, file);
  return m.exports.validateSchema;
}

function cases(dir, files) {
  const out = [];
  for (const file of fs.readdirSync(dir).filter(f => f.endsWith('.graphql')).sort()) {
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    let current = null;
    for (const line of text.split('\n')) {
      if (line.startsWith('#### ')) {
        if (current) out.push(current);
        current = { name: file + ': ' + line.slice(5).trim(), lines: [] };
      } else if (current) {
        current.lines.push(line);
      }
    }
    if (current) out.push(current);
  }
  const result = out.map(c => ({ name: c.name, text: c.lines.join('\n') }));
  const whole = path.join(dir, 'whole');
  for (const file of fs.readdirSync(whole).filter(f => f.endsWith('.graphql')).sort()) {
    result.push({ name: 'whole/' + file, text: fs.readFileSync(path.join(whole, file), 'utf8') });
  }
  for (const file of files) result.push({ name: file, text: fs.readFileSync(file, 'utf8') });
  return result;
}

function errorJSON(e) {
  return { message: e.message, locations: (e.locations || []).map(l => ({ line: l.line, column: l.column })) };
}

function hasOneOf(node) {
  return (node && node.directives || []).some(d => d.name.value === 'oneOf');
}

function run(text) {
  const [baseText, extensionText] = text.split(/^# extend$/m);
  const base = build(baseText);
  if (extensionText === undefined || base.errors) return describe(base);
  let doc;
  try {
    doc = g.parse(extensionText);
  } catch (e) {
    return { errors: [errorJSON(e)] };
  }
  const sdlErrors = validateSDL(doc, base.schema);
  if (sdlErrors.length) return { errors: sdlErrors.map(errorJSON) };
  let schema;
  try {
    schema = g.extendSchema(base.schema, doc, { assumeValidSDL: true });
  } catch (e) {
    return { errors: [errorJSON(e)], thrown: !(e instanceof g.GraphQLError) };
  }
  const errors = validateSchema(schema).map(errorJSON);
  if (errors.length) return { errors, phase: 'types' };
  return describe({ schema, declaresOneOf: base.declaresOneOf });
}

// Builds a schema as our buildSchema does; returns {errors} or {schema, declaresOneOf}.
function build(text) {
  let doc;
  try {
    doc = g.parse(text);
  } catch (e) {
    return { errors: [errorJSON(e)] };
  }
  const declaresOneOf = doc.definitions.some(d => d.kind === 'DirectiveDefinition' && d.name.value === 'oneOf');
  if (!declaresOneOf) {
    const extra = g.parse('directive @oneOf on INPUT_OBJECT').definitions[0];
    doc = { ...doc, definitions: [...doc.definitions, { ...extra, loc: undefined, name: { ...extra.name, loc: undefined } }] };
  }
  const sdlErrors = validateSDL(doc);
  if (sdlErrors.length) return { errors: sdlErrors.map(errorJSON) };
  let schema;
  try {
    schema = g.buildASTSchema(doc, { assumeValidSDL: true });
  } catch (e) {
    return { errors: [errorJSON(e)], thrown: !(e instanceof g.GraphQLError) };
  }
  const errors = validateSchema(schema).map(errorJSON);
  if (errors.length) return { errors };
  return { schema, declaresOneOf };
}

// The printed schema, type order and directives of a built schema, as graphql-js 16.9 gives them.
function describe({ schema, declaresOneOf, errors }) {
  if (errors) return { errors };
  const parts = g.printSchema(schema).split('\n\n').filter(p => !p.startsWith('directive @oneOf'));
  let printed = parts.join('\n\n');
  for (const type of Object.values(schema.getTypeMap())) {
    if (g.isInputObjectType(type) && hasOneOf(type.astNode)) {
      printed = printed.replace(new RegExp(`^input ${type.name}( \\{|$)`, 'm'), `input ${type.name} @oneOf$1`);
    }
  }
  const types = Object.keys(schema.getTypeMap());
  let directives = schema.getDirectives().map(d => d.name);
  if (!declaresOneOf) {
    directives = directives.filter(n => n !== 'oneOf');
    directives.splice(directives.indexOf('specifiedBy') + 1, 0, 'oneOf');
  }
  return { printed, types, directives };
}

const [dir, ...files] = process.argv.slice(2);
const results = cases(dir, files).map(c => ({ ...c, ...run(c.text) }));
process.stdout.write(JSON.stringify({ graphqlVersion: g.version, results }, null, 1));
