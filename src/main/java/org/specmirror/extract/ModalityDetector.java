package org.specmirror.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.specmirror.model.Modality;

/**
 * Finds the modality of a standard's sentence on the common scale, across drafting traditions: ISO/IEC
 * Directives Part 2 verbal forms and their equivalents, ITU-T conventions, IETF BCP 14, ETSI/3GPP and
 * IEEE. The phrase table is documented in docs/extraction.md.
 *
 * <p>A document may define its own keywords (ITU-T "Conventions" clause, RFC "Requirements Language");
 * those are tried first. When a document cites BCP 14 (RFC 2119/8174), only the capitalised keywords
 * count.
 */
public final class ModalityDetector {

  /** A phrase → modality rule. */
  public record Rule(String phrase, Pattern pattern, Modality modality, List<String> anchors) {
    Rule(String phrase, Pattern pattern, Modality modality) {
      this(phrase, pattern, modality, anchorsOf(pattern.pattern()));
    }

    /**
     * A case-insensitive rule matched against the lower-cased sentence with a lower-case pattern
     * (several times faster than Java's case-insensitive matching); null for case-sensitive rules.
     */
    Pattern lowerPattern() {
      return (pattern.flags() & Pattern.CASE_INSENSITIVE) != 0 ? LOWER.computeIfAbsent(pattern, p -> Pattern.compile(p.pattern().toLowerCase(Locale.ROOT).replace("\\q", "\\Q").replace("\\e", "\\E"))) : null;
    }

    /** Cheap test before the regex: does the lower-cased sentence contain one of the anchor words? */
    boolean mayMatch(String lower) {
      for (String a : anchors) {
        if (lower.contains(a)) {
          return true;
        }
      }
      return anchors.isEmpty();
    }
  }

  private static final java.util.Map<Pattern, Pattern> LOWER = new java.util.concurrent.ConcurrentHashMap<>();

  private static final java.util.Set<String> NOT_ANCHORS = java.util.Set.of("not", "are", "the", "that", "from", "its", "was", "quote");

