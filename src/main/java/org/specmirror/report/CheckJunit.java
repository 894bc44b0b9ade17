package org.specmirror.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.specmirror.check.Checker;
import org.specmirror.check.Finding;
import org.specmirror.model.Requirement;

/**
 * JUnit XML for CI test reports: one test case per normative requirement (plus one for the draft
 * as a whole), a {@code <failure>} for each finding above policy, warnings in {@code <system-out>}.
 */
public final class CheckJunit {

  public String render(Checker.Result r) {
    Map<Requirement, List<Finding>> byReq = new LinkedHashMap<>();
    for (Requirement q : r.panel().requirements()) {
      byReq.put(q, new ArrayList<>());
    }
    List<Finding> draft = new ArrayList<>();
    for (Finding f : r.findings()) {
      if (f.requirement() == null) {
        draft.add(f);
      } else {
        byReq.computeIfAbsent(f.requirement(), k -> new ArrayList<>()).add(f);
      }
    }
    int tests = byReq.size() + 1;
    long failures = byReq.values().stream().filter(l -> l.stream().anyMatch(Finding::failing)).count() + (draft.stream().anyMatch(Finding::failing) ? 1 : 0);
    String suite = r.panel().standard().info().path();
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    b.append("<testsuites name=\"specmirror check\" tests=\"").append(tests).append("\" failures=\"").append(failures).append("\" errors=\"0\">\n");
    b.append("  <testsuite name=\"").append(x(suite)).append("\" tests=\"").append(tests).append("\" failures=\"").append(failures)
        .append("\" errors=\"0\" skipped=\"0\">\n");
    testcase(b, "specmirror.draft", "the draft as a whole does not lean toward one vendor", draft, r);
    for (Map.Entry<Requirement, List<Finding>> e : byReq.entrySet()) {
      Requirement q = e.getKey();
      String cls = "specmirror." + (q.clause().isEmpty() ? "requirements" : q.clause());
      testcase(b, cls, q.id() + " " + shorten(q.fullText()), e.getValue(), r);
    }
    b.append("  </testsuite>\n</testsuites>\n");
    return b.toString();
  }

  private static void testcase(StringBuilder b, String cls, String name, List<Finding> fs, Checker.Result r) {
    b.append("    <testcase classname=\"").append(x(cls)).append("\" name=\"").append(x(name)).append("\"");
    if (fs.isEmpty()) {
      b.append("/>\n");
      return;
    }
    b.append(">\n");
    StringBuilder out = new StringBuilder();
    for (Finding f : fs) {
      if (f.failing()) {
        b.append("      <failure type=\"").append(f.rule().name()).append("\" message=\"").append(x(f.message())).append("\">")
            .append(x(CheckJson.where(r, f) + "\n" + f.message() + "\nSuggestion: " + f.rule().suggestion())).append("</failure>\n");
      } else {
        out.append(CheckJson.level(f)).append(' ').append(f.rule().name()).append(": ").append(f.message()).append('\n');
      }
    }
    if (out.length() > 0) {
      b.append("      <system-out>").append(x(out.toString())).append("</system-out>\n");
    }
    b.append("    </testcase>\n");
  }

  private static String shorten(String s) {
    return s.length() <= 100 ? s : s.substring(0, 99) + "…";
  }

  /** XML-escapes text and drops characters XML 1.0 cannot hold. */
  static String x(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().forEach(c -> {
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&apos;");
        default -> {
          if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000) {
            b.appendCodePoint(c);
          }
        }
      }
    });
    return b.toString();
  }
}
