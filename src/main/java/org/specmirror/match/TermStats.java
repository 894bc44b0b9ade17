package org.specmirror.match;

import java.util.List;

/**
 * Document frequencies over every statement of the comparison (both sides, and in a panel every
 * vendor), from which rarity is computed. A term found in one statement out of hundreds is rare;
 * a term in every other statement says nothing.
 */
final class TermStats {

  private final Vocabulary vocabulary;
  private final int[] df;
  private final double[] idf;
  private final int n;

  TermStats(List<Bag> statements, Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
    this.n = statements.size();
    int size = 0;
    for (Bag b : statements) {
      for (int id : b.ids()) {
        size = Math.max(size, id + 1);
      }
    }
    this.df = new int[size];
    for (Bag b : statements) {
      for (int id : b.ids()) {
        df[id]++;
      }
    }
    this.idf = new double[size];
    double unseen = Math.log(n + 1.0) + 1.0;
    for (int id = 0; id < size; id++) {
      idf[id] = df[id] == 0 ? unseen : Math.log((n + 1.0) / (df[id] + 1.0)) + 1.0;
    }
  }

  /** One more than the largest term id counted. */
  int size() {
    return df.length;
  }

  int df(String key) {
    int id = vocabulary.find(key);
    return id < 0 || id >= df.length ? 0 : df[id];
  }

  /** Smoothed inverse document frequency, ln((n + 1) / (df + 1)) + 1 (computed once per term). */
  double idf(String key) {
    return idf(vocabulary.find(key));
  }

  /** {@link #idf(String)} by term id (-1 or an id not counted: a term seen nowhere). */
  double idf(int id) {
    return id < 0 || id >= idf.length ? Math.log(n + 1.0) + 1.0 : idf[id];
  }

  /** Rarity in [0,1]: 1 for a term in one statement, falling towards 0 for a term everywhere. */
  double rarity(String key) {
    int d = Math.max(1, df(key));
    if (n <= 1) {
      return 1;
    }
    return Math.log((double) n / d) / Math.log(n);
  }
}
