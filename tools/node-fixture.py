#!/usr/bin/env python3
"""node-fixture.py SPEC... - writes NAME.expected from node's recordings of a spec
(NAME.out + NAME.code, or every output of NAME.outs), in the format `ticktock
fixture` writes, marked "# pinned" so `ticktock fixture --update` leaves it alone.
For specs ticktock cannot model yet (it cannot generate their fixture): the
fixture then states what node does, and `ticktock check` fails on them until the
model catches up (list them in tests/expect/expected-failures.txt; once ticktock
models them, delete the pinned fixture and run `ticktock fixture --update`).
Never edit a fixture by hand."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fixture_format import read_node, write_fixture  # noqa: E402


def main():
    if len(sys.argv) < 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    status = 0
    for spec in sys.argv[1:]:
        stem = os.path.splitext(spec)[0]
        outs, _ = read_node(stem)
        if outs is None:
            print(f'{spec}: no node recording (run tools/node-oracle.py first)', file=sys.stderr)
            status = 1
            continue
        text = write_fixture(outs, 'recorded from node by tools/node-fixture.py (ticktock does not model this spec yet)')
        tmp = stem + '.expected.tmp'
        with open(tmp, 'w', encoding='utf-8', errors='surrogateescape', newline='') as f:
            f.write(text)
        os.replace(tmp, stem + '.expected')
        print(f'wrote {stem}.expected')
    return status


if __name__ == '__main__':
    sys.exit(main())
