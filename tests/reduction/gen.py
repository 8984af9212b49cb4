#!/usr/bin/env python3
"""gen.py SEED N DIR - random programs for cross-checking the partial-order
reduction: concurrent reads and fetches whose callbacks share state or not
(a counter, an array, gates), start more reads, timers, immediates, ticks,
microtasks and rejections; fetches with bounded latencies put completions at
distinct times.  Check them with

    tests/reduction/check.py --generated BIN DIR/*.js

(the reports with and without the reduction must agree, and every edge the
reduction adds must be the one its run gives).  No expected output: the
unreduced explorer is the reference."""
import os
import random
import sys


def callback_body(r, i, depth):
    acts = []
    for _ in range(r.randint(1, 3)):
        k = r.randint(0, 13)
        if k == 0:
            acts.append(f'shared.x += {i};')
        elif k == 1:
            acts.append(f'console.log("r{i}", shared.x);')
        elif k == 2:
            acts.append(f'local{i}.push({i});')
        elif k == 3 and depth < 2:
            acts.append(f'fs.readFile(__filename, () => {{ {callback_body(r, i * 10 + 1, depth + 1)} }});')
        elif k == 4:
            acts.append(f'setTimeout(() => console.log("t{i}"), {r.randint(0, 3)});')
        elif k == 5:
            acts.append(f'setImmediate(() => console.log("i{i}"));')
        elif k == 6:
            acts.append(f'process.nextTick(() => console.log("n{i}"));')
        elif k == 7:
            acts.append(f'Promise.resolve().then(() => console.log("p{i}"));')
        elif k == 8:
            acts.append(f'if (shared.x > {r.randint(0, 5)}) console.log("big{i}");')
        elif k == 9:
            acts.append(f'gate{r.randint(0, 1)}.then(() => console.log("g{i}"));')
        elif k == 10:
            acts.append(f'open{r.randint(0, 1)}?.();')
        elif k == 11:
            acts.append(f'console.log("v{i}", local{i}.length);')
        elif k == 12 and depth < 2:
            acts.append(f'read({i}).then((v) => console.log("c", v));')
        else:
            acts.append(f'console.log("done{i}");')
    return ' '.join(acts)


def shared_state(r):
    lines = ['const fs = require("fs");', 'const shared = { x: 0 };', 'let open0, open1;',
             'const gate0 = new Promise((r) => (open0 = r)), gate1 = new Promise((r) => (open1 = r));',
             'const read = (v) => new Promise((res, rej) => '
             'fs.readFile(__filename, () => (v % 5 === 4 ? rej(new Error("x" + v)) : res(v))));']
    for i in range(r.randint(3, 6)):
        lines.append(f'const local{i} = [];')
        if r.random() < 0.5:
            lines.append(f'fs.readFile(__filename, () => {{ {callback_body(r, i, 0)} }});')
        else:
            tail = '.catch((e) => console.log("caught", e.message))' if r.random() < 0.7 else ''
            lines.append(f'read({i}).then(() => {{ {callback_body(r, i, 0)} }}){tail};')
    if r.random() < 0.3:
        lines.append(f'setTimeout(() => console.log("main timer"), {r.randint(0, 5)});')
    return lines


def timed(r):
    lo = r.randint(1, 4)
    hi = lo + r.randint(0, 6)
    lines = [f'//@ latency fetch {lo}..{hi}', 'const fs = require("fs");', 'let seen = 0;']
    for i in range(r.randint(3, 6)):
        body = r.choice([f'console.log("f{i}")', f'seen++; console.log("f{i}", seen)',
                         f'setTimeout(() => console.log("ft{i}"), {r.randint(0, 4)})',
                         f'fs.readFile(__filename, () => console.log("fr{i}"))',
                         f'Promise.resolve().then(() => console.log("fp{i}"))'])
        k = r.randint(0, 4)
        if k <= 2:
            lines.append(f'fetch("https://x.example/{i}").then(() => {{ {body}; }});')
        elif k == 3:
            lines.append(f'fs.readFile(__filename, () => {{ {body}; }});')
        else:
            lines.append(f'setTimeout(() => {{ {body}; }}, {r.randint(0, 8)});')
    if r.random() < 0.4:
        lines.append('setImmediate(() => console.log("imm"));')
    return lines


def main():
    if len(sys.argv) != 4:
        sys.exit('usage: gen.py SEED N DIR')
    seed, n, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    os.makedirs(out, exist_ok=True)
    for t in range(n):
        r = random.Random(seed + t)
        lines = shared_state(r) if t % 2 == 0 else timed(r)
        with open(os.path.join(out, f'gen_{seed + t}.js'), 'w') as f:
            f.write('\n'.join(lines) + '\n')


if __name__ == '__main__':
    main()
