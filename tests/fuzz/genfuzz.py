#!/usr/bin/env python3
"""genfuzz.py - generator-based fuzzing of the whole binary: programs from
jsgen.py are run with `BIN run` and explored with `BIN check` (BIN built with
AddressSanitizer and UBSan, e.g. build-asan/ticktock), each under a timeout.

usage: genfuzz.py BIN SECONDS [--first SEED] [--size N] [--out DIR] [--node]

A failure is a program for which BIN
  - dies of a signal (crash, abort, assertion),
  - prints a sanitizer report (AddressSanitizer, LeakSanitizer, UBSan
    "runtime error:") or "internal error" on stderr,
  - exits 70 (internal error),
  - or outlives its timeout (a hang: every bound below should stop it first).
Failing programs are kept in DIR (default tests/fuzz/found/) as
KIND-SEED.js with BIN's stderr in KIND-SEED.log.  With --node, outputs that
differ from node's (deterministic programs only: node run twice) are counted
and kept as diff-SEED.js; they are fidelity issues, not failures.
Exit status: 0 no failure, 1 failures found, 2 usage.
"""
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
RUN_ARGS = ['run', '--max-steps', '2000000']
CHECK_ARGS = ['check', '--max-states', '500', '--max-steps', '200000', '--max-seconds', '20']
TIMEOUT_RUN = 30
TIMEOUT_CHECK = 90
ENV = dict(os.environ,
           ASAN_OPTIONS='detect_leaks=1:allocator_may_return_null=0:handle_abort=1',
           UBSAN_OPTIONS='halt_on_error=1:print_stacktrace=1')
MARKERS = ('ERROR: AddressSanitizer', 'ERROR: LeakSanitizer', 'runtime error:', 'internal error',
           'out of memory')


def usage():
    print('usage: genfuzz.py BIN SECONDS [--first SEED] [--size N] [--out DIR] [--node]', file=sys.stderr)
    sys.exit(2)


def execute(argv, cwd, timeout):
    """Returns (kind or None, returncode, stdout, stderr)."""
    try:
        p = subprocess.run(argv, cwd=cwd, env=ENV, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired as e:
        return 'hang', None, e.stdout or b'', e.stderr or b''
    err = p.stderr.decode('utf-8', 'replace')
    if p.returncode < 0:
        return 'crash', p.returncode, p.stdout, p.stderr
    for m in MARKERS:
        if m in err:
            return 'sanitizer' if 'Sanitizer' in m or 'runtime' in m else 'internal', p.returncode, p.stdout, p.stderr
    if p.returncode == 70:
        return 'internal', p.returncode, p.stdout, p.stderr
    return None, p.returncode, p.stdout, p.stderr


def node_output(path, cwd):
    outs = []
    for _ in range(2):
        try:
            p = subprocess.run(['node', os.path.basename(path)], cwd=cwd, capture_output=True, timeout=20)
        except subprocess.TimeoutExpired:
            return None
        outs.append((p.stdout, p.returncode))
    return outs[0] if outs[0] == outs[1] else None


def main(argv):
    if len(argv) < 3:
        usage()
    binary, seconds = os.path.abspath(argv[1]), float(argv[2])
    first, size, out, with_node = int(time.time()) % 1000000 * 1000, 12, os.path.join(HERE, 'found'), False
    rest = argv[3:]
    while rest:
        a = rest.pop(0)
        if a == '--first' and rest: first = int(rest.pop(0))
        elif a == '--size' and rest: size = int(rest.pop(0))
        elif a == '--out' and rest: out = rest.pop(0)
        elif a == '--node': with_node = True
        else: usage()
    gen = os.path.join(HERE, 'jsgen.py')
    work = tempfile.mkdtemp(prefix='genfuzz')
    path = os.path.join(work, 'prog.js')
    t0, seed, failures, diffs, n = time.time(), first, 0, 0, 0
    cpu0 = os.times()
    while time.time() - t0 < seconds:
        src = subprocess.run([sys.executable, gen, str(seed), str(size)], capture_output=True, check=True).stdout
        with open(path, 'wb') as f:
            f.write(src)
        for args, timeout in ((RUN_ARGS, TIMEOUT_RUN), (CHECK_ARGS, TIMEOUT_CHECK)):
            kind, rc, so, se = execute([binary] + args + ['prog.js'], work, timeout)
            if kind:
                failures += 1
                os.makedirs(out, exist_ok=True)
                stem = os.path.join(out, f'{kind}-{args[0]}-{seed}')
                with open(stem + '.js', 'wb') as f:
                    f.write(src)
                with open(stem + '.log', 'wb') as f:
                    f.write(b'$ ticktock ' + ' '.join(args).encode() + b' prog.js\n' + se[-20000:])
                print(f'seed {seed}: {kind} in {args[0]} (exit {rc}) -> {stem}.js', flush=True)
                break
            if args is RUN_ARGS and with_node and rc not in (2,):
                ref = node_output(path, work)
                if ref is not None and (so, rc) != ref:
                    diffs += 1
                    os.makedirs(out, exist_ok=True)
                    with open(os.path.join(out, f'diff-{seed}.js'), 'wb') as f:
                        f.write(src)
        n += 1
        seed += 1
    cpu1 = os.times()
    cpu = (cpu1.children_user + cpu1.children_system) - (cpu0.children_user + cpu0.children_system)
    print(f'genfuzz: {n} programs (seeds {first}..{seed - 1}), {failures} failures, '
          f'{diffs} differences from node, {time.time() - t0:.0f} s, {cpu:.0f} CPU-s')
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
