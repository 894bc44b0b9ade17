package org.specmirror.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.specmirror.match.Candidate;
import org.specmirror.match.DocumentMatcher;
import org.specmirror.match.Engine;
import org.specmirror.match.MatchOptions;
import org.specmirror.match.Scored;
import org.specmirror.match.Statement;
import org.specmirror.match.WordDiff;
import org.specmirror.model.ExtractedDocument;
import org.specmirror.model.Requirement;
import org.specmirror.normalise.TermAnalyzer;
import org.specmirror.normalise.TextNormaliser;

/**
 * Pairs the normative requirements of two revisions of a draft by content, not by id, and says what
 * changed in each pair. See {@code docs/diff.md}.
 *
 * <ol>
 *   <li>Requirements whose text is the same once normalised (Unicode, case, spacing, the id label)
 *       are the same requirement; among several candidates, the one with the same id, else the
 *       first in document order.
 *   <li>The rest are scored old × new with the matching {@link Engine} (the same calibrated score
 *       as {@code compare}, values left out: a revision changes values, the requirement stays) and
 *       paired one to one, greedily, best score first, ties by document order. A pair needs a
 *       score of at least {@link #THRESHOLD}; when both sides carry the same id assigned by the
 *       document itself the score needs only reach {@link #SAME_ID_THRESHOLD} — the id helps, it
 *       never pairs on its own.
 *   <li>Unpaired old requirements are removed, unpaired new ones added.
 * </ol>
 */
public final class RevisionDiffer {

  /**
   * Calibrated score from which two different texts are the same requirement revised. See
   * docs/diff.md for the measurements behind it.
   */
  public static final double THRESHOLD = 0.85;

  /**
   * The same, when both sides carry the same id given by the document: the calibrated score from
   * which {@code compare} calls a pair met (the texts are linked), so an id reused for an unrelated
   * requirement still does not pair.
   */
  public static final double SAME_ID_THRESHOLD = 0.25;

  /** A list item's or table row's id derived from its lead-in's: LC-07.a, LC-40.f. */
  private static final Pattern SUB_ID = Pattern.compile("(.+)\\.[a-z]{1,3}");

  /** Ids the extractor made up from the clause number and an ordinal ("7.2#3"): positions, not names. */
  private static final Pattern POSITIONAL_ID = Pattern.compile("(?:[A-Za-z]|[A-Za-z]?\\d+(?:\\.\\d+)*|[A-Za-z](?:\\.\\d+)+)?#i?\\d+");

  private static final Pattern CLAUSE_NUMBER =
      Pattern.compile("^\\s*((?:Annex|Appendix|Clause|Section)\\s+[A-Z0-9]+(?:\\.\\d+)*|[A-Z]?\\d+(?:\\.\\d+)*|[A-Z](?:\\.\\d+)+)\\b[\\s.:\\u2014\\u2013-]*(.*)$");

  private final Engine engine;
  private final DocumentMatcher matcher;

  public RevisionDiffer(MatchOptions options, int threads) {
    this.engine = new Engine(options, threads);
    this.matcher = new DocumentMatcher(engine);
  }

  /** The normative requirements compared (those with a coverage weight, as in compare). */
  public List<Requirement> normative(ExtractedDocument d) {
    return matcher.normative(d);
  }

