package org.specmirror.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.specmirror.match.Candidate;
import org.specmirror.match.Engine;
import org.specmirror.match.Scored;
import org.specmirror.match.Statement;
import org.specmirror.eval.TraceResult.Cut;
import org.specmirror.model.Modality;
import org.specmirror.model.Parameter;

/**
 * Runs the matching engine on a trace dataset and measures it: every source is scored against the
 * targets of each group separately (as {@code compare} scores one standard against one vendor), and
 * the figures of the groups are macro-averaged. Metric definitions follow
 * {@code ../shared/datasets/README.md}: AP is the mean of precision@k over the ranks of a source's
 * true links, MAP its mean over sources with at least one link; best F1/F2 is the maximum over one
 * global score threshold. Targets an engine did not score (beyond its candidate limit) rank last.
 */
public final class TraceEvaluator {
  // not thread-safe: one evaluator per thread (it remembers the last set it scored)

  private final Engine engine;
  private final Function<String, List<Parameter>> parameters;

  /**
   * @param engine the matching engine with the configuration under test
   * @param parameters how parameters are read from a statement's text (the extractor's parser)
   */
  public TraceEvaluator(Engine engine, Function<String, List<Parameter>> parameters) {
    this.engine = engine;
    this.parameters = parameters;
  }

  /** One scored pair: group, source, target position in the group, score, fused signal, label. */
  record Pair(int group, int source, int target, double score, double z, boolean link, boolean candidate) {}

  /** Scores and measures a dataset. */
  public TraceResult evaluate(TraceSet set) {
    return measure(set, pairs(set));
  }

  /** The fused signal (before calibration) and label of every candidate pair, for calibration. */
  public List<double[]> signals(TraceSet set) {
    List<double[]> out = new ArrayList<>();
    for (Pair p : pairs(set)) {
      if (p.candidate()) {
        out.add(new double[] {p.z(), p.link() ? 1 : 0});
      }
    }
    return out;
  }

  /** True links that were not among the candidates of their source (score 0: always missed). */
  public int missedLinks(TraceSet set) {
    int n = 0;
    for (Pair p : pairs(set)) {
      if (p.link() && !p.candidate()) {
        n++;
      }
    }
    return n;
  }

  /**
   * The calibrated-score thresholds with the best F1 and the best F2 over (signal, label) pairs
   * pooled from several datasets, with {@code missed} further links that no threshold reaches:
   * {threshold F1, F1, threshold F2, F2} (how the MET and PARTIAL thresholds were chosen).
   */
  public static double[] pooledThresholds(List<double[]> samples, int missed, double[] calibration) {
    double[][] s = new double[samples.size()][];
    int links = missed;
    for (int i = 0; i < s.length; i++) {
      double[] x = samples.get(i);
      s[i] = new double[] {1 / (1 + Math.exp(-(calibration[0] * x[0] + calibration[1]))), x[1]};
      links += x[1] > 0 ? 1 : 0;
    }
    java.util.Arrays.sort(s, (x, y) -> Double.compare(y[0], x[0]));
    double[] best = {0, 0, 0, 0};
    int tp = 0;
    for (int i = 0; i < s.length; i++) {
      tp += s[i][1] > 0 ? 1 : 0;
      if (i + 1 < s.length && s[i + 1][0] == s[i][0]) {
        continue; // a threshold takes all pairs of equal score
      }
      double p = tp / (double) (i + 1);
      double r = links == 0 ? 0 : tp / (double) links;
      double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
      double f2 = p + r == 0 ? 0 : 5 * p * r / (4 * p + r);
      if (f1 > best[1]) {
        best[0] = s[i][0];
        best[1] = f1;
      }
      if (f2 > best[3]) {
        best[2] = s[i][0];
        best[3] = f2;
      }
    }
    return best;
  }

  /**
   * How one group's (one product's) coverage of the sources compares with the truth.
   *
   * @param group the group
   * @param trueCoverage share of the sources with at least one link into the group
   * @param predicted share of the sources whose best target in the group scores at least the threshold
   * @param agreement share of the sources on which the two agree (covered or not)
   */
  public record GroupCoverage(String group, double trueCoverage, double predicted, double agreement) {}

  /**
   * Per group, the share of sources covered in truth against the share the engine would call met at
   * {@code threshold} (its best target in the group scores at least that): whether per-product
   * coverage, the figure {@code score} ranks vendors by, follows the truth.
   */
  public List<GroupCoverage> coverage(TraceSet set, double threshold) {
    return coverage(pairs(set), set.groups(), set.sources().size(), threshold);
  }

