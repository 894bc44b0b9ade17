package org.specmirror.check;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.specmirror.match.Comparison;
import org.specmirror.match.Evidence;
import org.specmirror.match.RequirementMatch;
import org.specmirror.match.Support;
import org.specmirror.match.Verdict;
import org.specmirror.model.Requirement;
import org.specmirror.normalise.Term;
import org.specmirror.normalise.TermAnalyzer;
import org.specmirror.normalise.TextNormaliser;
import org.specmirror.score.PanelResult;

/** Turns a panel result into findings under a policy (and a baseline). See docs/ci.md. */
public final class Checker {

  /** Rarity from which a shared ordinary word found in one vendor only counts as vendor-specific. */
  static final double TERM_RARITY = 0.8;

  private final Policy policy;
  private final TermAnalyzer analyzer;

  public Checker(Policy policy, TermAnalyzer analyzer) {
    this.policy = policy;
    this.analyzer = analyzer;
  }

  /** The outcome of a check. */
  public record Result(PanelResult panel, List<Finding> findings, Policy policy, Map<String, Baseline.VendorFigures> figures) {
    public Result {
      findings = List.copyOf(findings);
    }

    public long failing() {
      return findings.stream().filter(Finding::failing).count();
    }
  }

  public Result check(PanelResult p, Baseline baseline) {
    int nV = p.comparisons().size();
    List<Requirement> reqs = p.requirements();
    List<String> fp = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (Requirement r : reqs) {
      String f = requirementFingerprint(r);
      int k = seen.merge(f, 1, Integer::sum);
      fp.add(k == 1 ? f : f + "-" + k); // identical texts: the k-th occurrence
    }
    Map<String, Set<String>> vendorTerms = vendorTerms(p);
    List<Finding> out = new ArrayList<>();
    out.addAll(leanFindings(p));
    for (int r = 0; r < reqs.size(); r++) {
      Requirement q = reqs.get(r);
      List<String> metBy = p.metBy().get(r);
      if (metBy.size() == 1 && nV > 1) {
        String v = metBy.get(0);
        RequirementMatch m = match(p, v, r);
        out.add(
            new Finding(
                Rule.SM001, policy.failOnExclusive(),
                q.id() + " is met only by " + v + " among the " + nV + " vendors of the panel.",
                q, v, first(m), distinctive(m.evidence()), List.of(), fingerprint(Rule.SM001, v, fp.get(r)), false));
      }
      // SM002 when a vendor meets a mandatory requirement only through an option and at most one
      // vendor has the feature built in: the draft then makes an add-on mandatory for the market
      int builtIn = 0;
      for (Comparison c : p.comparisons()) {
        RequirementMatch m = c.matches().get(r);
        if (m.verdict() == Verdict.MET && !m.promoted()) {
          builtIn++;
        }
      }
      for (Comparison c : p.comparisons()) {
        RequirementMatch m = c.matches().get(r);
        // a table row only inherits its modality from the sentence citing the table, which may ask for
        // "at least six of" its rows: not reported as a promoted option
        boolean inherited = "table-row".equals(q.source());
        if (m.promoted() && m.verdict() == Verdict.MET && builtIn <= 1 && !inherited) {
          out.add(
              new Finding(
                  Rule.SM002, policy.failOnPromoted(),
                  q.id() + " makes mandatory what " + c.vendor().name() + " offers only as an option"
                      + (builtIn == 0 ? " (no vendor of the panel has it built in)." : " (one vendor of the panel has it built in)."),
                  q, c.vendor().name(), first(m), distinctive(m.evidence()), List.of(), fingerprint(Rule.SM002, c.vendor().name(), fp.get(r)), false));
        }
      }
      for (Comparison c : p.comparisons()) {
        RequirementMatch m = c.matches().get(r);
        if (m.verdict() == Verdict.NOT_MET || nV < 2) {
          continue; // with one vendor, nothing can be shown to be specific to it
        }
        List<Evidence> specific = new ArrayList<>();
        for (Evidence e : m.evidence()) {
          if (!e.distinctive()) {
            continue;
          }
          boolean kindCounts =
              e.kind() == Evidence.Kind.NAME
                  || e.kind() == Evidence.Kind.CONSTANT
                  || (e.kind() == Evidence.Kind.TERM && e.rarity() >= TERM_RARITY && !CommonWords.isCommon(e.text()));
          if (kindCounts && onlyIn(vendorTerms, e.key(), c.vendor().name())) {
            specific.add(e);
          }
        }
        if (!specific.isEmpty()) {
          List<String> words = new ArrayList<>();
          for (Evidence e : specific) {
            words.add("\u201c" + e.text() + "\u201d");
          }
          out.add(
              new Finding(
                  Rule.SM003, policy.failOnVendorTerms(),
                  q.id() + " uses " + String.join(", ", words) + ", found in no vendor's documents but "
                      + c.vendor().name() + "'s.",
                  q, c.vendor().name(), first(m), specific, List.of(), fingerprint(Rule.SM003, c.vendor().name(), fp.get(r)), false));
        }
      }
    }
    Map<String, Baseline.VendorFigures> figures = figures(p, fp);
    if (baseline != null) {
      List<Finding> marked = new ArrayList<>();
      for (Finding f : out) {
        marked.add(baseline.fingerprints().contains(f.fingerprint()) ? f.asBaseline() : f);
      }
      out = marked;
      out.addAll(ratchet(p, baseline, figures, fp));
    }
    return new Result(p, out, policy, figures);
  }

