package org.specmirror.report;

import java.util.Locale;
import org.specmirror.diff.DiffReport;
import org.specmirror.diff.ModalityChange;
import org.specmirror.diff.PanelDiff;
import org.specmirror.diff.RequirementChange;
import org.specmirror.diff.RequirementChange.Kind;
import org.specmirror.diff.RevisionDiff;
import org.specmirror.diff.RevisionDiffer;
import org.specmirror.diff.VendorShift;
import org.specmirror.model.Requirement;

/**
 * Markdown for a pull-request comment: the headline, a table of the requirements that changed with
 * their word-level diff (~~old only~~ **new only**), and the vendors' figures. All document text is
 * escaped so that it cannot break the table or inject markup.
 */
public final class DiffMarkdown {

  public String render(DiffReport report) {
    RevisionDiff d = report.diff();
    StringBuilder b = new StringBuilder();
    if (d == null) {
      b.append("# specmirror diff\n\nNo diff could be made:\n\n");
      report.notices().forEach(n -> b.append("- ").append(CompareMarkdown.esc(n.describe())).append('\n'));
      return b.toString();
    }
    b.append("# ").append(esc(d.after().info().title())).append(": requirement changes\n\n");
    b.append("`").append(esc(d.before().info().path())).append("` \u2192 `").append(esc(d.after().info().path())).append("`\n\n");
    b.append("**").append(esc(DiffSummary.headline(d))).append("**\n\n");
    if (!d.edits().isEmpty()) {
      b.append("| Id | Modality | Clause | Change | Text (~~old only~~ **new only**) |\n|---|---|---|---|---|\n");
      for (RequirementChange c : d.edits()) {
        Requirement r = c.current();
        String modality = c.modality() != null ? c.modality().describe() : ModalityChange.label(r.modality());
        String text = c.diff().isEmpty() ? esc(r.fullText()) : diff(c);
        if (c.has(Kind.REMOVED)) {
          text = "~~" + esc(r.fullText()).strip() + "~~";
        } else if (c.has(Kind.ADDED)) {
          text = "**" + esc(r.fullText()).strip() + "**";
        }
        b.append("| ").append(esc(c.label())).append(" | ").append(esc(modality)).append(" | ").append(esc(DiffSummary.clause(r)))
            .append(" | ").append(esc(DiffSummary.kinds(c))).append(" | ").append(text).append(" |\n");
      }
      b.append('\n');
    }
    b.append(String.format(
        Locale.ROOT,
        "Matching: %s; requirements with different text are paired by content from a score of %.2f (%.2f when both carry the same id).\n",
        DiffSummary.matching(d), RevisionDiffer.THRESHOLD, RevisionDiffer.SAME_ID_THRESHOLD));
    if (report.panel() != null) {
      b.append('\n').append(panel(report.panel()));
    }
    if (!report.notices().isEmpty()) {
      b.append("\n## Notices\n\n");
      report.notices().forEach(n -> b.append("- ").append(esc(n.describe())).append('\n'));
    }
    return b.toString();
  }

  private static String panel(PanelDiff p) {
    StringBuilder b = new StringBuilder();
    b.append("## Vendors\n\n**").append(esc(DiffSummary.lean(p))).append("**\n\n");
    b.append("- Before: ").append(esc(ScoreSummary.verdict(p.before()))).append('\n');
    b.append("- After: ").append(esc(ScoreSummary.verdict(p.after()))).append("\n\n");
    b.append("| Vendor | Coverage | Mirror | Only this vendor | Promoted | Requirements responsible |\n|---|---|---|---|---|---|\n");
    for (VendorShift v : p.vendors()) {
      StringBuilder resp = new StringBuilder();
      for (VendorShift.Responsible r : v.responsible()) {
        if (resp.length() > 0) {
          resp.append("<br>");
        }
        resp.append(esc(r.change().label())).append(": ").append(esc(String.join("; ", DiffSummary.reasons(r))));
      }
      b.append("| ").append(esc(v.name()))
          .append(String.format(Locale.ROOT, " | %.2f \u2192 %.2f (%s)", v.before().coverage().value(), v.after().coverage().value(), DiffSummary.signed(v.coverageChange())))
          .append(String.format(Locale.ROOT, " | %.2f \u2192 %.2f (%s)", v.before().mirror().value(), v.after().mirror().value(), DiffSummary.signed(v.mirrorChange())))
          .append(String.format(Locale.ROOT, " | %d \u2192 %d (%s)", v.exclusiveBefore(), v.exclusiveAfter(), DiffSummary.signed(v.exclusiveChange())))
          .append(String.format(Locale.ROOT, " | %d \u2192 %d (%s)", v.before().promoted(), v.after().promoted(), DiffSummary.signed(v.promotedChange())))
          .append(" | ").append(resp).append(" |\n");
    }
    return b.toString();
  }

  private static String diff(RequirementChange c) {
    return CompareMarkdown.diff(c.diff());
  }


  private static String esc(String s) {
    return CompareMarkdown.esc(s);
  }
}
