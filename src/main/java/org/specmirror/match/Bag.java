package org.specmirror.match;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.specmirror.normalise.Term;

/**
 * The term counts of one statement (keys in sorted order, so iteration is deterministic), also as
 * parallel arrays of term ids and counts in that same key order, for the index.
 */
record Bag(Map<String, Integer> counts, int length, int[] ids, int[] tfs) {

  static Bag of(List<Term> terms, Vocabulary vocabulary) {
    Map<String, Integer> m = new TreeMap<>();
    for (Term t : terms) {
      m.merge(t.key(), 1, Integer::sum);
    }
    int[] ids = new int[m.size()];
    int[] tfs = new int[m.size()];
    int i = 0;
    for (Map.Entry<String, Integer> e : m.entrySet()) {
      ids[i] = vocabulary.id(e.getKey());
      tfs[i] = e.getValue();
      i++;
    }
    return new Bag(Collections.unmodifiableMap(m), terms.size(), ids, tfs);
  }

  Iterable<String> keys() {
    return counts.keySet();
  }

  int count(String key) {
    Integer c = counts.get(key);
    return c == null ? 0 : c;
  }
}
