"""Distils bge-small-en-v1.5's [CLS] vector (the int8 model's, unit length) into a student with fewer layers."""
import sys, time, random, math, torch, numpy as np
import torch.nn.functional as F
from bert import *
torch.manual_seed(3); random.seed(3)
torch.set_num_threads(int(sys.argv[4]) if len(sys.argv) > 4 else 2)
picks = [int(x) for x in sys.argv[1].split(',')]
epochs = float(sys.argv[2]); out = sys.argv[3]
ids = read_ids('train.ids'); vec = torch.tensor(read_vec('train.vec'))
n = min(len(ids), len(vec)); ids = ids[:n]; vec = vec[:n]
dev_ids = read_ids('banking.ids')[:1000]; dev_vec = read_vec('banking.vec')[:1000]
am_ids = read_ids('amazon.ids')[:1000]; am_vec = read_vec('amazon.vec')[:1000]
student = load(Bert(len(picks)), picks)
for p in [student.word.weight, student.pos.weight, student.ttype.weight]: p.requires_grad = False
params = [p for p in student.parameters() if p.requires_grad]
opt = torch.optim.AdamW(params, lr=float(sys.argv[5]) if len(sys.argv) > 5 else 2e-4, weight_decay=0.01)
BATCH = 32
# batches of similar length, in random order
order = sorted(range(n), key=lambda i: (len(ids[i]), random.random()))
chunks = [order[s:s + BATCH] for s in range(0, n, BATCH)]
steps = int(len(chunks) * epochs); warm = steps // 20
sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1.0, (s + 1) / warm) * max(0.0, (steps - s) / (steps - warm)) if s >= warm else (s + 1) / warm)
def evaluate():
    student.eval()
    b = (embed(student, dev_ids) * dev_vec).sum(1).mean(); a = (embed(student, am_ids) * am_vec).sum(1).mean()
    student.train(); return b, a
print('start', evaluate(), flush=True)
t0 = time.time(); step = 0
while step < steps:
    random.shuffle(chunks)
    for c in chunks:
        if step >= steps: break
        idx, a, m = next(batches(ids, len(c), c))
        s = F.normalize(student(a, m)[:, 0], dim=-1); t = vec[idx]
        loss = (1 - (s * t).sum(1)).mean() + F.mse_loss(s @ s.T, t @ t.T)
        opt.zero_grad(); loss.backward(); torch.nn.utils.clip_grad_norm_(params, 1.0); opt.step(); sched.step(); step += 1
        if step % 200 == 0: print(step, steps, round(loss.item(), 4), round(time.time() - t0), flush=True)
        if step % 1000 == 0: print('eval', evaluate(), flush=True); torch.save(student.state_dict(), out)
torch.save(student.state_dict(), out)
print('end', evaluate(), round(time.time() - t0), flush=True)