  static List<GroupCoverage> coverage(List<Pair> pairs, List<String> groups, int sources, double threshold) {
    boolean[][] covered = new boolean[groups.size()][sources];
    boolean[][] met = new boolean[groups.size()][sources];
    for (Pair p : pairs) {
      if (p.link()) {
        covered[p.group()][p.source()] = true;
      }
      if (p.score() >= threshold) {
        met[p.group()][p.source()] = true;
      }
    }
    List<GroupCoverage> out = new ArrayList<>();
    for (int g = 0; g < groups.size(); g++) {
      int c = 0;
      int m = 0;
      int agree = 0;
      for (int i = 0; i < sources; i++) {
        c += covered[g][i] ? 1 : 0;
        m += met[g][i] ? 1 : 0;
        agree += covered[g][i] == met[g][i] ? 1 : 0;
      }
      double n = Math.max(1, sources);
      out.add(new GroupCoverage(groups.get(g), c / n, m / n, agree / n));
    }
    return out;
  }

  /** Spearman's rank correlation of true and predicted coverage over the groups (NaN for fewer than 3). */
  public static double spearman(List<GroupCoverage> cs) {
    int n = cs.size();
    if (n < 3) {
      return Double.NaN;
    }
    double[] a = ranks(cs.stream().mapToDouble(GroupCoverage::trueCoverage).toArray());
    double[] b = ranks(cs.stream().mapToDouble(GroupCoverage::predicted).toArray());
    double ma = java.util.Arrays.stream(a).average().orElse(0);
    double mb = java.util.Arrays.stream(b).average().orElse(0);
    double num = 0;
    double da = 0;
    double db = 0;
    for (int i = 0; i < n; i++) {
      num += (a[i] - ma) * (b[i] - mb);
      da += (a[i] - ma) * (a[i] - ma);
      db += (b[i] - mb) * (b[i] - mb);
    }
    return da == 0 || db == 0 ? Double.NaN : num / Math.sqrt(da * db);
  }

  /** Ranks 1..n, ties given their mean rank. */
  static double[] ranks(double[] v) {
    Integer[] idx = new Integer[v.length];
    for (int i = 0; i < v.length; i++) {
      idx[i] = i;
    }
    java.util.Arrays.sort(idx, (x, y) -> Double.compare(v[x], v[y]));
    double[] r = new double[v.length];
    for (int i = 0; i < v.length; ) {
      int j = i;
      while (j + 1 < v.length && v[idx[j + 1]] == v[idx[i]]) {
        j++;
      }
      double mean = (i + j) / 2.0 + 1;
      for (int k = i; k <= j; k++) {
        r[idx[k]] = mean;
      }
      i = j + 1;
    }
    return r;
  }

  /** The last set scored and its pairs: evaluate, coverage, signals and missedLinks of one set share one scoring. */
  private TraceSet lastSet;

  private List<Pair> lastPairs;

  private List<Pair> pairs(TraceSet set) {
    if (set != lastSet) {
      lastPairs = score(set);
      lastSet = set;
    }
    return lastPairs;
  }

  private List<Pair> score(TraceSet set) {
    List<String> sourceIds = new ArrayList<>(set.sources().keySet());
    List<Statement> sources = new ArrayList<>();
    for (String id : sourceIds) {
      String text = set.sources().get(id);
      sources.add(new Statement(id, text, Modality.MUST, parameters.apply(text)));
    }
    List<Pair> pairs = new ArrayList<>();
    List<String> groups = set.groups();
    for (int g = 0; g < groups.size(); g++) {
      List<TraceSet.Target> ts = new ArrayList<>();
      for (TraceSet.Target t : set.targets()) {
        if (t.group().equals(groups.get(g))) {
          ts.add(t);
        }
      }
      List<Statement> targets = new ArrayList<>();
      for (TraceSet.Target t : ts) {
        targets.add(new Statement(t.id(), t.text(), Modality.OFFERS, parameters.apply(t.text())));
      }
      Scored scored = engine.score(sources, targets, List.of());
      for (int i = 0; i < sources.size(); i++) {
        double[] score = new double[ts.size()];
        double[] z = new double[ts.size()];
        boolean[] cand = new boolean[ts.size()];
        for (Candidate c : scored.rows().get(i)) {
          score[c.target()] = c.score();
          z[c.target()] = c.z() + c.parameters();
          cand[c.target()] = true;
        }
        for (int j = 0; j < ts.size(); j++) {
          pairs.add(new Pair(g, i, j, score[j], z[j], set.linked(sourceIds.get(i), ts.get(j).id()), cand[j]));
        }
      }
    }
    return pairs;
  }

