package org.specmirror.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.specmirror.model.ExtractedDocument;
import org.specmirror.model.Modality;
import org.specmirror.model.Parameter;
import org.specmirror.model.Requirement;
import org.specmirror.normalise.Term;

/**
 * Compares a standard with one vendor document: scores every normative requirement against the
 * vendor's feature statements ({@link Engine}), then decides for each requirement which statements
 * support it, the verdict, the relationship and the shared evidence, and computes the document
 * figures. See {@code docs/matching.md}.
 */
public final class DocumentMatcher {

  /** Rarity from which an ordinary shared word counts as distinctive evidence. */
  static final double RARE = 0.65;

  /** Rarity from which a shared name or constant counts as distinctive evidence. */
  static final double RARE_NAME = 0.5;

  /** Share of the requirement's (idf-weighted) terms a side must cover to count as containing the other. */
  static final double CONTAINS = 0.8;

  /** At most this many vendor statements support one requirement together. */
  static final int MAX_SUPPORT = 3;

  private static final Pattern BRAND =
      Pattern.compile("(?=.*\\p{Ll}\\p{Lu})\\p{L}[\\p{L}\\p{N}-]*|(?=.*\\p{L})(?=.*\\p{N})(?!(?:IP|IK)\\d\\d$)[\\p{L}\\p{N}][\\p{L}\\p{N}-]*");

  private final Engine engine;

  public DocumentMatcher(Engine engine) {
    this.engine = engine;
  }

  /** Normative requirements of a standard: those with a coverage weight. */
  public List<Requirement> normative(ExtractedDocument standard) {
    List<Requirement> out = new ArrayList<>();
    for (Requirement r : standard.requirements()) {
      if (engine.options().weight(r.modality()) > 0) {
        out.add(r);
      }
    }
    return out;
  }

  /** Vendor statements matched against: everything the extractor did not mark informative. */
  public static List<Requirement> features(Vendor vendor) {
    List<Requirement> out = new ArrayList<>();
    for (ExtractedDocument d : vendor.documents()) {
      out.addAll(features(d));
    }
    return out;
  }

  /** The feature statements of one document. */
  public static List<Requirement> features(ExtractedDocument vendor) {
    List<Requirement> out = new ArrayList<>();
    for (Requirement r : vendor.requirements()) {
      if (r.modality() != Modality.INFORMATIVE) {
        out.add(r);
      }
    }
    return out;
  }

  /**
   * Compares {@code standard} with {@code vendor}.
   *
   * @param context statements of other documents counted for rarity only (other vendors of a
   *     panel); empty for a one-to-one comparison
   */
  public Comparison compare(ExtractedDocument standard, Vendor vendor, List<Requirement> context) {
    List<Requirement> reqs = normative(standard);
    List<Requirement> feats = new ArrayList<>();
    List<String> docs = new ArrayList<>();
    for (ExtractedDocument d : vendor.documents()) {
      for (Requirement r : features(d)) {
        feats.add(r);
        docs.add(d.info().path());
      }
    }
    Scored scored = engine.score(statements(reqs), statements(feats), rarityOnly(context));
    MatchOptions o = engine.options();
    List<RequirementMatch> matches = new ArrayList<>();
    for (int i = 0; i < reqs.size(); i++) {
      matches.add(decide(reqs.get(i), scored, i, feats, docs, o));
    }
    return new Comparison(
        standard,
        vendor,
        matches,
        coverage(matches, o),
        mirror(matches),
        distinctiveness(matches, scored),
        reverseCoverage(matches, feats),
        feats,
        scored.semantic());
  }

  /** Statements counted for term rarity only: their text is all that is read (no parameters copied). */
  private static List<Statement> rarityOnly(List<Requirement> rs) {
    List<Statement> out = new ArrayList<>(rs.size());
    for (Requirement r : rs) {
      out.add(new Statement(r.id(), r.fullText(), r.modality(), List.of()));
    }
    return out;
  }

  private static List<Statement> statements(List<Requirement> rs) {
    List<Statement> out = new ArrayList<>(rs.size());
    for (Requirement r : rs) {
      // parameter offsets are relative to the statement's own text; shift them past the lead-in
      int shift = r.leadIn().isEmpty() ? 0 : r.leadIn().length() + 1;
      List<Parameter> ps = new ArrayList<>(r.parameters().size());
      for (Parameter p : r.parameters()) {
        ps.add(new Parameter(p.type(), p.quantity(), p.text(), p.min(), p.max(), p.unit(), p.value(), p.start() + shift, p.end() + shift));
      }
      out.add(new Statement(r.id(), r.fullText(), r.modality(), ps));
    }
    return out;
  }

