package org.specmirror.report;

import java.util.Locale;
import org.specmirror.diff.DiffReport;
import org.specmirror.diff.PanelDiff;
import org.specmirror.diff.RequirementChange;
import org.specmirror.diff.RequirementChange.Kind;
import org.specmirror.diff.RevisionDiff;
import org.specmirror.diff.RevisionDiffer;
import org.specmirror.diff.VendorShift;
import org.specmirror.model.Requirement;

/**
 * The diff for a terminal: the headline, then every requirement that changed (added {@code +},
 * removed {@code -}, otherwise {@code ~}) with its word-level diff, then the vendors' figures.
 * Colour only when {@link Ansi} is on; without colour the diff is marked {@code [-deleted-]} and
 * {@code {+inserted+}}.
 */
public final class DiffText {
  private final int width;
  private final Ansi ansi;

  public DiffText(int width, Ansi ansi) {
    this.width = Math.max(60, width);
    this.ansi = ansi;
  }

  public String render(DiffReport report) {
    RevisionDiff d = report.diff();
    StringBuilder b = new StringBuilder();
    if (d == null) {
      b.append("No diff could be made:\n");
      report.notices().forEach(n -> b.append("  ").append(n.describe()).append('\n'));
      return b.toString();
    }
    b.append(d.before().info().path()).append(" \u2192 ").append(d.after().info().path()).append('\n');
    b.append(ansi.bold(TerminalText.wrap(DiffSummary.headline(d), 0, width))).append('\n');
    b.append(ansi.dim(String.format(
        Locale.ROOT,
        "  matching: %s; pairs by content from score %.2f (%.2f with the same id)",
        DiffSummary.matching(d), RevisionDiffer.THRESHOLD, RevisionDiffer.SAME_ID_THRESHOLD))).append("\n");
    for (RequirementChange c : d.edits()) {
      b.append('\n').append(entry(c));
    }
    if (report.panel() != null) {
      b.append('\n').append(panel(report.panel()));
    }
    return b.toString();
  }

  private String entry(RequirementChange c) {
    StringBuilder b = new StringBuilder();
    String mark = c.has(Kind.ADDED) ? ansi.green("+") : c.has(Kind.REMOVED) ? ansi.red("-") : ansi.yellow("~");
    Requirement r = c.current();
    String modality = c.modality() != null ? c.modality().describe() : org.specmirror.diff.ModalityChange.label(r.modality());
    String where = CompareSummary.where(r.location());
    b.append(mark).append(' ').append(ansi.bold(TerminalText.pad(c.label(), 8))).append("  ").append(ansi.modality(r.modality(), TerminalText.pad(modality, 10)))
        .append("  ").append(DiffSummary.clause(r)).append(where.isEmpty() ? "" : ", " + where).append('\n');
    b.append(TerminalText.wrap(DiffSummary.kinds(c), 4, width)).append('\n');
    if (c.diff().isEmpty()) {
      b.append(ansi.dim(TerminalText.wrap(r.fullText(), 4, width))).append('\n');
    } else {
      b.append(TerminalText.wrap(TerminalText.diff(c.diff(), ansi), 4, width)).append('\n');
    }
    return b.toString();
  }

  private String panel(PanelDiff p) {
    StringBuilder b = new StringBuilder();
    b.append(ansi.bold(TerminalText.wrap("Vendors: " + DiffSummary.lean(p), 0, width))).append('\n');
    b.append(TerminalText.wrap("before: " + ScoreSummary.verdict(p.before()), 2, width)).append('\n');
    b.append(TerminalText.wrap("after:  " + ScoreSummary.verdict(p.after()), 2, width)).append('\n');
    for (VendorShift v : p.vendors()) {
      b.append('\n').append(ansi.bold(v.name())).append('\n');
      b.append(TerminalText.wrap(DiffSummary.figures(v), 2, width)).append('\n');
      for (VendorShift.Responsible r : v.responsible()) {
        b.append(TerminalText.wrap(TerminalText.pad(r.change().label(), 8) + "  " + String.join("; ", DiffSummary.reasons(r)), 4, width)).append('\n');
      }
    }
    return b.toString();
  }

      /** Wraps at spaces to the width, indenting every line (escape sequences count as zero width). */
  }