  private TraceResult measure(TraceSet set, List<Pair> pairs) {
    List<String> groups = set.groups();
    int nG = groups.size();
    List<TraceResult> rows = new ArrayList<>();
    for (int g = 0; g < nG; g++) {
      final int gg = g;
      List<Pair> mine = pairs.stream().filter(p -> p.group() == gg).toList();
      int targets = (int) set.targets().stream().filter(t -> t.group().equals(groups.get(gg))).count();
      rows.add(groupFigures(groups.get(g), set.sources().size(), targets, mine));
    }
    Cut[] best = bestCuts(pairs, nG);
    Cut def = cutAt(pairs, nG, engine.options().metThreshold());
    if (nG == 1) {
      TraceResult r = rows.get(0);
      return new TraceResult(
          set.name(), r.sources(), r.targets(), r.links(), r.map(), r.mrr(), r.recallAt1(), r.recallAt5(), r.recallAt10(),
          best[0], best[1], def, List.of(withCuts(r, best, def)));
    }
    return new TraceResult(
        set.name(),
        set.sources().size(),
        set.targets().size(),
        set.links().size(),
        mean(rows, TraceResult::map),
        mean(rows, TraceResult::mrr),
        mean(rows, TraceResult::recallAt1),
        mean(rows, TraceResult::recallAt5),
        mean(rows, TraceResult::recallAt10),
        best[0],
        best[1],
        def,
        rows);
  }

  private static TraceResult withCuts(TraceResult r, Cut[] best, Cut def) {
    return new TraceResult(
        r.name(), r.sources(), r.targets(), r.links(), r.map(), r.mrr(), r.recallAt1(), r.recallAt5(), r.recallAt10(),
        best[0], best[1], def, List.of());
  }

  private static double mean(List<TraceResult> rows, java.util.function.ToDoubleFunction<TraceResult> f) {
    return rows.stream().mapToDouble(f).average().orElse(0);
  }

  private static TraceResult groupFigures(String name, int nSources, int nTargets, List<Pair> pairs) {
    Map<Integer, List<Pair>> bySource = new java.util.TreeMap<>();
    int links = 0;
    for (Pair p : pairs) {
      bySource.computeIfAbsent(p.source(), k -> new ArrayList<>()).add(p);
      if (p.link()) {
        links++;
      }
    }
    double ap = 0;
    double rr = 0;
    double[] recall = new double[3];
    int[] ks = {1, 5, 10};
    int withLinks = 0;
    for (List<Pair> row : bySource.values()) {
      int rel = (int) row.stream().filter(Pair::link).count();
      if (rel == 0) {
        continue;
      }
      withLinks++;
      List<Pair> ranked = new ArrayList<>(row);
      ranked.sort(Comparator.comparingDouble((Pair p) -> -p.score()).thenComparingInt(Pair::target));
      int hits = 0;
      double sum = 0;
      double first = 0;
      for (int k = 0; k < ranked.size(); k++) {
        if (ranked.get(k).link()) {
          hits++;
          sum += hits / (double) (k + 1);
          if (first == 0) {
            first = 1.0 / (k + 1);
          }
        }
        for (int q = 0; q < ks.length; q++) {
          if (k + 1 == ks[q] || (k == ranked.size() - 1 && k + 1 < ks[q])) {
            recall[q] += hits / (double) rel;
          }
        }
      }
      ap += sum / rel;
      rr += first;
    }
    int n = Math.max(1, withLinks);
    List<Pair> one = new ArrayList<>(pairs.size());
    for (Pair p : pairs) {
      one.add(new Pair(0, p.source(), p.target(), p.score(), p.z(), p.link(), p.candidate()));
    }
    Cut[] best = bestCuts(one, 1);
    return new TraceResult(
        name, nSources, nTargets, links, ap / n, rr / n, recall[0] / n, recall[1] / n, recall[2] / n, best[0], best[1], null, List.of());
  }

