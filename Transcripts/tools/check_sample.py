#!/usr/bin/env python3
"""Check the fictional sample project: word counts, formats, codebook, keyword hits.

Standard library only. Run from anywhere: python3 Transcripts/tools/check_sample.py
Keyword matching mirrors the codebook rules: case-insensitive, whole words, `stem*`,
phrases (words separated by whitespace only), `-exclusion`, and æ/ø/å = ae/oe/aa.
"""
import csv, json, os, re, sys, zipfile
import xml.etree.ElementTree as ET
D=os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..') + os.sep
T=D+'Transcripts/'

def turns_txt(path):
    text=open(path,encoding='utf-8').read()
    assert text.startswith('---\n')
    fm,body=text[4:].split('\n---\n',1)
    meta=dict(l.split(': ',1) for l in fm.splitlines())
    turns=[]
    for line in body.splitlines():
        m=re.match(r'^(?:\[(\d\d:\d\d:\d\d)\] )?([A-ZÆØÅ][A-Za-z0-9ÆØÅæøå]*): (.*)$',line)
        if m: turns.append([m.group(2),m.group(3)])
        elif line.strip():
            assert not re.match(r'^\S+:\s',line), ('continuation looks like a label',line)
            turns[-1][1]+=' '+line.strip()
    return meta,turns

def ts(s): h,m,r=s.replace(',','.').split(':'); return int(h)*3600+int(m)*60+float(r)

def cues(path, sep):
    blocks=open(path,encoding='utf-8').read().strip().split('\n\n')
    out=[]; last=-1
    for b in blocks:
        ls=b.split('\n')
        if ls[0]=='WEBVTT': continue
        tl=[i for i,l in enumerate(ls) if '-->' in l][0]
        a,bb=[ts(x.strip()) for x in ls[tl].split('-->')]
        assert a<bb and a>=last, (path,ls)
        last=bb
        out.append((ls[0] if tl==1 else None,' '.join(ls[tl+1:])))
    return out

def join(pairs):
    turns=[]
    for spk,txt in pairs:
        if turns and turns[-1][0]==spk: turns[-1][1]+=' '+txt
        else: turns.append([spk,txt])
    return turns

def turns_teams(path):
    cs=cues(path,'.'); ids=[c[0] for c in cs]; assert len(set(ids))==len(ids)
    pairs=[]
    for _,t in cs:
        m=re.fullmatch(r'<v ([^>]+)>(.*)</v>',t); assert m,t; pairs.append((m.group(1),m.group(2)))
    return join(pairs)

def turns_prefixed(path, pat):
    cs=cues(path,None)
    if path.endswith('.srt') or cs[0][0] is not None:
        nums=[int(c[0]) for c in cs]; assert nums==list(range(1,len(nums)+1))
    pairs=[]
    for _,t in cs:
        m=re.fullmatch(pat,t); assert m,t; pairs.append((m.group(1),m.group(2)))
    return join(pairs)

def turns_docx(path):
    z=zipfile.ZipFile(path); assert z.testzip() is None
    for n in ['[Content_Types].xml','_rels/.rels','word/document.xml']: ET.fromstring(z.read(n))
    W='{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
    root=ET.fromstring(z.read('word/document.xml'))
    pairs=[]; nruns=[]
    for p in root.iter(W+'p'):
        t=''.join(x.text or '' for x in p.iter(W+'t')); nruns.append(len(list(p.iter(W+'r'))))
        m=re.match(r'^([A-Z]+): (.*)$',t); assert m,t; pairs.append((m.group(1),m.group(2)))
    return pairs, max(nruns)

files={}
for f in ['B01.txt','B05.txt','P01.txt']:
    meta,tu=turns_txt(T+f); files[f]=tu
files['B02.vtt']=turns_teams(T+'B02.vtt')
files['B03.srt']=turns_prefixed(T+'B03.srt',r'\[(SPEAKER_\d\d)\]: (.*)')
files['P02.vtt']=turns_prefixed(T+'P02.vtt',r'(Interviewer|Fysioterapeut P02): (.*)')
files['B04.docx'],maxruns=turns_docx(T+'B04.docx')

WORD=re.compile(r"[A-Za-zÆØÅæøåÉé0-9]+(?:-[A-Za-zÆØÅæøå0-9]+)*")
print('== word counts (turn text)')
for f,tu in sorted(files.items()):
    n=sum(len(WORD.findall(t)) for _,t in tu)
    spk=sorted(set(s for s,_ in tu))
    print(f'{f:10} {n:5} words {len(tu):3} turns speakers={spk}', 'OK' if 900<=n<=1400 else 'OUT OF RANGE')
print('docx max runs in a paragraph:',maxruns)

def norm(s):
    s=s.lower()
    for a,b in [('æ','ae'),('ø','oe'),('å','aa'),('é','e')]: s=s.replace(a,b)
    return s
