package org.specmirror.extract.classify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.KeywordRepeatFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Turns a sentence into a set of named binary features. Thread-safe (Lucene analyzers keep
 * per-thread token streams).
 *
 * <p>Families (see docs/classifier.md):
 * <ul>
 *   <li>{@code word:} lower-cased, stemmed tokens; tokens with digits become {@code <num>};</li>
 *   <li>{@code bigram:} adjacent pairs of those, with {@code <s>} and {@code </s>} at the ends;</li>
 *   <li>{@code modal:}, {@code cue:}, {@code pattern:} hand-written cues: modal verbs and
 *       obligation phrases, their position and negation, first person, examples, notes,
 *       references to the document itself, definitions, past tense;</li>
 *   <li>{@code shape:} length bucket, final punctuation, heading / numbered / bullet / title-case /
 *       all-caps / table-of-contents look, digits, URLs, citations, "Term: text".</li>
 * </ul>
 */
final class FeatureExtractor {

  static final String NUM = "<num>";

  private static final Set<String> MODALS = Set.of(
      "shall", "must", "should", "will", "may", "can", "could", "would", "might", "cannot");
  private static final Set<String> STRONG = Set.of("shall", "must");
  private static final Set<String> NEGATED_CONTRACTIONS = Set.of(
      "can't", "won't", "shouldn't", "mustn't", "shan't", "couldn't", "wouldn't", "mightn't");
  private static final Set<String> BE = Set.of("is", "are", "be", "been", "being", "was", "were");
  private static final Set<String> FIRST_PERSON = Set.of("we", "our", "us", "ours", "i", "my", "me");
  private static final Set<String> SELF_REFERENCE_NOUNS = Set.of(
      "document", "section", "chapter", "specification", "srs", "report", "paper", "appendix",
      "subsection", "part", "annex", "clause");
  private static final Set<String> NON_SUBJECTS = Set.of(
      "it", "this", "that", "which", "who", "we", "you", "they", "there", "these", "those", "i", "he", "she");

  private static final Pattern SECTION_NUMBER = Pattern.compile(
      "\\s*(?:(?:\\d+|[A-Z])(?:\\.\\d+)+\\.?|\\d+\\.?|[A-Z]\\.|[IVX]+\\.)\\s+\\S");
  private static final Pattern BULLET = Pattern.compile(
      "\\s*(?:[-\u2022*\u00b7\u25aa\u25cf\u2013\u2014>\u25e6\uf0b7]|\\(?[a-z]\\)|\\(?[ivx]{1,4}\\)|\\(\\d+\\)|\\d+\\))\\s*\\S");
  private static final Pattern TOC = Pattern.compile("(?:\\.\\s?){4,}|\u2026{2,}|_{4,}|\\t\\s*\\d+\\s*$");
  private static final Pattern ENDS_WITH_PAGE = Pattern.compile("[A-Za-z]\\s+\\d{1,3}\\s*$");
  private static final Pattern URL = Pattern.compile("(?i)https?://|www\\.|\\w@\\w");
  private static final Pattern CITATION = Pattern.compile("\\[\\d+(?:[,\u2013-]\\s*\\d+)*\\]");
  private static final Pattern LABEL_COLON = Pattern.compile("\\s*[^:.!?]{1,60}?:\\s*\\S");

  private final FeatureSpec spec;
  private final Analyzer analyzer;

