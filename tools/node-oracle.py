#!/usr/bin/env python3
"""node-oracle.py - record what node (v20) prints for JavaScript test programs.

usage: node-oracle.py [--runs N] [--prelude FILE] [--check] [-j N] [-q] FILE...

For every FILE (.js or .mjs) node is run several times, with the file's own
directory as working directory and the file named relatively, so that paths in
error messages are stable.  In stdout and stderr the absolute directory is
replaced by `<dir>` and `(node:12345)` by `(node:PID)`.

  all runs agree  -> NAME.out  (stdout, always written, may be empty)
                     NAME.err  (stderr, only when non-empty)
                     NAME.code (exit code, only when non-zero)
  runs differ     -> NAME.outs: every distinct (stdout, stderr, exit code), most
                     frequent first, separated by `---` lines, each headed by
                     `# observed K/N times; exit code C` (stderr after `# stderr:`)

Stale NAME.out/.err/.code/.outs files are deleted before the new ones are written.

Header directives, honoured in the first 5 lines of a program:
  // FLAGS: --unhandled-rejections=warn   node options placed before the file
  // RUNS: 200                            number of runs (default 10; 200 for nd_*)
  // PRELUDE: fetch                       run with `node -r tools/prelude.js`
--runs overrides RUNS and the default; --prelude forces a prelude for every FILE.

--check records nothing: it runs node and reports every case whose recorded
outputs no longer match (a deterministic case that now prints something else or
varies; a nondeterministic case that shows an output not in its .outs; a case
with no recorded output).  Exit status 1 when anything drifted.

Exit status: 0 ok, 1 drift (--check) or a run that timed out, 2 usage error.
"""
import collections
import concurrent.futures
import os
import re
import subprocess
import sys

TOOLS = os.path.dirname(os.path.abspath(__file__))
DEFAULT_PRELUDE = os.path.join(TOOLS, 'prelude.js')
EXTS = ('.out', '.err', '.code', '.outs')
TIMEOUT = 120


def usage(msg=None):
    if msg:
        print(f'node-oracle.py: {msg}', file=sys.stderr)
    print('usage: node-oracle.py [--runs N] [--prelude FILE] [--check] [-j N] [-q] FILE...',
          file=sys.stderr)
    sys.exit(2)


def parse_args(argv):
    opts = {'runs': None, 'prelude': None, 'check': False, 'jobs': 1, 'quiet': False}
    files = []
    it = iter(argv)
    for a in it:
        if a in ('--runs', '--prelude', '-j'):
            v = next(it, None)
            if v is None:
                usage(f'{a} needs a value')
            if a == '--prelude':
                opts['prelude'] = os.path.abspath(v)
            else:
                if not v.isdigit() or int(v) < 1:
                    usage(f'{a} needs a positive number')
                opts['runs' if a == '--runs' else 'jobs'] = int(v)
        elif a == '--check':
            opts['check'] = True
        elif a == '-q':
            opts['quiet'] = True
        elif a in ('-h', '--help'):
            print(__doc__)
            sys.exit(0)
        elif a.startswith('-'):
            usage(f'unknown option {a}')
        else:
            files.append(a)
    if not files:
        usage('no FILE given')
    return opts, files


def headers(path):
    """Directives from the first 5 lines: (flags, runs or None, wants_prelude)."""
    flags, runs, prelude = [], None, False
    with open(path, encoding='utf-8') as fh:
        head = [fh.readline() for _ in range(5)]
    for line in head:
        m = re.match(r'\s*//\s*FLAGS:\s*(.*)', line)
        if m:
            flags = m.group(1).split()
        m = re.match(r'\s*//\s*RUNS:\s*(\d+)', line)
        if m:
            runs = int(m.group(1))
        if re.match(r'\s*//\s*PRELUDE\b', line):
            prelude = True
    return flags, runs, prelude


def node_env():
    env = dict(os.environ)
    for k in ('NODE_OPTIONS', 'FORCE_COLOR', 'NODE_DISABLE_COLORS', 'NO_COLOR'):
        env.pop(k, None)
    return env


