import math, numpy as np, torch, torch.nn as nn, onnx
from onnx import numpy_helper

H, HEADS, FF = 384, 12, 1536

class Layer(nn.Module):
    def __init__(s):
        super().__init__()
        s.q, s.k, s.v, s.o = (nn.Linear(H, H) for _ in range(4))
        s.ln1 = nn.LayerNorm(H, eps=1e-12)
        s.ff1, s.ff2 = nn.Linear(H, FF), nn.Linear(FF, H)
        s.ln2 = nn.LayerNorm(H, eps=1e-12)
    def forward(s, x, bias):
        B, T, _ = x.shape
        def heads(t): return t.view(B, T, HEADS, H // HEADS).transpose(1, 2)
        q, k, v = heads(s.q(x)), heads(s.k(x)), heads(s.v(x))
        a = torch.softmax(q @ k.transpose(-1, -2) / math.sqrt(H // HEADS) + bias, dim=-1)
        c = (a @ v).transpose(1, 2).reshape(B, T, H)
        x = s.ln1(x + s.o(c))
        return s.ln2(x + s.ff2(nn.functional.gelu(s.ff1(x))))

class Bert(nn.Module):
    def __init__(s, layers):
        super().__init__()
        s.word = nn.Embedding(30522, H); s.pos = nn.Embedding(512, H); s.ttype = nn.Embedding(2, H)
        s.ln = nn.LayerNorm(H, eps=1e-12)
        s.layers = nn.ModuleList(Layer() for _ in range(layers))
    def forward(s, ids, mask):
        T = ids.shape[1]
        pos = torch.arange(T, device=ids.device).unsqueeze(0)
        x = s.ln(s.word(ids) + s.pos(pos) + s.ttype(torch.zeros_like(ids)))
        bias = (1.0 - mask[:, None, None, :].to(x.dtype)) * -10000.0
        for l in s.layers: x = l(x, bias)
        return x

def teacher_weights(path='teacher-fp32/bge-small-en-v1.5.onnx'):
    m = onnx.load(path)
    init = {t.name: numpy_helper.to_array(t) for t in m.graph.initializer}
    mats = [init[n.input[1]] for n in m.graph.node if n.op_type == 'MatMul' and n.input[1] in init]
    assert len(mats) == 72, len(mats)
    return init, mats

def load(model, picks, path='teacher-fp32/bge-small-en-v1.5.onnx'):
    init, mats = teacher_weights(path)
    t = lambda a: torch.tensor(np.array(a))
    with torch.no_grad():
        model.word.weight.copy_(t(init['embeddings.word_embeddings.weight']))
        model.pos.weight.copy_(t(init['embeddings.position_embeddings.weight']))
        model.ttype.weight.copy_(t(init['embeddings.token_type_embeddings.weight']))
        model.ln.weight.copy_(t(init['embeddings.LayerNorm.weight'])); model.ln.bias.copy_(t(init['embeddings.LayerNorm.bias']))
        for i, src in enumerate(picks):
            L = model.layers[i]; p = f'encoder.layer.{src}.'
            q, k, v, o, f1, f2 = mats[src * 6: src * 6 + 6]
            for lin, w, b in [(L.q, q, 'attention.self.query'), (L.k, k, 'attention.self.key'), (L.v, v, 'attention.self.value'),
                              (L.o, o, 'attention.output.dense'), (L.ff1, f1, 'intermediate.dense'), (L.ff2, f2, 'output.dense')]:
                lin.weight.copy_(t(w).T); lin.bias.copy_(t(init[p + b + '.bias']))
            L.ln1.weight.copy_(t(init[p + 'attention.output.LayerNorm.weight'])); L.ln1.bias.copy_(t(init[p + 'attention.output.LayerNorm.bias']))
            L.ln2.weight.copy_(t(init[p + 'output.LayerNorm.weight'])); L.ln2.bias.copy_(t(init[p + 'output.LayerNorm.bias']))
    return model

def read_ids(path):
    return [[int(x) for x in l.split()] for l in open(path).read().split('\n') if l]

def read_vec(path):
    return np.fromfile(path, dtype='<f4').reshape(-1, 384)

def batches(ids, size, order=None):
    order = order if order is not None else sorted(range(len(ids)), key=lambda i: len(ids[i]))
    for s in range(0, len(order), size):
        idx = order[s:s + size]
        T = max(len(ids[i]) for i in idx)
        a = torch.zeros(len(idx), T, dtype=torch.long); m = torch.zeros(len(idx), T, dtype=torch.long)
        for j, i in enumerate(idx):
            a[j, :len(ids[i])] = torch.tensor(ids[i]); m[j, :len(ids[i])] = 1
        yield idx, a, m

def embed(model, ids, size=64):
    out = np.zeros((len(ids), 384), dtype=np.float32)
    with torch.no_grad():
        for idx, a, m in batches(ids, size):
            v = torch.nn.functional.normalize(model(a, m)[:, 0], dim=-1)
            out[idx] = v.numpy()
    return out