  /** Compares two revisions. */
  public RevisionDiff diff(ExtractedDocument before, ExtractedDocument after) {
    List<Requirement> olds = normative(before);
    List<Requirement> news = normative(after);
    int[] pairOfNew = new int[news.size()];
    double[] similarity = new double[news.size()];
    boolean[] oldPaired = new boolean[olds.size()];
    java.util.Arrays.fill(pairOfNew, -1);

    // 1. identical text
    Map<String, List<Integer>> byKey = new HashMap<>();
    for (int i = 0; i < olds.size(); i++) {
      byKey.computeIfAbsent(key(olds.get(i).fullText()), k -> new ArrayList<>()).add(i);
    }
    for (int j = 0; j < news.size(); j++) {
      List<Integer> same = byKey.get(key(news.get(j).fullText()));
      if (same == null) {
        continue;
      }
      int pick = -1;
      for (int i : same) {
        if (!oldPaired[i] && (pick < 0 || (olds.get(i).id().equals(news.get(j).id()) && !olds.get(pick).id().equals(news.get(j).id())))) {
          pick = i;
        }
      }
      if (pick >= 0) {
        oldPaired[pick] = true;
        pairOfNew[j] = pick;
        similarity[j] = 1;
      }
    }

    // 2. by content, one to one, best first
    boolean anyOld = false;
    boolean anyNew = false;
    for (boolean p : oldPaired) {
      anyOld |= !p;
    }
    for (int p : pairOfNew) {
      anyNew |= p < 0;
    }
    if (anyOld && anyNew) {
      for (Link l : links(olds, news, oldPaired, pairOfNew)) {
        if (!oldPaired[l.from()] && pairOfNew[l.to()] < 0) {
          oldPaired[l.from()] = true;
          pairOfNew[l.to()] = l.from();
          similarity[l.to()] = l.score();
        }
      }
    }

    // 3. classify; new order, then the removed in old order
    List<RequirementChange> out = new ArrayList<>();
    for (int j = 0; j < news.size(); j++) {
      Requirement n = news.get(j);
      if (pairOfNew[j] < 0) {
        out.add(new RequirementChange(EnumSet.of(RequirementChange.Kind.ADDED), null, n, null, Double.NaN, null, List.of()));
      } else {
        out.add(classify(olds.get(pairOfNew[j]), n, pairedIdentical(olds.get(pairOfNew[j]), n), similarity[j]));
      }
    }
    for (int i = 0; i < olds.size(); i++) {
      if (!oldPaired[i]) {
        out.add(new RequirementChange(EnumSet.of(RequirementChange.Kind.REMOVED), olds.get(i), null, null, Double.NaN, null, List.of()));
      }
    }
    return new RevisionDiff(before, after, olds.size(), news.size(), out, engine.options().semantic(), THRESHOLD);
  }

  private static boolean pairedIdentical(Requirement a, Requirement b) {
    return key(a.fullText()).equals(key(b.fullText()));
  }

  /** A scored candidate pair (old index, new index). */
  record Link(int from, int to, double score, boolean sameId) {}

  /**
   * Every pair of an unpaired old and an unpaired new requirement that may be paired, in the order
   * of the greedy assignment: best score first; a same-id pair before a different-id pair of the
   * same score; then old order, then new order.
   */
  List<Link> links(List<Requirement> olds, List<Requirement> news, boolean[] oldPaired, int[] pairOfNew) {
    List<Link> out = new ArrayList<>();
    for (Link l : scoreAll(olds, news)) {
      if (oldPaired[l.from()] || pairOfNew[l.to()] >= 0) {
        continue;
      }
      if (l.score() >= (l.sameId() ? SAME_ID_THRESHOLD : THRESHOLD)) {
        out.add(l);
      }
    }
    out.sort(
        Comparator.comparingDouble((Link l) -> -l.score())
            .thenComparing(l -> !l.sameId())
            .thenComparingInt(Link::from)
            .thenComparingInt(Link::to));
    return out;
  }

  /**
   * Scores every old requirement against every new one (all of them, so that the row and column
   * normalisation of the engine sees whole documents). Values are left out of the statements: a
   * changed value is a revision of the same requirement, not a sign of another one.
   */
  List<Link> scoreAll(List<Requirement> olds, List<Requirement> news) {
    Scored scored = engine.score(statements(olds), statements(news), List.of());
    List<Link> out = new ArrayList<>();
    for (int i = 0; i < olds.size(); i++) {
      for (Candidate c : scored.rows().get(i)) {
        out.add(new Link(i, c.target(), c.score(), sameOwnId(olds.get(i), news.get(c.target()))));
      }
    }
    return out;
  }

  private static List<Statement> statements(List<Requirement> rs) {
    List<Statement> out = new ArrayList<>(rs.size());
    for (Requirement r : rs) {
      out.add(new Statement(r.id(), r.fullText(), r.modality(), List.of()));
    }
    return out;
  }

