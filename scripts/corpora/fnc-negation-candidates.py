#!/usr/bin/env python3
"""Candidate negation pairs from the FNC-1 *train* split, for hand labelling (dev only).

Source: a public copy of FNC-1's train_stances.csv / train_bodies.csv (a subset of the
train split) in taufiq/fake-news at commit 67c8d792fde02e0a0e299cae4d8855d05cf5dd07, read
from the bare mirror made by the search tool's `fetch`. FNC-1's competition test set is never
read. A candidate is a headline and one sentence of its article body where exactly one of the
two holds a negation cue and they share at least two content words; stances agree, disagree
and discuss only (unrelated bodies are about something else). Output: JSON lines on stdout,
in file order, each with the row number, body id, sentence index and both texts; the labels
are added by hand (eval/labels/negation-pairs-fnc.json), keyed by row and sentence index.
"""
import csv
import io
import json
import re
import subprocess

GITDIR = "/work/.mirror/taufiq+fake-news/repo"
COMMIT = "67c8d792fde02e0a0e299cae4d8855d05cf5dd07"
CUE = re.compile(r"\b(?:not|no|never|none|nobody|nothing|neither|nor|without|denied|denies|deny|refused|failed)\b|n['\u2019]t\b", re.I)
STOP = set("a an the of to in on at for by with and or but is are was were be been has have had it its this that these those as from he she they we you i his her their our said says will would could after over into about than".split())


def show(path):
    return subprocess.run(["git", "-C", GITDIR, "show", f"{COMMIT}:{path}"],
                          check=True, capture_output=True).stdout.decode("utf-8")


def words(s):
    return {w for w in re.findall(r"[a-z0-9]+", s.lower()) if w not in STOP and len(w) > 2}


def sentences(body):
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+(?=[A-Z\"“])|\n+", body) if len(s.split()) >= 5]


def main():
    bodies = {r["Body ID"]: r["articleBody"] for r in csv.DictReader(io.StringIO(show("train_bodies.csv")))}
    for row, r in enumerate(csv.DictReader(io.StringIO(show("train_stances.csv")))):
        if r["Stance"] == "unrelated" or r["Body ID"] not in bodies:
            continue
        h = r["Headline"]
        for k, s in enumerate(sentences(bodies[r["Body ID"]])):
            if bool(CUE.search(h)) == bool(CUE.search(s)) or len(s.split()) > 60:
                continue
            if len(words(h) & words(s)) < 2:
                continue
            print(json.dumps({"row": row, "body": r["Body ID"], "sentence": k, "stance": r["Stance"], "a": h, "b": s}))


if __name__ == "__main__":
    main()
