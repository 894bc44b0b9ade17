package org.specmirror.extract.classify;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads labelled sentences, trains {@link RequirementClassifier}s and measures them with
 * document-grouped cross-validation. Deterministic: no randomness anywhere (L-BFGS optimiser,
 * folds assigned from document names and sizes), so the same data and options give the same
 * model bytes.
 *
 * <p>Command line: see {@link #main(String[])} and docs/classifier.md.
 */
public final class ClassifierTrainer {

  private ClassifierTrainer() {}


  // ================================================================ CSV

  /**
   * Reads an RFC 4180 CSV (UTF-8, optional BOM, CRLF or LF, quoted fields with commas, doubled
   * quotes and line breaks) with a header naming at least {@code id}, {@code text} and
   * {@code label} (any order, case-insensitive) and optionally {@code document}. Labels are
   * {@code req} or {@code not_req}. Blank lines are skipped.
   *
   * @throws IllegalArgumentException naming the line of the first bad row
   */
  public static List<LabeledSentence> readCsv(Path csv) throws IOException {
    String content = Files.readString(csv, StandardCharsets.UTF_8);
    try {
      return parseCsv(content);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(csv + ":" + e.getMessage(), e);
    }
  }

  /** {@link #readCsv(Path)} on text; messages start with the line number and a colon. */
  static List<LabeledSentence> parseCsv(String content) {
    if (content.startsWith("\uFEFF")) content = content.substring(1);
    List<List<String>> records = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    int line = 1;
    int i = 0, n = content.length();
    while (i < n) {
      int recordLine = line;
      List<String> fields = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean endOfRecord = false;
      while (!endOfRecord) {
        if (i < n && content.charAt(i) == '"') {
          int quoteLine = line;
          i++;
          while (true) {
            if (i >= n) {
              throw new IllegalArgumentException(quoteLine + ": unterminated quoted field");
            }
            char c = content.charAt(i);
            if (c == '"') {
              if (i + 1 < n && content.charAt(i + 1) == '"') {
                field.append('"');
                i += 2;
              } else {
                i++;
                break;
              }
            } else {
              if (c == '\n') line++;
              field.append(c);
              i++;
            }
          }
          if (i < n && content.charAt(i) != ',' && content.charAt(i) != '\n' && content.charAt(i) != '\r') {
            throw new IllegalArgumentException(line + ": unexpected character '" + content.charAt(i)
                + "' after a closing quote (a quote inside a quoted field must be doubled)");
          }
        } else {
          while (i < n) {
            char c = content.charAt(i);
            if (c == ',' || c == '\n' || c == '\r') break;
            if (c == '"') {
              throw new IllegalArgumentException(line
                  + ": quote inside an unquoted field (quote the whole field and double the quote)");
            }
            field.append(c);
            i++;
          }
        }
        fields.add(field.toString());
        field.setLength(0);
        if (i >= n) {
          endOfRecord = true;
        } else {
          char c = content.charAt(i);
          if (c == ',') {
            i++;
          } else { // \r, \n or \r\n
            if (c == '\r' && i + 1 < n && content.charAt(i + 1) == '\n') i++;
            i++;
            line++;
            endOfRecord = true;
          }
        }
      }
      boolean blank = fields.size() == 1 && fields.get(0).isEmpty();
      if (!blank) {
        records.add(fields);
        lines.add(recordLine);
      }
    }
    if (records.isEmpty()) throw new IllegalArgumentException("1: empty file (a header id,text,label is needed)");

    List<String> header = records.get(0);
    int id = -1, text = -1, label = -1, document = -1;
    for (int c = 0; c < header.size(); c++) {
      switch (header.get(c).strip().toLowerCase(Locale.ROOT)) {
        case "id" -> id = c;
        case "text" -> text = c;
        case "label" -> label = c;
        case "document" -> document = c;
        default -> { } // extra columns are ignored
      }
    }
    if (id < 0 || text < 0 || label < 0) {
      throw new IllegalArgumentException(lines.get(0) + ": header must name the columns id,text,label"
          + " (and optionally document); found " + header);
    }
    List<LabeledSentence> out = new ArrayList<>(records.size() - 1);
    for (int r = 1; r < records.size(); r++) {
      List<String> f = records.get(r);
      int at = lines.get(r);
      if (f.size() != header.size()) {
        throw new IllegalArgumentException(at + ": expected " + header.size() + " fields, found " + f.size());
      }
      String lab = f.get(label).strip();
      boolean req;
      if (lab.equalsIgnoreCase("req")) {
        req = true;
      } else if (lab.equalsIgnoreCase("not_req")) {
        req = false;
      } else {
        throw new IllegalArgumentException(at + ": label must be 'req' or 'not_req', found '" + lab + "'");
      }
      out.add(new LabeledSentence(f.get(id), f.get(text), req, document < 0 ? "" : f.get(document)));
    }
    return out;
  }

  // ================================================================ training

  /** Trains a classifier on {@code data} (deterministic). */
  public static RequirementClassifier train(List<LabeledSentence> data, TrainerOptions opts) {
    if (data.isEmpty()) throw new IllegalArgumentException("no training data");
    Prepared p = new Prepared(data, opts.features());
    return p.train(allRows(data.size()), opts);
  }

  /**
   * Document-grouped cross-validation: whole documents are held out. Documents (grouped by
   * {@link #groupKey(String)}) are assigned to folds by decreasing size, each to the fold with
   * the fewest sentences so far (ties: the lower fold; equal sizes: by name). Each fold's model
   * is trained exactly as {@link #train} would, including its own threshold tuning on its
   * training documents only.
   */
  public static CvResult groupedCrossValidation(List<LabeledSentence> data, int folds, TrainerOptions opts) {
    Prepared p = new Prepared(data, opts.features());
    return p.crossValidate(allRows(data.size()), folds, opts);
  }

  /** Document name to group key: lower case, letters and digits only ("" for no document). */
  public static String groupKey(String document) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < document.length(); i++) {
      char c = document.charAt(i);
      if (Character.isLetterOrDigit(c)) sb.append(Character.toLowerCase(c));
    }
    return sb.toString();
  }

  private static int[] allRows(int n) {
    int[] rows = new int[n];
    for (int i = 0; i < n; i++) rows[i] = i;
    return rows;
  }

  /** Data with features extracted once, so that CV does not re-analyse sentences. */
  private static final class Prepared {
    final List<LabeledSentence> data;
    final List<Set<String>> features = new ArrayList<>();
    final String[] group;

    Prepared(List<LabeledSentence> data, FeatureSpec spec) {
      this.data = data;
      FeatureExtractor fx = new FeatureExtractor(spec);
      group = new String[data.size()];
      for (int i = 0; i < data.size(); i++) {
        features.add(fx.extract(data.get(i).text()));
        String key = groupKey(data.get(i).document());
        group[i] = key.isEmpty() ? "#row-" + i : key;
      }
    }

    RequirementClassifier train(int[] rows, TrainerOptions opts) {
      double threshold = opts.fixedThreshold();
      String thresholdSource = "fixed";
      if (opts.thresholdFolds() > 0) {
        long groups = Arrays.stream(rows).mapToObj(r -> group[r]).distinct().count();
        if (groups >= opts.thresholdFolds()) {
          CvResult inner = crossValidate(rows, opts.thresholdFolds(), opts.withFixedThreshold(0.5));
          boolean[] gold = new boolean[rows.length];
          for (int k = 0; k < rows.length; k++) gold[k] = data.get(rows[k]).requirement();
          threshold = bestThreshold(gold, inner.probabilities());
          thresholdSource = "grouped-cv" + opts.thresholdFolds();
        } else {
          thresholdSource = "fixed (only " + groups + " documents, too few to tune)";
        }
      }
      return fit(rows, opts, threshold, thresholdSource);
    }

    RequirementClassifier fit(int[] rows, TrainerOptions opts, double threshold, String thresholdSource) {
      // feature selection: sentence count and number of distinct documents
      Map<String, int[]> counts = new HashMap<>();
      Map<String, Set<String>> docs = new HashMap<>();
      for (int r : rows) {
        for (String f : features.get(r)) {
          counts.computeIfAbsent(f, k -> new int[1])[0]++;
          if (opts.minDocuments() > 1) docs.computeIfAbsent(f, k -> new HashSet<>()).add(group[r]);
        }
      }
      List<String> kept = new ArrayList<>();
      for (Map.Entry<String, int[]> e : counts.entrySet()) {
        if (e.getValue()[0] >= opts.minCount()
            && (opts.minDocuments() <= 1 || docs.get(e.getKey()).size() >= opts.minDocuments())) {
          kept.add(e.getKey());
        }
      }
      kept.sort(Comparator.naturalOrder());
      Map<String, Integer> index = new HashMap<>(kept.size() * 2);
      for (int j = 0; j < kept.size(); j++) index.put(kept.get(j), j);

      int[][] x = new int[rows.length][];
      boolean[] y = new boolean[rows.length];
      for (int k = 0; k < rows.length; k++) {
        Set<String> fs = features.get(rows[k]);
        int[] idx = new int[fs.size()];
        int m = 0;
        for (String f : fs) {
          Integer j = index.get(f);
          if (j != null) idx[m++] = j;
        }
        idx = Arrays.copyOf(idx, m);
        Arrays.sort(idx);
        x[k] = idx;
        y[k] = data.get(rows[k]).requirement();
      }
      double[] c = weights(rows, opts);
      double[] penalty = new double[kept.size()];
      for (int j = 0; j < kept.size(); j++) {
        penalty[j] = FeatureExtractor.isLexical(kept.get(j)) ? opts.l2() * opts.lexicalL2Factor() : opts.l2();
      }
      double[] w = LogisticRegression.fit(x, y, c, kept.size(), penalty, opts.maxIterations());

      Map<String, Double> byName = new LinkedHashMap<>();
      for (int j = 0; j < kept.size(); j++) {
        double q = quantise(w[j]);
        if (Math.abs(q) >= opts.pruneBelow() && q != 0) byName.put(kept.get(j), q);
      }
      Map<String, String> info = new LinkedHashMap<>();
      info.put("algorithm", "L2 logistic regression, L-BFGS");
      info.put("options", opts.toString());
      info.put("training-rows", Integer.toString(rows.length));
      info.put("training-documents", Long.toString(Arrays.stream(rows).mapToObj(r -> group[r]).distinct().count()));
      info.put("threshold-source", thresholdSource);
      return new RequirementClassifier(opts.features(), byName, quantise(w[kept.size()]), threshold, info);
    }

    double[] weights(int[] rows, TrainerOptions opts) {
      Map<String, Integer> docSize = new HashMap<>();
      for (int r : rows) docSize.merge(group[r], 1, Integer::sum);
      double[] c = new double[rows.length];
      double pos = 0, neg = 0;
      for (int k = 0; k < rows.length; k++) {
        int size = docSize.get(group[rows[k]]);
        c[k] = switch (opts.documentWeighting()) {
          case NONE -> 1.0;
          case SQRT -> 1.0 / Math.sqrt(size);
          case EQUAL -> 1.0 / size;
        };
        if (data.get(rows[k]).requirement()) pos += c[k]; else neg += c[k];
      }
      if (opts.balanceClasses() && pos > 0 && neg > 0) {
        for (int k = 0; k < rows.length; k++) {
          c[k] *= data.get(rows[k]).requirement() ? (pos + neg) / (2 * pos) : (pos + neg) / (2 * neg);
        }
      }
      return c;
    }

    CvResult crossValidate(int[] rows, int folds, TrainerOptions opts) {
      if (folds < 2) throw new IllegalArgumentException("folds must be >= 2");
      Map<String, Integer> foldOf = assignFolds(rows, folds);
      double[] prob = new double[rows.length];
      boolean[] pred = new boolean[rows.length];
      boolean[] gold = new boolean[rows.length];
      List<Metrics> perFold = new ArrayList<>();
      List<Double> thresholds = new ArrayList<>();
      double sumMacro = 0;
      for (int f = 0; f < folds; f++) {
        List<Integer> trainRows = new ArrayList<>();
        List<Integer> testPositions = new ArrayList<>();
        for (int k = 0; k < rows.length; k++) {
          if (foldOf.get(group[rows[k]]) == f) testPositions.add(k); else trainRows.add(rows[k]);
        }
        RequirementClassifier model = train(trainRows.stream().mapToInt(Integer::intValue).toArray(), opts);
        thresholds.add(model.threshold());
        boolean[] g = new boolean[testPositions.size()];
        boolean[] pr = new boolean[testPositions.size()];
        for (int t = 0; t < testPositions.size(); t++) {
          int k = testPositions.get(t);
          double p = score(model, features.get(rows[k]));
          prob[k] = p;
          pred[k] = p >= model.threshold();
          gold[k] = data.get(rows[k]).requirement();
          g[t] = gold[k];
          pr[t] = pred[k];
        }
        Metrics m = Metrics.of(g, pr);
        perFold.add(m);
        sumMacro += m.macroF1();
      }
      return new CvResult(folds, foldOf, perFold, Metrics.of(gold, pred), sumMacro / folds, thresholds, prob, pred);
    }

    Map<String, Integer> assignFolds(int[] rows, int folds) {
      Map<String, Integer> size = new TreeMap<>();
      for (int r : rows) size.merge(group[r], 1, Integer::sum);
      if (size.size() < folds) {
        throw new IllegalArgumentException("grouped CV needs at least " + folds + " documents, found " + size.size());
      }
      List<String> order = new ArrayList<>(size.keySet());
      order.sort(Comparator.comparing((String g) -> -size.get(g)).thenComparing(Comparator.naturalOrder()));
      int[] load = new int[folds];
      Map<String, Integer> foldOf = new TreeMap<>();
      for (String g : order) {
        int best = 0;
        for (int f = 1; f < folds; f++) if (load[f] < load[best]) best = f;
        foldOf.put(g, best);
        load[best] += size.get(g);
      }
      return foldOf;
    }
  }

  private static double score(RequirementClassifier model, Set<String> features) {
    double z = model.bias();
    for (String f : features) z += model.weight(f);
    return LogisticRegression.sigmoid(z);
  }

  /** Weights are rounded to 4 decimals so that the saved text is short and reloads exactly. */
  static double quantise(double w) {
    return Math.round(w * 1e4) / 1e4;
  }

  /**
   * The threshold in 0.05, 0.06, ..., 0.95 that maximises macro-F1 of {@code prob} against
   * {@code gold}; ties go to the threshold closest to 0.5.
   */
  static double bestThreshold(boolean[] gold, double[] prob) {
    double best = 0.5, bestF = -1;
    for (int t = 5; t <= 95; t++) {
      double th = t / 100.0;
      boolean[] pred = new boolean[prob.length];
      for (int i = 0; i < prob.length; i++) pred[i] = prob[i] >= th;
      double f = Metrics.of(gold, pred).macroF1();
      if (f > bestF + 1e-12 || (Math.abs(f - bestF) <= 1e-12 && Math.abs(th - 0.5) < Math.abs(best - 0.5))) {
        bestF = f;
        best = th;
      }
    }
    return best;
  }

  // ================================================================ command line

  /**
   * <pre>
   * train TRAIN.csv OUT-model [options]   train and save a model
   * cv TRAIN.csv [--folds 5] [--dump OOF.tsv] [options]  document-grouped cross-validation
   * eval MODEL|default DATA.csv           figures of a saved (or the shipped) model
   * variants TRAIN.csv [--folds 5] [--test TEST.csv]  the CV table of docs/classifier.md
   * predict MODEL|default SENTENCE...      verdict, probability and reasons
   * baseline DATA.csv                     figures of the bare keyword rule (no training)
   * speed MODEL|default DATA.csv          sentences per second on one thread
   * options (default: the shipped model's, {@link TrainerOptions#defaults()}):
   *          --stemmer none|minimal|kstem|porter --no-unigrams --no-bigrams --no-cues --no-shape
   *          --opening --char-ngrams --l2 X --lexical-l2-factor X --min-count N --min-docs N
   *          --doc-weighting none|sqrt|equal --balance --threshold X (fixed) | --threshold-folds N
   *          --max-iter N --prune X
   * </pre>
   */
  public static void main(String[] args) {
    try {
      run(args, System.out);
    } catch (IllegalArgumentException | IOException e) {
      System.err.println("error: " + e.getMessage());
      System.exit(2);
    }
  }

  static void run(String[] args, PrintStream out) throws IOException {
    if (args.length == 0) throw new IllegalArgumentException(usage());
    String cmd = args[0];
    List<String> rest = new ArrayList<>(Arrays.asList(args).subList(1, args.length));
    switch (cmd) {
      case "train" -> {
        need(rest, 2);
        List<LabeledSentence> data = readCsv(Path.of(rest.get(0)));
        Path target = Path.of(rest.get(1));
        TrainerOptions opts = parseOptions(rest.subList(2, rest.size()));
        long t0 = System.nanoTime();
        RequirementClassifier model = train(data, opts);
        model.save(target);
        out.printf(Locale.ROOT, "trained on %d sentences in %.1f s: %s%n", data.size(),
            (System.nanoTime() - t0) / 1e9, model);
        out.printf(Locale.ROOT, "options: %s%n", opts);
        out.printf(Locale.ROOT, "saved %s (%d bytes)%n", target, Files.size(target));
        out.println("training-set figures (optimistic): " + Metrics.of(model, data));
      }
      case "cv" -> {
        need(rest, 1);
        List<LabeledSentence> data = readCsv(Path.of(rest.get(0)));
        int folds = intOption(rest, "--folds", 5);
        String dump = stringOption(rest, "--dump", null);
        TrainerOptions opts = parseOptions(rest.subList(1, rest.size()));
        CvResult r = printCv(out, data, folds, opts);
        if (dump != null) {
          StringBuilder sb = new StringBuilder("id\tdocument\tgold\tprobability\tpredicted\ttext\n");
          double[] p = r.probabilities();
          boolean[] pr = r.predictions();
          for (int k = 0; k < data.size(); k++) {
            LabeledSentence s = data.get(k);
            sb.append(s.id()).append('\t').append(s.document()).append('\t')
                .append(s.requirement() ? "req" : "not_req").append('\t')
                .append(String.format(Locale.ROOT, "%.4f", p[k])).append('\t')
                .append(pr[k] ? "req" : "not_req").append('\t')
                .append(s.text().replaceAll("\\s+", " ")).append('\n');
          }
          Files.writeString(Path.of(dump), sb.toString());
        }
      }
      case "eval" -> {
        need(rest, 2);
        RequirementClassifier model = model(rest.get(0));
        List<LabeledSentence> data = readCsv(Path.of(rest.get(1)));
        out.println(model);
        out.println(Metrics.of(model, data));
      }
      case "variants" -> {
        need(rest, 1);
        int folds = intOption(rest, "--folds", 5);
        String test = stringOption(rest, "--test", null);
        List<LabeledSentence> data = readCsv(Path.of(rest.get(0)));
        List<LabeledSentence> testData = test == null ? null : readCsv(Path.of(test));
        out.printf("| variant | pooled macro-F1 | mean fold macro-F1 | accuracy | P(req) | R(req) | F1(req) |%s%n",
            testData == null ? "" : " test macro-F1 (not used for selection) |");
        out.printf("|---|---|---|---|---|---|---|%s%n", testData == null ? "" : "---|");
        for (Map.Entry<String, TrainerOptions> v : variants().entrySet()) {
          CvResult r = groupedCrossValidation(data, folds, v.getValue());
          Metrics m = r.pooled();
          String t = testData == null ? ""
              : String.format(Locale.ROOT, " %.4f |", Metrics.of(train(data, v.getValue()), testData).macroF1());
          out.printf(Locale.ROOT, "| %s | %.4f | %.4f | %.4f | %.4f | %.4f | %.4f |%s%n", v.getKey(),
              m.macroF1(), r.meanMacroF1(), m.accuracy(), m.precision(), m.recall(), m.f1(), t);
          out.flush();
        }
      }
      case "baseline" -> {
        need(rest, 1);
        List<LabeledSentence> data = readCsv(Path.of(rest.get(0)));
        java.util.regex.Pattern rule = java.util.regex.Pattern.compile(
            "\\b(shall|should|must|may|will|can|required)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);
        boolean[] gold = new boolean[data.size()];
        boolean[] pred = new boolean[data.size()];
        for (int k = 0; k < data.size(); k++) {
          gold[k] = data.get(k).requirement();
          pred[k] = rule.matcher(data.get(k).text()).find();
        }
        out.println("keyword rule (shall|should|must|may|will|can|required): " + Metrics.of(gold, pred));
      }
      case "predict" -> {
        need(rest, 2);
        RequirementClassifier model = model(rest.get(0));
        for (String s : rest.subList(1, rest.size())) {
          Prediction p = model.predict(s);
          out.printf(Locale.ROOT, "%s\t%.3f\t%s\t%s%n", p.requirement() ? "req" : "not_req",
              p.probability(), p.reasons(), s);
        }
      }
      case "speed" -> {
        need(rest, 2);
        RequirementClassifier model = model(rest.get(0));
        List<LabeledSentence> data = readCsv(Path.of(rest.get(1)));
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long sink = 0;
        for (int warm = 0; warm < 5; warm++) {
          for (LabeledSentence s : data) sink += model.predict(s.text()).reasons().size();
        }
        int count = 0;
        long cpu0 = mx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        for (int rep = 0; rep < 10; rep++) {
          for (LabeledSentence s : data) {
            sink += model.predict(s.text()).reasons().size();
            count++;
          }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        double cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
        out.printf(Locale.ROOT, "%d predictions (with reasons), one thread: %.0f sentences/s of thread CPU time"
            + " (%.2f s), %.0f sentences/s wall clock (%.2f s) [%d]%n",
            count, count / cpu, cpu, count / secs, secs, sink % 2);
      }
      default -> throw new IllegalArgumentException("unknown command '" + cmd + "'\n" + usage());
    }
  }

  private static CvResult printCv(PrintStream out, List<LabeledSentence> data, int folds, TrainerOptions opts) {
    long t0 = System.nanoTime();
    CvResult r = groupedCrossValidation(data, folds, opts);
    out.printf(Locale.ROOT, "options: %s%n", opts);
    Map<Integer, List<String>> docs = new TreeMap<>();
    r.foldOfDocument().forEach((d, f) -> docs.computeIfAbsent(f, k -> new ArrayList<>()).add(d));
    for (int f = 0; f < folds; f++) {
      List<String> ds = new ArrayList<>(docs.getOrDefault(f, List.of()));
      ds.sort(Comparator.naturalOrder());
      out.printf(Locale.ROOT, "fold %d threshold %.2f %s %s%n", f, r.thresholds().get(f), r.perFold().get(f), ds);
    }
    out.printf(Locale.ROOT, "pooled: %s%n", r.pooled());
    out.printf(Locale.ROOT, "mean fold macroF1=%.4f%n", r.meanMacroF1());
    out.printf(Locale.ROOT, "(%.1f s)%n", (System.nanoTime() - t0) / 1e9);
    return r;
  }

  /** The variants compared in docs/classifier.md, all judged by grouped CV on the training data. */
  static Map<String, TrainerOptions> variants() {
    TrainerOptions d = TrainerOptions.defaults();
    FeatureSpec f = d.features();
    Map<String, TrainerOptions> v = new LinkedHashMap<>();
    v.put("shipped (defaults)", d);
    v.put("threshold fixed 0.5", d.withFixedThreshold(0.5));
    v.put("words only", d.withFeatures(f.withBigrams(false).withCues(false).withShape(false)));
    v.put("words+bigrams", d.withFeatures(f.withCues(false).withShape(false)));
    v.put("cues+shape only", d.withFeatures(f.withUnigrams(false).withBigrams(false)));
    v.put("cues only", d.withFeatures(f.withUnigrams(false).withBigrams(false).withShape(false)));
    v.put("no bigrams", d.withFeatures(f.withBigrams(false)));
    v.put("no cues", d.withFeatures(f.withCues(false)));
    v.put("no shape", d.withFeatures(f.withShape(false)));
    v.put("+ opening tokens", d.withFeatures(f.withOpening(true)));
    v.put("+ char 3-5-grams", d.withFeatures(f.withCharNgrams(true)));
    v.put("+ char 3-5-grams, lexical l2 x10", d.withFeatures(f.withCharNgrams(true)).withLexicalL2Factor(10));
    v.put("stemmer none", d.withFeatures(f.withStemmer(FeatureSpec.Stemmer.NONE)));
    v.put("stemmer minimal", d.withFeatures(f.withStemmer(FeatureSpec.Stemmer.MINIMAL)));
    v.put("stemmer porter", d.withFeatures(f.withStemmer(FeatureSpec.Stemmer.PORTER)));
    v.put("doc weighting none", d.withDocumentWeighting(TrainerOptions.DocumentWeighting.NONE));
    v.put("doc weighting sqrt", d.withDocumentWeighting(TrainerOptions.DocumentWeighting.SQRT));
    v.put("balanced classes", d.withBalanceClasses(true));
    v.put("min docs 2", d.withMinDocuments(2));
    v.put("min docs 3", d.withMinDocuments(3));
    v.put("min count 1", d.withMinCount(1));
    v.put("min count 3", d.withMinCount(3));
    v.put("lexical l2 x3", d.withLexicalL2Factor(3));
    v.put("l2 0.001", d.withL2(0.001));
    v.put("l2 0.003", d.withL2(0.003));
    v.put("l2 0.03", d.withL2(0.03));
    v.put("l2 0.1", d.withL2(0.1));
    v.put("prune 0.001", d.withPruneBelow(0.001));
    v.put("prune 0.01", d.withPruneBelow(0.01));
    v.put("prune 0.05", d.withPruneBelow(0.05));
    return v;
  }

  private static RequirementClassifier model(String arg) throws IOException {
    return arg.equals("default") ? RequirementClassifier.loadDefault() : RequirementClassifier.load(Path.of(arg));
  }

  private static void need(List<String> rest, int n) {
    if (rest.size() < n) throw new IllegalArgumentException(usage());
  }

  private static int intOption(List<String> rest, String name, int dflt) {
    int i = rest.indexOf(name);
    if (i < 0) return dflt;
    if (i + 1 >= rest.size()) throw new IllegalArgumentException(name + " needs a value");
    int v = Integer.parseInt(rest.get(i + 1));
    rest.remove(i + 1);
    rest.remove(i);
    return v;
  }

  private static String stringOption(List<String> rest, String name, String dflt) {
    int i = rest.indexOf(name);
    if (i < 0) return dflt;
    if (i + 1 >= rest.size()) throw new IllegalArgumentException(name + " needs a value");
    String v = rest.get(i + 1);
    rest.remove(i + 1);
    rest.remove(i);
    return v;
  }

  static TrainerOptions parseOptions(List<String> args) {
    TrainerOptions o = TrainerOptions.defaults();
    FeatureSpec f = o.features();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      switch (a) {
        case "--no-unigrams" -> f = f.withUnigrams(false);
        case "--no-bigrams" -> f = f.withBigrams(false);
        case "--no-cues" -> f = f.withCues(false);
        case "--no-shape" -> f = f.withShape(false);
        case "--opening" -> f = f.withOpening(true);
        case "--char-ngrams" -> f = f.withCharNgrams(true);
        case "--balance" -> o = o.withBalanceClasses(true);
        case "--stemmer", "--l2", "--min-count", "--min-docs", "--doc-weighting", "--threshold",
            "--threshold-folds", "--max-iter", "--prune", "--lexical-l2-factor" -> {
          if (i + 1 >= args.size()) throw new IllegalArgumentException(a + " needs a value");
          String v = args.get(++i);
          switch (a) {
            case "--stemmer" -> f = f.withStemmer(FeatureSpec.Stemmer.valueOf(v.toUpperCase(Locale.ROOT)));
            case "--l2" -> o = o.withL2(Double.parseDouble(v));
            case "--min-count" -> o = o.withMinCount(Integer.parseInt(v));
            case "--min-docs" -> o = o.withMinDocuments(Integer.parseInt(v));
            case "--doc-weighting" -> o = o.withDocumentWeighting(
                TrainerOptions.DocumentWeighting.valueOf(v.toUpperCase(Locale.ROOT)));
            case "--threshold" -> o = o.withFixedThreshold(Double.parseDouble(v));
            case "--threshold-folds" -> o = o.withThresholdFolds(Integer.parseInt(v));
            case "--max-iter" -> o = o.withMaxIterations(Integer.parseInt(v));
            case "--prune" -> o = o.withPruneBelow(Double.parseDouble(v));
            case "--lexical-l2-factor" -> o = o.withLexicalL2Factor(Double.parseDouble(v));
            default -> throw new AssertionError(a);
          }
        }
        default -> throw new IllegalArgumentException("unknown option '" + a + "'\n" + usage());
      }
    }
    return o.withFeatures(f);
  }

  private static String usage() {
    return String.join("\n",
        "usage: ClassifierTrainer COMMAND ...",
        "  train TRAIN.csv OUT-model [options]",
        "  cv TRAIN.csv [--folds 5] [--dump OOF.tsv] [options]",
        "  eval MODEL|default DATA.csv",
        "  variants TRAIN.csv [--folds 5] [--test TEST.csv]",
        "  predict MODEL|default SENTENCE...",
        "  baseline DATA.csv   (the bare keyword rule, for comparison)",
        "  speed MODEL|default DATA.csv",
        "options (default: the shipped model's):",
        "  --stemmer none|minimal|kstem|porter --no-unigrams --no-bigrams --no-cues --no-shape",
        "  --opening --char-ngrams --l2 X --lexical-l2-factor X --min-count N --min-docs N",
        "  --doc-weighting none|sqrt|equal --balance --threshold X | --threshold-folds N",
        "  --max-iter N --prune X");
  }
}
