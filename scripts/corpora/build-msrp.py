"""Rebuilds eval/corpora/msrp-train-sample.json from the MSRP *train* split (never the test split).

Source: the public repository Pzeyang/Paraphrase_Identification, file msr_paraphrase_train.txt,
fetched as a git mirror. Usage: python3 scripts/corpora/build-msrp.py GIT_DIR
The train split's pairs are shuffled once by a fixed seed; the test half is the 800 pairs at
positions 800-1599 of that order (fixed when the file was first built, never tuned on), and the
dev half is every other train pair, so training sees as much of the split as possible.
"""
import json, random, subprocess, sys
G = sys.argv[1] if len(sys.argv) > 1 else '/work/.mirror/Pzeyang+Paraphrase_Identification/repo'
commit = subprocess.check_output(['git', '--git-dir', G, 'rev-parse', 'HEAD']).decode().strip()
raw = subprocess.check_output(['git', '--git-dir', G, 'show', 'HEAD:msr_paraphrase_train.txt']).decode('utf-8-sig')
rows = [l.split('\t') for l in raw.splitlines()[1:] if l.strip()]
pairs = [{'id': f'{r[1]}-{r[2]}', 'label': int(r[0]), 'a': r[3], 'b': r[4]} for r in rows if len(r) == 5]
rng = random.Random(20261129)
rng.shuffle(pairs)
test = pairs[800:1600]
dev = pairs[:800] + pairs[1600:]
out = {
    'corpus': 'Microsoft Research Paraphrase Corpus, train split only (Dolan & Brockett 2005)',
    'repository': 'Pzeyang/Paraphrase_Identification', 'commit': commit, 'path': 'msr_paraphrase_train.txt',
    'note': 'News sentence pairs; label 1 = paraphrase. Shuffled once by seed 20261129: test = positions 800-1599, dev = every other train pair.',
    'dev': dev, 'test': test,
}
json.dump(out, open('eval/corpora/msrp-train-sample.json', 'w'), ensure_ascii=False, indent=0)
print(len(pairs), 'pairs in train;', len(dev), 'dev;', sum(p['label'] for p in test), 'positives of', len(test), 'in test')
