package org.specmirror.normalise;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.miscellaneous.ConditionalTokenFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Turns a statement into the terms that are compared: Lucene's {@link StandardTokenizer} (Unicode
 * word boundaries), identifiers split at case changes and underscores, English possessives removed, lower case ({@code Locale.ROOT}), stop words and
 * <em>modality words</em> removed ("is required to support X" and "supports X" compare equal), Porter
 * stemming, then glossary concepts (acronyms and synonyms) folded into one key each.
 *
 * <p>Numbers are not words: a bare one- or two-digit integer (list numbers, clause numbers, "FR 1")
 * is dropped; longer or decimal numbers are kept as constants ({@code #4096}, {@code #3.3}) because
 * an oddly specific constant shared by a standard and one datasheet is evidence. A requirement
 * label at the very start of a statement ("FR 12 -", "REQ-4:", "[LC-07]") is not content and is
 * skipped.
 *
 * <p>Thread-safe: Lucene's analyzer reuses token streams per thread.
 */
public final class TermAnalyzer {

  /** Words that carry modality or drafting boilerplate, not content. */
  public static final List<String> MODALITY_WORDS =
      List.of(
          "shall", "must", "should", "may", "might", "will", "would", "can", "could", "ought",
          "required", "require", "requires", "requirement", "requirements", "recommended",
          "recommend", "recommends", "permitted", "permit", "allowed", "necessary", "need", "needs",
          "mandatory", "optional", "optionally", "able", "capable", "possible", "also", "e.g", "i.e",
          "etc");

  private static final CharArraySet STOP;

  static {
    CharArraySet s = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
    for (String w :
        List.of(
            "which", "its", "from", "has", "have", "been", "were", "when", "where", "who", "whom",
            "what", "how", "than", "any", "all", "each", "every", "both", "other", "only", "same",
            "so", "do", "does", "did", "being", "am", "shall", "within", "without", "upon", "via",
            "per", "whether", "while", "about", "above", "below", "between", "more", "most", "less",
            "least", "some", "such", "very", "using", "used", "use")) {
      s.add(w);
    }
    s.addAll(MODALITY_WORDS);
    STOP = CharArraySet.unmodifiableSet(s);
  }

  private static final Analyzer ANALYZER = analyzer(true);

  /**
   * The same chain without the identifier splitter, for the many texts in which no token can be an
   * identifier (no underscore, no lower-to-upper case change anywhere): it gives the same terms
   * without the splitter's per-token state copies.
   */
  private static final Analyzer PLAIN = analyzer(false);

  private static Analyzer analyzer(boolean identifiers) {
    return new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
          Tokenizer source = new StandardTokenizer();
          TokenStream ts = source;
          if (identifiers) {
            // identifiers in camelCase or with underscores ("_FlightPlanScheduler_") become words;
            // other tokens (decimals, possessives, "e.g") are left whole
            ts = new IdentifierSplitter(ts);
            ts = new FlattenGraphFilter(ts);
          }
          ts = new EnglishPossessiveFilter(ts);
          ts = new LowerCaseFilter(ts);
          ts = new StopFilter(ts, STOP);
          ts = new PorterStemFilter(ts);
          return new TokenStreamComponents(source, ts);
        }
      };
  }

  /** Whether some token of the text may be an identifier ({@link IdentifierSplitter#shouldFilter}). */
  static boolean mayHoldIdentifier(CharSequence text) {
    char prev = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '_' || (Character.isLowerCase(prev) && Character.isUpperCase(c))) {
        return true;
      }
      prev = c;
    }
    return false;
  }

  /** Applies Lucene's word delimiter only to identifier-like tokens (underscore or lower-to-upper case change). */
  private static final class IdentifierSplitter extends ConditionalTokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    IdentifierSplitter(TokenStream in) {
      super(
          in,
          t ->
              new WordDelimiterGraphFilter(
                  t,
                  WordDelimiterGraphFilter.GENERATE_WORD_PARTS
                      | WordDelimiterGraphFilter.SPLIT_ON_CASE_CHANGE
                      | WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS,
                  null));
    }

    @Override
    protected boolean shouldFilter() {
      return mayHoldIdentifier(term);
    }
  }

  private final Glossary glossary;

  public TermAnalyzer(Glossary glossary) {
    this.glossary = glossary;
  }

  /** The analyzer with the built-in glossary only. */
  public static TermAnalyzer standard() {
    return new TermAnalyzer(Glossary.builtIn());
  }

  public Glossary glossary() {
    return glossary;
  }

  /** The terms of an already normalised text, in order. */
  public List<Term> terms(String normalised) {
    int skip = RequirementLabel.length(normalised);
    List<Term> raw = stems(normalised, skip);
    return glossary.fold(raw);
  }

  /** Length of a requirement label ("FR 12 -", "[LC-07]") at the start of a text, 0 when none. */
  public static int labelLength(String normalised) {
    return RequirementLabel.length(normalised);
  }

  /** The stems of a phrase (used to compile glossary entries), without folding. */
  static List<String> stemsOf(String phrase) {
    List<String> out = new ArrayList<>();
    for (Term t : stems(TextNormaliser.normalise(phrase), 0)) {
      out.add(t.key());
    }
    return out;
  }

  private static List<Term> stems(String text, int from) {
    return stems(text, from, mayHoldIdentifier(text));
  }

  /** The stems, with the identifier splitter in the chain or not (package-private for tests). */
  static List<Term> stems(String text, int from, boolean identifiers) {
    List<Term> out = new ArrayList<>();
    Analyzer analyzer = identifiers ? ANALYZER : PLAIN;
    try (TokenStream ts = analyzer.tokenStream("t", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        int start = off.startOffset();
        if (start < from) {
          continue;
        }
        String key = term.toString();
        String surface = text.substring(start, off.endOffset());
        if (isNumber(key)) {
          String c = constant(key);
          if (c == null) {
            continue;
          }
          key = c;
        }
        out.add(new Term(key, surface, start, off.endOffset()));
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static boolean isNumber(String s) {
    boolean digit = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        digit = true;
      } else if (c != '.' && c != ',') {
        return false;
      }
    }
    return digit;
  }

  /** {@code #value} for a number worth keeping, null for small integers. */
  private static String constant(String number) {
    String s = number.replace(",", "");
    if (s.indexOf('.') < 0 && s.length() <= 2) {
      return null;
    }
    if (s.indexOf('.') >= 0) {
      // 3.30 → 3.3; clause-like 7.1.2 stays as written
      if (s.indexOf('.') == s.lastIndexOf('.')) {
        s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
      }
    }
    return "#" + s.toLowerCase(Locale.ROOT);
  }
}
