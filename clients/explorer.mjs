#!/usr/bin/env node
// Uses Parley Explorer, as Parley serves it at /, in Debian's Chromium (driven by puppeteer-core) as a reader of the
// shipped article would: from the search "Baek" to his meeting with Masanori Nishi at the Seoul Defense Dialogue, its
// topics, his statements and Kim Min-seok relaying them (one of them on its own page), the forum with its countries
// and organisations, the network, the counts, the relations of South Korea and Japan and a search that finds
// statements; the back button; then, signed in as an editor, a correction refused for a blank name and for a version
// someone else moved on. Every request must stay on Parley (no CDN), and every read must be answered as one SQL
// statement (X-Parley-Execution: single-statement). It prints how long the first view took and the operations sent,
// and keeps a screenshot of each view (desktop and phone).
// Usage: node explorer.mjs http://127.0.0.1:8080 target/explorer

import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import puppeteer from 'puppeteer-core';

const CHROMIUM = '/usr/bin/chromium';
const WAIT_MS = 20_000;
const EDITOR = 'Basic ' + Buffer.from('editor:parley-dev').toString('base64');

const base = (process.argv[2] ?? '').replace(/\/+$/, '');
const shots = process.argv[3];
if (!/^https?:\/\/[^/]+$/.test(base) || !shots) {
  console.error('usage: node explorer.mjs URL SCREENSHOT_DIR   (the running Parley, e.g. http://127.0.0.1:8080)');
  process.exit(2);
}
mkdirSync(shots, { recursive: true });

class Failure extends Error {}

function fail(message) {
  throw new Failure(message);
}

const problems = [];
const elsewhere = [];
/** The operations the explorer sent, in order. */
const reads = [];
/** The GraphQL requests since the last screenshot, each with the milliseconds from sending it to its answer. */
let exchanges = [];
/** Each step of the story up to its screenshot: its requests, their time, and the step's own time. */
const steps = [];
let stepStarted = Date.now();
let browser;
let page;

/** Waits until the page's main content holds the text, or fails saying what it shows instead. */
async function see(text, what) {
  await page
    .waitForFunction((t) => document.querySelector('main')?.innerText.includes(t), { timeout: WAIT_MS }, text)
    .catch(async () => {
      const shown = await page.evaluate(() => document.querySelector('main')?.innerText ?? '(no main)');
      fail(`${what}: the page does not show "${text}" within 20 s; it shows:\n${shown.slice(0, 1500)}`);
    });
}

/** Clicks the first link in main whose text contains {@code text} (within the element matching {@code within}). */
async function follow(text, within = 'main') {
  const link = await page.evaluateHandle(
    (t, w) => [...document.querySelectorAll(`${w} a`)].find((a) => a.innerText.includes(t)) ?? null,
    text,
    within,
  );
  if (!link.asElement()) {
    fail(`no link "${text}" in ${within} of ${page.url()}`);
  }
  await link.asElement().click();
}

async function shot(name) {
  const ms = exchanges.map((e) => e.ms).filter((m) => m !== null);
  steps.push({
    name,
    requests: exchanges.length,
    operations: [...new Set(exchanges.map((e) => e.name))].join(', '),
    slowest: ms.length ? Math.max(...ms) : 0,
    total: ms.reduce((sum, m) => sum + m, 0),
    elapsed: Date.now() - stepStarted,
  });
  await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });
  exchanges = [];
  stepStarted = Date.now();
}

/** Waits for the reload with which Chromium takes a change between phone and desktop screens: its read is no step's. */
async function settled() {
  await page.waitForNetworkIdle({ idleTime: 250, timeout: WAIT_MS });
  exchanges = [];
}

/** What each step cost, as a Markdown table (also written to views.md beside the screenshots). */
function stepsTable() {
  const rows = steps.map((s) => `| ${s.name} | ${s.requests} | ${s.operations || '(answered from the tab\'s cache)'} | ${s.slowest.toFixed(0)} | ${s.total.toFixed(0)} | ${s.elapsed} |`);
  return ['| step (up to its screenshot) | GraphQL requests | operations | slowest answer, ms | all answers, ms | step, ms (clicks, typing, rendering) |',
    '|---|---|---|---|---|---|', ...rows].join('\n');
}

