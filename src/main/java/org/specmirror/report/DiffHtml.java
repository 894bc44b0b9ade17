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
import org.specmirror.match.WordDiff;
import org.specmirror.model.Notice;
import org.specmirror.model.Requirement;

/**
 * The diff as one self-contained HTML page: inline CSS, no script, no external resource (a
 * Content-Security-Policy allows only the page's own style sheet). Every piece of document text is
 * escaped; word-level diffs are {@code <del>}/{@code <ins>}.
 */
public final class DiffHtml {

  private static final String CSS =
      "body{font:15px/1.45 system-ui,-apple-system,'Segoe UI',sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1d1d1f;background:#fff}"
          + "h1{font-size:1.5rem;margin:0 0 .3rem}h2{font-size:1.2rem;margin:2rem 0 .6rem}"
          + ".paths{color:#555;font-family:ui-monospace,monospace;font-size:.85rem}"
          + ".headline{font-weight:600;margin:1rem 0 .3rem}.meta{color:#666;font-size:.85rem}"
          + "table{border-collapse:collapse;width:100%;margin:.5rem 0}"
          + "th,td{border:1px solid #d0d0d5;padding:.35rem .5rem;vertical-align:top;text-align:left}"
          + "th{background:#f3f3f6;font-weight:600}td.id{white-space:nowrap;font-family:ui-monospace,monospace}"
          + "td.num{white-space:nowrap;text-align:right}"
          + "del{background:#fde2e1;color:#8a1c14;text-decoration:line-through}ins{background:#dff5e1;color:#0f5a1f;text-decoration:none}"
          + ".k{display:inline-block;border-radius:3px;padding:0 .35rem;margin:0 .2rem .1rem 0;font-size:.8rem;background:#eee}"
          + ".k-added{background:#dff5e1}.k-removed{background:#fde2e1}.k-changed{background:#fff2cc}"
          + ".k-modality{background:#e2e8ff}.k-moved,.k-renumbered{background:#eee}"
          + ".strengthened{color:#8a1c14;font-weight:600}.weakened{color:#0f5a1f;font-weight:600}.reversed{color:#6a1b9a;font-weight:600}"
          + ".lean{font-weight:600}ul{margin:.2rem 0;padding-left:1.2rem}.removed-text{color:#8a1c14}.added-text{color:#0f5a1f}"
          + "details{margin:.5rem 0}summary{cursor:pointer;color:#444}";

  private static final String CSP =
      "default-src 'none'; style-src '" + sha256(CSS) + "'; img-src 'none'; base-uri 'none'; form-action 'none'";

