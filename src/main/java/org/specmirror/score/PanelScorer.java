package org.specmirror.score;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.specmirror.match.Comparison;
import org.specmirror.match.DocumentMatcher;
import org.specmirror.match.Figure;
import org.specmirror.match.MatchOptions;
import org.specmirror.match.Vendor;
import org.specmirror.match.Verdict;
import org.specmirror.model.ExtractedDocument;
import org.specmirror.model.Requirement;

/**
 * Scores one standard against a panel of vendors: one comparison per vendor (term rarity counted
 * over the whole panel, a vendor's own documents never corroborating each other), then the panel
 * statistics — who alone meets what, the top vendor's lead with a bootstrap interval and a
 * permutation p-value, and how evenly the requirements are spread. See docs/scoring.md.
 */
public final class PanelScorer {

  private final DocumentMatcher matcher;
  private final MatchOptions match;
  private final PanelOptions options;

  private final int threads;

  /** A scorer comparing vendors on as many threads as there are cores. */
  public PanelScorer(DocumentMatcher matcher, MatchOptions match, PanelOptions options) {
    this(matcher, match, options, Runtime.getRuntime().availableProcessors());
  }

  /** @param threads vendors compared at once (the user's {@code --threads}); results do not depend on it */
  public PanelScorer(DocumentMatcher matcher, MatchOptions match, PanelOptions options, int threads) {
    this.matcher = matcher;
    this.match = match;
    this.options = options;
    this.threads = Math.max(1, threads);
  }

