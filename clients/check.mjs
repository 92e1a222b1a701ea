#!/usr/bin/env node
// Exercises a running Parley with the client tools people use against a GraphQL API:
//   a. graphql-js 16's introspection query, turned into a client schema (buildClientSchema);
//   b. the SDL that Parley serves at /graphql/schema.graphql, loaded with buildSchema and compared with (a);
//   c. every operation of README.md and of src/test/resources/graphql validated against that schema;
//   d. Apollo Client 4 (default options): every page of a relay-style list, and a write as an editor;
//   e. GraphQL Code Generator (typescript, typescript-operations) from the introspected schema and the test
//      documents, then the TypeScript compiler on its output with --strict;
//   f. Apollo Client 4 with its automatic persisted queries link, hashed queries sent by GET;
//   g. the graphql-http audit of the GraphQL over HTTP specification: no failure, and no warning but those
//      that README.md justifies (JUSTIFIED_WARNINGS).
// Usage: node check.mjs http://127.0.0.1:8080
// Each check reports what it found; the script ends with a summary and exits 1 if any check failed.

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import {
  buildClientSchema,
  buildSchema,
  findBreakingChanges,
  findDangerousChanges,
  getIntrospectionQuery,
  DirectiveLocation,
  GraphQLSchema,
  Kind,
  lexicographicSortSchema,
  parse,
  printSchema,
  validate,
} from 'graphql';
import { ApolloClient, gql, HttpLink, InMemoryCache } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { generate } from '@graphql-codegen/cli';
import { auditServer } from 'graphql-http';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..');
const documentsDir = path.join(repo, 'src', 'test', 'resources', 'graphql');

// Documents under src/test/resources/graphql that a test sends on purpose although they do not validate, with
// the reason. None does today: every file there is an operation that the API is meant to accept.
const INTENTIONALLY_INVALID = new Map();

// The editor of dev and test (README: "Dev and test credentials"), given to the packaged application at start.
const EDITOR_AUTHORIZATION = 'Basic ' + Buffer.from('editor:parley-dev').toString('base64');

// Where a directive stands in an executable document (an operation, a field, a fragment, a variable).
const EXECUTABLE_LOCATIONS = new Set([
  DirectiveLocation.QUERY,
  DirectiveLocation.MUTATION,
  DirectiveLocation.SUBSCRIPTION,
  DirectiveLocation.FIELD,
  DirectiveLocation.FRAGMENT_DEFINITION,
  DirectiveLocation.FRAGMENT_SPREAD,
  DirectiveLocation.INLINE_FRAGMENT,
  DirectiveLocation.VARIABLE_DEFINITION,
]);

const base = (process.argv[2] ?? '').replace(/\/+$/, '');
if (!/^https?:\/\/[^/]+$/.test(base)) {
  console.error('usage: node check.mjs URL   (the running Parley, e.g. http://127.0.0.1:8080)');
  process.exit(2);
}
const endpoint = `${base}/graphql`;

const results = [];
let introspected = null;

/** Runs one check, prints its outcome, and records it; a check that throws has failed with that message. */
async function check(name, body) {
  const started = Date.now();
  console.log(`\n== ${name}`);
  try {
    await body();
    results.push({ name, ok: true });
    console.log(`ok: ${name} (${Date.now() - started} ms)`);
  } catch (error) {
    const message = error instanceof CheckFailure ? error.message : explain(error);
    results.push({ name, ok: false, message });
    console.log(`FAILED: ${name}\n${indent(message)}`);
  }
}

class CheckFailure extends Error {}

/** An unexpected error with its causes (fetch's "fetch failed" says why only in its cause). */
function explain(error) {
  let text = error?.stack ?? String(error);
  for (let cause = error?.cause; cause; cause = cause.cause) {
    text += `\ncaused by: ${cause.message ?? cause}`;
  }
  return text;
}

function fail(message) {
  throw new CheckFailure(message);
}

function indent(text) {
  return String(text)
    .split('\n')
    .map((line) => '    ' + line)
    .join('\n');
}

function needSchema() {
  if (!introspected) {
    fail('not run: needs the introspected schema, and check a failed');
  }
  return introspected;
}

