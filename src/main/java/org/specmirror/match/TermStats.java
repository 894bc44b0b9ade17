package org.specmirror.match;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Document frequencies over every statement of the comparison (both sides, and in a panel every
 * vendor), from which rarity is computed. A term found in one statement out of hundreds is rare;
 * a term in every other statement says nothing.
 */
final class TermStats {

  private final Map<String, Integer> df = new HashMap<>();
  private final int n;

  TermStats(List<Bag> statements) {
    this.n = statements.size();
    for (Bag b : statements) {
      for (String k : b.keys()) {
        df.merge(k, 1, Integer::sum);
      }
    }
  }

  int statements() {
    return n;
  }

  int df(String key) {
    Integer d = df.get(key);
    return d == null ? 0 : d;
  }

  /** Smoothed inverse document frequency, ln((n + 1) / (df + 1)) + 1. */
  double idf(String key) {
    return Math.log((n + 1.0) / (df(key) + 1.0)) + 1.0;
  }

  /** BM25's idf, ln(1 + (n - df + 0.5) / (df + 0.5)), never negative. */
  double bm25Idf(String key) {
    int d = df(key);
    return Math.log(1 + (n - d + 0.5) / (d + 0.5));
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
