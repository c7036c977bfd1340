#!/usr/bin/env python3
"""Writes the benchmark corpus of scripts/bench into a work directory.

Deterministic: the same sources give the same bytes. The sources are the
team's articles in corpus/*.txt and the PolNeAR training texts in
../shared/polnear-train/text/*.txt; they are read, never copied into the
repository. Each copy of an article gets its own first line and its
paragraphs in a seeded order, so no two generated articles are identical
(the store audits identical texts once, which would flatter ingest).

Writes into OUT:
  text/a/*.txt, text/b/*.txt   every article, alternately in two halves
  corpus.jsonl, half-a.jsonl, half-b.jsonl   the same articles as records
  english/*.txt                 the first English articles, about --english-mb
  long-1mb.txt, long-10mb.txt   one article of 1 MB and one of 10 MB
  quotes-20k.txt, quotes-200k.txt  one article of 20,000 and one of 200,000 short quotes
  manifest.json                 sizes and counts
With --big-jsonl-mb N it writes only big.jsonl: N MB of distinct records.
"""
import argparse
import json
import os
import random
import sys


def read_sources(root, shared):
    sources = []
    corpus = os.path.join(root, "corpus")
    for name in sorted(os.listdir(corpus)):
        if name.endswith(".txt"):
            with open(os.path.join(corpus, name), encoding="utf-8") as f:
                sources.append(("onrecord-corpus", name[:-4], name[:2], f.read()))
    text_dir = os.path.join(shared, "polnear-train", "text")
    if os.path.isdir(text_dir):
        for name in sorted(os.listdir(text_dir)):
            if name.endswith(".txt"):
                with open(os.path.join(text_dir, name), encoding="utf-8", errors="replace") as f:
                    sources.append((name.split("_", 1)[0], name[:-4], "en", f.read()))
    else:
        print(f"make_corpus: {text_dir} missing; using corpus/ only", file=sys.stderr)
    return sources


def variant(text, copy, index):
    """Copy `copy` of an article: a unique first line, paragraphs reordered."""
    paragraphs = [p for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]
    if copy > 0:
        rng = random.Random(copy * 1000003 + index)
        head, rest = paragraphs[:1], paragraphs[1:]
        rng.shuffle(rest)
        paragraphs = head + rest
    return f"Bench copy {copy}.{index}\n\n" + "\n\n".join(paragraphs) + "\n"


def articles(sources):
    copy = 0
    while True:
        for i, (outlet, name, lang, text) in enumerate(sources):
            yield copy, i, outlet, name, lang, variant(text, copy, i)
        copy += 1


def long_article(sources, size):
    """One article of `size` bytes made of the English paragraphs in turn."""
    parts, total = [], 0
    english = [s for s in sources if s[2] == "en"]
    for copy, i, _, _, _, text in articles(english):
        body = text.split("\n\n", 1)[1]
        parts.append(body)
        total += len(body.encode("utf-8"))
        if total >= size:
            break
    data = "\n".join(parts).encode("utf-8")[:size]
    return data.decode("utf-8", errors="ignore")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", required=True)
    ap.add_argument("--shared", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--mb", type=float, default=52.5, help="size of the corpus in MB (10^6)")
    ap.add_argument("--english-mb", type=float, default=1.0)
    ap.add_argument("--big-jsonl-mb", type=float, default=0)
    args = ap.parse_args()
    sources = read_sources(args.root, args.shared)
    out = args.out
    os.makedirs(out, exist_ok=True)

    if args.big_jsonl_mb:
        limit, total, n = int(args.big_jsonl_mb * 1e6), 0, 0
        with open(os.path.join(out, "big.jsonl"), "w", encoding="utf-8") as f:
            for copy, i, outlet, name, lang, text in articles(sources):
                line = json.dumps({"id": f"{name}#{copy}", "outlet": outlet, "text": text},
                                  ensure_ascii=False) + "\n"
                f.write(line)
                total += len(line.encode("utf-8"))
                n += 1
                if total >= limit:
                    break
        print(json.dumps({"big_jsonl_bytes": total, "big_jsonl_records": n}))
        return

    for d in ("text/a", "text/b", "english"):
        os.makedirs(os.path.join(out, d), exist_ok=True)
    limit = int(args.mb * 1e6)
    total = n = english_bytes = english_n = 0
    halves = {"a": 0, "b": 0}
    jsonl = open(os.path.join(out, "corpus.jsonl"), "w", encoding="utf-8")
    half_files = {h: open(os.path.join(out, f"half-{h}.jsonl"), "w", encoding="utf-8") for h in "ab"}
    for copy, i, outlet, name, lang, text in articles(sources):
        data = text.encode("utf-8")
        half = "ab"[n % 2]
        file_name = f"{n:06d}-{name[:40]}.txt"
        with open(os.path.join(out, "text", half, file_name), "wb") as f:
            f.write(data)
        record = json.dumps({"id": f"{name}#{copy}", "outlet": outlet, "text": text},
                            ensure_ascii=False) + "\n"
        jsonl.write(record)
        half_files[half].write(record)
        halves[half] += len(data)
        if lang == "en" and outlet != "onrecord-corpus" and english_bytes < args.english_mb * 1e6:
            with open(os.path.join(out, "english", file_name), "wb") as f:
                f.write(data)
            english_bytes += len(data)
            english_n += 1
        total += len(data)
        n += 1
        if total >= limit:
            break
    jsonl.close()
    for f in half_files.values():
        f.close()
    for size, name in ((1_000_000, "long-1mb.txt"), (10_000_000, "long-10mb.txt")):
        with open(os.path.join(out, name), "w", encoding="utf-8") as f:
            f.write(long_article(sources, size))
    # Quote-dense: one short attributed quote per sentence, 0.4 MB and 4 MB
    # ("\u201cNo,\u201d he said. " is 19 bytes): cost against the number of quotes.
    for count, name in ((20_000, "quotes-20k.txt"), (200_000, "quotes-200k.txt")):
        with open(os.path.join(out, name), "w", encoding="utf-8") as f:
            f.write("\u201cNo,\u201d he said. " * count + "\n")
    manifest = {"bytes": total, "articles": n, "half_a_bytes": halves["a"],
                "half_b_bytes": halves["b"], "english_bytes": english_bytes,
                "english_articles": english_n, "sources": len(sources),
                "jsonl_bytes": os.path.getsize(os.path.join(out, "corpus.jsonl"))}
    with open(os.path.join(out, "manifest.json"), "w") as f:
        json.dump(manifest, f)
    print(json.dumps(manifest))


if __name__ == "__main__":
    main()