/** One GraphQL request by POST, with the platform's fetch; answers the data, or fails on any error. */
async function postGraphQL(query) {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query }),
  });
  const text = await response.text();
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    fail(`POST ${endpoint} answered HTTP ${response.status} with a body that is not JSON: ${text.slice(0, 500)}`);
  }
  if (!response.ok || body.errors) {
    fail(`POST ${endpoint} answered HTTP ${response.status}: ${JSON.stringify(body).slice(0, 2000)}`);
  }
  return body.data;
}

// ---------------------------------------------------------------------------------------------------------------
await check('a. introspection (graphql-js getIntrospectionQuery with every option, buildClientSchema)', async () => {
  const query = getIntrospectionQuery({
    descriptions: true,
    specifiedByUrl: true,
    directiveIsRepeatable: true,
    inputValueDeprecation: true,
  });
  const data = await postGraphQL(query);
  introspected = buildClientSchema(data);
  const types = Object.keys(introspected.getTypeMap());
  const own = types.filter((name) => !name.startsWith('__'));
  console.log(`types: ${types.length} (${own.length} without the introspection types __*)`);
  console.log(`directives: ${introspected.getDirectives().map((d) => '@' + d.name).join(' ')}`);
  if (!introspected.getQueryType()) {
    fail('the introspected schema has no query type');
  }
});

// ---------------------------------------------------------------------------------------------------------------
await check('b. /graphql/schema.graphql (buildSchema) is the schema that introspection describes', async () => {
  const schema = needSchema();
  const response = await fetch(`${endpoint}/schema.graphql`);
  const sdl = await response.text();
  if (!response.ok) {
    fail(`GET ${endpoint}/schema.graphql answered HTTP ${response.status}: ${sdl.slice(0, 500)}`);
  }
  let served;
  try {
    served = buildSchema(sdl);
  } catch (error) {
    fail(`buildSchema refused /graphql/schema.graphql: ${error.message}`);
  }
  const problems = [];

  // The types: every type, field, argument, enum value and input field, with their descriptions, defaults and
  // deprecations. Both schemas are taken without their directive definitions here (those are compared below).
  const typesOnly = (schema) => new GraphQLSchema({ ...schema.toConfig(), directives: [] });
  const servedTypes = typesOnly(served);
  const introspectedTypes = typesOnly(schema);
  const describe = (changes) => changes.map((c) => `${c.type}: ${c.description}`);
  const pairs = [
    ['from the SDL to the introspection, breaking', findBreakingChanges(servedTypes, introspectedTypes)],
    ['from the SDL to the introspection, dangerous', findDangerousChanges(servedTypes, introspectedTypes)],
    ['from the introspection to the SDL, breaking', findBreakingChanges(introspectedTypes, servedTypes)],
    ['from the introspection to the SDL, dangerous', findDangerousChanges(introspectedTypes, servedTypes)],
  ];
  for (const [direction, changes] of pairs) {
    if (changes.length > 0) {
      problems.push(`${changes.length} change(s) of the types ${direction}:\n${indent(describe(changes).join('\n'))}`);
    }
  }
  // findBreakingChanges and findDangerousChanges ignore descriptions and deprecation reasons; the printed types,
  // sorted, compare all of it. A difference is shown as the first lines that differ.
  const left = printSchema(lexicographicSortSchema(servedTypes)).split('\n');
  const right = printSchema(lexicographicSortSchema(introspectedTypes)).split('\n');
  const differing = [];
  for (let i = 0; i < Math.max(left.length, right.length) && differing.length < 20; i++) {
    if (left[i] !== right[i]) {
      differing.push(`line ${i + 1}:\n  SDL:           ${left[i] ?? '(end)'}\n  introspection: ${right[i] ?? '(end)'}`);
    }
  }
  if (differing.length > 0) {
    problems.push(
      `the types, printed and sorted, differ (${left.length} lines from the SDL, ${right.length} from the ` +
        `introspection); the first differences:\n${indent(differing.join('\n'))}`,
    );
  }

  // The directives. Those that a document may carry (on a field, a fragment, an operation) decide which documents
  // validate, so they must be the same both ways: a client validating against the SDL would otherwise refuse a
  // document that the server accepts, or the reverse. Where the SDL declares no directive, buildSchema gives it
  // graphql-js's own built-in ones. Directives of the type system only (on a field definition, an argument
  // definition...) change no document's validity; their differences are listed, not failed on (graphql-js 16.15's
  // built-in @deprecated, for one, has a location that graphql-java's has not).
  const signature = (d) => {
    // Arguments are named, so their order does not matter.
    const args = [...d.args]
      .sort((x, y) => x.name.localeCompare(y.name))
      .map((a) => `${a.name}: ${a.type}${a.defaultValue === undefined ? '' : ' = ' + JSON.stringify(a.defaultValue)}`);
    const repeatable = d.isRepeatable ? ' repeatable' : '';
    return `@${d.name}${args.length ? `(${args.join(', ')})` : ''}${repeatable} on ${[...d.locations].sort().join(' | ')}`;
  };
  const executable = (d) => d.locations.some((l) => EXECUTABLE_LOCATIONS.has(l));
  const servedDirectives = new Map(served.getDirectives().map((d) => [d.name, d]));
  const introspectedDirectives = new Map(schema.getDirectives().map((d) => [d.name, d]));
  const names = [...new Set([...servedDirectives.keys(), ...introspectedDirectives.keys()])].sort();
  for (const name of names) {
    const a = servedDirectives.get(name);
    const b = introspectedDirectives.get(name);
    const sa = a ? signature(a) : 'not declared';
    const sb = b ? signature(b) : 'not announced';
    if (sa === sb) {
      continue;
    }
    const line = `@${name}:\n  SDL:           ${sa}\n  introspection: ${sb}`;
    if ((a && executable(a)) || (b && executable(b))) {
      problems.push(`a directive that documents may use differs, so a document can validate against one and not the other:\n${indent(line)}`);
    } else {
      console.log(`note (type-system directive, no document's validity depends on it): ${line.replace(/\n/g, '\n      ')}`);
    }
  }
  if (problems.length > 0) {
    fail(problems.join('\n'));
  }
  console.log(`the same schema both ways (${left.length} lines printed, sorted)`);
});

