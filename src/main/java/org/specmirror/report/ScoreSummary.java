package org.specmirror.report;

import java.util.List;
import java.util.Locale;
import org.specmirror.match.Comparison;
import org.specmirror.score.PanelResult;

/** The verdict sentence of a panel, shared by every score format. */
public final class ScoreSummary {
  private ScoreSummary() {}

  public static String verdict(PanelResult p) {
    List<Comparison> cs = p.comparisons();
    int n = p.requirements().size();
    Comparison top = cs.get(0);
    String name = top.vendor().name();
    if (p.lead() == null) {
      return String.format(
          Locale.ROOT,
          "Only one vendor was scored (%s): coverage %.2f; a lean toward one vendor can only be shown against a panel.",
          name,
          top.coverage().value());
    }
    PanelResult.Lead l = p.lead();
    int excl = p.exclusiveByVendor().get(name).size();
    String stats =
        String.format(
            Locale.ROOT,
            "coverage %.2f against a panel median of %.2f (%d %% CI of the lead %.2f–%.2f, %s)",
            l.coverage(),
            l.panelMedian(),
            Math.round(p.options().confidence() * 100),
            l.ciLow(),
            l.ciHigh(),
            pValue(l.pValue(), p.options().permutations()));
    if (p.clearLead()) {
      return String.format(
          Locale.ROOT,
          "The draft leans toward %s: %d of %d normative requirements (%d %%) are met only by %s (%.1f expected from its coverage, %s); %s.",
          name,
          excl,
          n,
          Math.round(100.0 * excl / Math.max(1, n)),
          name,
          l.expectedExclusive(),
          pValue(l.exclusivePValue(), p.options().permutations()),
          stats);
    }
    if (l.ciLow() > 0 && l.pValue() < p.options().alpha()) {
      return String.format(
          Locale.ROOT,
          "No clear lean: %s has the most complete product (%s), but the %s only it meets %s no more than its coverage explains (%.1f expected, %s).",
          name,
          stats,
          l.exclusive() == 1 ? "1 requirement" : l.exclusive() + " requirements",
          l.exclusive() == 1 ? "is" : "are",
          l.expectedExclusive(),
          pValue(l.exclusivePValue(), p.options().permutations()));
    }
    return String.format(
        Locale.ROOT,
        "No clear lead: the top vendor, %s, has %s; %d of %d normative requirements are met by exactly one vendor.",
        name,
        stats,
        (int) p.exclusivity().numerator(),
        n);
  }

  /** "p = 0.012", or "p < 0.001" at the resolution of the permutation test. */
  public static String pValue(double p, int permutations) {
    double floor = 1.0 / (permutations + 1);
    if (p <= floor + 1e-15) {
      return String.format(Locale.ROOT, "p < %.3f", Math.max(0.001, Math.ceil(floor * 1000) / 1000.0));
    }
    return String.format(Locale.ROOT, "p = %.3f", p);
  }
}
