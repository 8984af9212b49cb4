"""fixture_format.py - reading ticktock's expected-output fixtures (NAME.expected) and
node's recordings (NAME.out / NAME.code / NAME.outs) as sets of (stdout, exit code).

The fixture format is documented in README.md ("Fixtures") and src/fixture.h:
a deterministic program that exits with 0 is its stdout, byte for byte; anything
else starts with "# ticktock fixture v1" and lists "== output K, exit code C"
blocks of "| LINE" lines ("\\ no newline ..." drops the last newline)."""
import os
import re

HEADER = '# ticktock fixture v1'


def read_fixture(path):
    """Returns the list of (stdout, exit_code) in the fixture at path."""
    with open(path, encoding='utf-8', errors='surrogateescape', newline='') as f:
        text = f.read()
    if not text.startswith(HEADER):
        return [(text, 0)]
    outs, cur, code = [], None, 0
    for line in text.split('\n'):
        if line.startswith('=='):
            if cur is not None:
                outs.append((''.join(cur), code))
            m = re.search(r'exit code (-?\d+)', line)
            if not m:
                raise ValueError(f'{path}: bad output header: {line!r}')
            cur, code = [], int(m.group(1))
        elif line.startswith('|') and cur is not None:
            cur.append((line[2:] if line.startswith('| ') else line[1:]) + '\n')
        elif line.startswith('\\') and cur:
            cur[-1] = cur[-1][:-1]
        elif line and not line.startswith('#'):
            raise ValueError(f'{path}: unexpected line: {line!r}')
    if cur is not None:
        outs.append((''.join(cur), code))
    return outs


def read_node(stem):
    """Node's recorded outputs for NAME (stem = path without extension): a list of
    (stdout, exit_code), and whether the recording is deterministic (.out)."""
    if os.path.exists(stem + '.out'):
        with open(stem + '.out', encoding='utf-8', errors='surrogateescape', newline='') as f:
            out = f.read()
        code = 0
        if os.path.exists(stem + '.code'):
            with open(stem + '.code') as f:
                code = int(f.read().strip())
        return [(out, code)], True
    if not os.path.exists(stem + '.outs'):
        return None, False
    variants, cur, code, in_err = [], [], 0, False
    with open(stem + '.outs', encoding='utf-8', errors='surrogateescape', newline='') as f:
        lines = f.read().splitlines(keepends=True)
    for line in lines:
        if line.startswith('---'):
            variants.append((''.join(cur), code))
            cur, code, in_err = [], 0, False
        elif line.startswith('# observed'):
            m = re.search(r'exit code (-?\d+)', line)
            code = int(m.group(1)) if m else 0
        elif line.startswith('# stderr:'):
            in_err = True
        elif line.startswith('#') or in_err:
            continue
        else:
            cur.append(line)
    variants.append((''.join(cur), code))
    return variants, False


def write_fixture(outs, pinned=None):
    """The canonical fixture text of a set of (stdout, exit_code), as ticktock writes it;
    with pinned (a reason), the structured form with a "# pinned: REASON" line, which
    `ticktock fixture --update` leaves alone."""
    outs = sorted(set(outs), key=lambda o: (o[0].encode('utf-8', 'surrogateescape'), o[1]))
    if len(outs) == 1 and outs[0][1] == 0 and not outs[0][0].startswith(HEADER) and not pinned:
        return outs[0][0]
    n = len(outs)
    text = [f'{HEADER}: {n} possible output{"" if n == 1 else "s"}\n',
            "# every output the program can print; lines are '| TEXT' (see ticktock(1), FIXTURES)\n"]
    if pinned:
        text.append(f'# pinned: {pinned}\n')
    for i, (out, code) in enumerate(outs, 1):
        text.append(f'== output {i}, exit code {code}\n')
        lines = out.split('\n')
        if lines and lines[-1] == '':
            lines.pop()
        for line in lines:
            text.append(('| ' + line if line else '|') + '\n')
        if out and not out.endswith('\n'):
            text.append('\\ no newline at end of output\n')
    return ''.join(text)