// ---------------------------------------------------------------------------------------------------------------
/** The ```graphql blocks of a Markdown text, with the line each starts on. */
function graphqlBlocks(markdown) {
  const blocks = [];
  const fence = /^```graphql[^\n]*\n([\s\S]*?)^```/gm;
  let match;
  while ((match = fence.exec(markdown))) {
    blocks.push({ line: markdown.slice(0, match.index).split('\n').length, text: match[1] });
  }
  return blocks;
}

/** The first keyword or punctuator of a GraphQL text after its comments, to tell documents from pieces of them. */
function firstToken(text) {
  const stripped = text.replace(/#[^\n]*/g, '').trim();
  return stripped.match(/^(\{|[A-Za-z_][A-Za-z_0-9]*)/)?.[1] ?? stripped.slice(0, 1);
}

function validationMessages(schema, document) {
  return validate(schema, document).map((error) => {
    const at = error.locations?.map((l) => `${l.line}:${l.column}`).join(', ');
    return at ? `${error.message} (at ${at})` : error.message;
  });
}

await check('c. README.md operations and src/test/resources/graphql documents validate', async () => {
  const schema = needSchema();
  const problems = [];

  const readme = await readFile(path.join(repo, 'README.md'), 'utf8');
  const blocks = graphqlBlocks(readme);
  let validated = 0;
  for (const block of blocks) {
    const where = `README.md, block at line ${block.line}`;
    const start = firstToken(block.text);
    // An executable document starts with an operation, a fragment, or the shorthand `{`. Anything else (a type
    // definition, a bare selection shown as part of a larger query) is not one, and is said to be left out.
    if (!['{', 'query', 'mutation', 'subscription', 'fragment'].includes(start)) {
      console.log(`left out: ${where}: not an executable document on its own (it starts with "${start}")`);
      continue;
    }
    let document;
    try {
      document = parse(block.text);
    } catch (error) {
      problems.push(`${where}: does not parse: ${error.message}`);
      continue;
    }
    if (!document.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION)) {
      console.log(`left out: ${where}: fragments only, nothing to execute`);
      continue;
    }
    validated++;
    const messages = validationMessages(schema, document);
    if (messages.length > 0) {
      const name = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION)?.name?.value ?? '(anonymous)';
      problems.push(`${where} (${name}):\n${indent(messages.join('\n'))}`);
    }
  }
  console.log(`README.md: ${blocks.length} graphql block(s), ${validated} executable document(s) validated`);
  if (validated === 0) {
    problems.push('README.md: no graphql block was validated; did the README lose its examples?');
  }

  const files = await graphqlFiles(documentsDir);
  let checked = 0;
  for (const file of files) {
    const name = path.relative(documentsDir, file);
    if (INTENTIONALLY_INVALID.has(name)) {
      console.log(`left out: ${name}: ${INTENTIONALLY_INVALID.get(name)}`);
      continue;
    }
    checked++;
    let document;
    try {
      document = parse(await readFile(file, 'utf8'));
    } catch (error) {
      problems.push(`${name}: does not parse: ${error.message}`);
      continue;
    }
    const messages = validationMessages(schema, document);
    if (messages.length > 0) {
      problems.push(`${name}:\n${indent(messages.join('\n'))}`);
    }
  }
  console.log(`src/test/resources/graphql: ${checked} document(s) validated`);
  if (problems.length > 0) {
    fail(problems.join('\n'));
  }
});

