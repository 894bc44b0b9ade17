"""Shared code: BERT WordPiece tokenizer, MiniLM-L6 BERT encoder in PyTorch, ONNX weight port, classifier."""
import json, math, os, re, unicodedata, csv
import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

FT = os.environ.get('FT_DIR', '/tmp/specmirror-finetune')  # work folder: weights, logs, models
ONNX_PATH = FT + '/jar/all-minilm-l6-v2.onnx'
TOK_PATH = FT + '/jar/all-minilm-l6-v2-tokenizer.json'


# ---------------------------------------------------------------- tokenizer
def _is_punct(ch):
    cp = ord(ch)
    if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
        return True
    return unicodedata.category(ch).startswith('P')


def _is_cjk(cp):
    return (0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0x20000 <= cp <= 0x2A6DF
            or 0x2A700 <= cp <= 0x2B73F or 0x2B740 <= cp <= 0x2B81F or 0x2B820 <= cp <= 0x2CEAF
            or 0xF900 <= cp <= 0xFAFF or 0x2F800 <= cp <= 0x2FA1F)


class WordPiece:
    def __init__(self, path=TOK_PATH):
        t = json.load(open(path))
        self.vocab = t['model']['vocab']
        self.unk = self.vocab['[UNK]']
        self.cls = self.vocab['[CLS]']
        self.sep = self.vocab['[SEP]']
        self.max_chars = t['model'].get('max_input_chars_per_word', 100)

    def _normalize(self, text):
        out = []
        for ch in text:
            cp = ord(ch)
            if cp == 0 or cp == 0xFFFD:
                continue
            cat = unicodedata.category(ch)
            if ch in '\t\n\r' or cat == 'Zs':
                out.append(' ')
                continue
            if cat in ('Cc', 'Cf'):
                continue
            if _is_cjk(cp):
                out.append(' ' + ch + ' ')
                continue
            out.append(ch)
        text = ''.join(out).lower()
        text = unicodedata.normalize('NFD', text)
        return ''.join(c for c in text if unicodedata.category(c) != 'Mn')

    def _pretokenize(self, text):
        words = []
        for w in text.split():
            cur = ''
            for ch in w:
                if _is_punct(ch):
                    if cur:
                        words.append(cur)
                    words.append(ch)
                    cur = ''
                else:
                    cur += ch
            if cur:
                words.append(cur)
        return words

    def _wordpiece(self, w):
        if len(w) > self.max_chars:
            return [self.unk]
        ids, start = [], 0
        while start < len(w):
            end, found = len(w), None
            while start < end:
                sub = w[start:end]
                if start > 0:
                    sub = '##' + sub
                if sub in self.vocab:
                    found = self.vocab[sub]
                    break
                end -= 1
            if found is None:
                return [self.unk]
            ids.append(found)
            start = end
        return ids

    def encode(self, text, max_len=128):
        ids = []
        for w in self._pretokenize(self._normalize(text)):
            ids.extend(self._wordpiece(w))
        ids = ids[:max_len - 2]
        return [self.cls] + ids + [self.sep]


# ---------------------------------------------------------------- model
class Layer(nn.Module):
    def __init__(self, h=384, heads=12, inter=1536, eps=1e-12, p=0.1):
        super().__init__()
        self.heads = heads
        self.q = nn.Linear(h, h); self.k = nn.Linear(h, h); self.v = nn.Linear(h, h)
        self.ao = nn.Linear(h, h); self.ln1 = nn.LayerNorm(h, eps=eps)
        self.i = nn.Linear(h, inter); self.o = nn.Linear(inter, h); self.ln2 = nn.LayerNorm(h, eps=eps)
        self.drop = nn.Dropout(p)

    def forward(self, x, bias):
        B, T, H = x.shape
        d = H // self.heads
        def sp(t):
            return t.view(B, T, self.heads, d).transpose(1, 2)
        q, k, v = sp(self.q(x)), sp(self.k(x)), sp(self.v(x))
        s = torch.matmul(q, k.transpose(-1, -2)) / math.sqrt(d) + bias
        a = self.drop(torch.softmax(s, dim=-1))
        c = torch.matmul(a, v).transpose(1, 2).reshape(B, T, H)
        x = self.ln1(x + self.drop(self.ao(c)))
        y = self.o(F.gelu(self.i(x)))
        return self.ln2(x + self.drop(y))


class Encoder(nn.Module):
    def __init__(self, vocab=30522, h=384, layers=6, maxpos=512, eps=1e-12, p=0.1):
        super().__init__()
        self.word = nn.Embedding(vocab, h)
        self.pos = nn.Embedding(maxpos, h)
        self.typ = nn.Embedding(2, h)
        self.ln = nn.LayerNorm(h, eps=eps)
        self.drop = nn.Dropout(p)
        self.layers = nn.ModuleList([Layer(h=h, eps=eps, p=p) for _ in range(layers)])

    def forward(self, input_ids, attention_mask, token_type_ids):
        T = input_ids.shape[1]
        pos = torch.arange(T, device=input_ids.device).unsqueeze(0)
        x = self.word(input_ids) + self.pos(pos) + self.typ(token_type_ids)
        x = self.drop(self.ln(x))
        bias = (1.0 - attention_mask[:, None, None, :].to(x.dtype)) * -10000.0
        for l in self.layers:
            x = l(x, bias)
        return x