  public PanelResult score(ExtractedDocument standard, List<Vendor> vendors) {
    // vendors are compared in parallel (each comparison is independent; results kept in input order)
    int threads = Math.max(1, Math.min(vendors.size(), this.threads));
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "specmirror-panel");
              t.setDaemon(true);
              return t;
            });
    List<Comparison> cs = new ArrayList<>();
    try {
      List<java.util.concurrent.Future<Comparison>> fs = new ArrayList<>();
      for (int v = 0; v < vendors.size(); v++) {
        final int vv = v;
        fs.add(
            pool.submit(
                () -> {
                  List<Requirement> context = new ArrayList<>();
                  for (int o = 0; o < vendors.size(); o++) {
                    if (o != vv) {
                      context.addAll(DocumentMatcher.features(vendors.get(o)));
                    }
                  }
                  return matcher.compare(standard, vendors.get(vv), context);
                }));
      }
      for (java.util.concurrent.Future<Comparison> f : fs) {
        cs.add(f.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
    List<Integer> order = new ArrayList<>();
    for (int v = 0; v < cs.size(); v++) {
      order.add(v);
    }
    order.sort(
        Comparator.comparingDouble((Integer v) -> -cs.get(v).coverage().value())
            .thenComparingDouble(v -> -cs.get(v).mirror().value())
            .thenComparingInt(v -> v));
    List<Comparison> ranked = new ArrayList<>();
    for (int v : order) {
      ranked.add(cs.get(v));
    }
    long t0 = System.nanoTime();
    PanelResult result = statistics(standard, ranked);
    org.slf4j.LoggerFactory.getLogger("specmirror.timing")
        .info("panel statistics (bootstrap, permutation and tailoring tests) in {} s",
            String.format(java.util.Locale.ROOT, "%.2f", (System.nanoTime() - t0) / 1e9));
    return result;
  }

  /** A panel of one: the figures of a single comparison in the panel's shape (no lead, no neutrality). */
  public PanelResult single(Comparison c) {
    return statistics(c.standard(), List.of(c));
  }

  /** The panel statistics of ranked comparisons (all of the same standard, same requirements). */
  PanelResult statistics(ExtractedDocument standard, List<Comparison> ranked) {
    int nV = ranked.size();
    List<Requirement> reqs = new ArrayList<>();
    for (var m : ranked.get(0).matches()) {
      reqs.add(m.requirement());
    }
    int nR = reqs.size();
    boolean[][] met = new boolean[nR][nV];
    double[] w = new double[nR];
    for (int r = 0; r < nR; r++) {
      w[r] = match.weight(reqs.get(r).modality());
      for (int v = 0; v < nV; v++) {
        met[r][v] = ranked.get(v).matches().get(r).verdict() == Verdict.MET;
      }
    }
    List<List<String>> metBy = new ArrayList<>();
    Map<String, List<String>> exclusive = new LinkedHashMap<>();
    for (Comparison c : ranked) {
      exclusive.put(c.vendor().name(), new ArrayList<>());
    }
    List<String> exclusiveIds = new ArrayList<>();
    List<String> unmet = new ArrayList<>();
    for (int r = 0; r < nR; r++) {
      List<String> names = new ArrayList<>();
      for (int v = 0; v < nV; v++) {
        if (met[r][v]) {
          names.add(ranked.get(v).vendor().name());
        }
      }
      metBy.add(names);
      if (names.isEmpty()) {
        unmet.add(reqs.get(r).id());
      } else if (names.size() == 1 && nV > 1) {
        exclusiveIds.add(reqs.get(r).id());
        exclusive.get(names.get(0)).add(reqs.get(r).id());
      }
    }
    Figure exclusivity = new Figure(nR == 0 ? 0 : exclusiveIds.size() / (double) nR, exclusiveIds.size(), nR, exclusiveIds);
    PanelResult.Lead lead = null;
    Double neutrality = null;
    boolean clear = false;
    if (nV >= 2 && nR > 0) {
      double[] cov = coverages(met, w, identity(nR));
      double obs = lead(cov, 0);
      // the three resampling procedures are independent, each with its own seeded generator: the
      // permutation test (the longest) runs beside the other two, with the same results as in turn
      java.util.concurrent.CompletableFuture<Double> perm =
          threads == 1
              ? java.util.concurrent.CompletableFuture.completedFuture(permutation(met, w, obs))
              : java.util.concurrent.CompletableFuture.supplyAsync(() -> permutation(met, w, obs));
      double[] ci = bootstrap(met, w, nR);
      double[] ex = exclusiveTest(met, 0);
      double p = perm.join();
      int topExclusive = exclusive.get(ranked.get(0).vendor().name()).size();
      lead =
          new PanelResult.Lead(
              ranked.get(0).vendor().name(), cov[0], medianOthers(cov, 0), obs, ci[0], ci[1], p, topExclusive, ex[0], ex[1]);
      neutrality = neutrality(met, w);
      clear = ci[0] > 0 && p < options.alpha() && ex[1] < options.alpha();
    }
    return new PanelResult(standard, ranked, reqs, metBy, exclusivity, exclusive, lead, neutrality, unmet, clear, options);
  }

  private static int[] identity(int n) {
    int[] a = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = i;
    }
    return a;
  }

  /** Weighted coverage of every vendor over the requirements in {@code sample} (repeats allowed). */
  static double[] coverages(boolean[][] met, double[] w, int[] sample) {
    int nV = met.length == 0 ? 0 : met[0].length;
    double[] num = new double[nV];
    double den = 0;
    for (int r : sample) {
      den += w[r];
      for (int v = 0; v < nV; v++) {
        if (met[r][v]) {
          num[v] += w[r];
        }
      }
    }
    for (int v = 0; v < nV; v++) {
      num[v] = den == 0 ? 0 : num[v] / den;
    }
    return num;
  }

  /** Coverage of vendor {@code top} minus the median coverage of the others. */
  static double lead(double[] cov, int top) {
    return cov[top] - medianOthers(cov, top);
  }

  static double medianOthers(double[] cov, int top) {
    double[] o = new double[cov.length - 1];
    int k = 0;
    for (int v = 0; v < cov.length; v++) {
      if (v != top) {
        o[k++] = cov[v];
      }
    }
    Arrays.sort(o);
    int n = o.length;
    return n % 2 == 1 ? o[n / 2] : (o[n / 2 - 1] + o[n / 2]) / 2;
  }

  /** Percentile interval of the lead of the observed top vendor (index 0) over resampled requirements. */
  double[] bootstrap(boolean[][] met, double[] w, int nR) {
    SplittableRandom rnd = new SplittableRandom(options.seed());
    double[] leads = new double[options.bootstrap()];
    int[] sample = new int[nR];
    int[][] metList = metLists(met);
    int nV = met.length == 0 ? 0 : met[0].length;
    Bound requirement = new Bound(Math.max(1, nR));
    for (int b = 0; b < leads.length; b++) {
      for (int i = 0; i < nR; i++) {
        sample[i] = requirement.next(rnd);
      }
      leads[b] = lead(coverages(metList, nV, w, sample), 0);
    }
    Arrays.sort(leads);
    double tail = (1 - options.confidence()) / 2;
    return new double[] {quantile(leads, tail), quantile(leads, 1 - tail)};
  }

  /** For each requirement, the vendors that meet it, in vendor order. */
  static int[][] metLists(boolean[][] met) {
    int[][] out = new int[met.length][];
    for (int r = 0; r < met.length; r++) {
      int k = 0;
      for (boolean b : met[r]) {
        k += b ? 1 : 0;
      }
      int[] l = new int[k];
      int at = 0;
      for (int v = 0; v < met[r].length; v++) {
        if (met[r][v]) {
          l[at++] = v;
        }
      }
      out[r] = l;
    }
    return out;
  }

  /**
   * {@link #coverages(boolean[][], double[], int[])} from the lists of {@link #metLists}: the same
   * additions in the same order (so the same values to the last bit), without visiting the vendors
   * that do not meet a requirement.
   */
  static double[] coverages(int[][] metList, int nV, double[] w, int[] sample) {
    double[] num = new double[nV];
    double den = 0;
    for (int r : sample) {
      double wr = w[r];
      den += wr;
      for (int v : metList[r]) {
        num[v] += wr;
      }
    }
    for (int v = 0; v < nV; v++) {
      num[v] = den == 0 ? 0 : num[v] / den;
    }
    return num;
  }

  private static double quantile(double[] sorted, double q) {
    double pos = q * (sorted.length - 1);
    int lo = (int) Math.floor(pos);
    int hi = (int) Math.ceil(pos);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
  }

  /**
   * Permutation test: under the null hypothesis the vendors are exchangeable, so each requirement's
   * verdicts are shuffled across vendors; the statistic is the lead of whichever vendor comes out on
   * top. p = (1 + #{permuted lead ≥ observed}) / (1 + permutations).
   */
  double permutation(boolean[][] met, double[] w, double observed) {
    SplittableRandom rnd = new SplittableRandom(options.seed() + 1);
    int nR = met.length;
    int nV = met[0].length;
    boolean[][] perm = new boolean[nV <= 64 ? 0 : nR][nV];
    Bound[] below = new Bound[nV + 1]; // below[k]: a draw in [0, k)
    for (int k = 1; k <= nV; k++) {
      below[k] = new Bound(k);
    }
    // up to 64 vendors a row is shuffled as the bits of a long (the same swaps, far fewer memory
    // accesses); the coverages are summed as coverages(perm, w, all) sums them (same order)
    boolean bits = nV <= 64;
    long[] rows = new long[bits ? nR : 0];
    for (int r = 0; r < rows.length; r++) {
      for (int v = 0; v < nV; v++) {
        rows[r] |= met[r][v] ? 1L << v : 0;
      }
    }
    int atLeast = 0;
    for (int p = 0; p < options.permutations(); p++) {
      double[] cov = new double[nV];
      double den = 0;
      for (int r = 0; r < nR; r++) {
        double wr = w[r];
        den += wr;
        if (bits) {
          long row = rows[r];
          for (int i = nV - 1; i > 0; i--) {
            int j = below[i + 1].next(rnd);
            long x = ((row >>> i) ^ (row >>> j)) & 1L;
            row ^= (x << i) | (x << j);
          }
          for (long left = row; left != 0; left &= left - 1) {
            cov[Long.numberOfTrailingZeros(left)] += wr;
          }
        } else {
          boolean[] row = perm[r];
          System.arraycopy(met[r], 0, row, 0, nV);
          for (int i = nV - 1; i > 0; i--) {
            int j = below[i + 1].next(rnd);
            boolean t = row[i];
            row[i] = row[j];
            row[j] = t;
          }
          for (int v = 0; v < nV; v++) {
            if (row[v]) {
              cov[v] += wr;
            }
          }
        }
      }
      for (int v = 0; v < nV; v++) {
        cov[v] = den == 0 ? 0 : cov[v] / den;
      }
      int top = 0;
      for (int v = 1; v < nV; v++) {
        if (cov[v] > cov[top]) {
          top = v;
        }
      }
      if (lead(cov, top) >= observed - 1e-12) {
        atLeast++;
      }
    }
    return (1.0 + atLeast) / (1.0 + options.permutations());
  }

  /**
   * Is the top vendor's number of exclusive requirements more than its overall coverage explains?
   * Null model: the met/not-met matrix with every vendor's number of met requirements and every
   * requirement's number of vendors kept (checkerboard swaps, a standard randomisation for
   * presence/absence matrices). Returns {mean under the null, p-value}.
   */
  double[] exclusiveTest(boolean[][] met, int top) {
    int nR = met.length;
    int nV = met[0].length;
    boolean[][] m = new boolean[nR][];
    int[] rowSum = new int[nR];
    int observed = 0;
    for (int r = 0; r < nR; r++) {
      m[r] = met[r].clone();
      for (boolean b : met[r]) {
        rowSum[r] += b ? 1 : 0;
      }
      if (rowSum[r] == 1 && met[r][top]) {
        observed++;
      }
    }
    SplittableRandom rnd = new SplittableRandom(options.seed() + 2);
    long cells = (long) nR * nV;
    // 20 attempts per cell of burn-in and 5 between samples, capped so that a large panel
    // (1,000 requirements × 50 vendors) stays within about 2·10^7 attempts in all
    int burn = (int) Math.min(20 * cells, MAX_ATTEMPTS);
    int thin = (int) Math.max(1, Math.min(5 * cells, MAX_ATTEMPTS / options.permutations()));
    swaps(m, rnd, burn);
    int atLeast = 0;
    double sum = 0;
    for (int s = 0; s < options.permutations(); s++) {
      swaps(m, rnd, thin);
      int e = 0;
      for (int r = 0; r < nR; r++) {
        if (rowSum[r] == 1 && m[r][top]) {
          e++;
        }
      }
      sum += e;
      if (e >= observed) {
        atLeast++;
      }
    }
    return new double[] {sum / options.permutations(), (1.0 + atLeast) / (1.0 + options.permutations())};
  }

  /** Cap on the swap attempts of the tailoring test (burn-in, and in all between samples). */
  private static final long MAX_ATTEMPTS = 20_000_000L;

  /** Attempts checkerboard swaps (10/01 → 01/10), which keep every row and column sum. */
  private static void swaps(boolean[][] m, SplittableRandom rnd, int attempts) {
    Bound row = new Bound(m.length);
    Bound column = new Bound(m[0].length);
    for (int a = 0; a < attempts; a++) {
      int r1 = row.next(rnd);
      int r2 = row.next(rnd);
      int v1 = column.next(rnd);
      int v2 = column.next(rnd);
      if (m[r1][v1] && !m[r1][v2] && !m[r2][v1] && m[r2][v2]) {
        m[r1][v1] = false;
        m[r1][v2] = true;
        m[r2][v1] = true;
        m[r2][v2] = false;
      }
    }
  }

  /** Normalised entropy of the weighted attribution of met requirements (1/k to each of k vendors). */
  static double neutrality(boolean[][] met, double[] w) {
    int nV = met[0].length;
    double[] share = new double[nV];
    double total = 0;
    for (int r = 0; r < met.length; r++) {
      int k = 0;
      for (boolean m : met[r]) {
        if (m) {
          k++;
        }
      }
      if (k == 0) {
        continue;
      }
      for (int v = 0; v < nV; v++) {
        if (met[r][v]) {
          share[v] += w[r] / k;
        }
      }
      total += w[r];
    }
    if (total == 0) {
      return 1;
    }
    double h = 0;
    for (double s : share) {
      double p = s / total;
      if (p > 0) {
        h -= p * Math.log(p);
      }
    }
    return h / Math.log(nV);
  }
}
