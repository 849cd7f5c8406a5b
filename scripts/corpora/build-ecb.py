import json, subprocess, re
G='/work/.mirror/anastasia-zhukova+Diverse_CDCR_datasets/repo'
commit=subprocess.check_output(['git','--git-dir',G,'rev-parse','HEAD']).decode().strip()
names=[n for n in subprocess.check_output(['git','--git-dir',G,'ls-tree','-r','--name-only','HEAD']).decode().split('\n') if re.search(r'test_parsing/\d+ecb/\d+_\d+ecb\.json$',n)]
docs=[]
for n in sorted(names, key=lambda n:[int(x) for x in re.findall(r'(\d+)_(\d+)ecb\.json$',n)[0]]):
  d=json.loads(subprocess.check_output(['git','--git-dir',G,'show','HEAD:'+n]))
  m=re.search(r'(\d+)_(\d+)ecb\.json$',n)
  docs.append({'id':f'{m.group(1)}_{m.group(2)}ecb','topic':int(m.group(1)),'title':d['title'].strip(),'text':d['text'].strip(),'path':n})
out={'corpus':'ECB+ (original ECB half, files N_Mecb.xml), Cybulska & Vossen 2014','licence':'CC BY 3.0 (ECB+ LICENSEDATA.TXT)','repository':'anastasia-zhukova/Diverse_CDCR_datasets','commit':commit,'note':'Detokenised by that repository: sentence 0 is the title, the rest the text.','docs':docs}
json.dump(out,open('eval/corpora/ecb-original.json','w'),ensure_ascii=False,indent=0)
print(len(docs), sum(len(d['text'].split()) for d in docs))

import random
def detok(s):
  s=re.sub(r"\s*(''|' ')", '"', s); s=re.sub(r'``\s*', '"', s)
  s=re.sub(r'\s+([,.;:!?%)])', r'\1', s)
  s=re.sub(r'([($])\s+', r'\1', s)
  s=re.sub(r"\s+(n't|'s|'re|'ve|'ll|'d|'m)\b", r'\1', s)
  s=re.sub(r'\s{2,}', ' ', s)
  return s.strip()
for d in docs:
  d['title']=detok(d['title']); d['text']=detok(d['text'])
out['note']+=' Light detokenisation here (quotes, spaces before punctuation, clitics), by scripts/corpora/build-ecb.py.'
json.dump(out,open('eval/corpora/ecb-original.json','w'),ensure_ascii=False,indent=0)
topics=sorted({d['topic'] for d in docs})
rng=random.Random(20261129); rng.shuffle(topics)
dev=sorted(topics[:22]); test=sorted(topics[22:])
json.dump({'seed':20261129,'method':'topics shuffled once with Python random.Random(seed), first 22 dev, rest test','dev':dev,'test':test},open('eval/corpora/ecb-split.json','w'),indent=1)
print('dev',dev,'\ntest',test)