  /** SM004: lead or exclusive share above policy. */
  private List<Finding> leanFindings(PanelResult p) {
    List<Finding> out = new ArrayList<>();
    if (p.comparisons().size() < 2) {
      return out;
    }
    int n = p.requirements().size();
    for (Comparison c : p.comparisons()) {
      String v = c.vendor().name();
      List<String> ex = p.exclusiveByVendor().get(v);
      double share = n == 0 ? 0 : ex.size() / (double) n;
      boolean top = p.lead() != null && p.lead().vendor().equals(v);
      boolean leadAbove = top && p.lead().value() > policy.maxLead() && p.lead().ciLow() > 0;
      boolean shareAbove = share > policy.maxExclusiveShare();
      if (!leadAbove && !shareAbove) {
        continue;
      }
      List<String> parts = new ArrayList<>();
      if (leadAbove) {
        parts.add(String.format(Locale.ROOT, "its coverage lead is %.2f (95 %% CI %.2f–%.2f), above the policy's %.2f",
            p.lead().value(), p.lead().ciLow(), p.lead().ciHigh(), policy.maxLead()));
      }
      if (shareAbove) {
        parts.add(String.format(Locale.ROOT, "%d of %d normative requirements (%.0f %%) are met only by it, above the policy's %.0f %%",
            ex.size(), n, 100 * share, 100 * policy.maxExclusiveShare()));
      }
      out.add(
          new Finding(
              Rule.SM004, true,
              "The draft leans toward " + v + ": " + String.join("; ", parts) + ".",
              null, v, null, List.of(), ex, fingerprint(Rule.SM004, v, "lean"), false));
    }
    return out;
  }

  private List<Finding> ratchet(PanelResult p, Baseline b, Map<String, Baseline.VendorFigures> now, List<String> fp) {
    List<Finding> out = new ArrayList<>();
    Map<String, String> idOf = new HashMap<>();
    for (int r = 0; r < fp.size(); r++) {
      idOf.put(fp.get(r), p.requirements().get(r).id());
    }
    for (Map.Entry<String, Baseline.VendorFigures> e : now.entrySet()) {
      Baseline.VendorFigures before = b.vendors().get(e.getKey());
      if (before == null) {
        continue;
      }
      Baseline.VendorFigures after = e.getValue();
      double dc = after.coverage() - before.coverage();
      double de = after.exclusiveShare() - before.exclusiveShare();
      if (dc <= policy.ratchetMargin() + 1e-12 && de <= policy.ratchetMargin() + 1e-12) {
        continue;
      }
      Set<String> cause = new TreeSet<>();
      for (String f : (de > policy.ratchetMargin() ? after.exclusive() : after.met())) {
        if (!(de > policy.ratchetMargin() ? before.exclusive() : before.met()).contains(f) && idOf.containsKey(f)) {
          cause.add(idOf.get(f));
        }
      }
      List<String> related = new ArrayList<>();
      for (Requirement q : p.requirements()) {
        if (cause.contains(q.id())) {
          related.add(q.id());
        }
      }
      List<String> whats = new ArrayList<>();
      if (dc > policy.ratchetMargin()) {
        whats.add(String.format(Locale.ROOT, "its coverage rose from %.2f to %.2f", before.coverage(), after.coverage()));
      }
      if (de > policy.ratchetMargin()) {
        whats.add(String.format(Locale.ROOT, "its share of requirements only it meets rose from %.2f to %.2f", before.exclusiveShare(), after.exclusiveShare()));
      }
      String what = String.join(" and ", whats);
      out.add(
          new Finding(
              Rule.SM004, true,
              "Since the baseline the draft moved toward " + e.getKey() + ": " + what
                  + String.format(Locale.ROOT, " (margin %.2f)", policy.ratchetMargin())
                  + (related.isEmpty() ? "." : "; caused by " + String.join(", ", related) + "."),
              null, e.getKey(), null, List.of(), related, fingerprint(Rule.SM004, e.getKey(), "ratchet"), false));
    }
    return out;
  }

