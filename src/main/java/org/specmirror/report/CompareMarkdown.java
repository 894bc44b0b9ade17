package org.specmirror.report;

import java.util.Locale;
import org.specmirror.app.CompareReport;
import org.specmirror.match.Comparison;
import org.specmirror.match.Evidence;
import org.specmirror.match.RequirementMatch;
import org.specmirror.match.Support;
import org.specmirror.match.Verdict;
import org.specmirror.match.WordDiff;

/**
 * Markdown for review comments: the verdict, the figures, and one table per clause. In the diff,
 * words only in the requirement are struck through and words only in the vendor statement bold.
 * All document text is escaped so that it cannot break the table or inject markup.
 */
public final class CompareMarkdown {

  public String render(CompareReport report) {
    Comparison c = report.comparison();
    StringBuilder b = new StringBuilder();
    if (c == null) {
      b.append("# specmirror compare\n\nNo comparison could be made:\n\n");
      report.notices().forEach(n -> b.append("- ").append(esc(n.describe())).append('\n'));
      return b.toString();
    }
    b.append("# ").append(esc(c.standard().info().title())).append(" vs ").append(esc(CompareSummary.vendor(c))).append("\n\n");
    b.append("**").append(esc(CompareSummary.verdict(c))).append("**\n\n");
    b.append("| Figure | Value | Basis |\n|---|---|---|\n");
    b.append(row("Coverage", c.coverage().value(), String.format(Locale.ROOT, "%.1f of %.1f modality-weighted requirements met", c.coverage().numerator(), c.coverage().denominator())));
    b.append(row("Mirror score", c.mirror().value(), "mean best-match score over " + c.matches().size() + " normative requirements"));
    b.append(row("Distinctiveness", c.distinctiveness().value(), "share of shared evidence carried by rare terms, names and constants"));
    b.append(row("Reverse coverage", c.reverseCoverage().value(), String.format(Locale.ROOT, "%d of %d vendor statements support a requirement", (int) c.reverseCoverage().numerator(), (int) c.reverseCoverage().denominator())));
    b.append('\n');
    b.append("Standard: `").append(esc(c.standard().info().path())).append("` · vendor: `").append(esc(c.vendor().primary().info().path()))
        .append("` · matching: ").append(c.semantic() ? "lexical + semantic" : "lexical only").append("\n");
    String clause = null;
    for (RequirementMatch m : c.matches()) {
      String cl = m.requirement().clause();
      if (!cl.equals(clause)) {
        clause = cl;
        b.append("\n## ").append(esc(cl.isEmpty() ? "(no clause)" : cl)).append("\n\n");
        b.append("| Id | Modality | Verdict | Score | Vendor statement | Diff (~~requirement only~~ **vendor only**) | Distinctive evidence |\n");
        b.append("|---|---|---|---|---|---|---|\n");
      }
      b.append(entry(m));
    }
    return b.toString();
  }

  private static String row(String name, double v, String basis) {
    return "| " + name + " | " + Decimals.f2(v) + " | " + esc(basis) + " |\n";
  }

  private static String entry(RequirementMatch m) {
    Support s = m.support().isEmpty() ? m.nearest() : m.support().get(0);
    String verdict = CompareSummary.verdictLabel(m.verdict()) + (m.promoted() ? " (promoted option)" : "");
    String vendor = "";
    String diff = "";
    if (s != null) {
      String where = CompareSummary.where(s.statement().location());
      vendor = (m.verdict() == Verdict.NOT_MET ? "nearest: " : "") + esc(s.statement().fullText()) + (where.isEmpty() ? "" : " (" + where + ")");
      diff = diff(s);
      if (m.support().size() > 1) {
        vendor += " + " + (m.support().size() - 1) + " more";
      }
    }
    StringBuilder ev = new StringBuilder();
    if (m.verdict() != Verdict.NOT_MET) {
      for (Evidence e : m.evidence()) {
        if (e.distinctive()) {
          if (ev.length() > 0) {
            ev.append(", ");
          }
          ev.append('`').append(e.text().replace("`", "'")).append('`').append(String.format(Locale.ROOT, " %.2f", e.rarity()));
        }
      }
    }
    return "| " + esc(m.requirement().id()) + " | " + m.requirement().modality().name() + " | " + verdict + " | "
        + Decimals.f2(m.score()) + " | " + vendor + " | " + diff + " | " + ev + " |\n";
  }

  private static String diff(Support s) {
    return diff(s.diff());
  }

  /** A word diff in Markdown: ~~only in the requirement~~, **only in the other text**; escaped. */
  static String diff(java.util.List<WordDiff.Segment> segments) {
    StringBuilder b = new StringBuilder();
    for (WordDiff.Segment seg : segments) {
      String t = esc(seg.text());
      if (t.isBlank()) {
        b.append(t);
        continue;
      }
      String lead = t.startsWith(" ") ? " " : "";
      String trail = t.endsWith(" ") ? " " : "";
      String core = t.strip();
      switch (seg.op()) {
        case EQUAL -> b.append(t);
        case DELETE -> b.append(lead).append("~~").append(core).append("~~").append(trail);
        case INSERT -> b.append(lead).append("**").append(core).append("**").append(trail);
      }
    }
    return b.toString();
  }

  /** Escapes Markdown and HTML specials, and newlines, for table cells. */
  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char ch : s.toCharArray()) {
      switch (ch) {
        case '|' -> b.append("\\|");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '*', '_', '`', '[', ']', '~', '\\', '#' -> b.append('\\').append(ch);
        case '\n', '\r' -> b.append(' ');
        default -> b.append(ch);
      }
    }
    return b.toString();
  }
}