  FeatureExtractor(FeatureSpec spec) {
    this.spec = spec;
    FeatureSpec.Stemmer stemmer = spec.stemmer();
    this.analyzer = new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream ts = new LowerCaseFilter(source);
        ts = new EnglishPossessiveFilter(ts);
        if (stemmer != FeatureSpec.Stemmer.NONE) {
          ts = new KeywordRepeatFilter(ts);
          ts = switch (stemmer) {
            case MINIMAL -> new EnglishMinimalStemFilter(ts);
            case KSTEM -> new KStemFilter(ts);
            case PORTER -> new PorterStemFilter(ts);
            case NONE -> throw new AssertionError();
          };
        }
        return new TokenStreamComponents(source, ts);
      }
    };
  }

  /** Word-based features (as opposed to the hand-written cue and shape features). */
  static boolean isLexical(String feature) {
    return feature.startsWith("word:") || feature.startsWith("bigram:") || feature.startsWith("open")
        || feature.startsWith("chars:");
  }

  FeatureSpec spec() {
    return spec;
  }

  /** Lower-cased surface tokens and their stems, in parallel. */
  record Tokens(List<String> raw, List<String> stems) {}

  Tokens tokenize(String text) {
    List<String> raw = new ArrayList<>();
    List<String> stems = new ArrayList<>();
    boolean stemming = spec.stemmer() != FeatureSpec.Stemmer.NONE;
    try (TokenStream ts = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      KeywordAttribute keyword = ts.addAttribute(KeywordAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        String t = term.toString();
        if (!stemming) {
          raw.add(apostrophes(t));
          stems.add(normalise(t));
        } else if (keyword.isKeyword()) {
          raw.add(apostrophes(t)); // the original comes first, its stemmed copy next
        } else {
          stems.add(normalise(t));
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // cannot happen on a String reader
    }
    if (stems.size() != raw.size()) {
      throw new IllegalStateException("token/stem mismatch for: " + text);
    }
    return new Tokens(raw, stems);
  }

  /** PDFs write "can\u2019t": the cue features look for "can't". */
  private static String apostrophes(String token) {
    return token.indexOf('\u2019') >= 0 || token.indexOf('\u2018') >= 0
        ? token.replace('\u2019', '\'').replace('\u2018', '\'') : token;
  }

  private static String normalise(String token) {
    for (int i = 0; i < token.length(); i++) {
      if (Character.isDigit(token.charAt(i))) {
        return NUM;
      }
    }
    return token;
  }

  /** The distinct feature names of {@code text}, in a deterministic order. */
  Set<String> extract(String text) {
    Set<String> out = new LinkedHashSet<>();
    Tokens tokens = tokenize(text);
    List<String> stems = tokens.stems();
    if (spec.unigrams()) {
      for (String s : stems) {
        out.add("word:" + s);
      }
    }
    if (spec.bigrams()) {
      String prev = "<s>";
      for (String s : stems) {
        out.add("bigram:" + prev + " " + s);
        prev = s;
      }
      out.add("bigram:" + prev + " </s>");
    }
    if (spec.cues()) {
      cues(tokens.raw(), out);
    }
    if (spec.shape()) {
      shape(text, tokens.raw(), out);
    }
    if (spec.opening()) {
      List<String> raw = tokens.raw();
      for (int i = 0; i < 3 && i < raw.size(); i++) {
        out.add("open" + (i + 1) + ":" + normalise(raw.get(i)));
      }
    }
    if (spec.charNgrams()) {
      for (String w : tokens.raw()) {
        String p = "_" + normalise(w) + "_";
        for (int len = 3; len <= 5; len++) {
          for (int i = 0; i + len <= p.length(); i++) {
            out.add("chars:" + p.substring(i, i + len));
          }
        }
      }
    }
    return out;
  }

  private static void cues(List<String> raw, Set<String> out) {
    int n = raw.size();
    int firstModal = -1;
    boolean strong = false, weak = false, negated = false;
    for (int i = 0; i < n; i++) {
      String t = raw.get(i);
      String next = i + 1 < n ? raw.get(i + 1) : "";
      String prev = i > 0 ? raw.get(i - 1) : "";
      String modal = null;
      if (MODALS.contains(t)) {
        modal = t;
        if (t.equals("cannot") || next.equals("not") || next.equals("never")) negated = true;
      } else if (NEGATED_CONTRACTIONS.contains(t)) {
        modal = t.equals("won't") ? "will" : t.equals("can't") ? "cannot" : t.substring(0, t.length() - 3);
        negated = true;
      } else if (t.equals("required") || t.equals("mandatory") || t.equals("obliged")) {
        if (next.equals("to")) modal = "required-to";
        else if (BE.contains(prev)) modal = "is-required";
      } else if (t.equals("recommended") && BE.contains(prev)) {
        modal = "is-recommended";
      } else if (t.equals("able") && next.equals("to")) {
        modal = "able-to";
      } else if ((t.equals("need") || t.equals("needs")) && next.equals("to")) {
        modal = "need-to";
      } else if ((t.equals("has") || t.equals("have")) && next.equals("to")) {
        modal = "have-to";
      } else if ((t.equals("is") || t.equals("are")) && next.equals("to") && i + 2 < n
          && !raw.get(i + 2).equals("be")) {
        modal = "is-to";
      } else if (t.equals("ought") && next.equals("to")) {
        modal = "ought-to";
      }
      if (modal == null) continue;
      out.add("modal:" + modal);
      if (STRONG.contains(modal) || modal.equals("required-to") || modal.equals("is-required")) {
        strong = true;
      } else {
        weak = true;
      }
      if (firstModal < 0) {
        firstModal = i;
        // "The system shall", "Users must": a noun-ish subject right before the first modal
        if (i >= 1 && i <= 6 && !NON_SUBJECTS.contains(prev) && !BE.contains(prev)
            && !prev.equals("and") && !prev.equals("or")) {
          out.add("pattern:subject-modal");
        }
      }
    }
    if (firstModal < 0) {
      out.add("modal:none");
    } else {
      out.add(firstModal <= 2 ? "modal:first-at-0-2" : firstModal <= 5 ? "modal:first-at-3-5"
          : firstModal <= 10 ? "modal:first-at-6-10" : "modal:first-at-11+");
      if (strong) out.add("modal:any-strong");
      if (weak && !strong) out.add("modal:weak-only");
      if (negated) out.add("modal:negated");
    }

    boolean firstPerson = false, example = false, selfRef = false, definition = false, past = false,
        passive = false, conditional = false, second = false;
    for (int i = 0; i < n; i++) {
      String t = raw.get(i);
      String next = i + 1 < n ? raw.get(i + 1) : "";
      if (FIRST_PERSON.contains(t)) firstPerson = true;
      if (t.equals("you") || t.equals("your")) second = true;
      if (t.equals("e.g") || t.equals("eg") || t.equals("i.e") || t.equals("etc")
          || (t.equals("for") && (next.equals("example") || next.equals("instance")))
          || (t.equals("such") && next.equals("as"))) {
        example = true;
      }
      if ((t.equals("this") || t.equals("these") || t.equals("following")) && SELF_REFERENCE_NOUNS.contains(next)) {
        selfRef = true;
      }
      if (((t.equals("is") || t.equals("are")) && (next.equals("a") || next.equals("an") || next.equals("defined")))
          || (t.equals("refers") && next.equals("to")) || t.equals("means")
          || (t.equals("stands") && next.equals("for"))) {
        definition = true;
      }
      if (t.equals("was") || t.equals("were") || t.equals("had") || t.equals("did")) past = true;
      if (BE.contains(t) && next.length() > 3 && next.endsWith("ed")) passive = true;
      if (t.equals("if") || t.equals("when") || t.equals("unless") || t.equals("whenever")) conditional = true;
    }
    if (firstPerson) out.add("cue:first-person");
    if (second) out.add("cue:second-person");
    if (example) out.add("cue:example");
    if (selfRef) out.add("cue:this-document");
    if (definition) out.add("cue:definition");
    if (past) out.add("cue:past-tense");
    if (passive) out.add("cue:passive");
    if (conditional) out.add("cue:condition");
    if (n > 0 && (raw.get(0).equals("note") || raw.get(0).equals("notes"))) out.add("cue:note");
  }

  /** Cheap pre-check for {@link #TOC}: leaders, ellipses, underscores or a tab. */
  private static boolean mayBeToc(String t) {
    return t.indexOf("..") >= 0 || t.indexOf(". .") >= 0 || t.indexOf('\u2026') >= 0 || t.indexOf("____") >= 0
        || t.indexOf('\t') >= 0;
  }

  private static void shape(String text, List<String> raw, Set<String> out) {
    int n = raw.size();
    out.add(n <= 3 ? "shape:tokens-1-3" : n <= 6 ? "shape:tokens-4-6" : n <= 12 ? "shape:tokens-7-12"
        : n <= 25 ? "shape:tokens-13-25" : n <= 50 ? "shape:tokens-26-50" : "shape:tokens-51+");
    String t = text.strip();
    char last = t.isEmpty() ? ' ' : t.charAt(t.length() - 1);
    switch (last) {
      case '.' -> out.add("shape:ends-with-period");
      case ':' -> out.add("shape:ends-with-colon");
      case '?' -> out.add("shape:ends-with-question");
      case ';', ',' -> out.add("shape:ends-with-semicolon");
      case ')', ']' -> out.add("shape:ends-with-bracket");
      default -> out.add(Character.isLetterOrDigit(last) ? "shape:ends-without-punctuation"
          : "shape:ends-with-other");
    }
    if (SECTION_NUMBER.matcher(t).lookingAt()) out.add("shape:starts-with-number");
    if (BULLET.matcher(t).lookingAt()) out.add("shape:starts-with-bullet");
    int firstLetter = -1;
    for (int i = 0; i < t.length(); i++) {
      if (Character.isLetter(t.charAt(i))) {
        firstLetter = i;
        break;
      }
    }
    if (firstLetter >= 0 && Character.isLowerCase(t.charAt(firstLetter))) out.add("shape:starts-lowercase");

    int letters = 0, upper = 0, digits = 0, visible = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isWhitespace(c)) continue;
      visible++;
      if (Character.isLetter(c)) {
        letters++;
        if (Character.isUpperCase(c)) upper++;
      } else if (Character.isDigit(c)) {
        digits++;
      }
    }
    if (letters >= 3 && upper == letters) out.add("shape:all-caps");
    if (visible > 0 && digits * 10 >= visible * 3) out.add("shape:digit-heavy");

    // Title Case: most longer words capitalised and no sentence-final period
    int longWords = 0, capitalised = 0;
    for (int i = 0, len = t.length(); i < len; ) {
      while (i < len && Character.isWhitespace(t.charAt(i))) i++;
      int start = i;
      while (i < len && !Character.isWhitespace(t.charAt(i))) i++;
      if (i - start > 3 && Character.isLetter(t.charAt(start))) {
        longWords++;
        if (Character.isUpperCase(t.charAt(start))) capitalised++;
      }
    }
    if (longWords >= 2 && capitalised * 10 >= longWords * 7 && last != '.') out.add("shape:title-case");
    if ((mayBeToc(t) && TOC.matcher(t).find()) || (last != '.' && n <= 12 && ENDS_WITH_PAGE.matcher(t).find())) {
      out.add("shape:table-of-contents");
    }
    if ((t.indexOf(':') >= 0 || t.indexOf('.') >= 0 || t.indexOf('@') >= 0) && URL.matcher(t).find()) {
      out.add("shape:url");
    }
    if (t.indexOf('[') >= 0 && CITATION.matcher(t).find()) out.add("shape:citation");
    if (LABEL_COLON.matcher(t).lookingAt() && last != ':') out.add("shape:label-colon");
    if (t.indexOf('\n') >= 0) out.add("shape:line-break");
  }
}
