"""Figures quoted in docs/classifier.md beyond macro-F1: share of sentences predicted `req` against the
true share, and ROC-AUC (rank-based, ties averaged), for pure-valid and the pooled out-of-fold predictions."""
import csv, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import FT


def read(path):
    with open(path, newline='') as f:
        return [(float(r['prob_req']), r['label'] == 'req') for r in csv.DictReader(f)]


def auc(rows):
    order = sorted(range(len(rows)), key=lambda i: rows[i][0])
    ranks = [0.0] * len(rows)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and rows[order[j + 1]][0] == rows[order[i]][0]:
            j += 1
        for k in range(i, j + 1):
            ranks[order[k]] = (i + j) / 2 + 1
        i = j + 1
    pos = sum(1 for _, y in rows if y)
    neg = len(rows) - pos
    return (sum(r for r, (_, y) in zip(ranks, rows) if y) - pos * (pos + 1) / 2) / (pos * neg)


for name in ('valid_pred.csv', 'oof_pred.csv'):
    path = os.path.join(FT, name)
    if not os.path.exists(path):
        print(f'{name}: missing (run train.py first)')
        continue
    rows = read(path)
    predicted = sum(1 for p, _ in rows if p >= 0.5) / len(rows)
    true = sum(1 for _, y in rows if y) / len(rows)
    print(f'{name}: n {len(rows)}  predicted req {predicted:.3f}  true req {true:.3f}  ROC-AUC {auc(rows):.3f}')
