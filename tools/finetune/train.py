"""Fine-tune ported all-MiniLM-L6-v2 + mean pooling + dropout + linear head for req / not_req.

Usage:
  /usr/bin/python3 train.py cv FOLD [FOLD ...] [--epochs N]   -> train on other folds, predict fold; writes oof_foldK.csv
  /usr/bin/python3 train.py final [--epochs N]                 -> train on all pure-train, predict pure-valid; writes
                                                                 final.pt, valid_pred.csv
"""
import sys, os, time, math, csv, json, argparse
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import numpy as np
import torch
import torch.nn as nn
from common import *

TRAIN = os.environ.get('DATASETS', os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../../shared/datasets')) + '/requirements/pure-train.csv'
VALID = os.environ.get('DATASETS', os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../../shared/datasets')) + '/requirements/pure-valid.csv'
FOLDS = {
    0: ['npac'],
    1: ['clarus high', 'mashboot', 'peazip', 'viper', 'virtual ed'],
    2: ['elsfork', 'inventory', 'libra', 'library', 'split merge'],
    3: ['beyond', 'cctns', 'gamma j', 'gparted', 'inventory 2.0'],
    4: ['2009 - library', 'dii', 'esa', 'e-store', 'multi-mahjong', 'philips'],
}
MAX_LEN, BATCH, LR, WD, WARMUP, SEED, CHUNK = 128, 16, 5e-5, 0.01, 0.10, 13, 50


def stem_key(doc):
    # group = document name lower-cased, letters+digits only; fold lists name documents without extension,
    # so the extension is dropped before keying ("inventory-2.0.pdf" and "inventory 2.0.pdf" -> "inventory20").
    d = doc.lower()
    for ext in ('.pdf', '.doc', '.htm', '.html', '.docx'):
        if d.endswith(ext):
            d = d[:-len(ext)]
    return group_key(d)


def fold_of(doc):
    k = stem_key(doc)
    for f, names in FOLDS.items():
        if k in [group_key(n) for n in names]:
            return f
    raise KeyError(doc)


def make_batches(lengths, rng):
    idx = rng.permutation(len(lengths))
    batches = []
    for c in range(0, len(idx), BATCH * CHUNK):
        chunk = sorted(idx[c:c + BATCH * CHUNK], key=lambda i: lengths[i])
        batches += [chunk[b:b + BATCH] for b in range(0, len(chunk), BATCH)]
    order = rng.permutation(len(batches))
    return [batches[i] for i in order]


def train(toks, labels, epochs, log):
    torch.manual_seed(SEED)
    rng = np.random.RandomState(SEED)
    model = Classifier()
    load_onnx_weights(model.enc)
    # HF convention: no weight decay on biases and LayerNorm weights
    decay, no_decay = [], []
    for n, p in model.named_parameters():
        if n.endswith('.bias') or n.split('.')[-2].startswith('ln'):
            no_decay.append(p)
        else:
            decay.append(p)
    opt = torch.optim.AdamW([{'params': decay, 'weight_decay': WD}, {'params': no_decay, 'weight_decay': 0.0}], lr=LR)
    lengths = [len(t) for t in toks]
    n_batches = math.ceil(len(toks) / BATCH)
    total = epochs * n_batches
    warm = int(WARMUP * total)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: (s / max(1, warm)) if s < warm else max(0.0, (total - s) / max(1, total - warm)))
    y_all = torch.tensor(labels, dtype=torch.long)
    lossf = nn.CrossEntropyLoss()
    epoch_times = []
    for ep in range(epochs):
        model.train()
        t0 = time.time(); tot = 0.0
        batches = make_batches(lengths, rng)
        for bi, b in enumerate(batches):
            ids, m, tt = batchify([toks[i] for i in b])
            loss = lossf(model(ids, m, tt), y_all[b])
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step(); sched.step()
            tot += loss.item()
            if bi % 50 == 0:
                log(f'  ep{ep} batch {bi}/{len(batches)} loss {tot / (bi + 1):.4f} {time.time() - t0:.0f}s')
        epoch_times.append(time.time() - t0)
        log(f'  epoch {ep} done: mean loss {tot / len(batches):.4f}, {epoch_times[-1]:.1f}s')
    return model, epoch_times


@torch.no_grad()
def predict(model, toks, bs=64):
    model.eval()
    order = sorted(range(len(toks)), key=lambda i: len(toks[i]))
    probs = np.zeros(len(toks))
    t0 = time.time()
    for s in range(0, len(order), bs):
        b = order[s:s + bs]
        ids, m, tt = batchify([toks[i] for i in b])
        probs[b] = torch.softmax(model(ids, m, tt), -1)[:, 1].numpy()
    return probs, time.time() - t0


def write_preds(path, rows, probs):
    with open(path, 'w', newline='') as f:
        w = csv.writer(f); w.writerow(['id', 'prob_req', 'label'])
        for r, p in zip(rows, probs):
            w.writerow([r['id'], f'{p:.6f}', r['label']])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('mode', choices=['cv', 'final'])
    ap.add_argument('folds', nargs='*', type=int)
    ap.add_argument('--epochs', type=int, default=3)
    ap.add_argument('--tag', default='')
    ap.add_argument('--threads', type=int, default=2)
    a = ap.parse_args()
    torch.set_num_threads(a.threads)
    logf = open(f'{FT}/log_{a.mode}{a.tag}.txt', 'a')
    def log(s):
        print(s, flush=True); logf.write(s + '\n'); logf.flush()
    tok = WordPiece()
    rows = read_csv(TRAIN)
    toks = [tok.encode(r['text'], MAX_LEN) for r in rows]
    labels = [1 if r['label'] == 'req' else 0 for r in rows]
    folds = [fold_of(r['document']) for r in rows]
    for f in range(5):
        keys = sorted({stem_key(r['document']) for r, g in zip(rows, folds) if g == f})
        log(f'fold {f}: size {folds.count(f)} groups {keys}')
    if a.mode == 'cv':
        for f in a.folds:
            tr = [i for i in range(len(rows)) if folds[i] != f]
            te = [i for i in range(len(rows)) if folds[i] == f]
            log(f'=== fold {f}: train {len(tr)} test {len(te)} epochs {a.epochs}')
            t0 = time.time()
            model, et = train([toks[i] for i in tr], [labels[i] for i in tr], a.epochs, log)
            probs, pt = predict(model, [toks[i] for i in te])
            y = [labels[i] for i in te]
            mf = macro_f1(y, (probs >= 0.5).astype(int))
            log(f'RESULT fold {f} macroF1 {mf:.4f} epoch_times {[round(x, 1) for x in et]} '
                f'infer {len(te) / pt:.1f} sent/s total {time.time() - t0:.0f}s')
            write_preds(f'{FT}/oof_fold{f}{a.tag}.csv', [rows[i] for i in te], probs)
    else:
        log(f'=== final: train {len(rows)} epochs {a.epochs}')
        t0 = time.time()
        model, et = train(toks, labels, a.epochs, log)
        torch.save(model.state_dict(), f'{FT}/final{a.tag}.pt')
        vrows = read_csv(VALID)
        vt = [tok.encode(r['text'], MAX_LEN) for r in vrows]
        probs, pt = predict(model, vt)
        y = [1 if r['label'] == 'req' else 0 for r in vrows]
        yh = (probs >= 0.5).astype(int)
        p, r, f1 = prf(y, yh)
        acc = float(np.mean(np.array(y) == yh))
        log(f'RESULT final pure-valid acc {acc:.4f} req P {p:.4f} R {r:.4f} F1 {f1:.4f} '
            f'macroF1 {macro_f1(y, yh):.4f} epoch_times {[round(x, 1) for x in et]} '
            f'infer {len(vt) / pt:.1f} sent/s total {time.time() - t0:.0f}s')
        write_preds(f'{FT}/valid_pred{a.tag}.csv', vrows, probs)


if __name__ == '__main__':
    main()