  /** The words of a rule's regex (at least three letters), any of which a matching sentence contains. */
  static List<String> anchorsOf(String regex) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("[A-Za-z']{3,}").matcher(regex.replace("\\Q", " ").replace("\\E", " ").replace("\\b", " "));
    while (m.find()) {
      String w = m.group().toLowerCase(Locale.ROOT);
      if (!NOT_ANCHORS.contains(w) && !out.contains(w)) {
        out.add(w);
      }
    }
    return List.copyOf(out);
  }

  /** The result: modality and the phrase that decided it (empty for INFORMATIVE). */
  public record Result(Modality modality, String keyword) {
    static final Result NONE = new Result(Modality.INFORMATIVE, "");
  }

  private static final List<Rule> GENERIC = new ArrayList<>();
  private static final List<Rule> BCP14 = new ArrayList<>();

  static {
    // Order matters: longer and negative forms first; a span claimed by one rule is not re-used.
    // Prohibitions
    ci("shall not", Modality.MUST_NOT);
    ci("shall never", Modality.MUST_NOT);
    ci("must not", Modality.MUST_NOT);
    ci("must never", Modality.MUST_NOT);
    ci("mustn't", Modality.MUST_NOT);
    ci("shan't", Modality.MUST_NOT);
    ci("(?:is|are) (?:strictly )?prohibited from", "is prohibited from", Modality.MUST_NOT);
    ci("(?:is|are) (?:strictly )?prohibited", "is prohibited", Modality.MUST_NOT);
    ci("(?:is|are) required not to", "is required not to", Modality.MUST_NOT);
    ci("(?:is|are) not (?:allowed|permitted|acceptable|permissible)", "is not permitted", Modality.MUST_NOT);
    ci("it is not (?:allowed|permitted|acceptable|permissible)", "is not permitted", Modality.MUST_NOT);
    ci("(?:is|are) not to be", "is not to be", Modality.MUST_NOT);
    // Permission not to (before the mandatory forms they contain)
    ci("(?:is|are) not required to", "is not required to", Modality.MAY);
    ci("it is not required that", Modality.MAY);
    ci("it is not necessary", Modality.MAY);
    ci("need not", Modality.MAY);
    ci("(?:does|do) not need to", "does not need to", Modality.MAY);
    // Recommendations against
    ci("should not", Modality.SHOULD_NOT);
    ci("shouldn't", Modality.SHOULD_NOT);
    ci("ought not to", Modality.SHOULD_NOT);
    ci("(?:is|are) not recommended", "is not recommended", Modality.SHOULD_NOT);
    ci("it is not recommended", "is not recommended", Modality.SHOULD_NOT);
    // Mandatory
    ci("shall", Modality.MUST);
    ci("must", Modality.MUST);
    ci("(?:is|are) required to", "is required to", Modality.MUST);
    ci("it is required that", Modality.MUST);
    ci("it is necessary", Modality.MUST);
    ci("(?:is|are) mandatory", "is mandatory", Modality.MUST);
    ci("(?:has|have) to", "has to", Modality.MUST);
    // Recommended
    ci("should", Modality.SHOULD);
    ci("ought to", Modality.SHOULD);
    ci("(?:is|are) recommended", "is recommended", Modality.SHOULD);
    ci("it is recommended", "is recommended", Modality.SHOULD);
    // Permitted / optional
    ci("can optionally", Modality.MAY);
    ci("(?:is|are) (?:permitted|allowed|permissible)", "is permitted", Modality.MAY);
    ci("(?:is|are) optional", "is optional", Modality.MAY);
    GENERIC.add(
        new Rule("may", Pattern.compile("\\b(?:may|MAY)\\b(?!\\s+\\d)|\\bMay\\b(?!\\s+\\d)(?=\\s+\\p{Ll})"), Modality.MAY));

    cs("MUST NOT", Modality.MUST_NOT);
    cs("SHALL NOT", Modality.MUST_NOT);
    cs("SHOULD NOT", Modality.SHOULD_NOT);
    cs("NOT RECOMMENDED", Modality.SHOULD_NOT);
    cs("MUST", Modality.MUST);
    cs("SHALL", Modality.MUST);
    cs("REQUIRED", Modality.MUST);
    cs("SHOULD", Modality.SHOULD);
    cs("RECOMMENDED", Modality.SHOULD);
    cs("MAY", Modality.MAY);
    cs("OPTIONAL", Modality.MAY);
  }

  private static void ci(String phrase, Modality m) {
    ci(Pattern.quote(phrase), phrase, m);
  }

  private static void ci(String regex, String phrase, Modality m) {
    GENERIC.add(new Rule(phrase, Pattern.compile("\\b" + regex + "\\b", Pattern.CASE_INSENSITIVE), m));
  }

  private static void cs(String phrase, Modality m) {
    BCP14.add(new Rule(phrase, Pattern.compile("\\b" + Pattern.quote(phrase) + "\\b"), m));
  }

  private static final Pattern BCP14_CITATION =
      Pattern.compile("\\b(?:BCP\\s*14|RFC\\s*2119|RFC\\s*8174)\\b", Pattern.CASE_INSENSITIVE);

  private final List<Rule> documentRules;
  private final boolean bcp14;
  private final Map<String, Modality> conventions;

  private ModalityDetector(Map<String, Modality> conventions, boolean bcp14) {
    this.conventions = conventions;
    this.bcp14 = bcp14;
    List<Rule> rules = new ArrayList<>();
    conventions.entrySet().stream()
        .sorted(Comparator.comparingInt((Map.Entry<String, Modality> e) -> -e.getKey().length()))
        .forEach(e -> rules.add(documentRule(e.getKey(), e.getValue())));
    this.documentRules = rules;
  }

  /** A detector with the generic tables only. */
  public static ModalityDetector generic() {
    return new ModalityDetector(Map.of(), false);
  }

  /**
   * A detector for one document: reads the keywords its conventions clause defines and whether it
   * cites BCP 14.
   *
   * @param conventionsText the text of the document's conventions / requirements-language clause,
   *     or empty
   */
  public static ModalityDetector forDocument(String conventionsText) {
    boolean bcp = BCP14_CITATION.matcher(conventionsText).find()
        && conventionsText.toLowerCase(Locale.ROOT).contains("key word");
    Map<String, Modality> defined = bcp ? Map.of() : Conventions.parse(conventionsText);
    return new ModalityDetector(defined, bcp);
  }

  public Map<String, Modality> conventions() {
    if (bcp14) {
      Map<String, Modality> m = new LinkedHashMap<>();
      for (Rule r : BCP14) {
        m.put(r.phrase(), r.modality());
      }
      return m;
    }
    return conventions;
  }

  public boolean bcp14() {
    return bcp14;
  }

  /** Words one of which every generic or BCP 14 keyword contains (lower case). */
  private static final String[] CUES = {
    "shall", "must", "requir", "prohibit", "recommend", "permit", "allow", "accept", "optional",
    "need", "necessar", "mandator", "has to", "have to", "ought", "may", "not to be", "shan't", "should"
  };

  private boolean mayHaveKeyword(String sentence) {
    String lower = sentence.toLowerCase(Locale.ROOT);
    for (String cue : CUES) {
      if (lower.contains(cue)) {
        return true;
      }
    }
    for (Rule r : documentRules) {
      if (lower.contains(r.phrase())) {
        return true;
      }
    }
    return false;
  }

  /** The modality of one sentence. */
  public Result detect(String sentence) {
    if (!mayHaveKeyword(sentence)) {
      return Result.NONE; // most sentences: no regex needs to run
    }
    List<int[]> claimed = new ArrayList<>();
    Result best = Result.NONE;
    int bestRank = -1;
    List<Rule> order = new ArrayList<>(documentRules);
    order.addAll(bcp14 ? BCP14 : GENERIC);
    String lower = sentence.toLowerCase(Locale.ROOT);
    boolean sameLength = lower.length() == sentence.length(); // offsets agree, spans can be compared
    for (Rule r : order) {
      if (!r.mayMatch(lower)) {
        continue;
      }
      Pattern lp = sameLength ? r.lowerPattern() : null;
      Matcher m = lp != null ? lp.matcher(lower) : r.pattern().matcher(sentence);
      while (m.find()) {
        int s = m.start();
        int e = m.end();
        if (overlaps(claimed, s, e)) {
          continue;
        }
        claimed.add(new int[] {s, e});
        int rank = rank(r.modality());
        if (rank > bestRank) {
          bestRank = rank;
          best = new Result(r.modality(), r.phrase());
        }
      }
    }
    return best;
  }

  private static boolean overlaps(List<int[]> claimed, int s, int e) {
    for (int[] c : claimed) {
      if (s < c[1] && e > c[0]) {
        return true;
      }
    }
    return false;
  }

  /** Strength used when one sentence carries several keywords. */
  private static int rank(Modality m) {
    return switch (m) {
      case MUST_NOT -> 5;
      case MUST -> 4;
      case SHOULD_NOT -> 3;
      case SHOULD -> 2;
      case MAY -> 1;
      default -> 0;
    };
  }

  private static Rule documentRule(String phrase, Modality m) {
    String p = phrase.toLowerCase(Locale.ROOT).strip();
    String regex = Pattern.quote(p);
    if (p.startsWith("is ")) {
      regex = "(?:is|are) " + Pattern.quote(p.substring(3));
    }
    return new Rule(p, Pattern.compile("\\b" + regex + "\\b", Pattern.CASE_INSENSITIVE), m, List.of(p.startsWith("is ") ? p.substring(3) : p));
  }
}