  /** Best F1 and best F2 over one global threshold; with several groups, F is macro-averaged over groups. */
  static Cut[] bestCuts(List<Pair> pairs, int nGroups) {
    Pair[] sorted = pairs.toArray(new Pair[0]);
    Arrays.sort(sorted, Comparator.comparingDouble((Pair p) -> -p.score()));
    int[] positives = new int[nGroups];
    for (Pair p : sorted) {
      if (p.link()) {
        positives[p.group()]++;
      }
    }
    int[] tp = new int[nGroups];
    int[] predicted = new int[nGroups];
    Cut bestF1 = new Cut(1, 0, 0, 0, 0);
    Cut bestF2 = bestF1;
    for (int k = 0; k < sorted.length; k++) {
      Pair p = sorted[k];
      predicted[p.group()]++;
      if (p.link()) {
        tp[p.group()]++;
      }
      if (k + 1 < sorted.length && sorted[k + 1].score() == p.score()) {
        continue;
      }
      Cut c = macro(tp, predicted, positives, p.score());
      if (c.f1() > bestF1.f1()) {
        bestF1 = c;
      }
      if (c.f2() > bestF2.f2()) {
        bestF2 = c;
      }
    }
    return new Cut[] {bestF1, bestF2};
  }

  static Cut cutAt(List<Pair> pairs, int nGroups, double threshold) {
    int[] tp = new int[nGroups];
    int[] predicted = new int[nGroups];
    int[] positives = new int[nGroups];
    for (Pair p : pairs) {
      if (p.link()) {
        positives[p.group()]++;
      }
      if (p.score() >= threshold) {
        predicted[p.group()]++;
        if (p.link()) {
          tp[p.group()]++;
        }
      }
    }
    return macro(tp, predicted, positives, threshold);
  }

  private static Cut macro(int[] tp, int[] predicted, int[] positives, double threshold) {
    double p = 0;
    double r = 0;
    double f1 = 0;
    double f2 = 0;
    int n = 0;
    for (int g = 0; g < tp.length; g++) {
      if (positives[g] == 0) {
        continue;
      }
      n++;
      double pg = predicted[g] == 0 ? 0 : tp[g] / (double) predicted[g];
      double rg = tp[g] / (double) positives[g];
      p += pg;
      r += rg;
      f1 += pg + rg == 0 ? 0 : 2 * pg * rg / (pg + rg);
      f2 += pg + rg == 0 ? 0 : 5 * pg * rg / (4 * pg + rg);
    }
    n = Math.max(1, n);
    return new Cut(threshold, p / n, r / n, f1 / n, f2 / n);
  }

  /**
   * Logistic calibration {a, b} of the fused signal: maximum likelihood by Newton's method with
   * step halving (so it cannot overshoot), on (signal, label) pairs.
   */
  public static double[] fitCalibration(List<double[]> samples) {
    double a = 0;
    double b = 0;
    double loss = logLoss(samples, a, b);
    for (int it = 0; it < 100; it++) {
      double ga = 0;
      double gb = 0;
      double haa = 1e-9;
      double hab = 0;
      double hbb = 1e-9;
      for (double[] s : samples) {
        double p = 1 / (1 + Math.exp(-(a * s[0] + b)));
        double e = p - s[1];
        double w = p * (1 - p);
        ga += e * s[0];
        gb += e;
        haa += w * s[0] * s[0];
        hab += w * s[0];
        hbb += w;
      }
      double det = haa * hbb - hab * hab;
      double da = (hbb * ga - hab * gb) / det;
      double db = (haa * gb - hab * ga) / det;
      double step = 1;
      double na = a - da;
      double nb = b - db;
      double nl = logLoss(samples, na, nb);
      while (nl > loss && step > 1e-6) {
        step /= 2;
        na = a - step * da;
        nb = b - step * db;
        nl = logLoss(samples, na, nb);
      }
      boolean done = Math.abs(na - a) + Math.abs(nb - b) < 1e-9;
      a = na;
      b = nb;
      loss = nl;
      if (done) {
        break;
      }
    }
    return new double[] {a, b};
  }

  private static double logLoss(List<double[]> samples, double a, double b) {
    double l = 0;
    for (double[] s : samples) {
      double x = a * s[0] + b;
      // log(1 + e^-x) for label 1, log(1 + e^x) for label 0, computed stably
      double m = s[1] > 0.5 ? -x : x;
      l += m > 0 ? m + Math.log1p(Math.exp(-m)) : Math.log1p(Math.exp(m));
    }
    return l;
  }
}
