package org.specmirror.report;

import java.util.List;
import java.util.regex.Pattern;
import org.specmirror.match.WordDiff;

/** Text layout shared by the terminal views: word diffs, padding and wrapping that ignores colour codes. */
final class TerminalText {
  private static final Pattern ESCAPE = Pattern.compile("\u001B\\[[0-9;]*m");

  private TerminalText() {}

  /** A word diff as {@code [-deleted-]} and {@code {+inserted+}}, red and green when colour is on. */
  static String diff(List<WordDiff.Segment> segs, Ansi ansi) {
    StringBuilder b = new StringBuilder();
    for (WordDiff.Segment s : segs) {
      switch (s.op()) {
        case EQUAL -> b.append(s.text());
        case DELETE -> b.append(ansi.red("[-" + s.text() + "-]"));
        case INSERT -> b.append(ansi.green("{+" + s.text() + "+}"));
      }
    }
    return b.toString();
  }

  static String pad(String s, int n) {
    return s.length() >= n ? s : s + " ".repeat(n - s.length());
  }

  /** Wraps at spaces to {@code width}, indenting every line; escape sequences count as zero width. */
  static String wrap(String text, int indent, int width) {
    StringBuilder out = new StringBuilder();
    String pre = " ".repeat(indent);
    int col = indent;
    out.append(pre);
    for (String w : text.split(" ")) {
      int len = ESCAPE.matcher(w).replaceAll("").length();
      if (col > indent && col + 1 + len > width) {
        out.append('\n').append(pre);
        col = indent;
      } else if (col > indent) {
        out.append(' ');
        col++;
      }
      out.append(w);
      col += len;
    }
    return out.toString();
  }
}
