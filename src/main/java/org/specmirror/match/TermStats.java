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
  private final Map<String, Double> idf = new HashMap<>();
  private final int n;

  TermStats(List<Bag> statements) {
    this.n = statements.size();
    for (Bag b : statements) {
      for (String k : b.keys()) {
        df.merge(k, 1, Integer::sum);
      }
    }
    for (Map.Entry<String, Integer> e : df.entrySet()) {
      idf.put(e.getKey(), Math.log((n + 1.0) / (e.getValue() + 1.0)) + 1.0);
    }
  }

    int df(String key) {
    Integer d = df.get(key);
    return d == null ? 0 : d;
  }

  /** Smoothed inverse document frequency, ln((n + 1) / (df + 1)) + 1 (computed once per term). */
  double idf(String key) {
    Double v = idf.get(key);
    return v != null ? v : Math.log(n + 1.0) + 1.0;
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
