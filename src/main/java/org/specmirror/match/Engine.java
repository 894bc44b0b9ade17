package org.specmirror.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.specmirror.match.semantic.OnnxMatMul;
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
  static final double[] CALIBRATION_SEMANTIC = {0.4215, -5.3537};

  static final double[] CALIBRATION_LEXICAL = {0.3103, -5.0288};

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

  private final boolean javaProducts;

  public Engine(MatchOptions options, int threads) {
    this(options, threads, javaProductsAsked());
  }

  /** @param javaProducts sentence-pair products by Java loops even where ONNX Runtime loads */
  Engine(MatchOptions options, int threads, boolean javaProducts) {
    this.options = options;
    this.analyzer = new TermAnalyzer(options.glossary());
    this.threads = Math.max(1, threads);
    this.javaProducts = javaProducts;
  }

  public MatchOptions options() {
    return options;
  }

  /** The analysed form of a statement. */
  Analysed analyse(Statement s) {
    Text t = texts.computeIfAbsent(s.text(), this::text);
    return new Analysed(s, t);
  }

  /**
   * A text's analysis, kept for the life of the engine: a panel analyses each document once, not
   * once per vendor. Its words for the diff are cut on first use (only the statements shown with a
   * diff need them, and those are diffed once per vendor or requirement).
   */
  static final class Text {
    private final String normalised;
    private final List<Term> terms;
    private final Bag bag;
    private final String raw;
    private volatile WordDiff.Words words;

    Text(String raw, String normalised, List<Term> terms, Bag bag) {
      this.raw = raw;
      this.normalised = normalised;
      this.terms = terms;
      this.bag = bag;
    }

    String normalised() {
      return normalised;
    }

    List<Term> terms() {
      return terms;
    }

    Bag bag() {
      return bag;
    }

    /** The raw text cut into words for {@link WordDiff} (computed once; a race computes equal values). */
    WordDiff.Words words() {
      WordDiff.Words w = words;
      if (w == null) {
        w = WordDiff.words(raw);
        words = w;
      }
      return w;
    }
  }

  private final java.util.concurrent.ConcurrentHashMap<String, Text> texts = new java.util.concurrent.ConcurrentHashMap<>();

  private final Vocabulary vocabulary = new Vocabulary();

  private Text text(String raw) {
    String norm = TextNormaliser.normalise(raw);
    List<Term> terms = analyzer.terms(norm);
    return new Text(raw, norm, List.copyOf(terms), Bag.of(terms, vocabulary));
  }

  /** A statement with its normalised text and terms. */
  record Analysed(Statement statement, Text text) {
    String normalised() {
      return text.normalised();
    }

    List<Term> terms() {
      return text.terms();
    }

    Bag bag() {
      return text.bag();
    }

    /** The statement's text cut into words for {@link WordDiff}. */
    WordDiff.Words words() {
      return text.words();
    }
  }

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
    TermStats stats = new TermStats(all, vocabulary);
    int nS = src.size();
    int nT = tgt.size();
    if (nS == 0 || nT == 0) {
      return new Scored(src, tgt, stats, emptyRows(nS), options.semantic());
    }
    LexicalIndex index = new LexicalIndex(tgtBags(tgt), stats);
    // best-sentence lexical view: an index over the sentences of the targets (only when some
    // target has more than one sentence; otherwise it equals the whole-statement view)
    Sentences ts = sentences(tgt, true);
    LexicalIndex sentenceIndex = ts.anyLong() ? new LexicalIndex(ts.bags(), stats) : null;
    Vectors sv = null;
    Vectors tv = null;
    if (options.semantic()) {
      sv = vectors(sentences(src, false));
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
    // the semantic products through ONNX Runtime's GEMM when it loads (it ships with the model),
    // else Java loops; the target sentences are handed over once, as the columns of one matrix
    OnnxMatMul gemm = sv != null && sv.rows().length > 0 && !javaProducts ? OnnxMatMul.shared() : null;
    OnnxMatMul.Matrix columns = null;
    if (gemm != null) {
      try {
        columns = gemm.columns(tv.rows(), sv.rows()[0].length);
      } catch (IllegalStateException | OutOfMemoryError e) {
        // the runtime refused the matrix (e.g. no direct memory for a very large vendor side, an
        // allocation the JVM can recover from): the Java loops need no copy of it
        columns = null;
      }
    }
    final OnnxMatMul.Matrix targetColumns = columns;
    try {
      runChunks(
          nS,
          perChunk,
          chunks,
          (chunk, from, to) -> {
            double[] acc = new double[nT * signals * 2]; // per signal: sums of all targets, then their sums of squares
            float[][] sig = new float[signals][nT];
            float[] sentenceScores = sentenceIndex == null ? null : new float[ts.count()];
            int[] touchedSentences = sentenceIndex == null ? null : new int[ts.count()];
            float[] sims = fsv == null || targetColumns != null ? null : new float[ftv.rows().length];
            double[] key = new double[nT];
            float[] block = null; // products of the sentences of statements [blockFrom, blockTo) with every target sentence
            int blockFrom = from;
            int blockTo = from;
            for (int i = from; i < to; i++) {
              index.cosine(src.get(i).bag(), sig[0]);
              if (sentenceIndex != null) {
                int touched = sentenceIndex.cosineTouched(src.get(i).bag(), sentenceScores, touchedSentences);
                ts.maxPerStatement(sentenceScores, touchedSentences, touched, sig[1]);
              }
              if (fsv != null && targetColumns != null) {
                if (i >= blockTo) {
                  blockFrom = i;
                  blockTo = Math.min(to, i + SEMANTIC_BLOCK);
                  int first = fsv.start()[blockFrom];
                  int count = fsv.start()[blockTo] - first;
                  int need = count * targetColumns.cols();
                  if (block == null || block.length < need) {
                    block = new float[need];
                  }
                  gemm.multiply(fsv.rows(), first, count, targetColumns, block);
                }
                int offset = fsv.start()[i] - fsv.start()[blockFrom];
                bestPairs(block, offset, fsv.start()[i + 1] - fsv.start()[i], targetColumns.cols(), ftv.start(), sig[semSignal]);
              } else if (fsv != null) {
                semanticRow(fsv, i, ftv, sig[semSignal], sims);
              }
              rows[i] = row(sig, weights, k, acc, key);
            }
            colSum[chunk] = acc;
          });
    } finally {
      if (targetColumns != null) {
        targetColumns.close();
      }
    }
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
        int at = g * 2 * nT + j;
        colMean[g][j] = col[at] / nS;
        colStd[g][j] = std(col[at], col[at + nT], nS);
      }
    }
    double[] cal = options.semantic() ? CALIBRATION_SEMANTIC : CALIBRATION_LEXICAL;
    List<List<java.util.Set<String>>> srcContexts = parameterContexts(src);
    List<List<java.util.Set<String>>> tgtContexts = parameterContexts(tgt);
    List<List<Candidate>> out = new ArrayList<>(nS);
    for (int i = 0; i < nS; i++) {
      Row r = rows[i];
      List<Candidate> cands = new ArrayList<>(r.targets.length);
      for (int c = 0; c < r.targets.length; c++) {
        int j = r.targets[c];
        double zRow = 0;
        double zCol = 0;
        for (int g = 0; g < signals; g++) {
          double x = r.values[g][c];
          zRow += weights[g] * ((x - r.mean[g]) / r.std[g]);
          zCol += weights[g] * ((x - colMean[g][j]) / colStd[g][j]);
        }
        double z = mutual(zRow, zCol, options.mutual());
        double sem = options.semantic() ? r.values[semSignal][c] : Double.NaN;
        List<ParameterCheck> checks =
            ParameterCheck.compare(
                src.get(i).statement().parameters(), srcContexts.get(i),
                tgt.get(j).statement().parameters(), tgtContexts.get(j));
        double p = parameterTerm(checks);
        double score = sigmoid(cal[0] * (z + p) + cal[1]);
        cands.add(new Candidate(j, r.values[0][c], sem, z, p, score, checks));
      }
      cands.sort(Candidate.ORDER);
      out.add(List.copyOf(cands));
    }
    return new Scored(src, tgt, stats, out, options.semantic());
  }

  /** The words around each value of each statement, read once (not once per candidate pair). */
  private static List<List<java.util.Set<String>>> parameterContexts(List<Analysed> statements) {
    List<List<java.util.Set<String>>> out = new ArrayList<>(statements.size());
    for (Analysed a : statements) {
      out.add(ParameterCheck.contexts(a.statement().text(), a.statement().parameters()));
    }
    return out;
  }

  private static List<List<Candidate>> emptyRows(int n) {
    List<List<Candidate>> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      rows.add(List.of());
    }
    return rows;
  }

  /**
   * Weight of the disagreement between the two normalisations: a pair counts when it stands out
   * both among the vendor statements for its requirement (row) and among the requirements for its
   * vendor statement (column), not when only one side lifts it. 0 would be the plain sum, 1 twice
   * the smaller of the two; 0.5 is halfway. Chosen by leave-one-dataset-out over the five trace
   * sets (docs/matching.md, section 7); {@link MatchOptions#mutual()} carries it.
   */
  public static final double MUTUAL = 0.5;

  /** The fused value of a pair from its row- and column-normalised sums. */
  static double mutual(double zRow, double zCol, double mutual) {
    return zRow + zCol - mutual * Math.abs(zRow - zCol);
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

  private static Row row(float[][] sig, double[] weights, int k, double[] acc, double[] key) {
    int signals = sig.length;
    int n = sig[0].length;
    Row r = new Row();
    r.mean = new double[signals];
    r.std = new double[signals];
    for (int g = 0; g < signals; g++) {
      double s = 0;
      double q = 0;
      float[] v = sig[g];
      int sums = g * 2 * n;
      int squares = sums + n;
      for (int j = 0; j < n; j++) {
        double x = v[j];
        s += x;
        q += x * x;
        acc[sums + j] += x;
        acc[squares + j] += x * x;
      }
      r.mean[g] = s / n;
      r.std[g] = std(s, q, n);
    }
    // top k by the row-normalised signals; ties by index
    Arrays.fill(key, 0);
    for (int g = 0; g < signals; g++) {
      float[] v = sig[g];
      double w = weights[g];
      double m = r.mean[g];
      double sd = r.std[g];
      for (int j = 0; j < n; j++) {
        key[j] += w * (v[j] - m) / sd;
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

  /**
   * The sentences of statements (label removed), flattened like {@link Vectors}, each with the bag
   * of the statement's terms that fall inside it (the statement is not analysed again).
   */
  private record Sentences(List<String> texts, List<Bag> bags, int[] start, int[] owner) {
    Sentences(List<String> texts, List<Bag> bags, int[] start) {
      this(texts, bags, start, owners(start, texts.size()));
    }

    private static int[] owners(int[] start, int count) {
      int[] owner = new int[count];
      for (int i = 0; i < start.length - 1; i++) {
        Arrays.fill(owner, start[i], start[i + 1], i);
      }
      return owner;
    }

    int count() {
      return texts.size();
    }

    boolean anyLong() {
      return texts.size() > start.length - 1;
    }

    /**
     * The best sentence score of each statement (0 when none of its sentences was touched), from
     * the {@code count} touched sentences; resets their scores to zero.
     */
    void maxPerStatement(float[] sentenceScores, int[] touched, int count, float[] out) {
      Arrays.fill(out, 0f);
      for (int t = 0; t < count; t++) {
        int s = touched[t];
        int i = owner[s];
        out[i] = Math.max(out[i], sentenceScores[s]);
        sentenceScores[s] = 0f;
      }
    }
  }

  /** @param withBags whether each sentence also needs its bag of terms (only the target side is indexed; else the bags are empty) */
  private Sentences sentences(List<Analysed> statements, boolean withBags) {
    int n = statements.size();
    @SuppressWarnings("unchecked")
    List<String>[] texts = new List[n];
    @SuppressWarnings("unchecked")
    List<Bag>[] bags = new List[n];
    // statements are split in parallel (the common pool); flattened below in input order
    java.util.stream.IntStream.range(0, n)
        .parallel()
        .forEach(
            i -> {
              texts[i] = new ArrayList<>(2);
              bags[i] = new ArrayList<>(2);
              split(statements.get(i), texts[i], withBags ? bags[i] : null);
            });
    List<String> allTexts = new ArrayList<>();
    List<Bag> allBags = new ArrayList<>();
    int[] start = new int[n + 1];
    for (int i = 0; i < n; i++) {
      start[i] = allTexts.size();
      allTexts.addAll(texts[i]);
      allBags.addAll(bags[i]);
    }
    start[n] = allTexts.size();
    return new Sentences(allTexts, allBags, start);
  }

  /**
   * One statement's sentences (label removed), each with the bag of the statement's terms inside
   * it when {@code bags} is not null.
   */
  private void split(Analysed a, List<String> texts, List<Bag> bags) {
    String text = a.normalised();
    int label = TermAnalyzer.labelLength(text);
    java.util.regex.Matcher m = SENTENCE_END.matcher(text);
    m.region(label, text.length());
    int from = label;
    List<Term> in = new ArrayList<>();
    while (true) {
      boolean found = m.find();
      int to = found ? m.start() : text.length();
      String part = text.substring(from, to);
      if (!part.isBlank()) {
        texts.add(part.strip());
        if (bags != null) {
          in.clear();
          for (Term t : a.terms()) {
            if (t.start() >= from && t.start() < to) {
              in.add(t);
            }
          }
          bags.add(texts.size() == 1 && !found ? a.bag() : Bag.of(in, vocabulary));
        }
      }
      if (!found) {
        break;
      }
      from = m.end();
    }
    if (texts.isEmpty()) {
      texts.add(text.substring(label));
      if (bags != null) {
        bags.add(a.bag());
      }
    }
  }

  /**
   * {@code -Dspecmirror.products=java}: compute the sentence-pair products with Java loops even
   * where ONNX Runtime loads (for comparison and diagnosis; scores agree to about 1e-6).
   */
  private static boolean javaProductsAsked() {
    return "java".equals(System.getProperty("specmirror.products"));
  }

  /** Source statements whose sentences are multiplied with the target sentences in one product. */
  private static final int SEMANTIC_BLOCK = 16;

  /**
   * Best sentence-to-sentence cosine of one source statement with every target, from a block of
   * products: rows {@code offset .. offset + count} of {@code block} (each {@code width} long, one
   * column per target sentence) are the source statement's sentences.
   */
  private static void bestPairs(float[] block, int offset, int count, int width, int[] targetStart, float[] out) {
    Arrays.fill(out, -1f);
    int nT = targetStart.length - 1;
    for (int a = offset; a < offset + count; a++) {
      int base = a * width;
      for (int j = 0; j < nT; j++) {
        float best = out[j];
        for (int b = targetStart[j]; b < targetStart[j + 1]; b++) {
          float x = block[base + b];
          if (x > best) {
            best = x;
          }
        }
        out[j] = best;
      }
    }
  }

  /** Best sentence-to-sentence cosine of source i with every target. */
  private static void semanticRow(Vectors sv, int i, Vectors tv, float[] out, float[] sims) {
    Arrays.fill(out, -1f);
    int nT = tv.start().length - 1;
    int[] ts = tv.start();
    for (int a = sv.start()[i]; a < sv.start()[i + 1]; a++) {
      dots(sv.rows()[a], tv.rows(), sims);
      for (int j = 0; j < nT; j++) {
        float best = out[j];
        for (int b = ts[j]; b < ts[j + 1]; b++) {
          if (sims[b] > best) {
            best = sims[b];
          }
        }
        out[j] = best;
      }
    }
  }

  /**
   * {@code out[b] = x · rows[b]} for every row. Eight rows at a time, so that eight independent sums
   * run side by side (one add chain per row would wait on each addition); each row's sum is still
   * taken in index order, so the results are bit-identical to the plain loop.
   */
  static void dots(float[] x, float[][] rows, float[] out) {
    int n = rows.length;
    int dim = x.length;
    int b = 0;
    for (; b + 7 < n; b += 8) {
      float[] y0 = rows[b];
      float[] y1 = rows[b + 1];
      float[] y2 = rows[b + 2];
      float[] y3 = rows[b + 3];
      float[] y4 = rows[b + 4];
      float[] y5 = rows[b + 5];
      float[] y6 = rows[b + 6];
      float[] y7 = rows[b + 7];
      float d0 = 0;
      float d1 = 0;
      float d2 = 0;
      float d3 = 0;
      float d4 = 0;
      float d5 = 0;
      float d6 = 0;
      float d7 = 0;
      for (int m = 0; m < dim; m++) {
        float xm = x[m];
        d0 += xm * y0[m];
        d1 += xm * y1[m];
        d2 += xm * y2[m];
        d3 += xm * y3[m];
        d4 += xm * y4[m];
        d5 += xm * y5[m];
        d6 += xm * y6[m];
        d7 += xm * y7[m];
      }
      out[b] = d0;
      out[b + 1] = d1;
      out[b + 2] = d2;
      out[b + 3] = d3;
      out[b + 4] = d4;
      out[b + 5] = d5;
      out[b + 6] = d6;
      out[b + 7] = d7;
    }
    for (; b < n; b++) {
      float[] y = rows[b];
      float d = 0;
      for (int m = 0; m < dim; m++) {
        d += x[m] * y[m];
      }
      out[b] = d;
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
