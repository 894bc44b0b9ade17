package org.specmirror.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.specmirror.diff.ModalityChange;
import org.specmirror.diff.PanelDiff;
import org.specmirror.diff.RequirementChange;
import org.specmirror.diff.RequirementChange.Kind;
import org.specmirror.diff.RevisionDiff;
import org.specmirror.diff.VendorShift;
import org.specmirror.match.Verdict;
import org.specmirror.model.Requirement;

/** The sentences every diff format uses, so that they all say the same thing. */
public final class DiffSummary {
  private DiffSummary() {}

  /** "From 72 to 72 normative requirements: 1 added, 1 removed, …; 68 unchanged." */
  public static String headline(RevisionDiff d) {
    List<String> parts = new ArrayList<>();
    add(parts, d.count(Kind.ADDED), "added");
    add(parts, d.count(Kind.REMOVED), "removed");
    add(parts, d.count(Kind.CHANGED), "changed in wording");
    long modality = d.count(Kind.MODALITY);
    if (modality > 0) {
      List<String> dir = new ArrayList<>();
      for (ModalityChange.Direction x : ModalityChange.Direction.values()) {
        add(dir, d.count(x), x.label());
      }
      parts.add(modality + (modality == 1 ? " modality change" : " modality changes") + " (" + String.join(", ", dir) + ")");
    }
    add(parts, d.count(Kind.MOVED), "moved to another clause");
    add(parts, d.count(Kind.RENUMBERED), "renumbered");
    String counts = d.oldCount() == d.newCount()
        ? d.newCount() + " normative requirements in both revisions"
        : "from " + d.oldCount() + " to " + d.newCount() + " normative requirements";
    if (parts.isEmpty()) {
      return "No normative change: " + counts + ", all the same.";
    }
    String s = counts.substring(0, 1).toUpperCase(Locale.ROOT) + counts.substring(1) + ": " + String.join(", ", parts);
    return s + "; " + d.unchanged() + " unchanged.";
  }

  private static void add(List<String> parts, long n, String what) {
    if (n > 0) {
      parts.add(n + " " + what);
    }
  }

  /** What changed in one entry, for people: "moved 7.2 … → 7.6 …; renumbered LC-14 → LC-45". */
  public static String kinds(RequirementChange c) {
    List<String> out = new ArrayList<>();
    for (Kind k : c.orderedKinds()) {
      switch (k) {
        case ADDED -> out.add("added");
        case REMOVED -> out.add("removed");
        case CHANGED -> out.add(String.format(Locale.ROOT, "changed (similarity %.2f)", c.similarity()));
        case MODALITY -> out.add(c.modality().describe() + " (" + c.modality().direction().label() + ")");
        case MOVED -> out.add("moved from " + clause(c.before()) + " to " + clause(c.after()));
        case RENUMBERED -> out.add("renumbered " + c.before().id() + " \u2192 " + c.after().id());
      }
    }
    if (c.diff().isEmpty() && c.before() != null && c.after() != null && !c.unchanged()) {
      out.add("same text");
    }
    return out.isEmpty() ? "unchanged" : String.join("; ", out);
  }

  public static String clause(Requirement r) {
    return r.clause().isEmpty() ? "(no clause)" : r.clause();
  }

  /** The change of the panel's lean, in one sentence. */
  public static String lean(PanelDiff p) {
    String b = p.leanBefore();
    String a = p.leanAfter();
    if (a != null && b == null) {
      return "The draft now leans toward " + a + "; the old revision leaned toward nobody clearly.";
    }
    if (a == null && b != null) {
      return "The draft no longer leans clearly toward " + b + ".";
    }
    if (a != null && !a.equals(b)) {
      return "The draft now leans toward " + a + " instead of " + b + ".";
    }
    if (a != null) {
      return "The draft still leans toward " + a + ".";
    }
    return "Neither revision leans clearly toward one vendor.";
  }