  private RequirementMatch decide(
      Requirement req, Scored scored, int i, List<Requirement> feats, List<String> docs, MatchOptions o) {
    List<Candidate> row = scored.rows().get(i);
    Engine.Analysed src = scored.sources().get(i);
    if (row.isEmpty()) {
      return new RequirementMatch(
          req, Verdict.NOT_MET, 0, Relationship.NO_RELATIONSHIP, Relationship.Rationale.SYNTACTIC, 1, false,
          List.of(), null, List.of(), ParameterCheck.compare(req.parameters(), List.of()));
    }
    Candidate best = row.get(0);
    Support nearest = support(scored, i, best, feats, docs);
    List<Candidate> chosen = new ArrayList<>();
    if (best.score() >= o.partialThreshold()) {
      chosen.add(best);
      for (int c = 1; c < row.size() && c <= 5 && chosen.size() < MAX_SUPPORT; c++) {
        Candidate next = row.get(c);
        if (next.score() < o.partialThreshold()) {
          break;
        }
        if (adds(src, scored, chosen, next)) {
          chosen.add(next);
        }
      }
    }
    List<ParameterCheck> checks = merged(req, chosen, feats);
    boolean conflict = checks.stream().anyMatch(c -> c.outcome() == ParameterCheck.Outcome.CONFLICTS);
    // a requirement stating values (not only interfaces) is not met by a statement giving none of them
    List<ParameterCheck> values =
        checks.stream().filter(c -> c.required().type() != Parameter.Type.INTERFACE).toList();
    boolean valuesMissing =
        !values.isEmpty()
            && values.stream().noneMatch(c -> c.outcome().meets())
            && values.stream().anyMatch(c -> c.outcome() == ParameterCheck.Outcome.ABSENT);
    Set<String> union = union(scored, chosen);
    double covS = coverage(src.bag().counts().keySet(), union, scored);
    Verdict v;
    if (chosen.isEmpty()) {
      v = Verdict.NOT_MET;
    } else if (best.score() >= o.metThreshold()) {
      v = conflict || valuesMissing ? Verdict.PARTIAL : Verdict.MET;
    } else if (chosen.size() >= 2 && covS >= CONTAINS && !conflict && !valuesMissing) {
      v = Verdict.MET; // met by several statements together
    } else {
      v = Verdict.PARTIAL;
    }
    if (v == Verdict.NOT_MET) {
      return new RequirementMatch(
          req, v, best.score(), Relationship.NO_RELATIONSHIP, Relationship.Rationale.SYNTACTIC, 1 - best.score(), false,
          List.of(), nearest, List.of(), checks);
    }
    List<Support> support = new ArrayList<>();
    for (Candidate c : chosen) {
      support.add(c == best ? nearest : support(scored, i, c, feats, docs));
    }
    double covT = coverage(union, src.bag().counts().keySet(), scored);
    Relationship rel;
    boolean strictlyBetter = checks.stream().anyMatch(c -> c.outcome() == ParameterCheck.Outcome.SATISFIED);
    if (covS >= CONTAINS && covT >= CONTAINS) {
      rel = strictlyBetter ? Relationship.SUBSET_OF : Relationship.EQUAL;
    } else if (covS >= CONTAINS) {
      rel = Relationship.SUBSET_OF;
    } else if (covT >= CONTAINS) {
      rel = Relationship.SUPERSET_OF;
    } else {
      rel = Relationship.INTERSECTS_WITH;
    }
    Relationship.Rationale why;
    if (checks.stream().anyMatch(c -> c.outcome().meets()) && best.parameters() > 0) {
      why = Relationship.Rationale.FUNCTIONAL;
    } else if (scored.semantic() && best.lexical() < 0.3) {
      why = Relationship.Rationale.SEMANTIC;
    } else {
      why = Relationship.Rationale.SYNTACTIC;
    }
    boolean promoted =
        (req.modality() == Modality.MUST || req.modality() == Modality.MUST_NOT)
            && chosen.stream().allMatch(c -> feats.get(c.target()).modality() == Modality.OPTIONAL);
    return new RequirementMatch(
        req, v, best.score(), rel, why, best.score(), promoted, support, nearest, evidence(src, union, scored), checks);
  }

  /** The supporting statement of a candidate, with its word diff (statement texts are cut into words once per run). */
  private static Support support(Scored scored, int i, Candidate c, List<Requirement> feats, List<String> docs) {
    Requirement f = feats.get(c.target());
    List<WordDiff.Segment> diff = WordDiff.of(scored.sources().get(i).words(), scored.targets().get(c.target()).words());
    return new Support(f, docs.get(c.target()), c.score(), c.lexical(), c.semantic(), diff);
  }

  /** Whether a further statement adds to the support: a value the others lack, or a fifth of the terms. */
  private static boolean adds(Engine.Analysed src, Scored scored, List<Candidate> chosen, Candidate next) {
    Set<String> keys = src.bag().counts().keySet();
    double before = coverage(keys, union(scored, chosen), scored);
    List<Candidate> with = new ArrayList<>(chosen);
    with.add(next);
    double after = coverage(keys, union(scored, with), scored);
    if (after - before >= 0.2) {
      return true;
    }
    Set<Integer> metBefore = metParameters(chosen);
    for (int p = 0; p < next.checks().size(); p++) {
      if (next.checks().get(p).outcome().meets() && !metBefore.contains(p)) {
        return true;
      }
    }
    return false;
  }

