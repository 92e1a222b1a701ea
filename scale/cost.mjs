#!/usr/bin/env node
// What a subscription costs, for scale/run.sh: opens N subscriptions to statementRecorded on instance B (over
// connections of at most 50, the default limit per connection), measures B's heap after a full collection before
// and after, then records statements through instance A and measures how long after each mutation the first and
// the last of the N subscribers hear it.
// Usage: node cost.mjs A_URL B_URL B_PID SUBSCRIPTIONS EVENTS

import { execSync } from 'node:child_process';

import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

import { EDITOR, graphql } from './client.mjs';

const [a, b, pid, subscriptionsArg, eventsArg] = process.argv.slice(2);
if (!a || !b || !pid || !subscriptionsArg || !eventsArg) {
  console.error('usage: node cost.mjs A_URL B_URL B_PID SUBSCRIPTIONS EVENTS');
  process.exit(2);
}
const SUBSCRIPTIONS = Number(subscriptionsArg);
const EVENTS = Number(eventsArg);
const PER_CONNECTION = 50;
const WAIT_MS = 60_000;

/** The heap B uses after a full collection, in KiB (jcmd, from the JDK that runs it). */
function heapUsedKiB() {
  execSync(`jcmd ${pid} GC.run`, { stdio: 'ignore' });
  const info = execSync(`jcmd ${pid} GC.heap_info`).toString();
  const used = /total \d+K, used (\d+)K/.exec(info);
  if (!used) {
    throw new Error(`no heap figure in: ${info}`);
  }
  return Number(used[1]);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves once every subscriber has heard the statement with this text; returns when the first and last did. */
function heardBy(received, text, count) {
  return new Promise((resolve, reject) => {
    const timeout = setTimeout(() => reject(new Error(`only ${received.get(text)?.length ?? 0} of ${count} subscribers heard "${text}" within ${WAIT_MS / 1000} s`)), WAIT_MS);
    const check = () => {
      const times = received.get(text) ?? [];
      if (times.length >= count) {
        clearTimeout(timeout);
        resolve({ first: Math.min(...times), last: Math.max(...times) });
      } else {
        setTimeout(check, 2);
      }
    };
    check();
  });
}

const percentile = (values, p) => {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

let failed = false;
const clients = [];
try {
  const speaker = (await graphql(a, '{ officials(first: 1) { nodes { id } } }')).officials.nodes[0].id;
  const say = (text) => graphql(a, 'mutation($input: StatementInput!) { recordStatement(input: $input) { statement { id } } }',
    { input: { speakerId: speaker, text, kind: 'QUOTE' } }, EDITOR);

  const before = heapUsedKiB();
  const received = new Map();
  for (let i = 0; i < SUBSCRIPTIONS; i++) {
    if (i % PER_CONNECTION === 0) {
      clients.push(createClient({ url: b.replace(/^http/, 'ws') + '/graphql', webSocketImpl: WebSocket, retryAttempts: 0 }));
    }
    clients[clients.length - 1].subscribe(
      {
        query: 'subscription($f: StatementFilter) { statementRecorded(filter: $f) { cursor statement { text speaker { name } } } }',
        variables: { f: { speakerIds: [speaker] } },
      },
      {
        next: (message) => {
          if (message.errors) {
            console.error(`a subscriber: ${JSON.stringify(message.errors)}`);
            return;
          }
          const text = message.data.statementRecorded.statement.text;
          if (!received.has(text)) received.set(text, []);
          received.get(text).push(Date.now());
        },
        error: (error) => console.error(`a subscriber ended: ${error?.message ?? JSON.stringify(error)}`),
        complete: () => {},
      },
    );
  }
  // every subscription is running once each has heard one statement
  await sleep(2000);
  for (let attempt = 0; ; attempt++) {
    const text = `Warm-up ${attempt}`;
    await say(text);
    try {
      await heardBy(received, text, SUBSCRIPTIONS);
      break;
    } catch (error) {
      if (attempt >= 2) throw error;
    }
  }
  const after = heapUsedKiB();

  const first = [];
  const last = [];
  for (let i = 0; i < EVENTS; i++) {
    const text = `Measured ${i}`;
    const sent = Date.now();
    await say(text);
    const heard = await heardBy(received, text, SUBSCRIPTIONS);
    first.push(heard.first - sent);
    last.push(heard.last - sent);
    await sleep(100);
  }
  const perSubscription = ((after - before) / SUBSCRIPTIONS).toFixed(1);
  console.log(`${SUBSCRIPTIONS} subscriptions on B over ${clients.length} connections: B's heap after a full collection`
    + ` ${before} KiB before, ${after} KiB with them (${perSubscription} KiB each); of ${EVENTS} statements recorded`
    + ` through A one at a time, the first subscriber heard each after ${percentile(first, 50)} ms (median;`
    + ` ${percentile(first, 95)} ms at the 95th percentile), the last of the ${SUBSCRIPTIONS} after`
    + ` ${percentile(last, 50)} ms (${percentile(last, 95)} ms), from the mutation's sending`);
} catch (error) {
  console.error(`subscription cost: ${error.message}`);
  failed = true;
}
clients.forEach((client) => client.dispose());
process.exit(failed ? 1 : 0);