async function graphqlFiles(dir) {
  const found = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      found.push(...(await graphqlFiles(full)));
    } else if (entry.name.endsWith('.graphql')) {
      found.push(full);
    }
  }
  return found.sort();
}

// ---------------------------------------------------------------------------------------------------------------
/** Apollo Client as an application sets it up: HttpLink and InMemoryCache, everything else left as it comes. */
function apolloClient(headers, sentBodies) {
  // The fetch is the platform's; it only keeps a copy of each request body, to say what Apollo sent.
  const recordingFetch = (input, init) => {
    if (typeof init?.body === 'string') {
      sentBodies.push(JSON.parse(init.body));
    }
    return fetch(input, init);
  };
  return new ApolloClient({
    link: new HttpLink({ uri: endpoint, headers, fetch: recordingFetch }),
    cache: new InMemoryCache(),
  });
}

function describeError(error) {
  const graphQLErrors = error?.errors;
  if (Array.isArray(graphQLErrors)) {
    return `${error.name}: ${JSON.stringify(graphQLErrors).slice(0, 2000)}`;
  }
  return explain(error);
}

const OFFICIALS_PAGE = gql`
  query OfficialsPage($after: String) {
    officials(first: 1, after: $after) {
      edges {
        cursor
        node {
          id
          name
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

const OFFICIALS_ALL = gql`
  query OfficialsAll {
    officials(first: 100) {
      edges {
        node {
          id
          name
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`;

const CREATE_TOPIC = gql`
  mutation CreateTopic($input: TopicInput!) {
    createTopic(input: $input) {
      topic {
        id
        name
        description
        version
      }
    }
  }
`;

const DELETE_TOPIC = gql`
  mutation DeleteTopic($id: ID!, $expectedVersion: Int!) {
    deleteTopic(id: $id, expectedVersion: $expectedVersion) {
      deletedId
      cascaded {
        what
        count
      }
    }
  }
`;

const TOPIC = gql`
  query TopicById($id: ID!) {
    topic(id: $id) {
      id
      name
    }
  }
`;

await check('d. Apollo Client 4: every page of officials(first: 1), and createTopic/deleteTopic as an editor', async () => {
  const sent = [];
  const reader = apolloClient({}, sent);
  const pages = [];
  const names = [];
  let after = null;
  for (;;) {
    if (pages.length >= 200) {
      fail(`still hasNextPage after ${pages.length} pages of one official each; pages so far: ${JSON.stringify(pages)}`);
    }
    let result;
    try {
      result = await reader.query({ query: OFFICIALS_PAGE, variables: { after } });
    } catch (error) {
      fail(`officials(first: 1, after: ${JSON.stringify(after)}): ${describeError(error)}`);
    }
    const connection = result.data?.officials;
    if (!connection) {
      fail(`officials(first: 1, after: ${JSON.stringify(after)}) answered no data: ${JSON.stringify(result)}`);
    }
    const { edges, pageInfo } = connection;
    pages.push(edges.map((e) => e.node.name));
    if (edges.length > 1) {
      fail(`officials(first: 1) answered ${edges.length} edges: ${JSON.stringify(edges)}`);
    }
    for (const edge of edges) {
      names.push(edge.node.name);
    }
    if (edges.length > 0 && pageInfo.endCursor !== edges[edges.length - 1].cursor) {
      fail(`pageInfo.endCursor ${pageInfo.endCursor} is not the last edge's cursor ${edges[edges.length - 1].cursor}`);
    }
    if (!pageInfo.hasNextPage) {
      break;
    }
    if (edges.length === 0 || !pageInfo.endCursor) {
      fail(`a page says hasNextPage but has no edge or no endCursor: ${JSON.stringify(connection)}`);
    }
    after = pageInfo.endCursor;
  }
  console.log(`${pages.length} page(s) of officials(first: 1): ${names.join(', ')}`);

  let all;
  try {
    all = (await reader.query({ query: OFFICIALS_ALL })).data.officials;
  } catch (error) {
    fail(`officials(first: 100): ${describeError(error)}`);
  }
  if (all.pageInfo.hasNextPage) {
    fail('officials(first: 100) has a next page: the shipped data should have fewer officials than that');
  }
  const allNames = all.edges.map((e) => e.node.name);
  const duplicates = names.filter((name, i) => names.indexOf(name) !== i);
  if (duplicates.length > 0) {
    fail(`the pages repeat ${duplicates.join(', ')}: ${JSON.stringify(pages)}`);
  }
  if (JSON.stringify(names) !== JSON.stringify(allNames)) {
    fail(`the pages give ${JSON.stringify(names)}, one request of first: 100 gives ${JSON.stringify(allNames)}`);
  }
  if (names.length === 0) {
    fail('no official at all: is the shipped data imported?');
  }
  const library = sent.find((body) => body.extensions?.clientLibrary)?.extensions.clientLibrary;
  console.log(`Apollo sent extensions.clientLibrary: ${JSON.stringify(library ?? null)}`);

  // A write without credentials is refused, and Apollo reports the code.
  const anonymous = `parley-clients anonymous ${Date.now()}`;
  try {
    await reader.mutate({ mutation: CREATE_TOPIC, variables: { input: { name: anonymous } } });
    fail('createTopic without credentials was accepted');
  } catch (error) {
    if (error instanceof CheckFailure) {
      throw error;
    }
    const code = error?.errors?.[0]?.extensions?.code;
    if (code !== 'UNAUTHENTICATED') {
      fail(`createTopic without credentials: expected the code UNAUTHENTICATED, got ${describeError(error)}`);
    }
    console.log(`createTopic without credentials: ${error.name}, code ${code}`);
  }

  const editor = apolloClient({ Authorization: EDITOR_AUTHORIZATION }, []);
  const input = { name: `parley-clients check ${Date.now()}`, description: 'Written and deleted by clients/check.mjs.' };
  let created;
  try {
    created = (await editor.mutate({ mutation: CREATE_TOPIC, variables: { input } })).data.createTopic.topic;
  } catch (error) {
    fail(`createTopic as editor: ${describeError(error)}`);
  }
  let deleted = false;
  try {
    if (created.name !== input.name || created.description !== input.description || typeof created.id !== 'string') {
      fail(`createTopic answered ${JSON.stringify(created)} for ${JSON.stringify(input)}`);
    }
    console.log(`createTopic: ${JSON.stringify(created)}`);
    let answer;
    try {
      answer = (await editor.mutate({
        mutation: DELETE_TOPIC,
        variables: { id: created.id, expectedVersion: created.version },
      })).data.deleteTopic;
    } catch (error) {
      fail(`deleteTopic as editor: ${describeError(error)}`);
    }
    deleted = true;
    if (answer.deletedId !== created.id || answer.cascaded.length !== 0) {
      fail(`deleteTopic answered ${JSON.stringify(answer)} for the topic ${created.id}`);
    }
    console.log(`deleteTopic: ${JSON.stringify(answer)}`);
    const after = await reader.query({ query: TOPIC, variables: { id: created.id }, fetchPolicy: 'network-only' });
    if (after.data.topic !== null) {
      fail(`the deleted topic is still there: ${JSON.stringify(after.data.topic)}`);
    }
  } finally {
    if (created && !deleted) {
      // Leave the data as it was, even when a check above failed.
      await editor
        .mutate({ mutation: DELETE_TOPIC, variables: { id: created.id, expectedVersion: created.version } })
        .catch((error) => console.log(`could not delete the topic ${created.id} again: ${describeError(error)}`));
    }
  }
});

