#!/usr/bin/env python3
"""verify.py [-v] BIN CASES_DIR CONFORMANCE_DIR - the findings area (see README.md).

Cases: for every CASES_DIR/NAME.js, `BIN check --format json` must report
exactly the findings listed in NAME.findings (lines `KIND ON LINE:COL`, ON
being `all` or `some`), and agree with node's recorded behaviour:
  - node exits 1 (NAME.code) -> an error finding of a kind that ends the
    process (unhandled-rejection, uncaught-exception, stack-overflow) on all
    schedules; node exits 0 -> no such error finding;
  - a deterministic case: `BIN run` prints node's stdout and exit code;
  - a nondeterministic case (NAME.outs): if some node run died, such a
    finding exists;
  - every witness of such a finding replays with `BIN run --schedule W` to
    exit code 1, and no witness is rejected as not fitting the program;
    a finding on some schedules only has a witness; `BIN explain --witness
    W` narrates it to the same end (exit code; a starving drain says
    --max-drain, in run's message too);
  - `check` exits 0 (status passed) unless an error finding is reported,
    or as a `status passed|failed` line in NAME.findings says; a line
    `KIND ON LINE:COL SEVERITY` also checks the finding's severity.
NAME.hangs marks a program node never finishes (nothing recorded).
Header lines (first 5): `// FLAGS: ...` node options, given to ticktock too;
`// CHECK: ...` ticktock options only (run gets the ones it knows).

Conformance sweep: every CONFORMANCE_DIR case node runs to exit code 1
because of an exception, an overflow or a rejection must be flagged with
the kind CASES_DIR/conformance.kinds names, and no case node runs to exit
code 0 may get an error finding unless conformance.kinds lists it (with
the reason).  Cases in the area's expected-failures.txt and
known-differences.txt are skipped.

Prints one summary line; exit status 1 when anything failed.
"""
import json
import os
import re
import subprocess
import sys

FATAL = {'unhandled-rejection', 'uncaught-exception', 'stack-overflow'}
RUN_OPTS = ('--max-steps', '--max-drain', '--stack-limit', '--block-warn', '--unhandled-rejections')
TIMEOUT = 180


def header(path, name):
    with open(path, encoding='utf-8') as f:
        for _, line in zip(range(5), f):
            m = re.match(r'\s*//\s*' + name + r':\s*(.*)', line)
            if m:
                return m.group(1).split()
    return []


def run_opts(opts):
    out, i = [], 0
    while i < len(opts):
        o = opts[i]
        if o.startswith(RUN_OPTS):
            out.append(o)
            if '=' not in o and i + 1 < len(opts) and not opts[i + 1].startswith('-'):
                out.append(opts[i + 1])
                i += 1
        i += 1
    return out


def check(binary, d, base, opts):
    p = subprocess.run([binary, 'check', '--format', 'json'] + opts + [base], cwd=d,
                       capture_output=True, timeout=TIMEOUT)
    try:
        rep = json.loads(p.stdout.decode('utf-8', 'replace'))
    except ValueError:
        return None
    rep['_exit'] = p.returncode
    return rep


def explain_end(binary, d, base, opts, witness):
    """The last step of `BIN explain --witness W` (its exit code), or None."""
    p = subprocess.run([binary, 'explain', '--format', 'json', '--limit', '0', '--witness', witness] + opts + [base],
                       cwd=d, capture_output=True, timeout=TIMEOUT)
    try:
        steps = json.loads(p.stdout.decode('utf-8', 'replace'))
    except ValueError:
        return None
    return steps[-1] if p.returncode == 0 and steps else None


def run(binary, d, base, opts):
    p = subprocess.run([binary, 'run'] + opts + [base], cwd=d, capture_output=True, timeout=TIMEOUT)
    return p.returncode, p.stdout, p.stderr


def read(path, mode='r'):
    with open(path, mode) as f:
        return f.read()


def node_codes(stem):
    """Exit codes node showed, or None when node never finishes."""
    if os.path.exists(stem + '.hangs'):
        return None
    if os.path.exists(stem + '.outs'):
        return {int(m) for m in re.findall(r'^# observed \d+/\d+ times; exit code (\d+)', read(stem + '.outs'), re.M)}
    return {int(read(stem + '.code').strip())} if os.path.exists(stem + '.code') else {0}