  /** "coverage 0.80 → 0.82 (+0.02), mirror …, exclusive 12 → 13 (+1), promoted 4 → 4". */
  public static String figures(VendorShift v) {
    return String.format(
        Locale.ROOT,
        "coverage %.2f \u2192 %.2f (%s), mirror %.2f \u2192 %.2f (%s), met %d \u2192 %d, only this vendor %d \u2192 %d (%s), promoted options %d \u2192 %d (%s)",
        v.before().coverage().value(),
        v.after().coverage().value(),
        signed(v.coverageChange()),
        v.before().mirror().value(),
        v.after().mirror().value(),
        signed(v.mirrorChange()),
        v.before().count(Verdict.MET),
        v.after().count(Verdict.MET),
        v.exclusiveBefore(),
        v.exclusiveAfter(),
        signed(v.exclusiveChange()),
        v.before().promoted(),
        v.after().promoted(),
        signed(v.promotedChange()));
  }

  /** "+0.02", "−0.10", "±0.00". */
  public static String signed(double x) {
    double r = Math.round(x * 100) / 100.0;
    if (r == 0) {
      return "\u00b10.00";
    }
    return (r > 0 ? "+" : "\u2212") + Decimals.f2(Math.abs(r));
  }

  public static String signed(long x) {
    return x == 0 ? "\u00b10" : (x > 0 ? "+" : "\u2212") + Math.abs(x);
  }

  /** Why one requirement moved a vendor's figures. */
  public static List<String> reasons(VendorShift.Responsible r) {
    List<String> out = new ArrayList<>();
    RequirementChange c = r.change();
    if (c.has(Kind.ADDED)) {
      out.add(String.format(Locale.ROOT, "added, %s (score %.2f)", verdict(r.verdictAfter()), r.scoreAfter()));
    } else if (c.has(Kind.REMOVED)) {
      out.add(String.format(Locale.ROOT, "removed, was %s (score %.2f)", verdict(r.verdictBefore()), r.scoreBefore()));
    } else if (r.verdictBefore() != r.verdictAfter()) {
      out.add(verdict(r.verdictBefore()) + " \u2192 " + verdict(r.verdictAfter()));
    } else {
      out.add(verdict(r.verdictAfter()));
    }
    if (c.modality() != null && (r.verdictBefore() == Verdict.MET || r.verdictAfter() == Verdict.MET)) {
      out.add(String.format(Locale.ROOT, "%s, weight %.1f \u2192 %.1f", c.modality().describe(), r.weightBefore(), r.weightAfter()));
    }
    if (r.exclusiveBefore() != r.exclusiveAfter()) {
      out.add(r.exclusiveAfter() ? (c.has(Kind.ADDED) ? "met by this vendor only" : "now met by this vendor only") : "no longer met by this vendor only");
    } else if (r.exclusiveAfter() && !c.has(Kind.REMOVED)) {
      out.add("met by this vendor only");
    }
    if (r.promotedBefore() != r.promotedAfter()) {
      out.add(r.promotedAfter() ? "a vendor option made mandatory" : "no longer a promoted option");
    }
    if (r.drift()) {
      out.add(String.format(Locale.ROOT, "requirement unchanged: its score moved with the rest of the document (%.3f \u2192 %.3f)", r.scoreBefore(), r.scoreAfter()));
    } else if (!c.unchanged() && !c.has(Kind.ADDED) && !c.has(Kind.REMOVED) && c.has(Kind.CHANGED)) {
      out.add(String.format(Locale.ROOT, "reworded, score %.2f \u2192 %.2f", r.scoreBefore(), r.scoreAfter()));
    }
    double w = r.coverageWeight();
    if (w != 0) {
      out.add(String.format(Locale.ROOT, "met weight %s", signedOne(w)));
    }
    return out;
  }

  private static String signedOne(double w) {
    return (w > 0 ? "+" : "\u2212") + String.format(Locale.ROOT, "%.1f", Math.abs(w));
  }

  public static String verdict(Verdict v) {
    return v == null ? "absent" : CompareSummary.verdictLabel(v);
  }

  /** "lexical + semantic" or "lexical only". */
  public static String matching(RevisionDiff d) {
    return d.semantic() ? "lexical + semantic" : "lexical only";
  }
}