// ---------------------------------------------------------------------------------------------------------------
await check('e. GraphQL Code Generator (typescript, typescript-operations) and tsc --noEmit --strict', async () => {
  needSchema();
  const out = await mkdtemp(path.join(tmpdir(), 'parley-codegen-'));
  try {
    const files = (await graphqlFiles(documentsDir)).filter(
      (file) => !INTENTIONALLY_INVALID.has(path.relative(documentsDir, file)),
    );
    // Codegen takes its documents as one set, in which every operation and fragment name must be unique (an
    // application's names are one namespace). The test files are separate requests, and two of them may share a
    // name (a README example and the test of the same mutation), or be an anonymous operation, which codegen
    // accepts only alone in its set: they go into sets that codegen accepts, each set generated into a file of its
    // own, and every file is type-checked.
    const sets = [];
    for (const file of files) {
      const definitions = parse(await readFile(file, 'utf8')).definitions;
      const names = definitions.map((d) => d.name?.value).filter(Boolean);
      const anonymous = definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION && !d.name);
      let set = anonymous
        ? undefined
        : sets.find((candidate) => !candidate.alone && names.every((name) => !candidate.names.has(name)));
      if (!set) {
        set = { names: new Set(), files: [], alone: anonymous };
        sets.push(set);
      }
      names.forEach((name) => set.names.add(name));
      set.files.push(file);
    }
    const outputs = sets.map((set, i) => path.join(out, `operations${i + 1}.ts`));
    sets.forEach((set, i) => {
      if (i > 0) {
        const moved = set.files.map((f) => path.relative(documentsDir, f)).join(', ');
        const why = set.alone ? 'an anonymous operation' : 'a name it uses is taken in an earlier set';
        console.log(`codegen: ${moved} in a set of its own (${path.basename(outputs[i])}): ${why}`);
      }
    });
    // Since their version 6, typescript-operations writes the enums and input types that its operations use
    // itself, and the typescript plugin the types of the whole schema: each goes into a file of its own (in one
    // file they would declare the same names twice).
    const schemaTypes = path.join(out, 'schema.ts');
    const generates = {
      [schemaTypes]: { plugins: ['typescript'] },
      ...Object.fromEntries(sets.map((set, i) => [outputs[i], { documents: set.files, plugins: ['typescript-operations'] }])),
    };
    try {
      await generate(
        {
          cwd: here,
          schema: endpoint,
          generates,
          config: { scalars: { Date: 'string' } },
          silent: true,
          errorsOnly: true,
        },
        true,
      );
    } catch (error) {
      fail(`codegen failed: ${error?.message ?? error}`);
    }
    outputs.unshift(schemaTypes);
    let lines = 0;
    for (const output of outputs) {
      lines += (await readFile(output, 'utf8')).split('\n').length;
    }
    console.log(`codegen: the schema and ${files.length} document(s) into ${outputs.length} file(s), ${lines} lines of TypeScript`);
    const tsc = path.join(here, 'node_modules', 'typescript', 'bin', 'tsc');
    const run = spawnSync(
      process.execPath,
      [tsc, '--noEmit', '--strict', '--target', 'es2022', '--module', 'esnext', '--moduleResolution', 'bundler',
        ...outputs],
      { cwd: out, encoding: 'utf8', timeout: 120_000 },
    );
    if (run.status !== 0) {
      fail(`tsc --noEmit --strict exited ${run.status ?? run.signal}:\n${indent((run.stdout + run.stderr).trim())}`);
    }
    console.log(`tsc --noEmit --strict ${outputs.map((o) => path.basename(o)).join(' ')}: no error`);
  } finally {
    await rm(out, { recursive: true, force: true });
  }
});

