package org.specmirror.match;

import java.util.PriorityQueue;

/** Indices of the k largest values (ties: lower index first), in descending order of value. */
final class TopK {
  private TopK() {}

  static int[] select(double[] v, int k) {
    int n = v.length;
    k = Math.min(k, n);
    if (k <= 0) {
      return new int[0];
    }
    // min-heap on (value, -index)
    PriorityQueue<Integer> heap =
        new PriorityQueue<>(k + 1, (a, b) -> v[a] != v[b] ? Double.compare(v[a], v[b]) : Integer.compare(b, a));
    for (int j = 0; j < n; j++) {
      if (heap.size() < k) {
        heap.add(j);
      } else {
        int worst = heap.peek();
        if (v[j] > v[worst] || (v[j] == v[worst] && j < worst)) {
          heap.poll();
          heap.add(j);
        }
      }
    }
    int[] out = new int[heap.size()];
    for (int i = out.length - 1; i >= 0; i--) {
      out[i] = heap.poll();
    }
    return out;
  }
}
