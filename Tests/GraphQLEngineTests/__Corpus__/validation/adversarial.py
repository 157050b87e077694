#!/usr/bin/env python3
"""Adversarial documents for field-merging validation, timed through `gql bench --phases validate`
and, for reference, through graphql-js' validate in node.

Usage: python3 adversarial.py PATH/TO/gql [--max-seconds S]

Each document must validate in under 100 ms with our engine (the script exits 1 otherwise).
"""
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SCHEMA = os.path.join(HERE, "harness.graphql")


def fragments_spread_repeatedly(count=50, repeats=8, fields=20):
    """`count` fragments, each spread `repeats` times in one selection set, each selecting the
    same `fields` aliased fields and a nested spread of the next fragment."""
    spreads = " ".join(f"...F{i}" for _ in range(repeats) for i in range(count))
    text = f"{{ dog {{ {spreads} }} }}\n"
    for i in range(count):
        selected = " ".join(f"a{j}: name" for j in range(fields))
        nested = f"mother {{ ...F{i + 1} }}" if i + 1 < count else "barks"
        text += f"fragment F{i} on Dog {{ {selected} {nested} }}\n"
    return text


def identical_fields(count=1000):
    return "{ dog { " + "name " * count + "} }"


def identical_fields_with_arguments(count=1000):
    return "{ dog { " + "doesKnowCommand(dogCommand: SIT) " * count + "} }"


def doubling_fragment_chain(depth=30):
    """F_i spreads F_{i+1} twice under two fields: naive merging doubles the work per level."""
    text = "{ dog { ...F0 } }\n"
    for i in range(depth):
        inner = f"...F{i + 1}" if i + 1 < depth else "name"
        text += f"fragment F{i} on Dog {{ mother {{ {inner} }} mother {{ {inner} }} father {{ {inner} }} }}\n"
    return text


def nested_identical_fields(depth=12, width=8):
    text = "name"
    for _ in range(depth):
        text = " ".join(["mother { " + text + " }"] * width)
    return "{ dog { " + text + " } }"


CASES = {
    "50-fragments-spread-8-times": fragments_spread_repeatedly(),
    "1000-identical-fields": identical_fields(),
    "1000-identical-fields-with-arguments": identical_fields_with_arguments(),
    "doubling-fragment-chain-30": doubling_fragment_chain(),
    "nested-identical-fields-3x8": nested_identical_fields(depth=3, width=8),
}

JS = r"""
const g = require('/usr/share/nodejs/graphql'); const fs = require('fs');
const s = g.buildSchema(fs.readFileSync(process.argv[1], 'utf8'));
const d = g.parse(fs.readFileSync(process.argv[2], 'utf8'));
const t = []; const end = Date.now() + 1500;
do { const a = process.hrtime.bigint(); g.validate(s, d); t.push(Number(process.hrtime.bigint() - a) / 1000); }
while (Date.now() < end && t.length < 200);
t.sort((a, b) => a - b); console.log(t[t.length >> 1].toFixed(1));
"""


def main():
    gql = sys.argv[1]
    max_seconds = sys.argv[3] if len(sys.argv) > 3 and sys.argv[2] == "--max-seconds" else "2"
    failed = False
    with tempfile.TemporaryDirectory() as tmp:
        for name, text in CASES.items():
            path = os.path.join(tmp, name + ".graphql")
            with open(path, "w") as f:
                f.write(text)
            out = subprocess.run([gql, "bench", "--schema", SCHEMA, "--query", path, "--phases", "validate",
                                  "--iterations", "200", "--warmup", "2", "--max-seconds", max_seconds],
                                 capture_output=True, text=True, check=True).stdout.strip().splitlines()[-1]
            ours = json.loads(out)["phases"]["validate"]["p50_us"]
            js = subprocess.run(["node", "-e", JS, SCHEMA, path], capture_output=True, text=True).stdout.strip()
            verdict = "ok" if ours < 100_000 else "TOO SLOW"
            failed |= ours >= 100_000
            print(f"{name:40s} {len(text):7d} bytes  ours p50 {ours / 1000:8.2f} ms   graphql-js p50 "
                  f"{float(js) / 1000 if js else float('nan'):8.2f} ms   {verdict}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
