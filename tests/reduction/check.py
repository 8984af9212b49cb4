#!/usr/bin/env python3
"""check.py [-v] [--generated] BIN [FILE...] - the partial-order reduction (src/por.h).

For every program (default: tests/reduction/*.js):
  * `check --format json` with the reduction and with --no-reduction give the
    same report (outputs, counts, witnesses, orders, findings, exit status);
    only the statistics of the work done may differ;
  * `check --check-reduction` (which also runs every edge the reduction adds
    and stops with an internal error when one differs) succeeds;
  * the header line `// REDUCES: yes` (or `no`) says whether some transitions
    must be added unrun, so that the reduction cannot silently switch off
    (or on, where completions do not commute);
  * when node's outputs were recorded (NAME.outs, NAME.out), each is among
    the outputs the report lists (tests/lib/outs_covered.py).
--generated (for tests/reduction/gen.py's programs) checks only the first two.
"""
import json
import os
import re
import subprocess
import sys
import tempfile

here = os.path.dirname(os.path.abspath(__file__))
lib = os.path.join(here, '..', 'lib')


def run(args):
    p = subprocess.run(args, capture_output=True, text=True, timeout=600)
    return p.returncode, p.stdout, p.stderr


def report(bin_, f, *flags):
    rc, out, err = run([bin_, 'check', '--format', 'json', '--max-outputs', '10000', *flags, f])
    try:
        doc = json.loads(out)
    except ValueError:
        return rc, None, err
    return rc, doc, err


def header(f, key):
    with open(f, encoding='utf-8') as fh:
        for line in fh.read().splitlines()[:8]:
            m = re.match(r'//\s*' + key + r':\s*(\S+)', line)
            if m:
                return m.group(1)
    return None


def check_one(bin_, f, generated=False):
    problems = []
    rc, red, err = report(bin_, f)
    rc2, plain, err2 = report(bin_, f, '--no-reduction')
    if red is None or plain is None:
        return ['no JSON report: ' + (err or err2).strip()[:300]]
    inferred = red['stats'].get('transitions_inferred', 0)
    for doc in (red, plain):
        doc.pop('stats', None)
    if rc != rc2 or red != plain:
        problems.append('the reports with and without the reduction differ (exit %d vs %d)' % (rc, rc2))
    rc3, _, err3 = run([bin_, 'check', '--check-reduction', '--format', 'json', f])
    if rc3 != rc:
        problems.append('--check-reduction: exit %d (%s)' % (rc3, err3.strip()[:300]))
    if generated:
        return problems
    want = header(f, 'REDUCES')
    if want == 'yes' and inferred == 0:
        problems.append('no transition was added by the reduction (REDUCES: yes)')
    if want == 'no' and inferred != 0:
        problems.append('%d transitions were added by the reduction (REDUCES: no)' % inferred)
    if want is None:
        problems.append('no // REDUCES: header')
    stem = f[:-3]
    if os.path.exists(stem + '.outs'):
        with tempfile.NamedTemporaryFile('w', suffix='.json', delete=False) as t:
            json.dump({'outputs': [{'stdout': o['stdout']} for o in plain.get('outputs', [])]}, t)
        c = subprocess.run([sys.executable, os.path.join(lib, 'outs_covered.py'), stem + '.outs', t.name],
                           capture_output=True, text=True)
        os.unlink(t.name)
        if c.returncode != 0:
            problems.append('node printed an output the report lacks:\n' + c.stdout.strip()[:600])
    elif os.path.exists(stem + '.out'):
        with open(stem + '.out', encoding='utf-8') as fh:
            node = fh.read()
        if node not in [o['stdout'] for o in plain.get('outputs', [])]:
            problems.append("node's output is not among the report's")
    else:
        problems.append("node's outputs were never recorded (tools/node-oracle.py)")
    return problems


def main():
    args = sys.argv[1:]
    verbose = bool(args) and args[0] == '-v'
    if verbose:
        args = args[1:]
    generated = bool(args) and args[0] == '--generated'
    if generated:
        args = args[1:]
    if not args:
        sys.exit('usage: check.py [-v] [--generated] BIN [FILE...]')
    bin_ = args[0]
    files = args[1:] or sorted(os.path.join(here, n) for n in os.listdir(here) if n.endswith('.js'))
    passed = failed = 0
    for f in files:
        problems = check_one(bin_, f, generated)
        if problems:
            failed += 1
            print('FAIL %s' % os.path.relpath(f))
            for p in problems:
                print('  ' + p)
        else:
            passed += 1
            if verbose:
                print('ok   %s' % os.path.relpath(f))
    print('reduction: %d passed, %d failed' % (passed, failed))
    sys.exit(1 if failed else 0)


if __name__ == '__main__':
    main()
