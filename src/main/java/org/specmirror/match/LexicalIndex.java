package org.specmirror.match;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An inverted index over the target statements (the vendor side): for each term, the targets that
 * contain it and how often. A query visits only the postings of its own terms, so scoring one
 * source costs the length of those postings, not the number of all pairs.
 *
 * <p>The score is the cosine of TF-IDF vectors (tf log-scaled, {@code 1 + ln tf}; idf from
 * {@link TermStats}, which counts both sides of the comparison).
 */
final class LexicalIndex {

  private final int size;
  private final Map<String, int[]> postingsDoc = new HashMap<>();
  private final Map<String, float[]> postingsWeight = new HashMap<>();
  private final TermStats stats;

  LexicalIndex(List<Bag> targets, TermStats stats) {
    this.size = targets.size();
    this.stats = stats;
    Map<String, Integer> counts = new HashMap<>();
    for (Bag b : targets) {
      for (String k : b.keys()) {
        counts.merge(k, 1, Integer::sum);
      }
    }
    Map<String, Integer> fill = new HashMap<>();
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      postingsDoc.put(e.getKey(), new int[e.getValue()]);
      postingsWeight.put(e.getKey(), new float[e.getValue()]);
    }
    for (int t = 0; t < size; t++) {
      Bag b = targets.get(t);
      double norm = norm(b);
      for (String k : b.keys()) {
        int at = fill.merge(k, 1, Integer::sum) - 1;
        postingsDoc.get(k)[at] = t;
        postingsWeight.get(k)[at] = (float) (weight(b, k) / norm);
      }
    }
  }

  private double weight(Bag b, String k) {
    return (1 + Math.log(b.count(k))) * stats.idf(k);
  }

  private double norm(Bag b) {
    double n2 = 0;
    for (String k : b.keys()) {
      double w = weight(b, k);
      n2 += w * w;
    }
    return n2 == 0 ? 1 : Math.sqrt(n2);
  }

  int size() {
    return size;
  }

  /** TF-IDF cosine of every target with the query, into {@code out} (length {@link #size()}). */
  void cosine(Bag query, float[] out) {
    java.util.Arrays.fill(out, 0f);
    double qn = norm(query);
    for (String k : query.keys()) {
      int[] docs = postingsDoc.get(k);
      if (docs == null) {
        continue;
      }
      float qw = (float) (weight(query, k) / qn);
      float[] ws = postingsWeight.get(k);
      for (int i = 0; i < docs.length; i++) {
        out[docs[i]] += qw * ws[i];
      }
    }
  }
}
