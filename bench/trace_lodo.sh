#!/usr/bin/env bash
# Leave-one-dataset-out check of the fusion weight Engine.MUTUAL (docs/matching.md, section 7):
# for each trace set, the weight of the grid with the best average best-F1 on the other four sets
# is applied to the held-out set. Needs python3 and ../shared/datasets/trace.
#   bench/trace_lodo.sh [DATASETS_DIR]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="${1:-$root/../shared/datasets/trace}"
sets=(cm1 gannt modis warc dronology)
grid=(0 0.125 0.25 0.375 0.5 0.625 0.75 1)
out="$(mktemp)"
trap 'rm -f "$out"' EXIT
for l in "${grid[@]}"; do
  for d in "${sets[@]}"; do
    "$root/specmirror" eval trace "$data/$d" --mutual "$l" --format json \
      | python3 -c "import json,sys; j=json.load(sys.stdin); print('$l', '$d', j['map'], j['best_f1']['f1'])" >>"$out"
  done
done
python3 - "$out" <<'PY'
import sys, collections
r = collections.defaultdict(dict)
for line in open(sys.argv[1]):
    l, d, m, f1 = line.split()
    r[float(l)][d] = (float(m), float(f1))
sets = ['cm1', 'gannt', 'modis', 'warc', 'dronology']
print('lambda  ' + ' '.join(f'{d:>9}' for d in sets) + '   avg F1  avg MAP')
for l in sorted(r):
    print(f'{l:<7} ' + ' '.join(f'{r[l][d][1]:9.3f}' for d in sets)
          + f'   {sum(r[l][d][1] for d in sets) / 5:.4f}  {sum(r[l][d][0] for d in sets) / 5:.4f}')
f1 = m = 0
for h in sets:
    others = [d for d in sets if d != h]
    best = max(sorted(r), key=lambda l: sum(r[l][d][1] for d in others))
    print(f'held out {h:<9} lambda {best:<5} F1 {r[best][h][1]:.4f} MAP {r[best][h][0]:.4f}')
    f1 += r[best][h][1]; m += r[best][h][0]
print(f'leave-one-dataset-out: average best F1 {f1 / 5:.4f}, MAP {m / 5:.4f}')
PY
