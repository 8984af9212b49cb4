#!/usr/bin/env python3
"""expect.py [-v] BIN XFAIL_FILE DIR... - runs `BIN check --format json -j 2 DIR...`
and compares each spec's status with the expected failures; then checks that the
fixtures agree with node's recordings.  See check.sh."""
import json
import os
import subprocess
import sys

here = os.path.dirname(os.path.abspath(__file__))


def xfails(path):
    names = {}
    if os.path.exists(path):
        for line in open(path, encoding='utf-8'):
            line = line.strip()
            if line and not line.startswith('#'):
                name, _, why = line.partition(' ')
                names[name] = why.strip()
    return names


def main():
    args = sys.argv[1:]
    verbose = '-v' in args
    args = [a for a in args if a != '-v']
    binary, xfail_file, dirs = args[0], args[1], args[2:]
    known = xfails(xfail_file)
    proc = subprocess.run([binary, 'check', '--format', 'json', '-j', '2', *dirs],
                          capture_output=True, text=True, timeout=600)
    try:
        doc = json.loads(proc.stdout)
    except ValueError as e:
        print(f'expect: 0 passed, 1 failed (no JSON document from check: {e}; stderr: {proc.stderr[:300]})')
        return 1
    passed = failed = xfailed = 0
    for spec in doc['specs']:
        name = os.path.splitext(os.path.basename(spec['file']))[0]
        ok = spec['status'] == 'passed'
        if name in known:
            if ok:
                failed += 1
                print(f'XPASS {spec["file"]}: passes now; remove it from expected-failures.txt '
                      '(and regenerate its pinned fixture with ticktock fixture --update)')
            else:
                xfailed += 1
            continue
        if ok:
            passed += 1
            continue
        failed += 1
        print(f'FAIL {spec["file"]}: {spec["status"]}')
        if verbose:
            for v in spec.get('violations', []):
                print(f'  {v["message"]}')
                for line in (v.get('detail') or '').splitlines()[:30]:
                    print(f'    {line}')
            for e in spec.get('errors', []):
                print(f'  {e["message"]}')
    s = doc['summary']
    if s['specs'] != len(doc['specs']) or s['specs'] == 0:
        failed += 1
        print(f'FAIL: summary {s} does not match the specs listed')
    agree = subprocess.run([sys.executable, os.path.join(here, '..', 'lib', 'fixtures_agree.py'),
                            *(['-v'] if verbose else []), *dirs], capture_output=True, text=True)
    fixtures = agree.stdout.strip().splitlines()[-1] if agree.stdout.strip() else 'fixtures: no output'
    if agree.returncode != 0:
        failed += 1
        print(agree.stdout, end='')
    print(f'expect: {passed} passed, {failed} failed ({xfailed} expected failures; {fixtures})')
    return 1 if failed or not passed else 0


if __name__ == '__main__':
    sys.exit(main())
