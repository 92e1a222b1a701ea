#!/usr/bin/env node
// Uses GraphiQL, as Parley serves it at /q/graphql-ui/, in Debian's Chromium (driven by puppeteer-core) as a
// person would: waits for the schema, opens the Docs pane, goes into the Query type and finds the description of
// `officials` there (the text the server's introspection gives), puts an example of README.md into the editor,
// runs it and reads the answer in the result pane. A screenshot of the window is kept whatever the outcome.
// Usage: node graphiql.mjs http://127.0.0.1:8080 target/graphiql.png

import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import puppeteer from 'puppeteer-core';

const CHROMIUM = '/usr/bin/chromium';
// The README example run in GraphiQL: it takes no variables and its answer names the shipped article's officials.
const EXAMPLE = 'ViceMinisterAtTheDialogue';
const EXPECTED_NAME = 'Baek Seung-joo';
// The Query field whose description must show in the Docs pane.
const FIELD = 'officials';
const WAIT_MS = 20_000;

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..');

const base = (process.argv[2] ?? '').replace(/\/+$/, '');
const screenshot = process.argv[3];
if (!/^https?:\/\/[^/]+$/.test(base) || !screenshot) {
  console.error('usage: node graphiql.mjs URL SCREENSHOT.png   (the running Parley, e.g. http://127.0.0.1:8080)');
  process.exit(2);
}

class Failure extends Error {}

function fail(message) {
  throw new Failure(message);
}

/** The description of a Query field, as the server's introspection gives it. */
async function fieldDescription(name) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ query: '{ __schema { queryType { name fields { name description } } } }' }),
  });
  const body = await response.json();
  const queryType = body.data?.__schema?.queryType;
  const field = queryType?.fields.find((f) => f.name === name);
  if (!field?.description) {
    fail(`the introspection gives no description of Query.${name}: ${JSON.stringify(body).slice(0, 500)}`);
  }
  return { queryTypeName: queryType.name, description: field.description };
}

/** The README example named EXAMPLE, as its ```graphql block has it. */
async function readmeExample() {
  const readme = await readFile(path.join(repo, 'README.md'), 'utf8');
  const fence = /^```graphql[^\n]*\n([\s\S]*?)^```/gm;
  let match;
  while ((match = fence.exec(readme))) {
    if (new RegExp(`\\bquery\\s+${EXAMPLE}\\b`).test(match[1])) {
      return match[1];
    }
  }
  fail(`README.md has no graphql block with the query ${EXAMPLE}; pick another of its examples in graphiql.mjs`);
}

