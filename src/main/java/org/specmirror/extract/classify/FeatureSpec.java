package org.specmirror.extract.classify;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Which features the classifier extracts from a sentence. Stored in the model file, so a loaded
 * model always extracts exactly the features it was trained on.
 *
 * @param stemmer  how words are normalised before the {@code word:} and {@code bigram:} features
 * @param unigrams emit {@code word:<stem>} features
 * @param bigrams  emit {@code bigram:<stem> <stem>} features (with {@code <s>}/{@code </s>} at the ends)
 * @param cues     emit the hand-written {@code modal:}, {@code cue:} and {@code pattern:} features
 * @param shape    emit the {@code shape:} features (length, punctuation, heading/list/table-of-contents look)
 * @param opening  emit {@code open1:}, {@code open2:}, {@code open3:} for the first three unstemmed tokens
 * @param charNgrams emit {@code chars:} character 3- to 5-grams inside words (with {@code _} at word ends)
 */
public record FeatureSpec(Stemmer stemmer, boolean unigrams, boolean bigrams, boolean cues, boolean shape,
    boolean opening, boolean charNgrams) {

  /** Word normalisation, all from Lucene's English analysis. */
  public enum Stemmer {
    /** Lower-case only. */
    NONE,
    /** Plural removal ({@code EnglishMinimalStemFilter}). */
    MINIMAL,
    /** Krovetz stemmer: stems are real words ({@code KStemFilter}). */
    KSTEM,
    /** Porter stemmer ({@code PorterStemFilter}). */
    PORTER
  }

  public FeatureSpec {
    java.util.Objects.requireNonNull(stemmer, "stemmer");
    if (!unigrams && !bigrams && !cues && !shape && !opening && !charNgrams) {
      throw new IllegalArgumentException("at least one feature family is needed");
    }
  }

  /** The feature set of the shipped model. */
  public static FeatureSpec defaults() {
    return new FeatureSpec(Stemmer.KSTEM, true, true, true, true, false, false);
  }

  public FeatureSpec withStemmer(Stemmer s) {
    return new FeatureSpec(s, unigrams, bigrams, cues, shape, opening, charNgrams);
  }

  public FeatureSpec withUnigrams(boolean b) {
    return new FeatureSpec(stemmer, b, bigrams, cues, shape, opening, charNgrams);
  }

  public FeatureSpec withBigrams(boolean b) {
    return new FeatureSpec(stemmer, unigrams, b, cues, shape, opening, charNgrams);
  }

  public FeatureSpec withCues(boolean b) {
    return new FeatureSpec(stemmer, unigrams, bigrams, b, shape, opening, charNgrams);
  }

  public FeatureSpec withShape(boolean b) {
    return new FeatureSpec(stemmer, unigrams, bigrams, cues, b, opening, charNgrams);
  }

  public FeatureSpec withOpening(boolean b) {
    return new FeatureSpec(stemmer, unigrams, bigrams, cues, shape, b, charNgrams);
  }

  public FeatureSpec withCharNgrams(boolean b) {
    return new FeatureSpec(stemmer, unigrams, bigrams, cues, shape, opening, b);
  }

  /** {@code key=value} pairs in a fixed order, as written to the model file. */
  Map<String, String> toProperties() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("stemmer", stemmer.name().toLowerCase(Locale.ROOT));
    m.put("unigrams", Boolean.toString(unigrams));
    m.put("bigrams", Boolean.toString(bigrams));
    m.put("cues", Boolean.toString(cues));
    m.put("shape", Boolean.toString(shape));
    m.put("opening", Boolean.toString(opening));
    m.put("char-ngrams", Boolean.toString(charNgrams));
    return m;
  }

  static FeatureSpec fromProperties(Map<String, String> m) {
    return new FeatureSpec(
        Stemmer.valueOf(require(m, "stemmer").toUpperCase(Locale.ROOT)),
        bool(m, "unigrams"), bool(m, "bigrams"), bool(m, "cues"), bool(m, "shape"),
        bool(m, "opening"), bool(m, "char-ngrams"));
  }

  private static String require(Map<String, String> m, String key) {
    String v = m.get(key);
    if (v == null) {
      throw new IllegalArgumentException("model file lacks feature setting '" + key + "'");
    }
    return v;
  }

  private static boolean bool(Map<String, String> m, String key) {
    String v = require(m, key);
    if (!v.equals("true") && !v.equals("false")) {
      throw new IllegalArgumentException("feature setting '" + key + "' is not true/false: " + v);
    }
    return Boolean.parseBoolean(v);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    toProperties().forEach((k, v) -> sb.append(sb.length() == 0 ? "" : " ").append(k).append('=').append(v));
    return sb.toString();
  }
}
