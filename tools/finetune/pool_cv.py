"""Pool out-of-fold predictions oof_fold{0..4}.csv -> per-fold + pooled macro-F1 (threshold 0.5); writes oof_pred.csv."""
import sys, os, csv
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import numpy as np
from common import FT, macro_f1, read_csv
allrows = []
for f in range(5):
    p = f'{FT}/oof_fold{f}.csv'
    if not os.path.exists(p):
        print(f'fold {f}: missing'); continue
    r = read_csv(p)
    y = [1 if x['label'] == 'req' else 0 for x in r]; yh = [1 if float(x['prob_req']) >= 0.5 else 0 for x in r]
    print(f'fold {f}: n={len(r)} macroF1={macro_f1(y, yh):.4f}')
    allrows += r
y = [1 if x['label'] == 'req' else 0 for x in allrows]; yh = [1 if float(x['prob_req']) >= 0.5 else 0 for x in allrows]
print(f'pooled over {len(allrows)} rows: macroF1={macro_f1(y, yh):.4f}')
with open(FT + '/oof_pred.csv', 'w', newline='') as f:
    w = csv.DictWriter(f, fieldnames=['id', 'prob_req', 'label']); w.writeheader(); w.writerows(allrows)