  private static Map<String, Baseline.VendorFigures> figures(PanelResult p, List<String> fp) {
    Map<String, Baseline.VendorFigures> out = new LinkedHashMap<>();
    int n = p.requirements().size();
    for (Comparison c : p.comparisons()) {
      Set<String> met = new LinkedHashSet<>();
      Set<String> ex = new LinkedHashSet<>();
      for (int r = 0; r < n; r++) {
        if (c.matches().get(r).verdict() == Verdict.MET) {
          met.add(fp.get(r));
          if (p.metBy().get(r).size() == 1) {
            ex.add(fp.get(r));
          }
        }
      }
      double share = n == 0 ? 0 : p.exclusiveByVendor().get(c.vendor().name()).size() / (double) n;
      out.put(c.vendor().name(), new Baseline.VendorFigures(c.coverage().value(), share, met, ex));
    }
    return out;
  }

  private static RequirementMatch match(PanelResult p, String vendor, int r) {
    for (Comparison c : p.comparisons()) {
      if (c.vendor().name().equals(vendor)) {
        return c.matches().get(r);
      }
    }
    throw new IllegalArgumentException(vendor);
  }

  private static Support first(RequirementMatch m) {
    return m.support().isEmpty() ? m.nearest() : m.support().get(0);
  }

  private static List<Evidence> distinctive(List<Evidence> ev) {
    return ev.stream().filter(Evidence::distinctive).toList();
  }

  /** Term keys of each vendor's statements. */
  private Map<String, Set<String>> vendorTerms(PanelResult p) {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    for (Comparison c : p.comparisons()) {
      Set<String> keys = new java.util.HashSet<>();
      for (Requirement s : c.vendorStatements()) {
        for (Term t : analyzer.terms(TextNormaliser.normalise(s.fullText()))) {
          keys.add(t.key());
        }
      }
      out.put(c.vendor().name(), keys);
    }
    return out;
  }

  private static boolean onlyIn(Map<String, Set<String>> vendorTerms, String key, String vendor) {
    for (Map.Entry<String, Set<String>> e : vendorTerms.entrySet()) {
      boolean has = e.getValue().contains(key);
      if (e.getKey().equals(vendor) != has) {
        return false;
      }
    }
    return true;
  }

  /**
   * A requirement's identity that survives renumbering and moves: its normalised terms (the
   * analyzer skips the id label), not its id, clause or position.
   */
  String requirementFingerprint(Requirement r) {
    StringBuilder b = new StringBuilder();
    for (Term t : analyzer.terms(TextNormaliser.normalise(r.fullText()))) {
      b.append(t.key()).append(' ');
    }
    return hash(b.toString()).substring(0, 16);
  }

  private static String fingerprint(Rule rule, String vendor, String subject) {
    return hash(rule.name() + "\n" + vendor + "\n" + subject).substring(0, 32);
  }

  private static String hash(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The baseline file content of a result: every finding, and each vendor's figures. */
  public static com.fasterxml.jackson.databind.node.ObjectNode baseline(Result r) {
    return Baseline.toJson(r.findings(), r.figures());
  }
}
