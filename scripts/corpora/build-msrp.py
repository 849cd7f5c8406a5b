"""Rebuilds eval/corpora/msrp-train-sample.json from the MSRP *train* split (never the test split).

Source: the public repository Pzeyang/Paraphrase_Identification, file msr_paraphrase_train.txt,
fetched as a git mirror. Usage: python3 scripts/corpora/build-msrp.py GIT_DIR
A fixed-seed sample of 1,600 pairs is kept, then split once into dev and test halves.
"""
import json, random, subprocess, sys
G = sys.argv[1] if len(sys.argv) > 1 else '/work/.mirror/Pzeyang+Paraphrase_Identification/repo'
commit = subprocess.check_output(['git', '--git-dir', G, 'rev-parse', 'HEAD']).decode().strip()
raw = subprocess.check_output(['git', '--git-dir', G, 'show', 'HEAD:msr_paraphrase_train.txt']).decode('utf-8-sig')
rows = [l.split('\t') for l in raw.splitlines()[1:] if l.strip()]
pairs = [{'id': f'{r[1]}-{r[2]}', 'label': int(r[0]), 'a': r[3], 'b': r[4]} for r in rows if len(r) == 5]
rng = random.Random(20261129)
rng.shuffle(pairs)
sample = pairs[:1600]
out = {
    'corpus': 'Microsoft Research Paraphrase Corpus, train split only (Dolan & Brockett 2005)',
    'repository': 'Pzeyang/Paraphrase_Identification', 'commit': commit, 'path': 'msr_paraphrase_train.txt',
    'note': 'News sentence pairs; label 1 = paraphrase. Split once by seed 20261129: dev = first 800, test = last 800.',
    'dev': sample[:800], 'test': sample[800:],
}
json.dump(out, open('eval/corpora/msrp-train-sample.json', 'w'), ensure_ascii=False, indent=0)
print(len(pairs), 'pairs in train;', sum(p['label'] for p in sample[800:]), 'positives of 800 in test')
