// prelude.js - ticktock's model of fetch(), for running specs under node:
//
//     node -r ./tools/prelude.js spec.js
//
// It replaces node's global fetch() by the model ticktock uses: no network, a
// random latency, and answers declared by pragma comments in the main script
// (process.argv[1]).  Pragmas, one per line:
//
//   //@ fetch "URL" => JSON              status 200, body JSON (any JSON value)
//   //@ fetch "URL" => status N JSON     status N, body JSON
//   //@ fetch "URL" => fail              the promise rejects with TypeError('fetch failed')
//   //@ latency fetch LO..HI             latency in whole ms, uniform in [LO, HI] (default 1..20)
//
// An undeclared URL answers status 200 with the body {"url":"<URL>"}.
// fetch(url) returns a promise settled by a setTimeout after the latency, with a
// Response { ok, status, url } whose json() and text() return
// Promise.resolve(parsed body) and Promise.resolve(body text).
// The rejection error is created without stack frames (it comes from the host,
// not from the program), so console.log prints it as [TypeError: fetch failed].
'use strict';
const fs = require('fs');

const routes = new Map();
let latency = [1, 20];

function pragmaError(line) {
  throw new SyntaxError(`prelude.js: bad pragma: ${line.trim()}`);
}

function parsePragmas(source) {
  for (const line of source.split('\n')) {
    const at = line.trim();
    if (!at.startsWith('//@')) continue;
    const words = at.slice(3).trim();
    let m = /^fetch\s+"([^"]*)"\s*=>\s*(.*)$/.exec(words);
    if (m) {
      const [, url, answer] = m;
      if (answer.trim() === 'fail') { routes.set(url, { fail: true }); continue; }
      const st = /^status\s+(\d+)\s+(.*)$/.exec(answer.trim());
      const body = st ? st[2] : answer.trim();
      try { JSON.parse(body); } catch (e) { pragmaError(line); }
      routes.set(url, { status: st ? Number(st[1]) : 200, body });
      continue;
    }
    m = /^latency\s+fetch\s+(\d+)\s*\.\.\s*(\d+)$/.exec(words);
    if (m) {
      latency = [Number(m[1]), Number(m[2])];
      if (latency[0] > latency[1]) pragmaError(line);
      continue;
    }
    if (/^(fetch|latency\s+fetch)\b/.test(words)) pragmaError(line);
  }
}

class Response {
  constructor(url, status, body) {
    this.ok = status >= 200 && status <= 299;
    this.status = status;
    this.url = url;
    Object.defineProperty(this, 'body', { value: body });   // not printed
  }
  json() { return Promise.resolve(JSON.parse(this.body)); }
  text() { return Promise.resolve(this.body); }
}

function fetchFailed() {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  const err = new TypeError('fetch failed');
  Error.stackTraceLimit = limit;
  return err;
}

function fetch(url) {
  url = String(url);
  const route = routes.get(url) || { status: 200, body: JSON.stringify({ url }) };
  const [lo, hi] = latency;
  const ms = lo + Math.floor(Math.random() * (hi - lo + 1));
  return new Promise((resolve, reject) => {
    setTimeout(() => {
      if (route.fail) reject(fetchFailed());
      else resolve(new Response(url, route.status, route.body));
    }, ms);
  });
}

if (process.argv[1]) parsePragmas(fs.readFileSync(process.argv[1], 'utf8'));
globalThis.fetch = fetch;
