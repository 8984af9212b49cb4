#!/usr/bin/env python3
"""reduce.py - shrinks a JavaScript program while a failure reproduces
(delta debugging over tokens, then over balanced bracket groups).

usage: reduce.py FILE PATTERN [--timeout S] -- COMMAND...

COMMAND is run with the candidate program as its last argument (a file
named like FILE in a temporary directory); the candidate reproduces when
PATTERN (a Python regular expression) matches COMMAND's stderr or stdout,
or when PATTERN is 'hang' and COMMAND outlives the timeout.  The smallest
program found is written to FILE.min.js (and printed).
"""
import os
import re
import subprocess
import sys
import tempfile

TOKEN = re.compile(r"""\s+|//[^\n]*|/\*.*?\*/|'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|"""
                   r"""[A-Za-z_$][\w$]*|\d[\w.]*|\?\.|\?\?=?|\.\.\.|=>|[=!]==?|>>>=?|>>=?|<<=?|[<>]=?|&&=?|\|\|=?|"""
                   r"""\*\*=?|[-+*/%&|^]=|\+\+|--|.""", re.S)
PAIRS = {'(': ')', '[': ']', '{': '}'}


def template_end(src, i):
    """Index just past the template literal starting at src[i] (a backtick),
    substitutions and nested templates included."""
    i += 1
    while i < len(src):
        c = src[i]
        if c == '\\':
            i += 2
        elif c == '`':
            return i + 1
        elif src.startswith('${', i):
            i, depth = i + 2, 1
            while i < len(src) and depth:
                if src[i] == '`':
                    i = template_end(src, i)
                    continue
                if src[i] in '\'"':
                    m = TOKEN.match(src, i)
                    i = m.end()
                    continue
                depth += {'{': 1, '}': -1}.get(src[i], 0)
                i += 1
        else:
            i += 1
    return i


def tokens(src):
    out, i = [], 0
    while i < len(src):
        if src[i] == '`':
            j = template_end(src, i)
        else:
            j = TOKEN.match(src, i).end()
        t = src[i:j]
        if not t.isspace() and not t.startswith(('//', '/*')):
            out.append(t)
        i = j
    return out


def join(toks):
    out = []
    for t in toks:
        if out and (re.match(r'[\w$]', t[0]) and re.match(r'[\w$]', out[-1][-1])):
            out.append(' ')
        elif out:
            out.append(' ')
        out.append(t)
    return ''.join(out)


class Oracle:
    def __init__(self, name, pattern, cmd, timeout):
        self.dir = tempfile.mkdtemp(prefix='reduce')
        self.path = os.path.join(self.dir, os.path.basename(name))
        self.pattern, self.cmd, self.timeout = pattern, cmd, timeout
        self.cache = {}
        self.tests = 0

    def __call__(self, toks):
        src = join(toks)
        if src in self.cache:
            return self.cache[src]
        self.tests += 1
        with open(self.path, 'w') as f:
            f.write(src + '\n')
        try:
            p = subprocess.run(self.cmd + [self.path], cwd=self.dir, capture_output=True,
                               timeout=self.timeout)
            ok = self.pattern != 'hang' and bool(
                re.search(self.pattern, p.stderr.decode('utf-8', 'replace') + p.stdout.decode('utf-8', 'replace')))
        except subprocess.TimeoutExpired:
            ok = self.pattern == 'hang'
        self.cache[src] = ok
        return ok


def ddmin(toks, test):
    n = 2
    while len(toks) >= 2:
        chunk = max(1, len(toks) // n)
        reduced = False
        for start in range(0, len(toks), chunk):
            cand = toks[:start] + toks[start + chunk:]
            if cand and test(cand):
                toks = cand
                n = max(n - 1, 2)
                reduced = True
                break
        if not reduced:
            if chunk == 1:
                break
            n = min(len(toks), n * 2)
    return toks


def groups(toks):
    """(open, close) index pairs of balanced brackets, largest first."""
    stack, out = [], []
    for i, t in enumerate(toks):
        if t in PAIRS:
            stack.append(i)
        elif t in PAIRS.values() and stack:
            j = stack.pop()
            if PAIRS[toks[j]] == t:
                out.append((j, i))
    return sorted(out, key=lambda p: p[0] - p[1])


def shrink_groups(toks, test):
    changed = True
    while changed:
        changed = False
        for a, b in groups(toks):
            if b - a < 2:
                continue
            cand = toks[:a + 1] + toks[b:]  # empty the group
            if test(cand):
                toks = cand
                changed = True
                break
    return toks


def main(argv):
    if '--' not in argv or len(argv) < 5:
        print(__doc__, file=sys.stderr)
        return 2
    k = argv.index('--')
    opts, cmd = argv[1:k], argv[k + 1:]
    name, pattern = opts[0], opts[1]
    timeout = float(opts[opts.index('--timeout') + 1]) if '--timeout' in opts else 10.0
    test = Oracle(name, pattern, cmd, timeout)
    toks = tokens(open(name).read())
    if not test(toks):
        print('reduce.py: the original program does not reproduce', file=sys.stderr)
        return 1
    while True:
        before = len(toks)
        toks = shrink_groups(toks, test)
        toks = ddmin(toks, test)
        if len(toks) == before:
            break
    src = join(toks) + '\n'
    with open(name + '.min.js', 'w') as f:
        f.write(src)
    print(src, end='')
    print(f'reduce.py: {len(toks)} tokens after {test.tests} tests -> {name}.min.js', file=sys.stderr)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
