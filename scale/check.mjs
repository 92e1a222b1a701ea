#!/usr/bin/env node
// The subscribers' side of scale/run.sh: a subscriber on instance B hears a statement recorded through instance A,
// and subscribers on both instances lose no event across a restart of PostgreSQL (the command given restarts it).
// Usage: node check.mjs A_URL B_URL BALANCER_URL "restart command"

import { execSync } from 'node:child_process';

import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

import { EDITOR, graphql } from './client.mjs';

const [a, b, balancer, restart] = process.argv.slice(2);
if (!a || !b || !balancer || !restart) {
  console.error('usage: node check.mjs A_URL B_URL BALANCER_URL "restart command"');
  process.exit(2);
}
const WAIT_MS = 30_000;

async function say(url, speakerId, text) {
  return graphql(url, 'mutation($input: StatementInput!) { recordStatement(input: $input) { statement { id } } }',
    { input: { speakerId, text, kind: 'QUOTE' } }, EDITOR);
}

/** A subscriber to statementRecorded for one speaker on one instance, collecting what it hears. */
function subscriber(url, speakerId) {
  const heard = [];
  const waiting = [];
  const client = createClient({ url: url.replace(/^http/, 'ws') + '/graphql', webSocketImpl: WebSocket, retryAttempts: 0 });
  const started = new Promise((resolve, reject) => {
    client.on('connected', resolve);
    client.on('error', reject);
  });
  client.subscribe(
    { query: 'subscription($f: StatementFilter) { statementRecorded(filter: $f) { cursor statement { text speaker { name } } } }', variables: { f: { speakerIds: [speakerId] } } },
    {
      next: (message) => {
        if (message.errors) {
          console.error(`subscriber on ${url}: ${JSON.stringify(message.errors)}`);
          return;
        }
        heard.push({ text: message.data.statementRecorded.statement.text, at: Date.now() });
        waiting.splice(0).forEach((wake) => wake());
      },
      error: (error) => console.error(`subscriber on ${url} ended: ${error?.message ?? JSON.stringify(error)}`),
      complete: () => {},
    },
  );
  return {
    heard,
    started,
    async until(count) {
      const deadline = Date.now() + WAIT_MS;
      while (heard.length < count) {
        if (Date.now() > deadline) {
          throw new Error(`subscriber on ${url} heard ${heard.length} of ${count} within ${WAIT_MS / 1000} s: ${heard.map((h) => h.text).join(', ')}`);
        }
        await new Promise((wake) => {
          waiting.push(wake);
          setTimeout(wake, 200);
        });
      }
    },
    dispose: () => client.dispose(),
  };
}

/** Waits until the instances count this many subscriptions started (a write before that is not theirs). */
async function settle() {
  await new Promise((resolve) => setTimeout(resolve, 1500));
}

let failed = false;
try {
  const speaker = (await graphql(balancer, '{ officials(first: 1) { nodes { id } } }')).officials.nodes[0].id;

  // 1. a write through A reaches a subscriber on B
  const onB = subscriber(b, speaker);
  await onB.started;
  await settle();
  const sent = Date.now();
  await say(a, speaker, `Recorded through A at ${new Date(sent).toISOString()}`);
  await onB.until(1);
  console.log(`subscriber on B heard the statement recorded through A ${onB.heard[0].at - sent} ms after the mutation was sent`);

  // 2. PostgreSQL restarted under subscribers on A and B: each hears the statement before and the one after, once
  const onA = subscriber(a, speaker);
  await onA.started;
  await settle();
  await say(balancer, speaker, 'Before the restart.');
  const restarted = Date.now();
  execSync(restart, { stdio: 'inherit' });
  console.log(`PostgreSQL restarted in ${Date.now() - restarted} ms`);
  let after;
  for (let attempt = 0; ; attempt++) {
    try {
      await say(balancer, speaker, 'After the restart.');
      after = Date.now();
      break;
    } catch (error) {
      if (attempt > 60) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  await onA.until(2);
  await onB.until(3);
  const texts = (s) => s.heard.map((h) => h.text);
  const expectA = ['Before the restart.', 'After the restart.'];
  if (JSON.stringify(texts(onA)) !== JSON.stringify(expectA) || JSON.stringify(texts(onB).slice(1)) !== JSON.stringify(expectA)) {
    throw new Error(`across the restart: A heard ${JSON.stringify(texts(onA))}, B heard ${JSON.stringify(texts(onB))}`);
  }
  console.log(`across a restart of PostgreSQL both subscribers heard both statements, once each, in order; the one`
    + ` after the restart ${onA.heard[1].at - after} ms (A) and ${onB.heard[2].at - after} ms (B) after it was recorded`);
  onA.dispose();
  onB.dispose();
} catch (error) {
  console.error(`scale check: ${error.message}`);
  failed = true;
}
process.exit(failed ? 1 : 0);
