package org.specmirror.match;

/**
 * Indices of the k largest values (ties: lower index first), in descending order of value. A
 * binary min-heap of primitive indices: no boxing, O(n log k).
 */
final class TopK {
  private TopK() {}

  static int[] select(double[] v, int k) {
    int n = v.length;
    k = Math.min(k, n);
    if (k <= 0) {
      return new int[0];
    }
    int[] heap = new int[k]; // heap[0] is the worst kept: smallest value, then highest index
    int size = 0;
    for (int j = 0; j < n; j++) {
      if (size < k) {
        heap[size] = j;
        up(heap, size, v);
        size++;
      } else if (better(j, heap[0], v)) {
        heap[0] = j;
        down(heap, 0, size, v);
      }
    }
    int[] out = new int[size];
    for (int i = size - 1; i >= 0; i--) {
      out[i] = heap[0];
      heap[0] = heap[size - 1];
      size--;
      down(heap, 0, size, v);
    }
    return out;
  }

  /** Whether index a ranks before index b: larger value, or equal value and lower index. */
  private static boolean better(int a, int b, double[] v) {
    return v[a] > v[b] || (v[a] == v[b] && a < b);
  }

  private static void up(int[] h, int i, double[] v) {
    while (i > 0) {
      int p = (i - 1) / 2;
      if (better(h[p], h[i], v)) {
        int t = h[p];
        h[p] = h[i];
        h[i] = t;
        i = p;
      } else {
        return;
      }
    }
  }

  private static void down(int[] h, int i, int size, double[] v) {
    while (true) {
      int l = 2 * i + 1;
      int r = l + 1;
      int worst = i;
      if (l < size && better(h[worst], h[l], v)) {
        worst = l;
      }
      if (r < size && better(h[worst], h[r], v)) {
        worst = r;
      }
      if (worst == i) {
        return;
      }
      int t = h[i];
      h[i] = h[worst];
      h[worst] = t;
      i = worst;
    }
  }
}
