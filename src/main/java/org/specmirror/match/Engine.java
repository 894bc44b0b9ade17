package org.specmirror.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.specmirror.normalise.Term;
import org.specmirror.normalise.TermAnalyzer;
import org.specmirror.normalise.TextNormaliser;

/**
 * Scores requirement × vendor-statement pairs. See {@code docs/matching.md}.
 *
 * <ol>
 *   <li>Both sides are normalised ({@link TextNormaliser}) and analysed ({@link TermAnalyzer}).
 *   <li>Lexical signal: TF-IDF cosine through an inverted index ({@link LexicalIndex}).
 *   <li>Semantic signal (unless switched off): the best cosine between the sentences of the two
 *       statements, from MiniLM sentence embeddings.
 *   <li>Each signal is z-normalised twice — against the other vendor statements for this
 *       requirement (row) and against the other requirements for this vendor statement (column) —
 *       so that a pair counts when it stands out on both sides, whatever the signal's scale.
 *   <li>The sum of the normalised signals, plus a parameter term (values that meet or violate the
 *       requirement), is mapped to a calibrated score in [0,1] by a logistic function.
 * </ol>
 *
 * Only the {@code candidates} best vendor statements of each requirement (by the row-normalised
 * signals) are scored in full; the others keep score 0. Deterministic: the same inputs give the
 * same scores whatever the number of threads.
 */
public final class Engine {

  /** Floor of a standard deviation used in z-normalisation (signals are cosines in [0,1]). */
  private static final double STD_FLOOR = 0.02;

  /**
   * Logistic calibration of the fused signal, {@code score = 1 / (1 + exp(-(A * z + B)))}, fitted
   * once on the five public trace sets pooled ({@code specmirror eval trace ... --fit-calibration});
   * a monotone map, so it changes no ranking. One pair per mode, since the lexical-only sum has a
   * different spread.
   */
  static final double[] CALIBRATION_SEMANTIC = {0.4171, -5.5557};

  static final double[] CALIBRATION_LEXICAL = {0.3006, -5.1755};

  /** Weight of each parameter that meets (+) or violates (-) the requirement, cap of their sum. */
  private static final double PARAMETER_WEIGHT = 1.0;

  private static final double PARAMETER_CAP = 2.0;

