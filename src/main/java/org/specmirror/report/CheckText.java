package org.specmirror.report;

import org.specmirror.check.Checker;
import org.specmirror.check.Finding;
import org.specmirror.match.Evidence;

/** The terminal view of {@code check}: one line per finding (location, level, rule, message), then its evidence. */
public final class CheckText {
  private final Ansi ansi;

  public CheckText(Ansi ansi) {
    this.ansi = ansi;
  }

  public String render(Checker.Result r) {
    StringBuilder b = new StringBuilder();
    for (Finding f : r.findings()) {
      String level = CheckJson.level(f);
      String lv = f.failing() ? ansi.red(level) : f.baseline() ? ansi.dim(level) : ansi.yellow(level);
      b.append(CheckJson.where(r, f)).append(": ").append(lv).append(' ').append(ansi.bold(f.rule().name())).append(' ').append(f.message()).append('\n');
      if (f.statement() != null) {
        b.append("    vendor statement (").append(f.statement().document()).append("): ").append(f.statement().statement().fullText()).append('\n');
      }
      if (!f.evidence().isEmpty()) {
        b.append("    evidence:");
        for (Evidence e : f.evidence()) {
          b.append(' ').append(e.text()).append(" (").append(e.kind().label()).append(String.format(java.util.Locale.ROOT, ", rarity %.2f)", e.rarity()));
        }
        b.append('\n');
      }
      if (!f.related().isEmpty()) {
        b.append("    requirements: ").append(String.join(", ", f.related())).append('\n');
      }
      b.append("    ").append(ansi.dim("suggestion: " + f.rule().suggestion())).append('\n');
    }
    if (!r.findings().isEmpty()) {
      b.append('\n');
    }
    b.append(ScoreSummary.verdict(r.panel())).append('\n');
    String s = CheckJson.summary(r);
    b.append(r.failing() > 0 ? ansi.red(ansi.bold(s)) : ansi.bold(s)).append('\n');
    return b.toString();
  }
}
