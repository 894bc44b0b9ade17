package org.specmirror.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.specmirror.model.Block;

/**
 * Finds the source line of each block of an HTML page: Tika's HTML parser gives structure but no
 * positions, so the visible text of the source (tags, scripts and styles removed, entities decoded)
 * is searched in reading order for the start of each block.
 */
final class HtmlLineLocator {
  private final StringBuilder visible = new StringBuilder();
  private final List<Integer> lineOf = new ArrayList<>();

  HtmlLineLocator(String html) {
    index(html);
  }

  List<Block> locate(List<Block> blocks) {
    List<Block> out = new ArrayList<>(blocks.size());
    String hay = visible.toString();
    int from = 0;
    for (Block b : blocks) {
      String probe = probe(b.kind() == Block.Kind.TABLE_ROW && !b.cells().isEmpty() ? b.cells().get(0) : b.text());
      Integer line = null;
      if (!probe.isEmpty()) {
        int at = hay.indexOf(probe, from);
        if (at < 0) {
          at = hay.indexOf(probe);
        }
        if (at >= 0) {
          line = lineOf.get(at);
          from = at + 1;
        }
      }
      out.add(new Block(b.kind(), b.level(), b.text(), b.cells(), b.header(), b.page(), line));
    }
    return out;
  }

  private static String probe(String text) {
    String t = norm(text);
    return t.length() > 40 ? t.substring(0, 40) : t;
  }

  private static String norm(String s) {
    return XhtmlBlockHandler.clean(s).toLowerCase(Locale.ROOT);
  }

  private void index(String html) {
    int line = 1;
    int i = 0;
    int n = html.length();
    boolean space = true;
    while (i < n) {
      char c = html.charAt(i);
      if (c == '<') {
        String lower = html.regionMatches(true, i, "<script", 0, 7) ? "</script" : html.regionMatches(true, i, "<style", 0, 6) ? "</style" : html.startsWith("<!--", i) ? "-->" : null;
        int end;
        if (lower != null) {
          int close = indexOfIgnoreCase(html, lower, i + 1);
          end = close < 0 ? n : html.indexOf('>', close);
          if (lower.equals("-->")) {
            end = close < 0 ? n : close + 2;
          }
        } else {
          end = html.indexOf('>', i);
        }
        if (end < 0) {
          end = n - 1;
        }
        for (int k = i; k <= end && k < n; k++) {
          if (html.charAt(k) == '\n') {
            line++;
          }
        }
        i = end + 1;
        if (!space) {
          append(' ', line);
          space = true;
        }
        continue;
      }
      if (c == '&') {
        int semi = html.indexOf(';', i);
        if (semi > i && semi - i <= 10) {
          char d = entity(html.substring(i + 1, semi));
          if (d != 0) {
            c = d;
            i = semi;
          }
        }
      }
      if (c == '\n') {
        line++;
      }
      if (Character.isWhitespace(c) || c == '\u00A0') {
        if (!space) {
          append(' ', line);
          space = true;
        }
      } else {
        append(Character.toLowerCase(c), line);
        space = false;
      }
      i++;
    }
  }

  private void append(char c, int line) {
    visible.append(c);
    lineOf.add(line);
  }

  private static int indexOfIgnoreCase(String s, String what, int from) {
    int m = what.length();
    for (int i = from; i + m <= s.length(); i++) {
      if (s.regionMatches(true, i, what, 0, m)) {
        return i;
      }
    }
    return -1;
  }

  private static char entity(String e) {
    switch (e) {
      case "amp":
        return '&';
      case "lt":
        return '<';
      case "gt":
        return '>';
      case "quot":
        return '"';
      case "apos":
        return '\'';
      case "nbsp":
        return ' ';
      default:
        break;
    }
    try {
      if (e.startsWith("#x") || e.startsWith("#X")) {
        return (char) Integer.parseInt(e.substring(2), 16);
      }
      if (e.startsWith("#")) {
        return (char) Integer.parseInt(e.substring(1));
      }
    } catch (NumberFormatException ex) {
      return 0;
    }
    return 0;
  }
}
