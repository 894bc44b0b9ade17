package org.specmirror.report;

import java.util.List;
import java.util.Locale;
import org.specmirror.match.Comparison;
import org.specmirror.match.Verdict;
import org.specmirror.score.PanelResult;

/**
 * The terminal view of {@code score}: the verdict, the panel figures, the vendor ranking, then the
 * requirement × vendor matrix ({@code ●} met, {@code ◐} partial, {@code ·} not met; {@code P}
 * promoted option, {@code !} met by this vendor only).
 */
public final class ScoreText {
  private final Ansi ansi;

  public ScoreText(Ansi ansi) {
    this.ansi = ansi;
  }

  public String render(PanelResult p) {
    StringBuilder b = new StringBuilder();
    b.append(ansi.bold(ScoreSummary.verdict(p))).append("\n\n");
    b.append("  standard  ").append(p.standard().info().path()).append(" — ").append(p.standard().info().title()).append('\n');
    b.append(String.format(Locale.ROOT, "  exclusivity %.2f (%d of %d requirements met by exactly one vendor)",
        p.exclusivity().value(), (int) p.exclusivity().numerator(), (int) p.exclusivity().denominator()));
    if (p.neutrality() != null) {
      b.append(String.format(Locale.ROOT, "   neutrality %.2f", p.neutrality()));
    }
    b.append(String.format(Locale.ROOT, "   met by no vendor: %d%n", p.unmet().size()));
    if (p.lead() != null) {
      PanelResult.Lead l = p.lead();
      b.append(String.format(Locale.ROOT, "  lead of %s: %.2f (coverage %.2f, panel median %.2f; %d %% CI %.2f–%.2f; %s)%n",
          l.vendor(), l.value(), l.coverage(), l.panelMedian(), Math.round(p.options().confidence() * 100), l.ciLow(), l.ciHigh(),
          ScoreSummary.pValue(l.pValue(), p.options().permutations())));
    }
    b.append('\n');
    int w = 6;
    for (Comparison c : p.comparisons()) {
      w = Math.max(w, c.vendor().name().length());
    }
    w = Math.min(w, 40);
    b.append(String.format(Locale.ROOT, "  %-4s %-" + w + "s %8s %7s %8s %8s %9s %9s%n", "rank", "vendor", "coverage", "mirror", "distinct", "reverse", "promoted", "exclusive"));
    int rank = 1;
    for (Comparison c : p.comparisons()) {
      String name = cut(c.vendor().name(), w);
      String line = String.format(Locale.ROOT, "  %-4d %-" + w + "s %8.2f %7.2f %8.2f %8.2f %9d %9d%n", rank++, name,
          c.coverage().value(), c.mirror().value(), c.distinctiveness().value(), c.reverseCoverage().value(), c.promoted(),
          p.exclusiveByVendor().get(c.vendor().name()).size());
      b.append(rank == 2 && p.clearLead() ? ansi.red(line) : line);
    }
    b.append("\n  ").append(String.format(Locale.ROOT, "%-10s %-10s ", "id", "modality"));
    for (int v = 0; v < p.comparisons().size(); v++) {
      b.append(String.format(Locale.ROOT, "%-3s", "V" + (v + 1)));
    }
    b.append(" met by\n");
    String clause = null;
    for (int r = 0; r < p.requirements().size(); r++) {
      String cl = p.requirements().get(r).clause();
      if (!cl.equals(clause)) {
        clause = cl;
        b.append("  ").append(ansi.dim(cl.isEmpty() ? "(no clause)" : cl)).append('\n');
      }
      b.append("  ").append(String.format(Locale.ROOT, "%-10s %-10s ", p.requirements().get(r).id(), p.requirements().get(r).modality().name()));
      List<String> metBy = p.metBy().get(r);
      for (Comparison c : p.comparisons()) {
        var m = c.matches().get(r);
        String mark = m.verdict() == Verdict.MET ? "●" : m.verdict() == Verdict.PARTIAL ? "◐" : "·";
        String flag = m.promoted() ? "P" : (m.verdict() == Verdict.MET && metBy.size() == 1 && p.comparisons().size() > 1 ? "!" : " ");
        String cell = mark + flag + " ";
        b.append(m.verdict() == Verdict.MET ? ansi.red(cell) : cell);
      }
      b.append(metBy.isEmpty() ? ansi.yellow("nobody") : metBy.size() + "").append('\n');
    }
    b.append('\n');
    for (int v = 0; v < p.comparisons().size(); v++) {
      b.append("  V").append(v + 1).append(" = ").append(p.comparisons().get(v).vendor().name()).append('\n');
    }
    b.append("  ● met  ◐ partial  · not met  P vendor option made mandatory  ! met by this vendor only\n");
    return b.toString();
  }

  private static String cut(String s, int w) {
    return s.length() <= w ? s : s.substring(0, w - 1) + "…";
  }
}