async function graphql(query, variables, auth) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...(auth ? { Authorization: auth } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

try {
  if (!existsSync(CHROMIUM)) {
    fail(`${CHROMIUM} is missing: install Debian's Chromium with \`apt-get install -y chromium\``);
  }
  browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update'],
  });
  page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  page.on('pageerror', (error) => problems.push(`uncaught in the page: ${error.message}`));
  page.on('console', (message) => message.type() === 'error' && problems.push(`console error: ${message.text()}`));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(base) && !url.startsWith('data:')) {
      elsewhere.push(url);
    }
  });
  page.on('response', (response) => {
    const request = response.request();
    if (request.url() === `${base}/graphql` && request.method() === 'POST') {
      const query = JSON.parse(request.postData() ?? '{}').query ?? '';
      const name = /^\s*(query|mutation)\s+(\w+)/.exec(query);
      const operation = name ? name[2] : '(anonymous)';
      reads.push(operation);
      const timing = response.timing();
      exchanges.push({ name: operation, ms: timing ? timing.receiveHeadersEnd - timing.sendStart : null });
      if (name?.[1] === 'query' && response.headers()['x-parley-execution'] !== 'single-statement') {
        problems.push(`${name[2]} was not answered as one SQL statement (X-Parley-Execution:`
          + ` ${response.headers()['x-parley-execution'] ?? 'absent'})`);
      }
    }
    if (response.status() >= 400) {
      problems.push(`HTTP ${response.status()} for ${response.request().method()} ${response.url()}`);
    }
  });

  // The first view: the search page, with its box focused.
  const started = Date.now();
  const opened = await page.goto(`${base}/`, { waitUntil: 'load', timeout: WAIT_MS });
  if (!opened?.ok()) {
    fail(`GET ${base}/ answered HTTP ${opened?.status()}`);
  }
  await see('Search the graph', 'the first view');
  console.log(`first view (search) shown ${Date.now() - started} ms after navigation started`);
  const focused = await page.evaluate(() => document.activeElement?.id);
  if (focused !== 'q') {
    fail(`the search box is not focused on the first view (focus is on ${focused})`);
  }

  // search "Baek": his name ranks, then his page
  await page.type('#q', 'Baek');
  await page.keyboard.press('Enter');
  await see('Baek Seung-joo', 'the search for Baek');
  if (!page.url().endsWith('#/search?q=Baek')) {
    fail(`the search is not in the URL: ${page.url()}`);
  }
  await shot('search');
  await follow('Baek Seung-joo', 'ol.results');
  await see('Vice Defense Minister', 'Baek Seung-joo\'s posts');
  await see('Masanori Nishi', 'Baek Seung-joo\'s meetings');
  await see('relayed by Kim Min-seok', 'Baek Seung-joo\'s statements');
  await shot('official');

  // his meeting with Nishi: both sides, the topics, what was said, each source's account
  const meetingLink = await page.evaluateHandle(() =>
    [...document.querySelectorAll('ul.meetings > li')]
      .filter((li) => li.innerText.includes('Masanori Nishi') && li.innerText.includes('edition 2'))
      .map((li) => li.querySelector('a'))[0] ?? null);
  if (!meetingLink.asElement()) {
    fail('no meeting with Masanori Nishi at edition 2 in Baek Seung-joo\'s meetings');
  }
  await meetingLink.asElement().click();
  await see('South Korea – Japan', 'the Baek–Nishi meeting');
  await see('collective self-defense', 'the meeting\'s topics');
  await see('Kim Min-seok', 'what was said at the meeting');
  await see('According to each source (2)', 'the meeting\'s accounts');
  await see('Planned', 'the opening report\'s account');
  await shot('meeting');

  // one of Baek's statements there, on its own page: relayed by Kim Min-seok, made at the meeting, with its source
  const statementLink = await page.evaluateHandle(() =>
    [...document.querySelectorAll('ul.statements > li')]
      .filter((li) => li.innerText.includes('relayed by Kim Min-seok'))
      .flatMap((li) => [...li.querySelectorAll('a')].filter((a) => a.innerText === 'the statement'))[0] ?? null);
  if (!statementLink.asElement()) {
    fail('no statement relayed by Kim Min-seok with a link to its page at the Baek–Nishi meeting');
  }
  await statementLink.asElement().click();
  await see('Statement by Baek Seung-joo', 'the statement\'s page');
  if (!/#\/statement\/[^/?]+$/.test(page.url())) {
    fail(`the statement's page is not at #/statement/<id>: ${page.url()}`);
  }
  await see('relayed by Kim Min-seok', 'who relayed the statement');
  await see('Made at', 'the statement\'s meeting');
  await see('Masanori Nishi', 'the meeting the statement was made at');
  await see('gives the day as', 'each source\'s day of the statement');
  await shot('statement');
  await page.goBack();
  await see('According to each source (2)', 'back from the statement to the meeting');

  // the forum: its edition, countries and organisations
  await follow('Seoul Defense Dialogue, edition 2', 'dl.facts');
  await see('Countries, as the source counts them', 'the forum');
  await see('21', 'the forum\'s count of countries');
  await see('20 countries and 3 organisations named by the sources', 'the forum\'s participants');
  await see('Vice minister', 'the forum\'s delegation levels');
  const forumUrl = page.url();
  await shot('forum');

  // the back button goes back to the meeting, and forward again
  await page.goBack();
  await see('South Korea – Japan', 'back from the forum');
  await page.goForward();
  await see('20 countries and 3 organisations', 'forward to the forum');
  if (page.url() !== forumUrl) {
    fail(`forward did not return to ${forumUrl}: ${page.url()}`);
  }

  // the network of the forum: drawn, and listed for those who cannot see it
  await follow('Who met whom at this forum');
  await page.waitForSelector('.network canvas', { timeout: WAIT_MS }).catch(() => fail('the network is not drawn (no canvas)'));
  await see('links', 'the network');
  const links = await page.evaluate(() => document.querySelectorAll('details li').length);
  if (links < 1) {
    fail('the network lists no link');
  }
  await shot('network');

  // counts as charts, with their figures
  await page.goto(`${base}/#/counts`, { waitUntil: 'load' });
  await page.waitForSelector('.chart canvas', { timeout: WAIT_MS }).catch(() => fail('the counts are not drawn (no canvas)'));
  await see('JP-KR', 'the meetings per country pair');
  await shot('counts');

  // the relations of South Korea and Japan
  const ids = await graphql('{ kr: countryByCode(code: "KR") { id } jp: countryByCode(code: "JP") { id } }');
  await page.goto(`${base}/#/relations?a=${encodeURIComponent(ids.data.kr.id)}&b=${encodeURIComponent(ids.data.jp.id)}`, { waitUntil: 'load' });
  await see('meetings and statements between them', 'the relations of South Korea and Japan');
  await see('Masanori Nishi', 'the relations\' timeline');
  await shot('relations');

  // a statement found by the search opens its own page
  await page.goto(`${base}/#/search?q=${encodeURIComponent('collective self-defense')}`, { waitUntil: 'load' });
  await see('Statement by', 'the search for collective self-defense');
  const hits = await page.evaluate(() => [...document.querySelectorAll('ol.results > li')]
    .filter((li) => li.querySelector('.badge.statement'))
    .map((li) => li.querySelector('a').getAttribute('href')));
  if (hits.length === 0 || hits.some((h) => !h.startsWith('#/statement/'))) {
    fail(`the search's statement hits do not open the statement's page: ${JSON.stringify(hits)}`);
  }
  await shot('search-statements');

  // phone width: nothing wider than the screen
  await page.setViewport({ width: 390, height: 844, isMobile: true });
  await settled();
  await page.goto(forumUrl, { waitUntil: 'load' });
  await see('20 countries and 3 organisations', 'the forum at phone width');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  if (overflow > 1) {
    fail(`at phone width the forum page is ${overflow} px wider than the screen`);
  }
  await shot('forum-phone');
  await page.setViewport({ width: 1280, height: 900 });
  await settled();

  // every field has a name a screen reader can read
  await page.goto(`${base}/#/edit`, { waitUntil: 'load' });
  await see('Import an article', 'the editing view');
  const unlabelled = await page.evaluate(() =>
    [...document.querySelectorAll('input, select, textarea')]
      .filter((e) => !e.labels?.length && !e.getAttribute('aria-label'))
      .map((e) => e.outerHTML.slice(0, 80)));
  if (unlabelled.length) {
    fail(`fields without a label: ${unlabelled.join(', ')}`);
  }

  // editing: signed in as the editor, a blank name is refused next to the field, and a version moved on is explained
  await page.type('#user', 'editor');
  await page.type('#password', 'parley-dev');
  await page.click('form[aria-label="Sign in"] button');
  await see('Signed in for this tab', 'signing in');
  const kim = await graphql('{ officials(filter: { nameContains: "Kim Min-seok" }) { nodes { id name otherNames version country { id } } } }');
  const official = kim.data.officials.nodes[0];
  await page.goto(`${base}/#/edit?official=${encodeURIComponent(official.id)}`, { waitUntil: 'load' });
  await page.waitForSelector('#name', { timeout: WAIT_MS });
  await page.$eval('#name', (input) => {
    input.select();
  });
  await page.keyboard.press('Backspace');
  await page.click('form[aria-label="Correct the official"] button[type="submit"]');
  await page
    .waitForFunction(() => document.querySelector('#name')?.getAttribute('aria-invalid') === 'true'
      && document.querySelector('#name-error')?.textContent.trim(), { timeout: WAIT_MS })
    .catch(() => fail('a blank name is not refused next to the field'));
  const nameError = await page.$eval('#name-error', (e) => e.textContent);
  console.log(`blank name refused next to the field: "${nameError}"`);
  // someone else changes the official meanwhile
  const moved = await graphql(
    'mutation($id: ID!, $v: Int!, $input: OfficialInput!) { updateOfficial(id: $id, expectedVersion: $v, input: $input) { official { version } } }',
    { id: official.id, v: official.version, input: { name: official.name, otherNames: [...official.otherNames, 'Kim Minseok'], countryId: official.country?.id } },
    EDITOR,
  );
  if (moved.errors) {
    fail(`the concurrent change could not be made: ${JSON.stringify(moved.errors)}`);
  }
  await page.type('#name', official.name);
  await page.click('form[aria-label="Correct the official"] button[type="submit"]');
  await see('Someone changed this since you opened it', 'the conflict');
  await shot('edit-conflict');
  // put the official back as it was
  await graphql(
    'mutation($id: ID!, $v: Int!, $input: OfficialInput!) { updateOfficial(id: $id, expectedVersion: $v, input: $input) { official { version } } }',
    { id: official.id, v: moved.data.updateOfficial.official.version, input: { name: official.name, otherNames: official.otherNames, countryId: official.country?.id } },
    EDITOR,
  );

  if (elsewhere.length) {
    fail(`the explorer asked for something outside Parley (it must work offline): ${[...new Set(elsewhere)].join(', ')}`);
  }
  if (problems.length) {
    fail(`the page reported problems:\n${problems.join('\n')}`);
  }
  console.log(`operations sent: ${reads.join(', ')}`);
  writeFileSync(path.join(shots, 'views.md'), `${stepsTable()}\n`);
  console.log(`what each step cost (${path.join(shots, 'views.md')}):\n${stepsTable()}`);
  console.log(`explorer: every view works, every read answered as one SQL statement; screenshots in ${shots}`);
} catch (error) {
  if (page) {
    await shot('failure').catch(() => {});
  }
  console.error(error instanceof Failure ? `explorer: ${error.message}` : error);
  if (problems.length) {
    console.error(problems.join('\n'));
  }
  process.exitCode = 1;
} finally {
  await browser?.close();
}