// ---------------------------------------------------------------------------------------------------------------
await check('f. Apollo Client 4 with automatic persisted queries (hashes by GET): not found once, then by hash', async () => {
  const sent = [];
  const recordingFetch = (input, init) => {
    const url = new URL(typeof input === 'string' ? input : input.url);
    sent.push({ method: init?.method ?? 'GET', hashOnly: !url.searchParams.has('query') && !String(init?.body ?? '').includes('"query"') });
    return fetch(input, init);
  };
  const sha256 = (text) => createHash('sha256').update(text).digest('hex');
  const client = () => new ApolloClient({
    link: new PersistedQueryLink({ sha256, useGETForHashedQueries: true })
      .concat(new HttpLink({ uri: endpoint, fetch: recordingFetch })),
    cache: new InMemoryCache(),
  });
  // a document of this run's own, so that the server cannot know its hash yet
  const name = `Apq${Date.now()}`;
  const query = gql(`query ${name} { officials(first: 2) { nodes { id name } } }`);
  const first = await client().query({ query, fetchPolicy: 'network-only' });
  if (first.error || first.data?.officials?.nodes?.length !== 2) {
    fail(`the first persisted query did not answer: ${describeError(first.error)}`);
  }
  // Apollo sent the hash alone by GET, got PersistedQueryNotFound, and sent the document with its hash
  if (sent.length !== 2 || !sent[0].hashOnly || sent[0].method !== 'GET' || sent[1].hashOnly) {
    fail(`expected a hash-only GET, then the document: ${JSON.stringify(sent)}`);
  }
  sent.length = 0;
  const second = await client().query({ query, fetchPolicy: 'network-only' });
  if (second.error || JSON.stringify(second.data) !== JSON.stringify(first.data)) {
    fail(`the hash alone did not answer as the document did: ${describeError(second.error)}`);
  }
  if (sent.length !== 1 || !sent[0].hashOnly || sent[0].method !== 'GET') {
    fail(`expected one hash-only GET from a new client: ${JSON.stringify(sent)}`);
  }
  console.log('persisted queries: PersistedQueryNotFound once, then the hash alone by GET answered');
});

