#!/usr/bin/env python3
"""conserve.py BIN FILE... - for each program, `explain --format json` must
attribute to its steps exactly the stdout and stderr `run` prints (the
concatenation of the steps' "stdout" / "stderr"), report run's exit code,
and keep the step list well formed (numbered 1..n, an "end" step last).
Runs each file from its own directory with the "// FLAGS:" of its header.
Exit status 1 and one line per problem when any file fails."""
import json
import os
import subprocess
import sys


def flags_of(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f.readlines()[:5]:
            if "// FLAGS:" in line:
                return line.split("FLAGS:", 1)[1].split()
    return []


def check(binary, path):
    d, base = os.path.dirname(path) or ".", os.path.basename(path)
    flags = flags_of(path)
    run = subprocess.run([binary, "run"] + flags + [base], cwd=d, capture_output=True, timeout=60)
    exp = subprocess.run([binary, "explain", "--limit", "0", "--format", "json"] + flags + [base],
                         cwd=d, capture_output=True, timeout=60)
    if run.returncode == 2 and exp.returncode == 2:
        return None  # not runnable (unsupported construct): both say so
    if exp.returncode != 0:
        return "explain exits %d: %s" % (exp.returncode, exp.stderr.decode(errors="replace")[:200])
    steps = json.loads(exp.stdout)
    if [s["step"] for s in steps] != list(range(1, len(steps) + 1)) or steps[-1]["kind"] != "end":
        return "steps not numbered 1..n with an end step"
    out = "".join(s.get("stdout", "") for s in steps).encode()
    err = "".join(s.get("stderr", "") for s in steps).encode()
    if out != run.stdout:
        return "stdout of the steps differs from run's"
    if err != run.stderr and b"--max-steps" not in run.stderr:
        return "stderr of the steps differs from run's"
    end_rc = steps[-1]["exit_code"]
    end_rc = 3 if end_rc is None else end_rc  # null: stopped at a bound, where run exits 3
    if run.returncode != 2 and end_rc != run.returncode:
        return "exit code %d, run %d" % (end_rc, run.returncode)
    return None


def main():
    binary, files = sys.argv[1], sys.argv[2:]
    bad = 0
    for path in files:
        try:
            why = check(binary, path)
        except (subprocess.TimeoutExpired, ValueError) as e:
            why = "%s: %s" % (type(e).__name__, e)
        if why:
            bad += 1
            print("%s: %s" % (path, why))
    print("conservation: %d files, %d failed" % (len(files), bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
