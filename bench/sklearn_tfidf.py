#!/usr/bin/python3
"""Reference for the lexical matching target: scikit-learn's TF-IDF and a sparse matrix product.

    /usr/bin/python3 bench/sklearn_tfidf.py DIR [--repeat R]

DIR holds sources.txt and targets.txt, one statement a line, as written by
`bench/match.sh --modes lexical --dump OUT` (DIR is then OUT/targets-N). Times, on one thread
(scikit-learn's default): TfidfVectorizer (English stop words, tf as 1 + ln tf, smoothed idf,
L2 norm, like specmirror's lexical signal but without stemming or a glossary) fitted on both
sides, the product sources x targets^T, and the 100 best targets of each source. Prints every run
and the medians. Needs python3-sklearn (apt-get install -y python3-sklearn). See docs/benchmarks.md.
"""
import argparse
import statistics
import time

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read().splitlines()


def top_k(product, k):
    """The k best targets of every source (unordered), from the sparse rows."""
    best = []
    for i in range(product.shape[0]):
        a, b = product.indptr[i], product.indptr[i + 1]
        n = min(k, b - a)
        row = product.data[a:b]
        best.append(product.indices[a:b][np.argpartition(-row, n - 1)[:n]] if n else np.empty(0, dtype=int))
    return best


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("dir")
    p.add_argument("--repeat", type=int, default=5)
    a = p.parse_args()
    sources = read(a.dir + "/sources.txt")
    targets = read(a.dir + "/targets.txt")
    runs = []
    for _ in range(a.repeat):
        t0 = time.perf_counter()
        vectoriser = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit(sources + targets)
        s, t = vectoriser.transform(sources), vectoriser.transform(targets)
        t1 = time.perf_counter()
        product = (s @ t.T).tocsr()
        t2 = time.perf_counter()
        top_k(product, 100)
        t3 = time.perf_counter()
        runs.append((t1 - t0, t2 - t1, t3 - t2, t2 - t0, t3 - t0))
        print(f"vectorise {t1 - t0:.3f} s + product {t2 - t1:.3f} s = {t2 - t0:.3f} s; top 100 {t3 - t2:.3f} s; "
              f"total {t3 - t0:.3f} s", flush=True)
    med = [statistics.median(r[i] for r in runs) for i in range(5)]
    print(f"{len(sources)} x {len(targets)} ({product.nnz} non-zero pairs), median of {a.repeat}: vectorise {med[0]:.3f} s, "
          f"product {med[1]:.3f} s, vectorise + product {med[3]:.3f} s, top 100 {med[2]:.3f} s, total {med[4]:.3f} s")


if __name__ == "__main__":
    main()