  /**
   * Requirements scored per task: depends only on the number of vendor statements (never on the
   * number of threads, so results do not either); larger against many statements, where each task
   * holds column sums for every statement.
   */
  static int chunkSize(int targets) {
    return targets <= 10_000 ? 16 : 128;
  }

  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.;!?])\\s+(?=[\\p{Lu}\\d])");

  private final MatchOptions options;
  private final TermAnalyzer analyzer;
  private final int threads;

  public Engine(MatchOptions options, int threads) {
    this.options = options;
    this.analyzer = new TermAnalyzer(options.glossary());
    this.threads = Math.max(1, threads);
  }

  public MatchOptions options() {
    return options;
  }

  /** The analysed form of a statement. */
  Analysed analyse(Statement s) {
    Text t = texts.computeIfAbsent(s.text(), this::text);
    return new Analysed(s, t.normalised(), t.terms(), t.bag());
  }

  /** A text's analysis, kept for the life of the engine: a panel analyses each document once, not once per vendor. */
  private record Text(String normalised, List<Term> terms, Bag bag) {}

  private final java.util.concurrent.ConcurrentHashMap<String, Text> texts = new java.util.concurrent.ConcurrentHashMap<>();

  private Text text(String raw) {
    String norm = TextNormaliser.normalise(raw);
    List<Term> terms = analyzer.terms(norm);
    return new Text(norm, List.copyOf(terms), Bag.of(terms));
  }

  /** A statement with its normalised text and terms. */
  record Analysed(Statement statement, String normalised, List<Term> terms, Bag bag) {}

  /**
   * Scores every source against the targets.
   *
   * @param sources the standard's requirements
   * @param targets the vendor's statements
   * @param context further statements counted for term rarity only (e.g. the other vendors of a
   *     panel), may be empty
   */
  public Scored score(List<Statement> sources, List<Statement> targets, List<Statement> context) {
    List<Analysed> src = analyseAll(sources);
    List<Analysed> tgt = analyseAll(targets);
    List<Bag> all = new ArrayList<>();
    for (Analysed a : src) {
      all.add(a.bag());
    }
    for (Analysed a : tgt) {
      all.add(a.bag());
    }
    for (Analysed c : analyseAll(context)) {
      all.add(c.bag());
    }
    TermStats stats = new TermStats(all);
    int nS = src.size();
    int nT = tgt.size();
    if (nS == 0 || nT == 0) {
      return new Scored(src, tgt, stats, emptyRows(nS), options.semantic());
    }
    LexicalIndex index = new LexicalIndex(tgtBags(tgt), stats);
    // best-sentence lexical view: an index over the sentences of the targets (only when some
    // target has more than one sentence; otherwise it equals the whole-statement view)
    Sentences ts = sentences(tgt);
    LexicalIndex sentenceIndex = ts.anyLong() ? new LexicalIndex(sentenceBags(ts), stats) : null;
    Vectors sv = null;
    Vectors tv = null;
    if (options.semantic()) {
      sv = vectors(sentences(src));
      tv = vectors(ts);
    }
    // signals: lexical whole statement, lexical best sentence (only when some target has several
    // sentences; otherwise it equals the first and is folded into it with double weight), semantic
    boolean split = sentenceIndex != null;
    int semSignal = split ? 2 : 1;
    double[] weights =
        options.semantic()
            ? (split ? new double[] {0.5, 0.5, 1} : new double[] {1, 1})
            : (split ? new double[] {1, 1} : new double[] {2});
    int signals = weights.length;
    int k = Math.min(options.candidates(), nT);
    // fixed-size chunks whatever the thread count, summed in chunk order: the same floating-point
    // additions in the same order, so the same scores with 1 or 8 threads
    int perChunk = chunkSize(nT);
    int chunks = (nS + perChunk - 1) / perChunk;
    Row[] rows = new Row[nS];
    double[][] colSum = new double[chunks][];
    final Vectors fsv = sv;
    final Vectors ftv = tv;
    runChunks(
        nS,
        perChunk,
        chunks,
        (chunk, from, to) -> {
          double[] acc = new double[nT * signals * 2]; // per target and signal: sum, sum of squares
          float[][] sig = new float[signals][nT];
          float[] sentenceScores = sentenceIndex == null ? null : new float[ts.count()];
          for (int i = from; i < to; i++) {
            index.cosine(src.get(i).bag(), sig[0]);
            if (sentenceIndex != null) {
              sentenceIndex.cosine(src.get(i).bag(), sentenceScores);
              ts.maxPerStatement(sentenceScores, sig[1]);
            }
            if (fsv != null) {
              semanticRow(fsv, i, ftv, sig[semSignal]);
            }
            rows[i] = row(sig, weights, k, acc);
          }
          colSum[chunk] = acc;
        });
    double[] col = new double[nT * signals * 2];
    for (double[] a : colSum) {
      if (a != null) {
        for (int j = 0; j < col.length; j++) {
          col[j] += a[j];
        }
      }
    }
    double[][] colMean = new double[signals][nT];
    double[][] colStd = new double[signals][nT];
    for (int g = 0; g < signals; g++) {
      for (int j = 0; j < nT; j++) {
        int at = (j * signals + g) * 2;
        colMean[g][j] = col[at] / nS;
        colStd[g][j] = std(col[at], col[at + 1], nS);
      }
    }
    double[] cal = options.semantic() ? CALIBRATION_SEMANTIC : CALIBRATION_LEXICAL;
    List<List<Candidate>> out = new ArrayList<>(nS);
    for (int i = 0; i < nS; i++) {
      Row r = rows[i];
      List<Candidate> cands = new ArrayList<>(r.targets.length);
      for (int c = 0; c < r.targets.length; c++) {
        int j = r.targets[c];
        double z = 0;
        for (int g = 0; g < signals; g++) {
          double x = r.values[g][c];
          z += weights[g] * ((x - r.mean[g]) / r.std[g] + (x - colMean[g][j]) / colStd[g][j]);
        }
        double sem = options.semantic() ? r.values[semSignal][c] : Double.NaN;
        List<ParameterCheck> checks =
            ParameterCheck.compare(
                src.get(i).statement().text(), src.get(i).statement().parameters(),
                tgt.get(j).statement().text(), tgt.get(j).statement().parameters());
        double p = parameterTerm(checks);
        double score = sigmoid(cal[0] * (z + p) + cal[1]);
        cands.add(new Candidate(j, r.values[0][c], sem, z, p, score, checks));
      }
      cands.sort(Candidate.ORDER);
      out.add(List.copyOf(cands));
    }
    return new Scored(src, tgt, stats, out, options.semantic());
  }

  private static List<List<Candidate>> emptyRows(int n) {
    List<List<Candidate>> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      rows.add(List.of());
    }
    return rows;
  }

  /** Parameters that meet the requirement add, values that violate it subtract; capped. */
  static double parameterTerm(List<ParameterCheck> checks) {
    double p = 0;
    for (ParameterCheck c : checks) {
      if (c.outcome().meets()) {
        p += PARAMETER_WEIGHT;
      } else if (c.outcome() == ParameterCheck.Outcome.CONFLICTS) {
        p -= PARAMETER_WEIGHT;
      }
    }
    return Math.max(-PARAMETER_CAP, Math.min(PARAMETER_CAP, p));
  }

  static double sigmoid(double x) {
    return 1 / (1 + Math.exp(-x));
  }

  private static double std(double sum, double sq, int n) {
    double m = sum / n;
    double v = Math.max(0, sq / n - m * m);
    return Math.max(STD_FLOOR, Math.sqrt(v));
  }

  /** One requirement's pass-1 result: row statistics per signal and its candidate targets. */
  private static final class Row {
    double[] mean;
    double[] std;
    int[] targets;
    float[][] values; // [signal][candidate]
  }

  private static Row row(float[][] sig, double[] weights, int k, double[] acc) {
    int signals = sig.length;
    int n = sig[0].length;
    Row r = new Row();
    r.mean = new double[signals];
    r.std = new double[signals];
    for (int g = 0; g < signals; g++) {
      double s = 0;
      double q = 0;
      float[] v = sig[g];
      for (int j = 0; j < n; j++) {
        double x = v[j];
        s += x;
        q += x * x;
        int at = (j * signals + g) * 2;
        acc[at] += x;
        acc[at + 1] += x * x;
      }
      r.mean[g] = s / n;
      r.std[g] = std(s, q, n);
    }
    // top k by the row-normalised signals; ties by index
    double[] key = new double[n];
    for (int g = 0; g < signals; g++) {
      for (int j = 0; j < n; j++) {
        key[j] += weights[g] * (sig[g][j] - r.mean[g]) / r.std[g];
      }
    }
    int[] top = TopK.select(key, k);
    r.targets = top;
    r.values = new float[signals][top.length];
    for (int g = 0; g < signals; g++) {
      for (int c = 0; c < top.length; c++) {
        r.values[g][c] = sig[g][top[c]];
      }
    }
    return r;
  }

  /** Analyses statements in parallel (the common pool); the result is in input order. */
  private List<Analysed> analyseAll(List<Statement> ss) {
    Analysed[] out = new Analysed[ss.size()];
    java.util.stream.IntStream.range(0, ss.size()).parallel().forEach(i -> out[i] = analyse(ss.get(i)));
    return java.util.Arrays.asList(out);
  }


  private static List<Bag> tgtBags(List<Analysed> tgt) {
    List<Bag> b = new ArrayList<>(tgt.size());
    for (Analysed a : tgt) {
      b.add(a.bag());
    }
    return b;
  }

  /** Sentence vectors, flattened: vectors of statement i are rows [start[i], start[i+1]). */
  private record Vectors(float[][] rows, int[] start) {}

  private Vectors vectors(Sentences s) {
    List<float[]> vs = options.embeddings().of(s.texts());
    return new Vectors(vs.toArray(new float[0][]), s.start());
  }

  /** The sentences of statements (label removed), flattened like {@link Vectors}. */
  private record Sentences(List<String> texts, int[] start) {
    int count() {
      return texts.size();
    }

    boolean anyLong() {
      return texts.size() > start.length - 1;
    }

    /** The best sentence score of each statement. */
    void maxPerStatement(float[] sentenceScores, float[] out) {
      for (int i = 0; i < start.length - 1; i++) {
        float best = 0;
        for (int s = start[i]; s < start[i + 1]; s++) {
          best = Math.max(best, sentenceScores[s]);
        }
        out[i] = best;
      }
    }
  }

  private Sentences sentences(List<Analysed> statements) {
    List<String> texts = new ArrayList<>();
    int[] start = new int[statements.size() + 1];
    for (int i = 0; i < statements.size(); i++) {
      start[i] = texts.size();
      String text = statements.get(i).normalised();
      text = text.substring(TermAnalyzer.labelLength(text));
      boolean any = false;
      for (String p : SENTENCE_END.split(text)) {
        if (!p.isBlank()) {
          texts.add(p.strip());
          any = true;
        }
      }
      if (!any) {
        texts.add(text);
      }
    }
    start[statements.size()] = texts.size();
    return new Sentences(texts, start);
  }

  private List<Bag> sentenceBags(Sentences s) {
    List<Bag> out = new ArrayList<>(s.count());
    for (String t : s.texts()) {
      out.add(Bag.of(analyzer.terms(t)));
    }
    return out;
  }

  /** Best sentence-to-sentence cosine of source i with every target. */
  private static void semanticRow(Vectors sv, int i, Vectors tv, float[] out) {
    Arrays.fill(out, -1f);
    int nT = tv.start().length - 1;
    for (int a = sv.start()[i]; a < sv.start()[i + 1]; a++) {
      float[] x = sv.rows()[a];
      for (int j = 0; j < nT; j++) {
        float best = out[j];
        for (int b = tv.start()[j]; b < tv.start()[j + 1]; b++) {
          float[] y = tv.rows()[b];
          float d = 0;
          for (int m = 0; m < x.length; m++) {
            d += x[m] * y[m];
          }
          if (d > best) {
            best = d;
          }
        }
        out[j] = best;
      }
    }
  }

  @FunctionalInterface
  private interface ChunkTask {
    void run(int chunk, int from, int to);
  }

  private void runChunks(int n, int per, int chunks, ChunkTask task) {
    if (threads == 1 || chunks == 1) {
      for (int c = 0; c < chunks; c++) {
        task.run(c, c * per, Math.min(n, (c + 1) * per));
      }
      return;
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "specmirror-match");
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<?>> fs = new ArrayList<>();
      for (int c = 0; c < chunks; c++) {
        final int cc = c;
        fs.add(pool.submit(() -> task.run(cc, cc * per, Math.min(n, (cc + 1) * per))));
      }
      for (Future<?> f : fs) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}