def run_once(argv, cwd, absdir):
    """One node run -> (stdout, stderr, exit code), both streams normalised."""
    try:
        p = subprocess.run(argv, cwd=cwd, capture_output=True, timeout=TIMEOUT,
                           env=node_env(), stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        return None

    def norm(b):
        s = b.decode('utf-8', errors='replace')
        s = s.replace(absdir + os.sep, '<dir>/').replace(absdir, '<dir>')
        return re.sub(r'\(node:\d+\)', '(node:PID)', s)
    return norm(p.stdout), norm(p.stderr), p.returncode


def observe(path, opts):
    """Run node on path; returns (argv shown, runs, Counter of outcomes) or an error string."""
    absdir = os.path.dirname(os.path.abspath(path))
    base = os.path.basename(path)
    name = base.rsplit('.', 1)[0]
    flags, hruns, wants_prelude = headers(path)
    runs = opts['runs'] or hruns or (200 if name.startswith('nd_') else 10)
    prelude = opts['prelude'] or (DEFAULT_PRELUDE if wants_prelude else None)
    pre = ['-r', prelude] if prelude else []
    shown = ['-r', os.path.relpath(prelude, absdir)] if prelude else []
    argv = ['node'] + flags + pre + [base]
    results = collections.Counter()
    for _ in range(runs):
        r = run_once(argv, absdir, absdir)
        if r is None:
            return f'timed out after {TIMEOUT} s'
        results[r] += 1
    return ' '.join(['node'] + flags + shown + [base]), runs, results


def stem(path):
    return path.rsplit('.', 1)[0]


def write_outputs(path, shown, runs, results):
    s = stem(path)
    for ext in EXTS:
        try:
            os.remove(s + ext)
        except FileNotFoundError:
            pass
    if len(results) == 1:
        (o, e, c), = results.keys()
        with open(s + '.out', 'w', encoding='utf-8', newline='') as fh:
            fh.write(o)
        if e:
            with open(s + '.err', 'w', encoding='utf-8', newline='') as fh:
                fh.write(e)
        if c != 0:
            with open(s + '.code', 'w') as fh:
                fh.write(f'{c}\n')
        return 'deterministic' + (f', exit code {c}' if c else '')
    ordered = sorted(results.items(), key=lambda kv: (-kv[1], kv[0]))
    with open(s + '.outs', 'w', encoding='utf-8', newline='') as fh:
        fh.write(f'# {runs} runs of: {shown}\n')
        for i, ((o, e, c), n) in enumerate(ordered):
            if i:
                fh.write('---\n')
            fh.write(f'# observed {n}/{runs} times; exit code {c}\n')
            fh.write(o)
            if o and not o.endswith('\n'):
                fh.write('\n')
            if e:
                fh.write('# stderr:\n' + e + ('' if e.endswith('\n') else '\n'))
    warn = ''
    for (o, e, c) in results:
        if any(l.startswith(('#', '---')) for l in o.splitlines()):
            warn = '  (warning: a stdout line starts with # or ---; .outs readers will drop it)'
    return f'VARIES: {len(results)} distinct outputs over {runs} runs ' \
           f'({", ".join(str(n) for _, n in ordered)}){warn}'


def read_text(p):
    with open(p, encoding='utf-8', newline='') as fh:
        return fh.read()


def recorded(path):
    """Recorded outcomes: ('det', (out, err, code)) or ('nd', set of (out, err, code)) or None."""
    s = stem(path)
    if os.path.exists(s + '.out'):
        err = read_text(s + '.err') if os.path.exists(s + '.err') else ''
        code = int(read_text(s + '.code')) if os.path.exists(s + '.code') else 0
        return 'det', (read_text(s + '.out'), err, code)
    if os.path.exists(s + '.outs'):
        variants, cur, err, code, in_err = set(), [], [], 0, False
        lines = read_text(s + '.outs').splitlines(keepends=True)
        for line in lines[1:] + ['---\n']:
            if line.startswith('---'):
                variants.add((''.join(cur), ''.join(err), code))
                cur, err, code, in_err = [], [], 0, False
            elif line.startswith('# stderr:'):
                in_err = True
            elif in_err:
                err.append(line)
            elif line.startswith('# observed'):
                code = int(line.rsplit('exit code', 1)[1])
            elif line.startswith('#'):
                continue
            else:
                cur.append(line)
        return 'nd', variants
    return None


def newline_terminated(k):
    """The .outs format always ends stdout/stderr with a newline; compare likewise."""
    o, e, c = k
    return (o if not o or o.endswith('\n') else o + '\n',
            e if not e or e.endswith('\n') else e + '\n', c)


def check(path, runs, results):
    rec = recorded(path)
    if rec is None:
        return 'no recorded output'
    kind, want = rec
    if kind == 'det':
        if len(results) > 1:
            other = [k for k in results if k != want] or list(results)
            return f'recorded as deterministic, now {len(results)} distinct outputs' + show(other[0])
        got, = results.keys()
        if got != want:
            what = [n for n, a, b in zip(('stdout', 'stderr', 'exit code'), got, want) if a != b]
            return 'differs in ' + ', '.join(what) + show(got)
        return None
    new = [k for k in results if newline_terminated(k) not in want]
    if new:
        return f'{len(new)} output(s) not in the recorded .outs' + show(new[0])
    return None


def show(k):
    """The first lines of an unexpected outcome, for the drift report."""
    o, e, c = k
    lines = (o.splitlines()[:8] + (['# stderr:'] + e.splitlines()[:4] if e else []))
    return f'; new output (exit code {c}):\n' + ''.join(f'    | {l}\n' for l in lines)


def process(path, opts):
    r = observe(path, opts)
    if isinstance(r, str):
        return path, False, r
    shown, runs, results = r
    if opts['check']:
        why = check(path, runs, results)
        return path, why is None, why or 'ok'
    return path, True, write_outputs(path, shown, runs, results)


def main():
    opts, files = parse_args(sys.argv[1:])
    for f in files:
        if not os.path.isfile(f) or not f.endswith(('.js', '.mjs')):
            usage(f'{f}: not a .js/.mjs file')
    bad = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=opts['jobs']) as pool:
        for path, ok, msg in pool.map(lambda f: process(f, opts), files):
            if not ok:
                bad += 1
            if not ok or not opts['quiet']:
                print(f'{"DRIFT" if opts["check"] and not ok else ("FAIL" if not ok else "ok")}'
                      f'  {path}: {msg}', flush=True)
    if opts['check']:
        print(f'node-oracle: {len(files) - bad} unchanged, {bad} drifted')
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
