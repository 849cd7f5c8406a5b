#!/usr/bin/env python3
"""Build /work/labels/negation-pairs.json: RTE-3 (English, dev set) text/hypothesis
pairs with three-way gold labels, for evaluating NEGATION contradiction detection.

Sources (public GitHub snapshots brought in with the search tool's `fetch`, read as
bare git dirs; nothing else is downloaded):
  * English texts + 2-way gold (YES/NO): c0defather/RTE-Iftene, rte3_dev.xml
    (a copy of the PASCAL RTE-3 English development set in NLTK's regularised
    format: 799 pairs, id 9 absent).
  * 3-way gold (entailment / neutral / contradiction): mskandalis/rte3-french,
    RTE3-FR-dev-set-3class.tsv. RTE3-FR is a manual French translation of RTE-3
    whose label column carries the 3-way RTE-3 annotation (ENTAILMENT / UNKNOWN /
    CONTRADICTION, cf. Stanford's RTE3 3-way relabelling), keyed by the same
    pair ids. Only the id and label columns are used; all text is English.

Joining and checks: pairs are joined on the RTE-3 pair id. A pair is dropped when
the two sources disagree (English YES must be 3-way entailment; English NO must be
neutral or contradiction) or when its id is missing from either side.

Selection: keep pairs whose text AND hypothesis are each <= MAX_WORDS
whitespace-separated words.

Labels:
  contradiction = (3-way gold label == contradiction)
  negation      = exactly one side (text xor hypothesis) contains an explicit
                  negation cue, by the regex NEG_RE below (case-insensitive, whole
                  words): not, cannot, no (but not "No." before a number), never,
                  any "n't" contraction (also with a typographic apostrophe),
                  denied, without, none, nobody, nothing, neither, nor,
                  "failed to", "refused to".

Split: the dev set only is used (the RTE-3 English test set was not found in the
stored snapshots). It is split once into dev/test halves, stratified by the
contradiction label, with random.Random(SEED).
"""
import csv
import io
import json
import random
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter

MIRROR = "/work/.mirror"
EN_REPO, EN_GITDIR, EN_PATH = "c0defather/RTE-Iftene", f"{MIRROR}/c0defather+RTE-Iftene/repo/.git", "rte3_dev.xml"
FR_REPO, FR_GITDIR, FR_PATH = "mskandalis/rte3-french", f"{MIRROR}/mskandalis+rte3-french/repo", "RTE3-FR-dev-set-3class.tsv"
OUT = "/work/labels/negation-pairs.json"
MAX_WORDS = 60
SEED = 20260529

NEG_RE = re.compile(
    r"(?:\b(?:not|cannot|never|denied|without|none|nobody|nothing|neither|nor)\b"
    r"|\bno\b(?!\.\s*\d)"
    r"|n['\u2019]t\b"
    r"|\bfailed\s+to\b|\brefused\s+to\b)",
    re.IGNORECASE,
)


def git(gitdir, *args):
    return subprocess.run(["git", "--git-dir", gitdir, *args], check=True,
                          capture_output=True).stdout


def has_neg(s):
    return NEG_RE.search(s) is not None


def norm(s):
    return " ".join(s.split())


