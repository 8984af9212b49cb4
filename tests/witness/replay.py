#!/usr/bin/env python3
"""replay.py BIN FILE... - for every output `BIN check --format json FILE` lists,
`BIN run --schedule WITNESS FILE` must print exactly that stdout and exit with
that exit code.  Prints one summary line; exit status 1 on any mismatch."""
import json
import os
import subprocess
import sys


def run(argv, cwd):
    p = subprocess.run(argv, cwd=cwd, capture_output=True, timeout=60)
    return p.returncode, p.stdout.decode('utf-8', 'replace')


def main():
    verbose = '-v' in sys.argv
    args = [a for a in sys.argv[1:] if a != '-v']
    binary, files = os.path.abspath(args[0]), args[1:]
    checked = failed = 0
    for f in files:
        d, base = os.path.split(os.path.abspath(f))
        rc, out = run([binary, 'check', '--format', 'json', base], d)
        try:
            outputs = json.loads(out)['outputs']
        except (ValueError, KeyError):
            continue  # not checkable (unsupported): other areas report it
        for o in outputs:
            checked += 1
            rc, got = run([binary, 'run', '--schedule', o['witness'], base], d)
            if got != o['stdout'] or rc != o['exit_code']:
                failed += 1
                if verbose:
                    print(f'FAIL {f}: witness {o["witness"]!r}: exit {rc} (want {o["exit_code"]}), '
                          f'stdout {"matches" if got == o["stdout"] else "differs"}')
    print(f'witness: {checked - failed} passed, {failed} failed (replayed every listed output)')
    return 1 if failed or checked == 0 else 0


if __name__ == '__main__':
    sys.exit(main())
