package org.specmirror.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.specmirror.app.ExtractReport;
import org.specmirror.model.ExtractedDocument;
import org.specmirror.model.Modality;
import org.specmirror.model.Notice;
import org.specmirror.model.Requirement;

/** The terminal view: one header per document, then a table of its statements. */
public final class ExtractTable implements ExtractRenderer {
  private final int width;
  private final boolean explain;
  private final Ansi ansi;

  public ExtractTable(int width, boolean explain, Ansi ansi) {
    this.width = Math.max(60, width);
    this.explain = explain;
    this.ansi = ansi;
  }

  @Override
  public void render(ExtractReport report, Writer out) throws IOException {
    boolean first = true;
    for (ExtractedDocument d : report.documents()) {
      if (!first) {
        out.write("\n");
      }
      first = false;
      document(d, out);
    }
    if (!report.failures().isEmpty()) {
      out.write("\n" + ansi.bold("Could not be read:") + "\n");
      for (Notice n : report.failures()) {
        out.write("  " + ansi.red(n.path()) + ": " + n.message() + (n.hint().isEmpty() ? "" : " — " + n.hint()) + "\n");
      }
    }
  }

  private void document(ExtractedDocument d, Writer out) throws IOException {
    Map<Modality, Integer> counts = new EnumMap<>(Modality.class);
    d.requirements().forEach(r -> counts.merge(r.modality(), 1, Integer::sum));
    String summary =
        counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
    out.write(ansi.bold(d.info().path()) + "\n");
    out.write(
        "  "
            + d.info().title()
            + " — "
            + d.kind().name().toLowerCase(Locale.ROOT)
            + ", "
            + d.info().mediaType()
            + (d.info().pages() == null ? "" : ", " + d.info().pages() + " pages")
            + "\n");
    out.write("  " + d.requirements().size() + " statements" + (summary.isEmpty() ? "" : ": " + summary) + "\n");
    if (!d.conventions().isEmpty()) {
      out.write(
          "  keywords defined by the document: "
              + d.conventions().entrySet().stream()
                  .map(e -> "\"" + e.getKey() + "\" " + e.getValue())
                  .collect(Collectors.joining(", "))
              + "\n");
    }
    for (Notice n : d.notices()) {
      out.write("  " + ansi.yellow("warning: " + n.message()) + (n.hint().isEmpty() ? "" : " — " + n.hint()) + "\n");
    }
    if (d.requirements().isEmpty()) {
      return;
    }
    int idW = 6;
    int locW = 5;
    for (Requirement r : d.requirements()) {
      idW = Math.max(idW, Math.min(14, r.id().length()));
      locW = Math.max(locW, r.location().describe().length());
    }
    int modW = 11;
    int textW = Math.max(30, width - idW - locW - modW - 8);
    String clause = null;
    String lead = "";
    out.write("\n");
    for (Requirement r : d.requirements()) {
      if (!r.clause().equals(clause)) {
        clause = r.clause();
        lead = "";
        out.write("  " + ansi.bold(clause.isEmpty() ? "(before the first heading)" : clause) + "\n");
      }
      if (!r.leadIn().isEmpty() && !r.leadIn().equals(lead)) {
        for (String l : wrap(r.leadIn(), textW)) {
          out.write("  " + pad("", idW + locW + modW + 4) + "  " + ansi.dim(l) + "\n");
        }
      }
      lead = r.leadIn();
      List<String> lines = wrap(r.leadIn().isEmpty() ? r.text() : "  – " + r.text(), textW);
      String params =
          r.parameters().isEmpty()
              ? ""
              : "params: " + r.parameters().stream().map(ExtractTable::param).collect(Collectors.joining("; "));
      if (!params.isEmpty()) {
        lines.addAll(wrap(params, textW));
      }
      for (int i = 0; i < lines.size(); i++) {
        String id = i == 0 ? pad(cut(r.id(), idW), idW) : pad("", idW);
        String loc = i == 0 ? pad(r.location().describe(), locW) : pad("", locW);
        String mod = i == 0 ? ansi.modality(r.modality(), pad(r.modality().name(), modW)) : pad("", modW);
        String text = lines.get(i);
        if (!params.isEmpty() && text.startsWith("params: ")) {
          text = ansi.dim(text);
        }
        out.write("  " + id + "  " + loc + "  " + mod + "  " + text + "\n");
      }
      if (explain) {
        for (String l : wrap("why: " + r.explanation(), textW)) {
          out.write("  " + pad("", idW + locW + modW + 4) + "  " + ansi.dim(l) + "\n");
        }
      }
    }
  }

  private static String param(org.specmirror.model.Parameter p) {
    if (p.value() != null) {
      return p.value();
    }
    String u = p.unit() == null ? "" : " " + p.unit();
    if (p.min() != null && p.max() != null && p.min().equals(p.max())) {
      return p.quantity() + " " + num(p.min()) + u;
    }
    if (p.min() != null && p.max() != null) {
      return p.quantity() + " " + num(p.min()) + "…" + num(p.max()) + u;
    }
    if (p.min() != null) {
      return p.quantity() + " ≥ " + num(p.min()) + u;
    }
    if (p.max() != null) {
      return p.quantity() + " ≤ " + num(p.max()) + u;
    }
    return p.text();
  }

  static String num(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return String.format(Locale.ROOT, "%s", v);
  }

  private static String cut(String s, int w) {
    return s.length() <= w ? s : s.substring(0, w - 1) + "…";
  }

  private static String pad(String s, int w) {
    StringBuilder b = new StringBuilder(s);
    while (b.length() < w) {
      b.append(' ');
    }
    return b.toString();
  }

  static List<String> wrap(String text, int w) {
    List<String> out = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > w) {
        out.add(line.toString());
        line.setLength(0);
      }
      while (word.length() > w) {
        out.add(word.substring(0, w));
        word = word.substring(w);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0 || out.isEmpty()) {
      out.add(line.toString());
    }
    return out;
  }
}