def verify_case(binary, path):
    d, base = os.path.split(os.path.abspath(path))
    stem = os.path.join(d, base[:-3])
    flags, extra = header(path, 'FLAGS'), header(path, 'CHECK')
    rep = check(binary, d, base, flags + extra)
    if rep is None:
        return ['check printed no JSON report']
    lines = [l.split() for l in read(stem + '.findings').splitlines() if l.strip() and not l.startswith('#')]
    status = [l[1] for l in lines if l[0] == 'status']
    want = sorted(' '.join(l) for l in lines if l[0] != 'status')
    # a line names a severity (4th field) only when the case is about it
    sev = {' '.join(l[:3]) for l in lines if len(l) == 4}
    got = sorted(g + (' ' + f['severity'] if g in sev else '') for g, f in
                 zip(('%s %s %d:%d' % (f['kind'], f['on'], f['line'] or 0, f['col'] or 0) for f in rep['findings']),
                     rep['findings']))
    why = []
    if got != want:
        why.append('findings differ: got %s, want %s' % (got, want))
    want_status = status[0] if status else ('failed' if any(f['severity'] == 'error' for f in rep['findings']) else 'passed')
    if rep.get('status') != want_status or rep['_exit'] != {'passed': 0, 'failed': 1}.get(want_status, 3):
        why.append('check says %s (exit %d), want %s' % (rep.get('status'), rep['_exit'], want_status))
    fatal = [f for f in rep['findings'] if f['kind'] in FATAL and f['severity'] == 'error']
    codes = node_codes(stem)
    if codes is not None and not os.path.exists(stem + '.outs'):
        if 1 in codes and not any(f['on'] == 'all' for f in fatal):
            why.append('node exits 1 but no fatal error finding on all schedules')
        if codes == {0} and fatal:
            why.append('node exits 0 but a fatal error finding is reported')
        rc, out, _ = run(binary, d, base, flags + run_opts(extra))
        if out != read(stem + '.out', 'rb') or rc not in codes:
            why.append('run differs from node (exit %d, node %s)' % (rc, sorted(codes)))
    elif codes is not None and 1 in codes and not fatal:
        why.append('some node run exits 1 but there is no fatal error finding')
    for f in rep['findings']:
        if f['on'] == 'some' and f['kind'] != 'order-dependent' and not f['witness']:
            why.append('%s on some schedules has no witness' % f['kind'])
        if f['kind'] in ('non-termination', 'order-dependent') or (f['on'] == 'all' and f['kind'] not in FATAL):
            continue
        sched = ['--schedule', f['witness']] if f['witness'] else []
        rc, _, err = run(binary, d, base, flags + run_opts(extra) + sched)
        if rc == 2 or (f in fatal and rc != 1):
            why.append('witness %r of %s replays to exit %d' % (f['witness'], f['kind'], rc))
        if f['kind'] == 'starvation' and b'--max-drain' not in err:
            why.append('run --schedule %r does not say the drain exceeded --max-drain' % f['witness'])
        if f['witness']:
            end = explain_end(binary, d, base, flags + run_opts(extra), f['witness'])
            # explain says null where run, stopped at a bound, exits 3
            end_rc = None if end is None else 3 if end.get('exit_code') is None else end['exit_code']
            if end is None or end_rc != rc or (f['kind'] == 'starvation' and '--max-drain' not in end.get('why', '')):
                why.append('explain --witness %r of %s does not end like run (exit %d): %s' % (f['witness'], f['kind'], rc, end))
    return why


def listed(path):
    names = set()
    if os.path.exists(path):
        for line in read(path).splitlines():
            if line.strip() and not line.startswith('#'):
                names.add(line.split()[0])
    return names


def verify_conformance(binary, cdir, kinds_file):
    kinds = {}
    for line in read(kinds_file).splitlines():
        if line.strip() and not line.startswith('#'):
            parts = line.split()
            kinds[parts[0]] = set(parts[1].split(','))
    skip = listed(os.path.join(cdir, 'expected-failures.txt')) | listed(os.path.join(cdir, 'known-differences.txt'))
    results = []
    for base in sorted(os.listdir(cdir)):
        name, ext = os.path.splitext(base)
        if ext not in ('.js', '.mjs') or name in skip:
            continue
        stem = os.path.join(cdir, name)
        rep = check(binary, cdir, base, header(os.path.join(cdir, base), 'FLAGS'))
        if rep is None:
            results.append((base, ['check printed no JSON report']))
            continue
        errors = {f['kind'] for f in rep['findings'] if f['severity'] == 'error'}
        codes = node_codes(stem)
        why = []
        if 1 in codes and not (kinds.get(name, set()) & errors & FATAL):
            why.append('node exits 1: want an error finding %s, got %s' % (sorted(kinds.get(name, {'?'})), sorted(errors)))
        if 1 not in codes and errors - kinds.get(name, set()):
            why.append('node exits %s: unexpected error findings %s' % (sorted(codes), sorted(errors)))
        results.append((base, why))
    return results


def main():
    args = [a for a in sys.argv[1:] if a != '-v']
    verbose = '-v' in sys.argv
    if len(args) != 3:
        print(__doc__.splitlines()[0], file=sys.stderr)
        return 2
    binary, cases, cdir = os.path.abspath(args[0]), args[1], args[2]
    results = []
    for base in sorted(os.listdir(cases)):
        if base.endswith('.js'):
            try:
                results.append((base, verify_case(binary, os.path.join(cases, base))))
            except subprocess.TimeoutExpired:
                results.append((base, ['timed out']))
    ncases = len(results)
    results += verify_conformance(binary, cdir, os.path.join(cases, 'conformance.kinds'))
    failed = [(b, w) for b, w in results if w]
    if verbose:
        for b, w in failed:
            print('FAIL %s: %s' % (b, '; '.join(w)))
    print('findings: %d passed, %d failed (%d cases, %d conformance cases swept)' %
          (len(results) - len(failed), len(failed), ncases, len(results) - ncases))
    return 1 if failed or not results else 0


if __name__ == '__main__':
    sys.exit(main())