def mean_pool(h, mask):
    m = mask.unsqueeze(-1).to(h.dtype)
    return (h * m).sum(1) / m.sum(1).clamp(min=1e-9)


class Classifier(nn.Module):
    def __init__(self, p=0.1):
        super().__init__()
        self.enc = Encoder()
        self.drop = nn.Dropout(p)
        self.head = nn.Linear(384, 2)

    def forward(self, input_ids, attention_mask, token_type_ids):
        h = self.enc(input_ids, attention_mask, token_type_ids)
        return self.head(self.drop(mean_pool(h, attention_mask)))


def load_onnx_weights(enc, path=ONNX_PATH):
    import onnx
    from onnx import numpy_helper
    g = onnx.load(path).graph
    W = {t.name: numpy_helper.to_array(t) for t in g.initializer}
    inits = set(W)
    # map MatMul weight initializers via the bias of the following Add node
    cons = {}
    for n in g.node:
        for i in n.input:
            cons.setdefault(i, []).append(n)
    mm = {}
    for n in g.node:
        if n.op_type != 'MatMul':
            continue
        w = [i for i in n.input if i in inits]
        if not w:
            continue
        assert list(n.input).index(w[0]) == 1  # x @ W, W is (in, out)
        b = [i for c in cons[n.output[0]] for i in c.input if i in inits]
        assert len(b) == 1
        mm[b[0][:-len('.bias')] + '.weight'] = W[w[0]]
    W.update(mm)
    T = lambda a: torch.from_numpy(np.ascontiguousarray(a)).float()
    sd = {
        'word.weight': T(W['embeddings.word_embeddings.weight']),
        'pos.weight': T(W['embeddings.position_embeddings.weight']),
        'typ.weight': T(W['embeddings.token_type_embeddings.weight']),
        'ln.weight': T(W['embeddings.LayerNorm.weight']),
        'ln.bias': T(W['embeddings.LayerNorm.bias']),
    }
    names = {'q': 'attention.self.query', 'k': 'attention.self.key', 'v': 'attention.self.value',
             'ao': 'attention.output.dense', 'ln1': 'attention.output.LayerNorm',
             'i': 'intermediate.dense', 'o': 'output.dense', 'ln2': 'output.LayerNorm'}
    for L in range(6):
        for ours, theirs in names.items():
            p = f'encoder.layer.{L}.{theirs}'
            w = W[p + '.weight']
            if not ours.startswith('ln'):
                w = w.T  # MatMul stores (in, out); nn.Linear wants (out, in)
            sd[f'layers.{L}.{ours}.weight'] = T(w)
            sd[f'layers.{L}.{ours}.bias'] = T(W[p + '.bias'])
    missing, unexpected = enc.load_state_dict(sd, strict=True), None
    return enc


def batchify(tok_lists, pad=0):
    T = max(len(t) for t in tok_lists)
    ids = torch.zeros(len(tok_lists), T, dtype=torch.long)
    mask = torch.zeros(len(tok_lists), T, dtype=torch.long)
    for i, t in enumerate(tok_lists):
        ids[i, :len(t)] = torch.tensor(t)
        mask[i, :len(t)] = 1
    return ids, mask, torch.zeros_like(ids)


def group_key(doc):
    return re.sub(r'[^a-z0-9]', '', doc.lower())


def read_csv(path):
    with open(path, newline='', encoding='utf-8') as f:
        return list(csv.DictReader(f))


def macro_f1(y, yhat):
    y = np.asarray(y); yhat = np.asarray(yhat)
    f = []
    for c in (0, 1):
        tp = np.sum((yhat == c) & (y == c)); fp = np.sum((yhat == c) & (y != c)); fn = np.sum((yhat != c) & (y == c))
        p = tp / (tp + fp) if tp + fp else 0.0; r = tp / (tp + fn) if tp + fn else 0.0
        f.append(2 * p * r / (p + r) if p + r else 0.0)
    return float(np.mean(f))


def prf(y, yhat, c=1):
    y = np.asarray(y); yhat = np.asarray(yhat)
    tp = np.sum((yhat == c) & (y == c)); fp = np.sum((yhat == c) & (y != c)); fn = np.sum((yhat != c) & (y == c))
    p = tp / (tp + fp) if tp + fp else 0.0; r = tp / (tp + fn) if tp + fn else 0.0
    return float(p), float(r), float(2 * p * r / (p + r) if p + r else 0.0)