  public String render(DiffReport report) {
    StringBuilder b = new StringBuilder();
    RevisionDiff d = report.diff();
    String title = d == null ? "specmirror diff" : "Requirement changes: " + d.after().info().title();
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    b.append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP).append("\">\n");
    b.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    b.append("<meta name=\"referrer\" content=\"no-referrer\">\n");
    b.append("<title>").append(esc(title)).append("</title>\n");
    b.append("<style>").append(CSS).append("</style>\n</head>\n<body>\n");
    if (d == null) {
      b.append("<h1>specmirror diff</h1>\n<p>No diff could be made:</p>\n");
      notices(b, report);
      return b.append("</body>\n</html>\n").toString();
    }
    b.append("<h1>").append(esc(title)).append("</h1>\n");
    b.append("<div class=\"paths\">").append(esc(d.before().info().path())).append(" \u2192 ").append(esc(d.after().info().path())).append("</div>\n");
    b.append("<p class=\"headline\">").append(esc(DiffSummary.headline(d))).append("</p>\n");
    b.append("<p class=\"meta\">").append(esc(String.format(
        Locale.ROOT,
        "Matching: %s. Requirements with different text are paired by content from a calibrated score of %.2f (%.2f when both carry the same id); the id alone never pairs.",
        DiffSummary.matching(d), RevisionDiffer.THRESHOLD, RevisionDiffer.SAME_ID_THRESHOLD))).append("</p>\n");
    if (!d.edits().isEmpty()) {
      b.append("<h2>Changes</h2>\n<table>\n<thead><tr><th>Id</th><th>Modality</th><th>Clause</th><th>Change</th><th>Text</th></tr></thead>\n<tbody>\n");
      for (RequirementChange c : d.edits()) {
        row(b, c);
      }
      b.append("</tbody>\n</table>\n");
    }
    long same = d.unchanged();
    if (same > 0) {
      b.append("<details><summary>").append(same).append(" unchanged requirements</summary><p>");
      boolean first = true;
      for (RequirementChange c : d.changes()) {
        if (c.unchanged()) {
          b.append(first ? "" : ", ").append(esc(c.current().id()));
          first = false;
        }
      }
      b.append("</p></details>\n");
    }
    if (report.panel() != null) {
      panel(b, report.panel());
    }
    if (!report.notices().isEmpty()) {
      b.append("<h2>Notices</h2>\n");
      notices(b, report);
    }
    return b.append("</body>\n</html>\n").toString();
  }

  private static void row(StringBuilder b, RequirementChange c) {
    Requirement r = c.current();
    b.append("<tr><td class=\"id\">").append(esc(c.label())).append("</td><td>");
    if (c.modality() != null) {
      b.append(esc(c.modality().describe())).append(" <span class=\"").append(c.modality().direction().label()).append("\">")
          .append(c.modality().direction().label()).append("</span>");
    } else {
      b.append(esc(ModalityChange.label(r.modality())));
    }
    b.append("</td><td>").append(esc(DiffSummary.clause(r))).append("</td><td>");
    for (Kind k : c.orderedKinds()) {
      b.append("<span class=\"k k-").append(k.label()).append("\">").append(k.label()).append("</span>");
    }
    b.append("<br>").append(esc(DiffSummary.kinds(c))).append("</td><td>");
    if (c.has(Kind.REMOVED)) {
      b.append("<del>").append(esc(r.fullText())).append("</del>");
    } else if (c.has(Kind.ADDED)) {
      b.append("<ins>").append(esc(r.fullText())).append("</ins>");
    } else if (c.diff().isEmpty()) {
      b.append(esc(r.fullText()));
    } else {
      for (WordDiff.Segment s : c.diff()) {
        switch (s.op()) {
          case EQUAL -> b.append(esc(s.text()));
          case DELETE -> b.append("<del>").append(esc(s.text())).append("</del>");
          case INSERT -> b.append("<ins>").append(esc(s.text())).append("</ins>");
        }
      }
    }
    b.append("</td></tr>\n");
  }

  private static void panel(StringBuilder b, PanelDiff p) {
    b.append("<h2>Vendors</h2>\n<p class=\"lean\">").append(esc(DiffSummary.lean(p))).append("</p>\n");
    b.append("<ul><li>Before: ").append(esc(ScoreSummary.verdict(p.before()))).append("</li><li>After: ")
        .append(esc(ScoreSummary.verdict(p.after()))).append("</li></ul>\n");
    b.append("<table>\n<thead><tr><th>Vendor</th><th>Coverage</th><th>Mirror</th><th>Only this vendor</th><th>Promoted</th><th>Requirements responsible</th></tr></thead>\n<tbody>\n");
    for (VendorShift v : p.vendors()) {
      b.append("<tr><td>").append(esc(v.name())).append("</td>");
      b.append("<td class=\"num\">").append(esc(String.format(Locale.ROOT, "%.2f \u2192 %.2f (%s)", v.before().coverage().value(), v.after().coverage().value(), DiffSummary.signed(v.coverageChange())))).append("</td>");
      b.append("<td class=\"num\">").append(esc(String.format(Locale.ROOT, "%.2f \u2192 %.2f (%s)", v.before().mirror().value(), v.after().mirror().value(), DiffSummary.signed(v.mirrorChange())))).append("</td>");
      b.append("<td class=\"num\">").append(esc(String.format(Locale.ROOT, "%d \u2192 %d (%s)", v.exclusiveBefore(), v.exclusiveAfter(), DiffSummary.signed(v.exclusiveChange())))).append("</td>");
      b.append("<td class=\"num\">").append(esc(String.format(Locale.ROOT, "%d \u2192 %d (%s)", v.before().promoted(), v.after().promoted(), DiffSummary.signed(v.promotedChange())))).append("</td><td>");
      if (v.responsible().isEmpty()) {
        b.append("\u2014");
      } else {
        b.append("<ul>");
        for (VendorShift.Responsible r : v.responsible()) {
          b.append("<li><span class=\"id\">").append(esc(r.change().label())).append("</span>: ").append(esc(String.join("; ", DiffSummary.reasons(r)))).append("</li>");
        }
        b.append("</ul>");
      }
      b.append("</td></tr>\n");
    }
    b.append("</tbody>\n</table>\n");
  }

  private static void notices(StringBuilder b, DiffReport report) {
    b.append("<ul>\n");
    for (Notice n : report.notices()) {
      b.append("<li>").append(esc(n.describe())).append("</li>\n");
    }
    b.append("</ul>\n");
  }

  private static String esc(String s) {
    return ScoreHtml.esc(s);
  }

  private static String sha256(String s) {
    return ScoreHtml.sha256(s);
  }
}
