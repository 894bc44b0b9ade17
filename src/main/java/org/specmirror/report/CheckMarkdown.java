package org.specmirror.report;

import org.specmirror.check.Checker;
import org.specmirror.check.Finding;
import org.specmirror.match.Evidence;

/** A summary of {@code check} that fits a pull-request comment; document text escaped. */
public final class CheckMarkdown {

  public String render(Checker.Result r) {
    StringBuilder b = new StringBuilder();
    b.append("### specmirror check — ").append(r.failing() > 0 ? "❌ " : "✅ ").append(CompareMarkdown.esc(CheckJson.summary(r))).append("\n\n");
    b.append(CompareMarkdown.esc(ScoreSummary.verdict(r.panel()))).append("\n\n");
    if (r.findings().isEmpty()) {
      return b.toString();
    }
    long known = r.findings().stream().filter(Finding::baseline).count();
    if (known == r.findings().size()) {
      b.append("All ").append(known).append(" findings are already in the baseline.\n");
      return b.toString();
    }
    b.append("| Rule | Level | Where | Vendor | Finding | Evidence |\n|---|---|---|---|---|---|\n");
    for (Finding f : r.findings()) {
      if (f.baseline()) {
        continue; // already accepted: counted below, not repeated
      }
      StringBuilder ev = new StringBuilder();
      for (Evidence e : f.evidence()) {
        if (ev.length() > 0) {
          ev.append(", ");
        }
        ev.append('`').append(e.text().replace("`", "'").replace("|", "\\|")).append('`');
      }
      b.append("| ").append(f.rule().name()).append(" | ").append(CheckJson.level(f)).append(" | ").append(CompareMarkdown.esc(CheckJson.where(r, f)))
          .append(" | ").append(f.vendor() == null ? "" : CompareMarkdown.esc(f.vendor())).append(" | ").append(CompareMarkdown.esc(f.message()))
          .append(" | ").append(ev).append(" |\n");
    }
    if (known > 0) {
      b.append("\n").append(known).append(known == 1 ? " finding" : " findings").append(" already in the baseline are not listed.\n");
    }
    b.append("\n<details><summary>Suggested directions</summary>\n\n");
    for (org.specmirror.check.Rule rule : org.specmirror.check.Rule.values()) {
      b.append("- **").append(rule.name()).append("** ").append(rule.title()).append(": ").append(rule.suggestion()).append('\n');
    }
    b.append("\n</details>\n");
    return b.toString();
  }
}
