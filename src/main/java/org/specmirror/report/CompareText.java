package org.specmirror.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.specmirror.app.CompareReport;
import org.specmirror.match.Comparison;
import org.specmirror.match.Evidence;
import org.specmirror.match.RequirementMatch;
import org.specmirror.match.Support;
import org.specmirror.match.Verdict;

/**
 * The terminal view of {@code compare}: the verdict, the figures, then per clause one entry per
 * requirement (id, modality, verdict, score, relationship), the best vendor statement with its
 * location, the word-level diff and the distinctive evidence. Colour only when {@link Ansi} is on;
 * without colour the diff is marked {@code [-deleted-]} and {@code {+inserted+}}.
 */
public final class CompareText {
  private final int width;
  private final Ansi ansi;

  public CompareText(int width, Ansi ansi) {
    this.width = Math.max(60, width);
    this.ansi = ansi;
  }

  public String render(CompareReport report) {
    Comparison c = report.comparison();
    StringBuilder b = new StringBuilder();
    if (c == null) {
      b.append("No comparison: see the messages above.\n");
      return b.toString();
    }
    b.append(ansi.bold(TerminalText.wrap(CompareSummary.verdict(c), 0, width))).append("\n\n");
    b.append("  standard  ").append(c.standard().info().path()).append(" — ").append(c.standard().info().title()).append('\n');
    b.append("  vendor    ").append(c.vendor().primary().info().path()).append(" — ").append(c.vendor().primary().info().title()).append('\n');
    b.append(String.format(Locale.ROOT, "  coverage %.2f   mirror %.2f   distinctiveness %.2f   reverse coverage %.2f (%d of %d vendor statements)%n",
        c.coverage().value(), c.mirror().value(), c.distinctiveness().value(), c.reverseCoverage().value(),
        (int) c.reverseCoverage().numerator(), (int) c.reverseCoverage().denominator()));
    b.append(String.format(Locale.ROOT, "  %d met, %d partial, %d not met, %d promoted options; matching: %s%n",
        c.count(Verdict.MET), c.count(Verdict.PARTIAL), c.count(Verdict.NOT_MET), c.promoted(),
        c.semantic() ? "lexical + semantic" : "lexical only"));
    String clause = null;
    for (RequirementMatch m : c.matches()) {
      String cl = m.requirement().clause();
      if (!cl.equals(clause)) {
        clause = cl;
        b.append('\n').append(ansi.bold(cl.isEmpty() ? "(no clause)" : cl)).append('\n');
      }
      entry(b, m);
    }
    return b.toString();
  }

  private void entry(StringBuilder b, RequirementMatch m) {
    String verdict = switch (m.verdict()) {
      case MET -> ansi.red(TerminalText.pad("MET", 8));
      case PARTIAL -> ansi.yellow(TerminalText.pad("PARTIAL", 8));
      case NOT_MET -> ansi.dim(TerminalText.pad("NOT MET", 8));
    };
    b.append("  ").append(ansi.bold(TerminalText.pad(m.requirement().id(), 10))).append(' ')
        .append(ansi.modality(m.requirement().modality(), TerminalText.pad(m.requirement().modality().name(), 10))).append(' ')
        .append(verdict).append(' ')
        .append(Decimals.f2(m.score()));
    if (m.verdict() != Verdict.NOT_MET) {
      b.append("  ").append(m.relationship().label()).append(" (").append(m.rationale().label()).append(')');
    }
    if (m.promoted()) {
      b.append("  ").append(ansi.yellow("PROMOTED: vendor option made mandatory"));
    }
    b.append('\n');
    b.append(TerminalText.wrap(m.requirement().fullText(), 6, width)).append('\n');
    List<Support> shown = m.support().isEmpty() && m.nearest() != null ? List.of(m.nearest()) : m.support();
    for (Support s : shown) {
      String where = CompareSummary.where(s.statement().location());
      String head = (m.support().isEmpty() ? "nearest" : "vendor") + " " + s.statement().id() + (where.isEmpty() ? "" : " " + where)
          + String.format(Locale.ROOT, " (%.2f)", s.score()) + ": ";
      b.append(TerminalText.wrap(head + TerminalText.diff(s.diff(), ansi), 6, width)).append('\n');
    }
    List<String> ev = new ArrayList<>();
    for (Evidence e : m.evidence()) {
      if (e.distinctive()) {
        ev.add(e.text() + " (" + e.kind().label() + String.format(Locale.ROOT, ", rarity %.2f)", e.rarity()));
      }
    }
    if (!ev.isEmpty() && m.verdict() != Verdict.NOT_MET) {
      b.append(TerminalText.wrap("distinctive: " + String.join(", ", ev), 6, width)).append('\n');
    }
  }

      /** Wraps at word boundaries to the width, indenting every line (escape sequences count as zero width). */
    }
