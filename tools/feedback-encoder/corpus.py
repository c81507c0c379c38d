"""Writes the texts the student learns from and is checked on, from the npm packages texts.sh unpacked into npm/:
train.txt     60,000 English sentences: mail (ham and spam of the SpamAssassin public corpus), State of the Union
              addresses and Moby-Dick; short ones first, as feedback is short (a quarter of those over 25 words)
and, from ../shared/data/feedback, banking.txt and amazon.txt: their texts only (no labels), to watch how close the
student comes to its teacher while it learns."""
import os, re, random, glob, json, html, csv, sys
random.seed(7)
out = set()
SPLIT = re.compile(r'(?<=[.!?])\s+(?=[A-Z"\'])')
def good(s):
    s = ' '.join(s.split())
    w = s.split()
    if not (4 <= len(w) <= 40): return None
    letters = sum(c.isalpha() for c in s)
    if letters < 0.7 * len(s.replace(' ', '')): return None
    if re.search(r'https?:|www\.|@|\\|=\w|_{3,}|-{3,}|\|', s): return None
    return s
def add_text(t, cap=None):
    n = 0
    for para in re.split(r'\n\s*\n', t):
        for s in SPLIT.split(' '.join(para.split())):
            g = good(s)
            if g: out.add(g); n += 1
# emails: bodies of ham and spam, without quoted lines and signatures
base = 'npm/spam-assassin/package/data'
emails = 0
for d in ['easy-ham-1','easy-ham-2','hard-ham-1','spam-1','spam-2']:
    for f in glob.glob(f'{base}/{d}/*'):
        raw = open(f, encoding='latin-1').read()
        body = raw.split('\n\n', 1)[1] if '\n\n' in raw else ''
        body = re.sub(r'<[^>]+>', ' ', body); body = html.unescape(body)
        lines = [l for l in body.split('\n') if not l.lstrip().startswith(('>', '|')) and not re.match(r'^\s*(--|On .* wrote)', l)]
        add_text('\n'.join(lines)); emails += 1
n_mail = len(out)
for f in glob.glob('npm/sotu/package/data/*.txt'):
    add_text(open(f, encoding='utf-8').read())
n_sotu = len(out) - n_mail
add_text(open('npm/moby-dick/package/data/data.txt', encoding='utf-8').read())
print('emails', emails, 'sentences from mail', n_mail, 'sotu', n_sotu, 'moby', len(out) - n_mail - n_sotu)
lines = sorted(out); random.shuffle(lines)
print('sentences', len(lines))
random.seed(11)
short = [l for l in lines if len(l.split()) <= 25]
long_ = [l for l in lines if len(l.split()) > 25]
pick = short + random.sample(long_, len(long_) // 4)
random.shuffle(pick)
pick = pick[:60000]
open('train.txt', 'w').write('\n'.join(pick) + '\n')
print('train.txt', len(pick), 'mean words', sum(len(l.split()) for l in pick) / len(pick))
data = sys.argv[1]
r = csv.reader(open(f'{data}/banking77-train.csv')); next(r)
open('banking.txt', 'w').write('\n'.join(' '.join(row[0].split()) for row in r) + '\n')
open('amazon.txt', 'w').write(''.join(l.split('\t')[2] for l in open(f'{data}/amazon-review-snippets.tsv')))
