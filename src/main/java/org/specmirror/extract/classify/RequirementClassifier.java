package org.specmirror.extract.classify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Is this sentence a requirement? A logistic-regression model over named binary features
 * (words, word pairs, modal verbs and other cues, the sentence's shape), so every decision can
 * be explained by the features that pushed it most.
 *
 * <p>Immutable and thread-safe. The model file is UTF-8 text, one tab-separated entry a line,
 * weights sorted by feature name, so the same model always serialises to the same bytes.
 */
public final class RequirementClassifier {

  /** Classpath location of the shipped model (relative to this class). */
  public static final String DEFAULT_RESOURCE = "requirement-model.tsv";
  /** At most this many {@link Prediction#reasons()}. */
  public static final int MAX_REASONS = 5;

  static final String FORMAT = "specmirror-requirement-classifier/1";

  private final FeatureExtractor extractor;
  private final String[] names;              // sorted
  private final double[] weights;            // parallel to names
  private final Map<String, Integer> index;  // name -> position
  private final double bias;
  private final double threshold;
  private final Map<String, String> info;    // provenance, written as "info" lines

  RequirementClassifier(FeatureSpec spec, Map<String, Double> weightsByName, double bias, double threshold,
      Map<String, String> info) {
    if (!(threshold > 0 && threshold < 1)) {
      throw new IllegalArgumentException("threshold must be in (0,1): " + threshold);
    }
    if (!Double.isFinite(bias)) {
      throw new IllegalArgumentException("bias is not finite");
    }
    this.extractor = new FeatureExtractor(spec);
    this.names = weightsByName.keySet().toArray(new String[0]);
    Arrays.sort(this.names);
    this.weights = new double[names.length];
    this.index = new HashMap<>(names.length * 2);
    for (int i = 0; i < names.length; i++) {
      String name = names[i];
      if (name.isEmpty() || name.indexOf('\t') >= 0 || name.indexOf('\n') >= 0 || name.indexOf('\r') >= 0) {
        throw new IllegalArgumentException("bad feature name: '" + name + "'");
      }
      double w = weightsByName.get(name);
      if (!Double.isFinite(w)) {
        throw new IllegalArgumentException("weight of " + name + " is not finite");
      }
      weights[i] = w;
      index.put(name, i);
    }
    this.bias = bias;
    this.threshold = threshold;
    this.info = Collections.unmodifiableMap(new LinkedHashMap<>(info));
  }

  // ---------------------------------------------------------------- loading / saving

  private static final class DefaultHolder {
    static final RequirementClassifier INSTANCE = loadResource();

    private static RequirementClassifier loadResource() {
      try (InputStream in = RequirementClassifier.class.getResourceAsStream(DEFAULT_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("classpath resource "
              + RequirementClassifier.class.getPackageName().replace('.', '/') + "/"
              + DEFAULT_RESOURCE + " is missing");
        }
        return read(new InputStreamReader(in, StandardCharsets.UTF_8), DEFAULT_RESOURCE);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the shipped requirement model", e);
      }
    }
  }

  /** The shipped model, read once from the classpath and cached. */
  public static RequirementClassifier loadDefault() {
    return DefaultHolder.INSTANCE;
  }

  /** Reads a model written by {@link #save(Path)}. */
  public static RequirementClassifier load(Path path) throws IOException {
    try (Reader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      return read(r, path.toString());
    }
  }

  private static RequirementClassifier read(Reader reader, String source) throws IOException {
    BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    Map<String, String> features = new LinkedHashMap<>();
    Map<String, String> info = new LinkedHashMap<>();
    Map<String, Double> weights = new LinkedHashMap<>();
    Double bias = null, threshold = null;
    boolean format = false;
    String line;
    int lineNo = 0;
    while ((line = in.readLine()) != null) {
      lineNo++;
      if (line.isEmpty() || line.startsWith("#")) continue;
      String[] f = line.split("\t", -1);
      try {
        switch (f[0]) {
          case "format" -> {
            expect(f, 2);
            if (!f[1].equals(FORMAT)) throw new IllegalArgumentException("unknown format " + f[1]);
            format = true;
          }
          case "feature" -> { expect(f, 3); features.put(f[1], f[2]); }
          case "info" -> { expect(f, 3); info.put(f[1], f[2]); }
          case "threshold" -> { expect(f, 2); threshold = Double.parseDouble(f[1]); }
          case "bias" -> { expect(f, 2); bias = Double.parseDouble(f[1]); }
          case "weight" -> {
            expect(f, 3);
            if (weights.put(f[1], Double.parseDouble(f[2])) != null) {
              throw new IllegalArgumentException("duplicate feature " + f[1]);
            }
          }
          default -> throw new IllegalArgumentException("unknown entry '" + f[0] + "'");
        }
      } catch (IllegalArgumentException e) {
        throw new IOException(source + ":" + lineNo + ": " + e.getMessage(), e);
      }
    }
    if (!format) throw new IOException(source + ": not a requirement model (no '" + FORMAT + "' line)");
    if (bias == null || threshold == null) throw new IOException(source + ": bias or threshold missing");
    try {
      return new RequirementClassifier(FeatureSpec.fromProperties(features), weights, bias, threshold, info);
    } catch (IllegalArgumentException e) {
      throw new IOException(source + ": " + e.getMessage(), e);
    }
  }

  private static void expect(String[] fields, int n) {
    if (fields.length != n) {
      throw new IllegalArgumentException("expected " + n + " tab-separated fields, found " + fields.length);
    }
  }

  /** Writes the model; the same model always gives the same bytes. */
  public void save(Path path) throws IOException {
    Path parent = path.toAbsolutePath().getParent();
    if (parent != null) Files.createDirectories(parent);
    Files.write(path, serialise().getBytes(StandardCharsets.UTF_8));
  }

  String serialise() {
    StringBuilder sb = new StringBuilder(names.length * 32);
    sb.append("# specmirror requirement classifier: logistic regression over named binary features.\n");
    sb.append("# p(req) = 1 / (1 + exp(-(bias + sum of the weights of the sentence's features))).\n");
    sb.append("# Retrain with ClassifierTrainer (see docs/classifier.md).\n");
    sb.append("format\t").append(FORMAT).append('\n');
    extractor.spec().toProperties().forEach((k, v) -> sb.append("feature\t").append(k).append('\t').append(v).append('\n'));
    info.forEach((k, v) -> sb.append("info\t").append(k).append('\t').append(clean(v)).append('\n'));
    sb.append("threshold\t").append(threshold).append('\n');
    sb.append("bias\t").append(bias).append('\n');
    for (int i = 0; i < names.length; i++) {
      sb.append("weight\t").append(names[i]).append('\t').append(weights[i]).append('\n');
    }
    return sb.toString();
  }

  private static String clean(String v) {
    return v.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }

  // ---------------------------------------------------------------- prediction

  /** Classifies one sentence. Thread-safe. */
  public Prediction predict(String sentence) {
    Objects.requireNonNull(sentence, "sentence");
    double z = bias;
    List<Contribution> contributions = new ArrayList<>();
    for (String feature : extractor.extract(sentence)) {
      Integer i = index.get(feature);
      if (i != null) {
        z += weights[i];
        contributions.add(new Contribution(feature, weights[i]));
      }
    }
    double p = LogisticRegression.sigmoid(z);
    contributions.sort(BY_IMPACT);
    List<Contribution> reasons = contributions.size() > MAX_REASONS
        ? contributions.subList(0, MAX_REASONS) : contributions;
    return new Prediction(p >= threshold, p, reasons);
  }

  /** Probability only (no explanation); slightly cheaper than {@link #predict(String)}. */
  public double probability(String sentence) {
    double z = bias;
    for (String feature : extractor.extract(sentence)) {
      Integer i = index.get(feature);
      if (i != null) z += weights[i];
    }
    return LogisticRegression.sigmoid(z);
  }

  private static final Comparator<Contribution> BY_IMPACT =
      Comparator.comparingDouble((Contribution c) -> -Math.abs(c.weight())).thenComparing(Contribution::feature);

  /** The decision threshold on {@link Prediction#probability()}. */
  public double threshold() {
    return threshold;
  }

  /** The intercept of the logistic model. */
  public double bias() {
    return bias;
  }

  /** Which features this model extracts. */
  public FeatureSpec featureSpec() {
    return extractor.spec();
  }

  /** Number of weighted features. */
  public int size() {
    return names.length;
  }

  /** The weight of a feature (0 when the model does not know it). */
  public double weight(String feature) {
    Integer i = index.get(feature);
    return i == null ? 0 : weights[i];
  }

  /** All weights, sorted by feature name. */
  public Map<String, Double> weights() {
    Map<String, Double> m = new LinkedHashMap<>();
    for (int i = 0; i < names.length; i++) m.put(names[i], weights[i]);
    return Collections.unmodifiableMap(m);
  }

  /** Provenance written with the model (training options, data size...). */
  public Map<String, String> info() {
    return info;
  }

  /** Names of the features of {@code sentence} that this model extracts (known or not). */
  public List<String> features(String sentence) {
    return List.copyOf(extractor.extract(sentence));
  }

  @Override
  public String toString() {
    return "RequirementClassifier[" + extractor.spec() + ", " + names.length + " features, threshold "
        + threshold + "]";
  }
}
