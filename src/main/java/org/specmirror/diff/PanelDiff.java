package org.specmirror.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.specmirror.match.Comparison;
import org.specmirror.match.MatchOptions;
import org.specmirror.match.RequirementMatch;
import org.specmirror.match.Verdict;
import org.specmirror.model.Requirement;
import org.specmirror.score.PanelResult;

/**
 * Both revisions scored against the same panel of vendors: per vendor the change of its figures and
 * the requirements responsible, and the change of the panel's verdict.
 *
 * @param before the panel result of the old revision
 * @param after the panel result of the new revision
 * @param vendors one entry per vendor scored on both sides, in the new revision's ranking
 */
public record PanelDiff(PanelResult before, PanelResult after, List<VendorShift> vendors) {

  public PanelDiff {
    vendors = List.copyOf(vendors);
  }

  /** The vendor the old revision clearly leans toward, or null. */
  public String leanBefore() {
    return before.clearLead() ? before.lead().vendor() : null;
  }

  /** The vendor the new revision clearly leans toward, or null. */
  public String leanAfter() {
    return after.clearLead() ? after.lead().vendor() : null;
  }

  /** Compares two panel results of the revisions of {@code diff}, scored with {@code match}. */
  public static PanelDiff of(RevisionDiff diff, PanelResult before, PanelResult after, MatchOptions match) {
    Map<String, Comparison> old = new HashMap<>();
    for (Comparison c : before.comparisons()) {
      old.put(c.vendor().name(), c);
    }
    List<VendorShift> out = new ArrayList<>();
    for (Comparison a : after.comparisons()) {
      Comparison b = old.get(a.vendor().name());
      if (b == null) {
        continue;
      }
      out.add(shift(diff, before, after, b, a, match));
    }
    return new PanelDiff(before, after, out);
  }

  private static VendorShift shift(RevisionDiff diff, PanelResult pb, PanelResult pa, Comparison b, Comparison a, MatchOptions match) {
    String name = a.vendor().name();
    Map<String, RequirementMatch> mb = byKey(b);
    Map<String, RequirementMatch> ma = byKey(a);
    Set<String> exB = keys(pb, name);
    Set<String> exA = keys(pa, name);
    List<VendorShift.Responsible> rs = new ArrayList<>();
    for (RequirementChange c : diff.changes()) {
      RequirementMatch x = c.before() == null ? null : mb.get(key(c.before()));
      RequirementMatch y = c.after() == null ? null : ma.get(key(c.after()));
      Verdict vb = x == null ? null : x.verdict();
      Verdict va = y == null ? null : y.verdict();
      double wb = c.before() == null ? 0 : match.weight(c.before().modality());
      double wa = c.after() == null ? 0 : match.weight(c.after().modality());
      boolean eb = c.before() != null && exB.contains(key(c.before()));
      boolean ea = c.after() != null && exA.contains(key(c.after()));
      boolean pvb = x != null && x.promoted();
      boolean pva = y != null && y.promoted();
      boolean metB = vb == Verdict.MET;
      boolean metA = va == Verdict.MET;
      boolean relevant =
          metB != metA
              || (metB && metA && wb != wa)
              || eb != ea
              || pvb != pva
              || (vb != null && va != null && vb != va)
              || (c.before() == null && va == Verdict.PARTIAL)
              || (c.after() == null && vb == Verdict.PARTIAL);
      if (relevant) {
        rs.add(
            new VendorShift.Responsible(
                c, vb, va, wb, wa, eb, ea, pvb, pva, x == null ? Double.NaN : x.score(), y == null ? Double.NaN : y.score()));
      }
    }
    // the edits first, then unchanged requirements whose verdict drifted with the rest of the document
    List<VendorShift.Responsible> ordered = new ArrayList<>(rs.stream().filter(r -> !r.drift()).toList());
    ordered.addAll(rs.stream().filter(VendorShift.Responsible::drift).toList());
    rs = ordered;
    return new VendorShift(name, b, a, pb.exclusiveByVendor().getOrDefault(name, List.of()).size(), pa.exclusiveByVendor().getOrDefault(name, List.of()).size(), rs);
  }

  private static Map<String, RequirementMatch> byKey(Comparison c) {
    Map<String, RequirementMatch> m = new HashMap<>();
    for (RequirementMatch x : c.matches()) {
      m.put(key(x.requirement()), x);
    }
    return m;
  }

  private static Set<String> keys(PanelResult p, String vendor) {
    Set<String> ids = new HashSet<>(p.exclusiveByVendor().getOrDefault(vendor, List.of()));
    Set<String> out = new HashSet<>();
    for (Requirement r : p.requirements()) {
      if (ids.contains(r.id())) {
        out.add(key(r));
      }
    }
    return out;
  }

  /** The same requirement in two extractions of the same file: id, block and text. */
  static String key(Requirement r) {
    return r.id() + "\u0000" + r.location().block() + "\u0000" + r.fullText();
  }
}
