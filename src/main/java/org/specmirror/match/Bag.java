package org.specmirror.match;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.specmirror.normalise.Term;

/** The term counts of one statement (keys in sorted order, so iteration is deterministic). */
record Bag(Map<String, Integer> counts, int length) {

  static Bag of(List<Term> terms) {
    Map<String, Integer> m = new TreeMap<>();
    for (Term t : terms) {
      m.merge(t.key(), 1, Integer::sum);
    }
    return new Bag(Collections.unmodifiableMap(m), terms.size());
  }

  Iterable<String> keys() {
    return counts.keySet();
  }

  int count(String key) {
    Integer c = counts.get(key);
    return c == null ? 0 : c;
  }
}
