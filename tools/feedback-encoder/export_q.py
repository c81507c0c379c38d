"""Exports a trained student to ONNX (input_ids, attention_mask -> sentence_embedding, the [CLS] vector before
normalisation) and quantises it the way the teacher's int8 model is: weights int8 per output column in [-64, 64]
(7 bits, as ONNX Runtime does for CPUs without VNNI), activations quantised per call (DynamicQuantizeLinear ->
MatMulInteger), the word-embedding table uint8."""
import sys, torch, numpy as np, onnx
from onnx import helper, numpy_helper, TensorProto
from bert import Bert

class ClsOnly(torch.nn.Module):
    """The student, with its last layer computed for the [CLS] position only (keys and values still for all)."""
    def __init__(s, bert): super().__init__(); s.b = bert
    def forward(s, ids, mask):
        b = s.b; T = ids.shape[1]
        pos = torch.arange(T).unsqueeze(0)
        x = b.ln(b.word(ids) + b.pos(pos) + b.ttype.weight[0])
        bias = (1.0 - mask[:, None, None, :].to(x.dtype)) * -10000.0
        for l in b.layers[:-1]: x = l(x, bias)
        L = b.layers[-1]; B = x.shape[0]; H = 384; NH = 12; D = 32
        q = L.q(x[:, :1]).view(B, 1, NH, D).transpose(1, 2)
        k = L.k(x).view(B, T, NH, D).transpose(1, 2); v = L.v(x).view(B, T, NH, D).transpose(1, 2)
        a = torch.softmax(q @ k.transpose(-1, -2) / (D ** 0.5) + bias, dim=-1)
        c = (a @ v).transpose(1, 2).reshape(B, 1, H)
        y = L.ln1(x[:, :1] + L.o(c))
        y = L.ln2(y + L.ff2(torch.nn.functional.gelu(L.ff1(y))))
        return y[:, 0]

def export(student, path):
    m = ClsOnly(student).eval()
    ids = torch.tensor([[101, 2023, 2003, 1037, 3231, 102], [101, 7592, 102, 0, 0, 0]])
    mask = (ids != 0).long()
    torch.onnx.export(m, (ids, mask), path, input_names=['input_ids', 'attention_mask'], output_names=['sentence_embedding'],
                      dynamic_axes={'input_ids': {0: 'batch', 1: 'tokens'}, 'attention_mask': {0: 'batch', 1: 'tokens'},
                                    'sentence_embedding': {0: 'batch'}}, opset_version=14, do_constant_folding=True)

def quantise(src, dst):
    m = onnx.load(src); g = m.graph
    init = {t.name: t for t in g.initializer}
    nodes, added, dq_for = [], [], {}
    for n in g.node:
        if n.op_type == 'MatMul' and n.input[1] in init and len(init[n.input[1]].dims) == 2:
            w = numpy_helper.to_array(init[n.input[1]]).astype(np.float32)
            scale = np.maximum(np.abs(w).max(axis=0), 1e-8) / 64.0
            wq = np.clip(np.round(w / scale), -64, 64).astype(np.int8)
            base = n.input[1]
            added += [numpy_helper.from_array(wq, base + '_quantized'), numpy_helper.from_array(np.zeros(w.shape[1], np.int8), base + '_zero_point'),
                      numpy_helper.from_array(scale.astype(np.float32), base + '_scale')]
            x = n.input[0]
            if x not in dq_for:
                dq_for[x] = (x + '_quantized', x + '_scale', x + '_zero_point')
                nodes.append(helper.make_node('DynamicQuantizeLinear', [x], list(dq_for[x]), name=x + '_dql'))
            xq, xs, xz = dq_for[x]
            out = n.output[0]
            nodes += [helper.make_node('MatMulInteger', [xq, base + '_quantized', xz, base + '_zero_point'], [out + '_i32'], name=out + '_mmi'),
                      helper.make_node('Cast', [out + '_i32'], [out + '_f'], to=TensorProto.FLOAT, name=out + '_cast'),
                      helper.make_node('Mul', [xs, base + '_scale'], [out + '_s'], name=out + '_scales'),
                      helper.make_node('Mul', [out + '_f', out + '_s'], [out], name=out + '_mul')]
        elif n.op_type == 'Gather' and n.input[0] in init and init[n.input[0]].dims[0] > 10000:
            w = numpy_helper.to_array(init[n.input[0]]).astype(np.float32)
            lo, hi = min(w.min(), 0.0), max(w.max(), 0.0)
            scale = np.float32((hi - lo) / 255.0); zp = np.uint8(round(-lo / scale))
            wq = np.clip(np.round(w / scale) + zp, 0, 255).astype(np.uint8)
            base = n.input[0]
            added += [numpy_helper.from_array(wq, base + '_quantized'), numpy_helper.from_array(np.array(scale, np.float32), base + '_scale'),
                      numpy_helper.from_array(np.array(zp, np.uint8), base + '_zero_point')]
            out = n.output[0]
            nodes += [helper.make_node('Gather', [base + '_quantized', n.input[1]], [out + '_q'], name=out + '_gq'),
                      helper.make_node('DequantizeLinear', [out + '_q', base + '_scale', base + '_zero_point'], [out], name=out + '_dq')]
        else:
            nodes.append(n)
    used = {i for n in nodes for i in n.input}
    keep = [t for t in g.initializer if t.name in used] + [t for t in added if t.name in used]
    del g.node[:]; g.node.extend(nodes)
    del g.initializer[:]; g.initializer.extend(keep)
    onnx.checker.check_model(m)
    onnx.save(m, dst)

if __name__ == '__main__':
    layers = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    s = Bert(layers); s.load_state_dict(torch.load(sys.argv[1])); s.eval()
    export(s, sys.argv[2] + '.fp32.onnx')
    quantise(sys.argv[2] + '.fp32.onnx', sys.argv[2])
