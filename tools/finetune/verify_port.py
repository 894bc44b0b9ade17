"""Step 1: verify WordPiece tokenizer + ported encoder against Java/langchain4j reference (ref.tsv from Ref.java)."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import numpy as np, torch
from common import *
torch.set_num_threads(2)
tok = WordPiece()
enc = load_onnx_weights(Encoder()).eval()
sents = [l.rstrip('\n') for l in open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'sentences.txt')) if l.strip()]
refs = [l.rstrip('\n').split('\t') for l in open(FT + '/ref.tsv')]
for s, (ids, vec) in zip(sents, refs):
    ours = tok.encode(s)
    ref_ids = [int(x) for x in ids.split()]
    ref = np.array([float(x) for x in vec.split()])
    ii, m, tt = batchify([ours])
    with torch.no_grad():
        e = mean_pool(enc(ii, m, tt), m)[0].numpy()
    e = e / np.linalg.norm(e)
    cos = float(e @ ref / np.linalg.norm(ref))
    print(f'tokens_match={ours == ref_ids} n_tok={len(ours)} cosine={cos:.6f} max_abs_diff={np.abs(e-ref).max():.2e}  | {s[:60]}')
