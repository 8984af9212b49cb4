#!/usr/bin/env python3
"""outs_covered.py NAME.outs REPORT.json - exit 0 when every output node showed
(the variants of NAME.outs, separated by '---' lines; '#' lines are comments,
stderr sections are skipped) is among the outputs of a `ticktock check --format
json` report; otherwise print the missing ones and exit 1."""
import json
import re
import sys

# ticktock prints an unknown Math.random() number as this placeholder (a
# value-dependent output): it stands for any number node prints there
PLACEHOLDER = '<random>'
NUMBER = r'-?(?:\d+(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?'


def covered(v, got):
    if v in got:
        return True
    for g in got:
        if PLACEHOLDER in g and re.fullmatch(NUMBER.join(re.escape(p) for p in g.split(PLACEHOLDER)), v):
            return True
    return False


def variants(path):
    out, cur, in_err = [], [], False
    with open(path, encoding='utf-8', errors='replace') as f:
        for line in f.read().splitlines(keepends=True):
            if line.startswith('---'):
                out.append(''.join(cur))
                cur, in_err = [], False
            elif line.startswith('# stderr:'):
                in_err = True
            elif line.startswith('#') or in_err:
                continue
            else:
                cur.append(line)
    out.append(''.join(cur))
    return out


def main():
    want = variants(sys.argv[1])
    try:
        with open(sys.argv[2], encoding='utf-8', errors='replace') as f:
            report = json.load(f)
        got = {o['stdout'] for o in report['outputs']}
    except (OSError, ValueError, KeyError, TypeError) as e:
        print(f'no JSON report ({e})')
        return 1
    missing = [v for v in want if not covered(v, got)]
    for v in missing:
        print('not predicted:\n' + ''.join('  | ' + l + '\n' for l in v.splitlines()))
    return 1 if missing else 0


if __name__ == '__main__':
    sys.exit(main())