// Warnings of the audit that README.md ("GraphQL over HTTP") justifies; any other warning fails the check.
const JUSTIFIED_WARNINGS = new Map([
  ['47DE', 'Accept */* is answered as application/graphql-response+json, the default since the watershed of 2025'],
  ['80D8', 'no Accept header is answered as application/graphql-response+json, the default since the watershed of 2025'],
]);

await check('g. the graphql-http audit (GraphQL over HTTP): no failure, only justified warnings', async () => {
  const audits = await auditServer({ url: endpoint });
  const errors = audits.filter((a) => a.status === 'error');
  const warnings = audits.filter((a) => a.status === 'warn');
  for (const w of warnings) {
    console.log(`audit warning ${w.id} ${w.name}: ${JUSTIFIED_WARNINGS.get(w.id) ?? 'NOT JUSTIFIED'}`);
  }
  const unjustified = warnings.filter((w) => !JUSTIFIED_WARNINGS.has(w.id));
  if (errors.length > 0 || unjustified.length > 0) {
    fail([...errors, ...unjustified].map((a) => `${a.status} ${a.id} ${a.name}: ${a.reason ?? ''}`).join('\n'));
  }
  console.log(`audit: ${audits.length - warnings.length} of ${audits.length} ok, ${warnings.length} justified warning(s)`);
});

// ---------------------------------------------------------------------------------------------------------------
const failed = results.filter((r) => !r.ok);
console.log(`\ncheck.mjs: ${results.length - failed.length} of ${results.length} checks passed against ${base}`);
for (const r of failed) {
  console.log(`FAILED: ${r.name}\n${indent(r.message)}`);
}
process.exit(failed.length === 0 ? 0 : 1);
