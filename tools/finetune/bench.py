"""Timing on an otherwise idle machine: inference sentences/s on pure-valid (final.pt, batch 64, length-sorted) and
training seconds per batch (60 batches of 16 from pure-train) for 1 and 2 threads."""
import sys, os, time
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import numpy as np, torch
from common import *
from train import make_batches, predict, TRAIN, VALID
tok = WordPiece()
vt = [tok.encode(r['text']) for r in read_csv(VALID)]
rows = read_csv(TRAIN)
toks = [tok.encode(r['text']) for r in rows]; y = torch.tensor([1 if r['label'] == 'req' else 0 for r in rows])
for th in (2, 1):
    torch.set_num_threads(th)
    m = Classifier(); m.load_state_dict(torch.load(FT + '/final.pt'))
    _, t = predict(m, vt)
    print(f'threads={th} inference (batch 64): {len(vt) / t:.1f} sent/s')
    _, t = predict(m, vt, bs=1)
    print(f'threads={th} inference (batch 1): {len(vt) / t:.1f} sent/s')
    m.train(); opt = torch.optim.AdamW(m.parameters(), lr=1e-5)
    bs = make_batches([len(t) for t in toks], np.random.RandomState(0))[:60]
    t0 = time.time()
    for b in bs:
        ids, mk, tt = batchify([toks[i] for i in b])
        loss = torch.nn.functional.cross_entropy(m(ids, mk, tt), y[b]); opt.zero_grad(); loss.backward(); opt.step()
    dt = (time.time() - t0) / len(bs)
    print(f'threads={th} train: {dt:.3f} s/batch -> est. {dt * 332:.0f} s/epoch on full pure-train (332 batches)')