/** Text as a person reads it: Markdown marks and runs of white space do not count. */
function plain(text) {
  return text.replace(/[`*_]/g, '').replace(/\s+/g, ' ').trim();
}

const problems = [];
const pageErrors = [];
let browser;
let page;
try {
  if (!existsSync(CHROMIUM)) {
    fail(`${CHROMIUM} is missing: install Debian's Chromium with \`apt-get install -y chromium\``);
  }
  const { queryTypeName, description } = await fieldDescription(FIELD);
  const example = await readmeExample();

  browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-dev-shm-usage'],
  });
  page = await browser.newPage();
  await page.setViewport({ width: 1600, height: 1000 });
  page.on('pageerror', (error) => pageErrors.push(`uncaught in the page: ${error.message}`));
  page.on('requestfailed', (request) => pageErrors.push(`request failed: ${request.url()} ${request.failure()?.errorText}`));
  page.on('response', (response) => {
    if (response.status() >= 400) {
      pageErrors.push(`HTTP ${response.status()} for ${response.request().method()} ${response.url()}`);
    }
  });

  // GraphiQL asks for the schema with an introspection query as soon as it starts.
  const introspection = page.waitForResponse(
    (r) => r.url() === `${base}/graphql` && r.request().method() === 'POST' && (r.request().postData() ?? '').includes('__schema'),
    { timeout: WAIT_MS },
  );
  const opened = await page.goto(`${base}/q/graphql-ui/`, { waitUntil: 'load', timeout: WAIT_MS });
  if (!opened?.ok()) {
    fail(`GET ${base}/q/graphql-ui/ answered HTTP ${opened?.status()}`);
  }
  const schemaResponse = await introspection.catch(() => fail('GraphiQL sent no introspection query within 20 s'));
  if (!schemaResponse.ok()) {
    fail(`GraphiQL's introspection query was answered HTTP ${schemaResponse.status()}: ${(await schemaResponse.text()).slice(0, 500)}`);
  }
  console.log(`GraphiQL loaded the schema (HTTP ${schemaResponse.status()})`);

  // The Docs pane: its first page lists the root types once the schema is loaded.
  await page.click('button[aria-label="Show Documentation Explorer"]');
  const rootLink = await page
    .waitForFunction(
      (name) => {
        for (const line of document.querySelectorAll('.graphiql-doc-explorer-section-content > div')) {
          const kind = line.querySelector('.graphiql-doc-explorer-root-type')?.textContent;
          const link = line.querySelector('a.graphiql-doc-explorer-type-name');
          if (kind === 'query' && link?.textContent === name) {
            return link;
          }
        }
        return null;
      },
      { timeout: WAIT_MS },
      queryTypeName,
    )
    .catch(async () => {
      const text = await page.evaluate(() => document.querySelector('.graphiql-doc-explorer')?.innerText ?? '(no Docs pane)');
      fail(`the Docs pane does not list "query: ${queryTypeName}" under Root Types; it shows:\n${text.slice(0, 1000)}`);
    });
  console.log(`Docs pane: Root Types list query: ${queryTypeName}`);

  // Into Query: each field is listed with its description.
  await rootLink.asElement().click();
  await page
    .waitForFunction(
      (name) => document.querySelector('.graphiql-doc-explorer-title')?.textContent === name,
      { timeout: WAIT_MS },
      queryTypeName,
    )
    .catch(() => fail(`clicking ${queryTypeName} in the Docs pane did not open its page`));
  const item = await page.evaluateHandle((field) => {
    for (const entry of document.querySelectorAll('.graphiql-doc-explorer-item')) {
      if (entry.querySelector('a.graphiql-doc-explorer-field-name')?.textContent === field) {
        return entry;
      }
    }
    return null;
  }, FIELD);
  const entry = item.asElement();
  if (!entry) {
    fail(`the Docs page of ${queryTypeName} does not list the field ${FIELD}`);
  }
  await entry.scrollIntoView();
  const shown = await entry.evaluate((e) => e.querySelector('.graphiql-markdown-description')?.innerText ?? '');
  if (!shown || plain(shown) !== plain(description)) {
    fail(`the Docs pane shows for ${queryTypeName}.${FIELD} the description ${JSON.stringify(shown)}; the introspection gives ${JSON.stringify(description)}`);
  }
  if (!(await entry.isVisible())) {
    fail(`the description of ${queryTypeName}.${FIELD} is in the Docs pane but not visible`);
  }
  console.log(`Docs pane: ${queryTypeName}.${FIELD} is shown with its description "${plain(shown)}"`);

  // The README example into the query editor (GraphiQL's CodeMirror editor), then the run button.
  const put = await page.evaluate((text) => {
    const editor = document.querySelector('.graphiql-query-editor .CodeMirror')?.CodeMirror;
    if (!editor) {
      return false;
    }
    editor.setValue(text);
    editor.focus();
    return true;
  }, example);
  if (!put) {
    fail('GraphiQL has no query editor (.graphiql-query-editor .CodeMirror)');
  }
  const answer = page.waitForResponse(
    (r) => r.url() === `${base}/graphql` && (r.request().postData() ?? '').includes(EXAMPLE),
    { timeout: WAIT_MS },
  );
  await page.click('button.graphiql-execute-button');
  const executed = await answer.catch(() => fail(`the run button sent no request with the query ${EXAMPLE} within 20 s`));
  console.log(`run: POST /graphql answered HTTP ${executed.status()}`);
  const resultText = await page
    .waitForFunction(
      (name) => {
        const text = document.querySelector('.graphiql-response .CodeMirror')?.CodeMirror?.getValue() ?? '';
        return text.includes(name) ? text : null;
      },
      { timeout: WAIT_MS },
      EXPECTED_NAME,
    )
    .then((handle) => handle.jsonValue())
    .catch(async () => {
      const text = await page.evaluate(() => document.querySelector('.graphiql-response')?.innerText ?? '(no result pane)');
      fail(`the result pane does not show ${EXPECTED_NAME} within 20 s; it shows:\n${text.slice(0, 1500)}`);
    });
  let result;
  try {
    result = JSON.parse(resultText);
  } catch {
    fail(`the result pane does not hold JSON: ${resultText.slice(0, 1500)}`);
  }
  if (result.errors) {
    fail(`the result pane shows errors: ${JSON.stringify(result.errors).slice(0, 1500)}`);
  }
  const names = (result.data?.officials?.nodes ?? []).map((o) => o.name);
  if (!names.includes(EXPECTED_NAME)) {
    fail(`the result pane's data has no official ${EXPECTED_NAME}: ${resultText.slice(0, 1500)}`);
  }
  // The result pane must be on screen, not only in the DOM.
  const pane = await page.$('.graphiql-response');
  if (!pane || !(await pane.isVisible())) {
    fail('the result pane is not visible');
  }
  console.log(`result pane: data for ${EXAMPLE}, officials ${names.join(', ')}`);
  // What a person would see: the editor at the top of the query, the start of the answer.
  await page.evaluate(() => {
    document.querySelector('.graphiql-query-editor .CodeMirror')?.CodeMirror?.scrollTo(0, 0);
    document.querySelector('.graphiql-response .CodeMirror')?.CodeMirror?.scrollTo(0, 0);
  });
  const uncaught = pageErrors.filter((e) => e.startsWith('uncaught'));
  if (uncaught.length > 0) {
    fail(`GraphiQL threw in the page:\n${uncaught.join('\n')}`);
  }
} catch (error) {
  let text = error instanceof Failure ? error.message : (error?.stack ?? String(error));
  for (let cause = error?.cause; cause; cause = cause.cause) {
    text += `\ncaused by: ${cause.message ?? cause}`;
  }
  problems.push(text);
} finally {
  if (page) {
    try {
      await page.screenshot({ path: screenshot });
      console.log(`screenshot: ${screenshot}`);
    } catch (error) {
      problems.push(`could not take the screenshot ${screenshot}: ${error.message}`);
    }
  }
  if (browser) {
    await browser.close().catch(() => {});
  }
}

if (problems.length > 0) {
  console.log(`FAILED: GraphiQL at ${base}/q/graphql-ui/\n${problems.join('\n')}`);
  if (pageErrors.length > 0) {
    console.log(`what the page reported:\n${pageErrors.join('\n')}`);
  }
  process.exit(1);
}
console.log(`graphiql.mjs: GraphiQL at ${base}/q/graphql-ui/ works`);