def main():
    en_commit = git(EN_GITDIR, "rev-parse", "HEAD").decode().strip()
    fr_commit = git(FR_GITDIR, "rev-parse", "HEAD").decode().strip()
    root = ET.fromstring(git(EN_GITDIR, "show", f"HEAD:{EN_PATH}"))
    en = {}
    for p in root.findall("pair"):
        en[p.get("id")] = (p.get("entailment"), norm(p.find("t").text or ""),
                           norm(p.find("h").text or ""), p.get("task"))
    fr = {}
    rows = csv.DictReader(io.StringIO(git(FR_GITDIR, "show", f"HEAD:{FR_PATH}").decode("utf-8")),
                          delimiter="\t")
    for r in rows:
        fr[r["id"]] = r["label_text"].strip().lower()

    dropped = Counter()
    mismatched = []
    pairs = []
    for pid in sorted(set(en) | set(fr), key=int):
        if pid not in en or pid not in fr:
            dropped["id missing on one side"] += 1
            continue
        two, t, h, task = en[pid]
        three = fr[pid]
        ok = (two == "YES" and three == "entailment") or (two == "NO" and three in ("neutral", "contradiction"))
        if not ok:
            dropped[f"label mismatch {two}/{three}"] += 1
            mismatched.append(pid)
            continue
        if len(t.split()) > MAX_WORDS or len(h.split()) > MAX_WORDS:
            dropped["longer than %d words" % MAX_WORDS] += 1
            continue
        pairs.append({"id": f"rte3-dev-{pid}", "a": t, "b": h,
                      "contradiction": three == "contradiction",
                      "negation": has_neg(t) != has_neg(h),
                      "gold3": three, "task": task})

    rng = random.Random(SEED)
    dev, test = [], []
    for lab in (True, False):
        group = [p for p in pairs if p["contradiction"] is lab]
        rng.shuffle(group)
        half = (len(group) + 1) // 2
        dev += group[:half]
        test += group[half:]
    key = lambda p: int(p["id"].rsplit("-", 1)[1])
    dev.sort(key=key)
    test.sort(key=key)

    def counts(xs):
        c = Counter((p["contradiction"], p["negation"]) for p in xs)
        return {"pairs": len(xs),
                "contradiction": sum(p["contradiction"] for p in xs),
                "not_contradiction": sum(not p["contradiction"] for p in xs),
                "contradiction_and_negation": c[(True, True)],
                "contradiction_no_negation": c[(True, False)],
                "not_contradiction_and_negation": c[(False, True)],
                "not_contradiction_no_negation": c[(False, False)]}

    out = {
        "corpus": "RTE-3 English development set (PASCAL RTE-3 Challenge, texts mostly news) "
                  "with 3-way gold labels (RTE-3 3-way annotation as carried by RTE3-FR)",
        "repository": EN_REPO,
        "commit": en_commit,
        "path": EN_PATH,
        "licence": "RTE-3 English texts: no licence file in the source repository; the RTE-3 data were "
                   "released publicly by the PASCAL RTE-3 Challenge for research use (no explicit open "
                   "licence known). 3-way labels: RTE3-FR repository, BSD-2-Clause (Copyright (c) 2023 "
                   "Maximos Skandalis); the same author's Hugging Face card for rte3-multi (which also holds the "
                   "English set) states CC BY 4.0; the sibling RTE3-ITA/RTE3-DE translations are CC BY 3.0.",
        "label_source": {"repository": FR_REPO, "commit": fr_commit, "path": FR_PATH,
                         "licence": "BSD-2-Clause",
                         "columns_used": ["id", "label_text"]},
        "note": ("Pairs: every RTE-3 English dev pair (text a = T, hypothesis b = H) joined by pair id with the "
                 "3-way label of RTE3-FR; dropped: %s (label mismatches, ids %s, are pairs the RTE3 translators "
                 "re-judged). Kept only pairs whose T and H are each <= %d words. "
                 "contradiction = 3-way gold CONTRADICTION (vs ENTAILMENT/UNKNOWN). negation = computed by "
                 "build-negation-pairs.py: exactly one of T/H contains an explicit negation cue (regex, whole "
                 "words, case-insensitive: not, cannot, no [not 'No.' + number], never, n't, denied, without, "
                 "none, nobody, nothing, neither, nor, failed to, refused to). It is a surface flag, not a "
                 "gold label. Split: only the RTE-3 dev set is used (the English test set was not available "
                 "in the stored snapshots); it was split once into dev/test halves stratified by the "
                 "contradiction label, random.Random(%d), ceil half to dev. Fields gold3 (entailment/neutral/"
                 "contradiction) and task (IE/IR/QA/SUM) are kept from the sources."
                 % (dict(dropped), ",".join(mismatched), MAX_WORDS, SEED)),
        "counts": {"dev": counts(dev), "test": counts(test)},
        "dev": dev,
        "test": test,
    }
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(json.dumps({"dropped": dict(dropped), "counts": out["counts"]}, indent=1))


if __name__ == "__main__":
    sys.exit(main())
