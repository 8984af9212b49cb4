#!/usr/bin/env python3
"""fixtures_agree.py [-v] SPEC_DIR... - every fixture NAME.expected beside a spec must
agree with node's recordings of that spec: equal to NAME.out (+ NAME.code) for a
deterministic recording, and containing every output of NAME.outs otherwise (node's
runs may not show every possible output, but never one the fixture lacks).
Prints "fixtures: N agree, M disagree" and exits 1 on any disagreement or when a
spec with a recording has no fixture."""
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from fixture_format import read_fixture, read_node  # noqa: E402


def specs(dirs):
    for d in dirs:
        for root, subdirs, files in os.walk(d):
            subdirs.sort()
            for f in sorted(files):
                if f.endswith('.js') or f.endswith('.mjs'):
                    yield os.path.join(root, f)


# ticktock prints an unknown Math.random() number as this placeholder (a
# value-dependent output): it stands for any number node prints there
PLACEHOLDER = '<random>'
NUMBER = r'-?(?:\d+(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?'


def covered(variant, fixture):
    if variant in fixture:
        return True
    out, code = variant
    for f_out, f_code in fixture:
        if f_code == code and PLACEHOLDER in f_out and \
                re.fullmatch(NUMBER.join(re.escape(p) for p in f_out.split(PLACEHOLDER)), out):
            return True
    return False


def show(out, code):
    return ''.join('    | ' + l + '\n' for l in out.split('\n')[:-1] or ['']) + f'    (exit code {code})\n'


def main():
    args = sys.argv[1:]
    verbose = '-v' in args
    args = [a for a in args if a != '-v']
    agree = disagree = 0
    for spec in specs(args):
        stem = os.path.splitext(spec)[0]
        node, deterministic = read_node(stem)
        if node is None:
            continue
        if not os.path.exists(stem + '.expected'):
            disagree += 1
            print(f'FAIL {spec}: node recorded it, but there is no fixture {os.path.basename(stem)}.expected')
            continue
        fixture = read_fixture(stem + '.expected')
        if deterministic:
            bad = [] if fixture == node or (len(fixture) == 1 and all(covered(v, fixture) for v in node)) else node
            why = 'the fixture is not exactly node\'s single output'
        else:
            bad = [v for v in node if not covered(v, fixture)]
            why = 'node showed outputs the fixture lacks'
        if bad:
            disagree += 1
            print(f'FAIL {spec}: {why}')
            if verbose:
                for out, code in bad:
                    print(show(out, code), end='')
        else:
            agree += 1
    print(f'fixtures: {agree} agree, {disagree} disagree')
    return 1 if disagree or not agree else 0


if __name__ == '__main__':
    sys.exit(main())
