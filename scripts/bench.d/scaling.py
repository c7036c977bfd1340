#!/usr/bin/env python3
"""Scaling rows of scripts/bench (issue #8): growth with the number of quotes.

Writes generated pathological articles at two sizes, N and 2N, audits each
once with `audit --format jsonl` and reports the ratio of the CPU times (the
start-up of one short file subtracted). Linear growth gives about 2; a stage
that is quadratic in the number of quotes, speakers or the length of one
line gives about 4 (and more once it dominates).

Used by run.py; also runs on its own, printing a Markdown table:
  python3 scripts/bench.d/scaling.py --binary build/audit/onrecord --rules rules
    [--work DIR] [--timeout S] [--json FILE] [--cases NAME,NAME]
A run that exceeds --timeout (default 120 s) is reported as such.
"""
import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile

GIVEN = ["Ann", "Bob", "Cara", "Dev", "Eli", "Fay", "Gus", "Hal", "Ivy", "Jon",
         "Kim", "Lou", "Max", "Ned", "Ora", "Pat", "Quin", "Rex", "Sue", "Tom"]
SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "ta", "vo", "zi", "be", "do"]


def surname(i):
    s, j = "", i
    while True:
        s += SYLLABLES[j % 10]
        j //= 10
        if j == 0:
            break
    return s.capitalize() + "son"


def speaker(i):
    # Distinct full names; twenty given names, so each is shared by many.
    return f"{GIVEN[i % 20]} {surname(i)}"


# name -> (N, description, article of n units). Each unit holds one quote.
CASES = {
    "paragraphs": (20_000, "`“Item i is late,” said Ann Lee.` one paragraph each",
                   lambda n: "".join(f"\u201cItem {i} is late,\u201d said Ann Lee.\n\n" for i in range(1, n + 1))),
    "one-line": (75_000, "`“Quote,” said Ann Lee. ` repeated on one line (2N: 3.5 MB)",
                 lambda n: "\u201cQuote,\u201d said Ann Lee. " * n + "\n"),
    "speakers": (10_000, "one quote each by N distinct speakers, one paragraph each",
                 lambda n: "".join(f"\u201cItem {i} is late,\u201d said {speaker(i)}.\n\n" for i in range(n))),
    "given-names": (10_000, "N distinct speakers, each then quoted by given name alone (`“…,” Ann said.`)",
                    lambda n: "".join(f"{speaker(i)} spoke. \u201cItem {i},\u201d {GIVEN[i % 20]} said.\n\n"
                                      for i in range(n))),
    "anonymous-sources": (20_000, "`“Item i is late,” said a spokesman for Acme i Corp.` (N unnamed sources)",
                          lambda n: "".join(f"\u201cItem {i} is late,\u201d said a spokesman for Acme{i} Corp.\n\n"
                                            for i in range(n))),
    "pronouns": (20_000, "`“Item i is late,” she said.` after one named speaker, one paragraph each",
                 lambda n: "Ann Lee spoke first.\n\n" +
                 "".join(f"\u201cItem {i} is late,\u201d she said.\n\n" for i in range(n))),
    "unattributed": (20_000, "`“Item i is late.”` with no cue, one paragraph each",
                     lambda n: "Ann Lee said the list was long.\n\n" +
                     "".join(f"\u201cItem {i} is late.\u201d\n\n" for i in range(n))),
    "continuations": (10_000, "`“Item i is late,” said Ann Lee. The list grew. “Item i is still late.”` one paragraph each"
                      " (a quote that goes on after words of the writer's)",
                      lambda n: "".join(f"\u201cItem {i} is late,\u201d said Ann Lee. The list grew. "
                                        f"\u201cItem {i} is still late.\u201d\n\n" for i in range(n))),
    "one-sentence": (10_000, "one sentence without a full stop: `Ann Lee said item i is late and `",
                     lambda n: "".join(f"Ann Lee said item {i} is late and " for i in range(n)) + "so on.\n"),
}


def run(binary, rules, path, timeout):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    try:
        with open(os.devnull, "w") as out:
            p = subprocess.run(["/usr/bin/time", "-f", "%M", binary, "--rules", rules, "audit",
                                "--format", "jsonl", "--max-article-bytes", "16MiB", path],
                               stdout=out, stderr=subprocess.PIPE, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"cpu": None, "rss_mb": None, "exit": "timeout"}
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    lines = p.stderr.strip().splitlines()
    rss = int(lines[-1]) / 1024 if lines and lines[-1].isdigit() else float("nan")
    return {"cpu": cpu, "rss_mb": rss, "exit": p.returncode}


def measure(binary, rules, work, timeout=120.0, log=lambda m: None, only=()):
    os.makedirs(work, exist_ok=True)
    short = os.path.join(work, "scaling-short.txt")
    with open(short, "w", encoding="utf-8") as f:
        f.write("\u201cYes,\u201d said Ana Ruiz.\n")
    startup = min(run(binary, rules, short, timeout)["cpu"] or 0.0 for _ in range(3))
    rows = {}
    for name, (n, what, make) in CASES.items():
        if only and name not in only:
            continue
        row = {"n": n, "what": what}
        for label, count in (("n1", n), ("n2", 2 * n)):
            path = os.path.join(work, f"scaling-{name}-{count}.txt")
            with open(path, "w", encoding="utf-8") as f:
                f.write(make(count))
            log(f"scaling {name} {count}")
            res = run(binary, rules, path, timeout)
            res["bytes"] = os.path.getsize(path)
            row[label] = res
            os.remove(path)
        a, b = row["n1"]["cpu"], row["n2"]["cpu"]
        row["ratio"] = (b - startup) / max(a - startup, 1e-3) if a is not None and b is not None else None
        rows[name] = row
    return {"startup_cpu": startup, "rows": rows, "timeout": timeout}


def render(res):
    L = ["| input | N | CPU s at N | CPU s at 2N | 2N ÷ N (less start-up) | peak RSS MB at 2N |",
         "| --- | ---: | ---: | ---: | ---: | ---: |"]
    for name, r in res["rows"].items():
        def cpu(x):
            return f"{x['cpu']:.2f}" if x["cpu"] is not None else f"> {res['timeout']:.0f} (stopped)"
        ratio = f"{r['ratio']:.1f}×" if r["ratio"] is not None else "—"
        rss = f"{r['n2']['rss_mb']:.0f}" if r["n2"]["rss_mb"] is not None else "—"
        L.append(f"| {name}: {r['what']} | {r['n']:,} | {cpu(r['n1'])} | {cpu(r['n2'])} | {ratio} | {rss} |")
    return "\n".join(L) + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", required=True)
    ap.add_argument("--rules", required=True)
    ap.add_argument("--work", default="")
    ap.add_argument("--timeout", type=float, default=120.0)
    ap.add_argument("--json", default="")
    ap.add_argument("--cases", default="", help="comma-separated case names (default: all)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        res = measure(args.binary, args.rules, args.work or tmp, args.timeout,
                      log=lambda m: print(m, file=sys.stderr, flush=True),
                      only=[c for c in args.cases.split(",") if c])
    if args.json:
        with open(args.json, "w") as f:
            json.dump(res, f, indent=2)
    print(render(res), end="")


if __name__ == "__main__":
    main()