  private RequirementChange classify(Requirement a, Requirement b, boolean identical, double score) {
    Set<RequirementChange.Kind> kinds = EnumSet.noneOf(RequirementChange.Kind.class);
    ModalityChange mc = ModalityChange.of(a.modality(), b.modality());
    boolean sameText = key(a.fullText()).equals(key(b.fullText()));
    if (!sameText) {
      boolean onlyModalVerb = mc != null && key(withoutKeyword(a)).equals(key(withoutKeyword(b)));
      if (!onlyModalVerb) {
        kinds.add(RequirementChange.Kind.CHANGED);
      }
    }
    if (mc != null) {
      kinds.add(RequirementChange.Kind.MODALITY);
    }
    if (moved(a.clause(), b.clause())) {
      kinds.add(RequirementChange.Kind.MOVED);
    }
    if (renumbered(a, b)) {
      kinds.add(RequirementChange.Kind.RENUMBERED);
    }
    List<WordDiff.Segment> diff = sameText ? List.of() : WordDiff.of(a.fullText(), b.fullText());
    return new RequirementChange(
        kinds, a, b, identical ? RequirementChange.Pairing.IDENTICAL : RequirementChange.Pairing.CONTENT, identical ? 1 : score, mc, diff);
  }

  /** The text with its modal phrase ("is recommended to") taken out, to see whether only that changed. */
  static String withoutKeyword(Requirement r) {
    String t = r.fullText();
    String k = r.keyword();
    if (k.isBlank()) {
      return t;
    }
    int at = t.toLowerCase(Locale.ROOT).indexOf(k.toLowerCase(Locale.ROOT));
    if (at < 0) {
      return t;
    }
    // "is recommended" + "to queue" and "is required to" + "queue" are the same wording around the verb
    return (t.substring(0, at) + " \u0000 " + t.substring(at + k.length())).replaceAll("\u0000\\s+to\\b", "\u0000");
  }

  /**
   * What "the same text" means: Unicode-normalised (dashes, quotes, spaces), without a leading id
   * label, lower case, runs of spaces as one, no space before punctuation.
   */
  static String key(String text) {
    String n = TextNormaliser.normalise(text).strip();
    n = n.substring(TermAnalyzer.labelLength(n));
    n = n.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll(" (?=[.,;:!?)\\]])", "").replaceAll("(?<=[(\\[]) ", "");
    return n.strip();
  }

  /**
   * A requirement moved when it stands in another clause: both the clause number and its title
   * differ (a clause renumbered or retitled as a whole does not move what is in it).
   */
  static boolean moved(String a, String b) {
    if (a.strip().equals(b.strip())) {
      return false;
    }
    Matcher ma = CLAUSE_NUMBER.matcher(a);
    Matcher mb = CLAUSE_NUMBER.matcher(b);
    if (ma.matches() && mb.matches()) {
      boolean number = !ma.group(1).equalsIgnoreCase(mb.group(1));
      boolean title = !key(ma.group(2)).equals(key(mb.group(2)));
      return number && title;
    }
    return !key(a).equals(key(b));
  }

  /** An id the extractor made up from a position ("7.2#3"), not one the document gave. */
  static boolean positional(String id) {
    return POSITIONAL_ID.matcher(id).matches();
  }

  /**
   * Whether the document's own id changed. Ids made up from a position ("7.2#3") and the letters of
   * list items and table rows (LC-40.b becoming LC-40.a when a row above is deleted) are positions:
   * for those only a change of the parent id counts.
   */
  static boolean renumbered(Requirement a, Requirement b) {
    if (a.id().equals(b.id()) || (positional(a.id()) && positional(b.id()))) {
      return false;
    }
    String pa = parent(a);
    String pb = parent(b);
    return pa == null || pb == null || !pa.equals(pb);
  }

  /** The lead-in's id of a list item or table row with a derived id, else null. */
  private static String parent(Requirement r) {
    if (!r.source().equals("list-item") && !r.source().equals("table-row")) {
      return null;
    }
    Matcher m = SUB_ID.matcher(r.id());
    return m.matches() ? m.group(1) : null;
  }

  /** Both carry the same id that the document itself gave them (not a position). */
  static boolean sameOwnId(Requirement a, Requirement b) {
    return a.id().equals(b.id()) && !positional(a.id()) && parent(a) == null;
  }
}
