package org.specmirror.match;

import java.util.List;

/**
 * An inverted index over the target statements (the vendor side): for each term, the targets that
 * contain it and how often. A query visits only the postings of its own terms, so scoring one
 * source costs the length of those postings, not the number of all pairs.
 *
 * <p>The score is the cosine of TF-IDF vectors (tf log-scaled, {@code 1 + ln tf}; idf from
 * {@link TermStats}, which counts both sides of the comparison). Postings are arrays indexed by
 * term id ({@link Vocabulary}); a query adds its terms in key order, so scores do not depend on ids.
 */
final class LexicalIndex {

  private final int size;
  private final int[][] postingsDoc;
  private final float[][] postingsWeight;
  private final TermStats stats;

  LexicalIndex(List<Bag> targets, TermStats stats) {
    this.size = targets.size();
    this.stats = stats;
    int terms = stats.size();
    int[] counts = new int[terms];
    for (Bag b : targets) {
      for (int id : b.ids()) {
        counts[id]++;
      }
    }
    postingsDoc = new int[terms][];
    postingsWeight = new float[terms][];
    for (int id = 0; id < terms; id++) {
      if (counts[id] > 0) {
        postingsDoc[id] = new int[counts[id]];
        postingsWeight[id] = new float[counts[id]];
      }
    }
    int[] fill = new int[terms];
    for (int t = 0; t < size; t++) {
      Bag b = targets.get(t);
      double norm = norm(b);
      int[] ids = b.ids();
      for (int i = 0; i < ids.length; i++) {
        int id = ids[i];
        int at = fill[id]++;
        postingsDoc[id][at] = t;
        postingsWeight[id][at] = (float) (weight(b, i) / norm);
      }
    }
  }

  /** TF-IDF weight of the bag's i-th term. */
  private double weight(Bag b, int i) {
    return (1 + Math.log(b.tfs()[i])) * stats.idf(b.ids()[i]);
  }

  private double norm(Bag b) {
    double n2 = 0;
    for (int i = 0; i < b.ids().length; i++) {
      double w = weight(b, i);
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
    accumulate(query, out, null);
  }

  /**
   * Like {@link #cosine}, but sparse: {@code out} must be all zero on entry and only the targets
   * that share a term with the query are written; their indices are put in {@code touched} (each
   * once) and their number returned. The caller resets those entries to zero after use.
   */
  int cosineTouched(Bag query, float[] out, int[] touched) {
    return accumulate(query, out, touched);
  }

  /** Adds the query's postings into {@code out}; records first-touched targets when {@code touched} is given. */
  private int accumulate(Bag query, float[] out, int[] touched) {
    int count = 0;
    double qn = norm(query);
    int[] ids = query.ids();
    for (int q = 0; q < ids.length; q++) {
      int id = ids[q];
      int[] docs = id < postingsDoc.length ? postingsDoc[id] : null;
      if (docs == null) {
        continue;
      }
      float qw = (float) (weight(query, q) / qn);
      float[] ws = postingsWeight[id];
      if (touched == null) {
        for (int i = 0; i < docs.length; i++) {
          out[docs[i]] += qw * ws[i];
        }
      } else {
        for (int i = 0; i < docs.length; i++) {
          int d = docs[i];
          if (out[d] == 0f) {
            touched[count++] = d;
          }
          out[d] += qw * ws[i];
        }
      }
    }
    return count;
  }
}
