package org.specmirror.report;

import java.util.List;
import java.util.Locale;
import org.specmirror.match.Comparison;
import org.specmirror.match.Verdict;
import org.specmirror.model.Notice;
import org.specmirror.score.PanelResult;

/** Markdown summary of a panel, sized for a review or pull-request comment; all document text escaped. */
public final class ScoreMarkdown {

  public String render(PanelResult p, List<Notice> notices) {
    StringBuilder b = new StringBuilder();
    b.append("# ").append(CompareMarkdown.esc(p.standard().info().title())).append(" — vendor panel\n\n");
    b.append("**").append(CompareMarkdown.esc(ScoreSummary.verdict(p))).append("**\n\n");
    b.append(String.format(Locale.ROOT, "Exclusivity %.2f · neutrality %s · met by no vendor: %d\n\n",
        p.exclusivity().value(), p.neutrality() == null ? "n/a" : Decimals.f2(p.neutrality()), p.unmet().size()));
    b.append("| Rank | Vendor | Coverage | Mirror | Distinctiveness | Reverse coverage | Promoted | Only this vendor |\n");
    b.append("|---|---|---|---|---|---|---|---|\n");
    int rank = 1;
    for (Comparison c : p.comparisons()) {
      List<String> ex = p.exclusiveByVendor().get(c.vendor().name());
      b.append(String.format(Locale.ROOT, "| %d | %s | %.2f | %.2f | %.2f | %.2f | %d | %d%s |\n", rank++, CompareMarkdown.esc(c.vendor().name()),
          c.coverage().value(), c.mirror().value(), c.distinctiveness().value(), c.reverseCoverage().value(), c.promoted(), ex.size(),
          ex.isEmpty() ? "" : " (" + CompareMarkdown.esc(String.join(", ", ex)) + ")"));
    }
    b.append("\n| Requirement | Modality |");
    for (Comparison c : p.comparisons()) {
      b.append(' ').append(CompareMarkdown.esc(c.vendor().name())).append(" |");
    }
    b.append(" Met by |\n|---|---|");
    b.append("---|".repeat(p.comparisons().size())).append("---|\n");
    for (int r = 0; r < p.requirements().size(); r++) {
      b.append("| ").append(CompareMarkdown.esc(p.requirements().get(r).id())).append(" | ").append(p.requirements().get(r).modality().name()).append(" |");
      for (Comparison c : p.comparisons()) {
        var m = c.matches().get(r);
        String v = m.verdict() == Verdict.MET ? "✔" : m.verdict() == Verdict.PARTIAL ? "◐" : "–";
        b.append(' ').append(v).append(String.format(Locale.ROOT, " %.2f", m.score())).append(m.promoted() ? " (promoted)" : "").append(" |");
      }
      int k = p.metBy().get(r).size();
      b.append(' ').append(k == 0 ? "nobody" : k == 1 && p.comparisons().size() > 1 ? "**only " + CompareMarkdown.esc(p.metBy().get(r).get(0)) + "**" : k + "").append(" |\n");
    }
    List<Notice> errors = notices.stream().filter(n -> n.severity() == Notice.Severity.ERROR).toList();
    if (!errors.isEmpty()) {
      b.append("\nDocuments that could not be used:\n\n");
      for (Notice n : errors) {
        b.append("- ").append(CompareMarkdown.esc(n.describe())).append('\n');
      }
    }
    return b.toString();
  }
}