def toks(s):
    s=norm(s); return [(m.group(),m.start(),m.end()) for m in re.finditer(r'[a-z0-9]+',s)], s

def match_kw(kw, text):
    """positions of hits; phrase tokens must be separated by whitespace only"""
    tk,s=toks(text); parts=norm(kw).split(); hits=[]
    for i in range(len(tk)-len(parts)+1):
        ok=True
        for j,p in enumerate(parts):
            w=tk[i+j][0]
            if p.endswith('*'):
                if not w.startswith(p[:-1]): ok=False;break
            elif w!=p: ok=False;break
            if j>0 and s[tk[i+j-1][2]:tk[i+j][1]].strip()!='': ok=False;break
        if ok: hits.append((i,tk[i][0]))
    return hits

cb=json.load(open(D+'Codebooks/tki2.json',encoding='utf-8'))
assert list(cb)==['format','version','name','description','codes']
ORDER=['id','label','labels','definition','include','exclude','example','color','codable','keywords','children']
ids=[]; problems=[]
def walk(c, theme, depth):
    ks=list(c); assert ks==[k for k in ORDER if k in c], ks
    ids.append(c['id'])
    assert re.fullmatch(r'[a-z]+(-[a-z]+)*',c['id']), c['id']
    assert c['label'] and re.fullmatch(r'#[0-9A-F]{6}',c['color']) and c['labels']['da']
    for k in ['definition','include','exclude','example']: assert c[k].strip()
    yield c, theme, depth
    for ch in c.get('children',[]): yield from walk(ch, theme, depth+1)
allcodes=[x for top in cb['codes'] for x in walk(top, top['id'], 0)]
assert len(ids)==len(set(ids)), 'duplicate ids'
print('== codebook: %d codes, %d top-level, ids unique'%(len(ids),len(cb['codes'])))

theme_files={}; theme_hits={}
for c,theme,depth in allcodes:
    kws=c.get('keywords',[])
    if not kws: continue
    pos=[k for k in kws if not k.startswith('-')]; neg=[k[1:] for k in kws if k.startswith('-')]
    per_file={}; used=set()
    for f,tu in files.items():
        n=0
        for _,t in tu:
            excl=set(i for k in neg for i,_ in match_kw(k,t))
            for k in pos:
                h=[i for i,_ in match_kw(k,t) if i not in excl]
                if h: used.add(k)
                n+=len(h)
        if n: per_file[f]=n
    unused=[k for k in pos if k not in used]
    if not per_file: problems.append(c['id']+' has no hits')
    theme_files.setdefault(theme,set()).update(per_file)
    theme_hits[theme]=theme_hits.get(theme,0)+sum(per_file.values())
    print(f"{'  '*depth}{c['id']:26} hits={sum(per_file.values()):3} files={len(per_file)} unused={unused}")
    for k in neg:
        ex=sum(len(match_kw(k,t)) for tu in files.values() for _,t in tu)
        print(f"{'  '*depth}   exclusion -{k}: occurs {ex}x")
print('== per theme (theme + sub-codes)')
for th in [c['id'] for c in cb['codes']]:
    print(f'{th:20} hits={theme_hits.get(th,0):4} transcripts={len(theme_files.get(th,()))} {sorted(theme_files.get(th,()))}')
    if th!='implementation' and len(theme_files.get(th,()))<3: problems.append(th+' <3 transcripts')

# participants.csv
if os.path.exists(T+'participants.csv'):
    rows=list(csv.DictReader(open(T+'participants.csv',encoding='utf-8',newline='')))
    assert list(rows[0])==['id','role','group','diagnosis','profession','age','gender','date','speakers']
    tfiles=sorted(f for f in os.listdir(T) if re.match(r'^[BP]\d\d\.',f))
    assert sorted(r['id'] for r in rows)==sorted(f.split('.')[0] for f in tfiles)
    names={f.split('.')[0]:set(s for s,_ in tu) for f,tu in files.items()}
    for r in rows:
        mp=dict(x.strip().split('=') for x in r['speakers'].split(','))
        assert set(mp)==names[r['id']], (r['id'],mp,names[r['id']])
    print('== participants.csv: %d rows, speaker maps match files'%len(rows))
    for f in ['B01.txt','B05.txt','P01.txt']:
        meta,_=turns_txt(T+f); r=[x for x in rows if x['id']==meta['id']][0]
        for k,v in meta.items():
            if k in r: assert r[k]==v,(f,k,r[k],v)
    print('front matter agrees with csv')
print('PROBLEMS:', problems or 'none')

def flat(s):
    return ' '.join(w for w,_,_ in toks(s)[0])
alltext=' || '.join(flat(t) for tu in files.values() for _,t in tu)
missing=[c['id'] for c,_,_ in allcodes if flat(c['example']) not in alltext]
print('examples not found verbatim in transcripts:', missing or 'none')
sys.exit(1 if problems or missing else 0)