  private static Set<Integer> metParameters(List<Candidate> cs) {
    Set<Integer> met = new HashSet<>();
    for (Candidate c : cs) {
      for (int p = 0; p < c.checks().size(); p++) {
        if (c.checks().get(p).outcome().meets()) {
          met.add(p);
        }
      }
    }
    return met;
  }

  /** For each required value, the best outcome among the supporting statements. */
  private static List<ParameterCheck> merged(Requirement req, List<Candidate> chosen, List<Requirement> feats) {
    List<ParameterCheck> out = new ArrayList<>();
    List<ParameterCheck> base = ParameterCheck.compare(req.parameters(), List.of());
    for (int p = 0; p < base.size(); p++) {
      ParameterCheck best = base.get(p);
      for (Candidate c : chosen) {
        ParameterCheck k = c.checks().get(p);
        if (k.outcome().ordinal() < best.outcome().ordinal()) {
          best = k;
        }
      }
      out.add(best);
    }
    return out;
  }

  private static Set<String> union(Scored scored, List<Candidate> cs) {
    Set<String> u = new TreeSet<>();
    for (Candidate c : cs) {
      u.addAll(scored.targets().get(c.target()).bag().counts().keySet());
    }
    return u;
  }

  /** idf-weighted share of {@code of}'s keys found in {@code in}. */
  private static double coverage(Set<String> of, Set<String> in, Scored scored) {
    double all = 0;
    double shared = 0;
    for (String k : of) {
      double w = scored.stats().idf(k);
      all += w;
      if (in.contains(k)) {
        shared += w;
      }
    }
    return all == 0 ? 0 : shared / all;
  }

  private static List<Evidence> evidence(Engine.Analysed src, Set<String> union, Scored scored) {
    Map<String, Term> first = new LinkedHashMap<>();
    for (Term t : src.terms()) {
      if (union.contains(t.key())) {
        first.putIfAbsent(t.key(), t);
      }
    }
    List<Evidence> out = new ArrayList<>();
    for (Term t : first.values()) {
      Evidence.Kind kind;
      if (t.constant()) {
        kind = Evidence.Kind.CONSTANT;
      } else if (t.concept()) {
        kind = Evidence.Kind.CONCEPT;
      } else if (BRAND.matcher(t.surface()).matches()) {
        kind = Evidence.Kind.NAME;
      } else {
        kind = Evidence.Kind.TERM;
      }
      double rarity = scored.stats().rarity(t.key());
      boolean distinctive =
          rarity >= RARE || ((kind == Evidence.Kind.NAME || kind == Evidence.Kind.CONSTANT) && rarity >= RARE_NAME);
      out.add(new Evidence(t.surface(), t.key(), kind, round(rarity), scored.stats().df(t.key()), distinctive));
    }
    out.sort(Comparator.comparingDouble((Evidence e) -> -e.rarity()).thenComparing(Evidence::key));
    return out;
  }

  private static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }

  private static Figure coverage(List<RequirementMatch> ms, MatchOptions o) {
    double num = 0;
    double den = 0;
    List<String> ids = new ArrayList<>();
    for (RequirementMatch m : ms) {
      double w = o.weight(m.requirement().modality());
      den += w;
      if (m.verdict() == Verdict.MET) {
        num += w;
        ids.add(m.requirement().id());
      }
    }
    return Figure.of(num, den, ids);
  }

  private static Figure mirror(List<RequirementMatch> ms) {
    double num = 0;
    List<String> ids = new ArrayList<>();
    for (RequirementMatch m : ms) {
      num += m.score();
      ids.add(m.requirement().id());
    }
    return Figure.of(num, ms.size(), ids);
  }

  private static Figure distinctiveness(List<RequirementMatch> ms, Scored scored) {
    double num = 0;
    double den = 0;
    List<String> ids = new ArrayList<>();
    for (RequirementMatch m : ms) {
      if (m.verdict() == Verdict.NOT_MET) {
        continue;
      }
      boolean any = false;
      for (Evidence e : m.evidence()) {
        double w = scored.stats().idf(e.key());
        den += w;
        if (e.distinctive()) {
          num += w;
          any = true;
        }
      }
      if (any) {
        ids.add(m.requirement().id());
      }
    }
    return Figure.of(num, den, ids);
  }

  private static Figure reverseCoverage(List<RequirementMatch> ms, List<Requirement> feats) {
    Set<String> used = new LinkedHashSet<>();
    Set<Requirement> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (RequirementMatch m : ms) {
      for (Support s : m.support()) {
        seen.add(s.statement());
      }
    }
    for (Requirement f : feats) {
      if (seen.contains(f)) {
        used.add(f.id());
      }
    }
    return Figure.of(used.size(), feats.size(), new ArrayList<>(used));
  }

}
