package org.specmirror.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.specmirror.model.Block;
import org.specmirror.text.TextShapes;

/**
 * Rebuilds structure from lines of text, for formats that carry none (PDF text layers, plain text):
 * numbered headings, bullets, {@code Label: value} rows, paragraphs of wrapped lines. Also removes
 * running headers and footers repeated on every page and re-joins words hyphenated across lines.
 */
public final class TextLayout {

  /** One physical line with its position. */
  public record Line(String text, Integer page, Integer line) {}

  static final Pattern NUMBERED_HEADING =
      Pattern.compile(
          "^((?:[1-9]\\d?|[A-Z])(?:\\.\\d{1,2}){0,5})\\.?[ \\t]+(\\p{Lu}[^\\n]{0,110})$");
  static final Pattern ANNEX_HEADING =
      Pattern.compile(
          "^(Annex|Appendix|ANNEX|APPENDIX)[ \\t]+([A-Z]|[IVX]{1,5}|\\d{1,2})\\b[^\\n]{0,120}$");
  static final Pattern NAMED_HEADING =
      Pattern.compile(
          "^(Foreword|Introduction|Summary|Keywords|Scope|Normative references|References|Bibliography"
              + "|Contents|Table of contents|Abstract|Preface|History|Acknowledg(?:e)?ments"
              + "|Terms and definitions|Definitions|Abbreviations(?: and acronyms)?|Conventions"
              + "|Key features|Features|Technical specifications?|Specifications|Options(?: and accessories)?"
              + "|Accessories|Ordering information|Applications|Overview|Benefits)$",
          Pattern.CASE_INSENSITIVE);
  static final Pattern BULLET =
      Pattern.compile(
          "^(?:[\\u2022\\u25CF\\u25E6\\u25AA\\u25A0\\u2023\\u2043\\u2013\\u2014\\u00B7\\uF0B7*>-]"
              + "|\\(?[a-z]\\)|\\(?[ivx]{1,4}\\)|\\d{1,2}\\)|\\d{1,2}\\.(?!\\d))[ \\t]+(.+)$");
  static final Pattern LABEL_VALUE = TextShapes.LABEL_VALUE;
  private static final Pattern PAGE_NUMBER =
      Pattern.compile(
          "^(?:(?:page|p\\.)\\s*)?[-–—]?\\s*\\d{1,4}\\s*(?:(?:of|/)\\s*\\d{1,4})?\\s*[-–—]?$|^[ivxlc]{1,6}$",
          Pattern.CASE_INSENSITIVE);

  /** A line holding only this marks a paragraph end guessed by a PDF text layer. */
  public static final String SOFT_BREAK = "\u2029";

  private static final Pattern DANGLING =
      Pattern.compile("(?i).*(?:[-,/(]|\\b(?:and|or|the|a|an|of|to|in|on|at|by|for|with|from|per|than|as|is|are|be|that|which|its|their|no|not|nor))$");

  private static final Pattern RULE_LINE = Pattern.compile("^\\s*[-=+|:]{3,}(?:[ \\t]+[-=+|:]{3,})*\\s*$");
  /** A plain-text line with two or more columns separated by runs of spaces or tabs. */
  private static final Pattern COLUMNS = Pattern.compile("^\\s{0,8}\\S(?:[^\\t]*?\\S)?(?: {2,}|\\t+)\\S.*$");

  /** "… Page 3 of 8" at a page edge is a footer even on a one-page document. */
  private static final Pattern PAGE_OF = Pattern.compile("(?i)\\bpage \\d{1,4} (?:of|/) \\d{1,4}\\s*$");
  private static final Pattern HEADER_WORDS =
      Pattern.compile("(?i)^(?:parameter|value|specification|feature|item|description|unit|min(?:imum)?|max(?:imum)?|typ(?:ical)?|property|characteristic|condition|requirement|notes?)$");

  private TextLayout() {}

  /**
   * Removes lines that repeat at the top or bottom of most pages (running headers and footers) and
   * bare page numbers at page edges.
   *
   * @return the remaining lines of every page, in order, with 1-based page numbers
   */
  public static List<Line> stripRunningText(List<List<String>> pages) {
    int edge = 3;
    Map<String, Integer> counts = new HashMap<>();
    for (List<String> page : pages) {
      Set<String> seen = new HashSet<>();
      for (String l : edgeLines(page, edge)) {
        String k = key(l);
        if (!k.isEmpty() && seen.add(k)) {
          counts.merge(k, 1, Integer::sum);
        }
      }
    }
    int minPages = Math.max(2, (pages.size() + 1) / 2);
    Set<String> running = new HashSet<>();
    if (pages.size() >= 2) {
      counts.forEach(
          (k, n) -> {
            if (n >= minPages) {
              running.add(k);
            }
          });
    }
    List<Line> out = new ArrayList<>();
    for (int p = 0; p < pages.size(); p++) {
      List<String> page = pages.get(p);
      List<Integer> nonBlank = new ArrayList<>();
      for (int i = 0; i < page.size(); i++) {
        if (!page.get(i).isBlank()) {
          nonBlank.add(i);
        }
      }
      Set<Integer> drop = new HashSet<>();
      for (int j = 0; j < nonBlank.size(); j++) {
        boolean atEdge = j < edge || j >= nonBlank.size() - edge;
        if (!atEdge) {
          continue;
        }
        String l = page.get(nonBlank.get(j)).strip();
        if (running.contains(key(l)) || (pages.size() >= 2 && PAGE_NUMBER.matcher(l).matches())
            || PAGE_OF.matcher(l).find()) {
          drop.add(nonBlank.get(j));
        }
      }
      for (int i = 0; i < page.size(); i++) {
        if (!drop.contains(i)) {
          out.add(new Line(page.get(i), p + 1, null));
        }
      }
      out.add(new Line(SOFT_BREAK, p + 1, null)); // a page break ends a paragraph only if the text says so
    }
    return out;
  }

  private static List<String> edgeLines(List<String> page, int edge) {
    List<String> nb = new ArrayList<>();
    for (String l : page) {
      if (!l.isBlank()) {
        nb.add(l.strip());
      }
    }
    List<String> r = new ArrayList<>();
    for (int i = 0; i < nb.size(); i++) {
      if (i < edge || i >= nb.size() - edge) {
        r.add(nb.get(i));
      }
    }
    return r;
  }

  private static String key(String line) {
    return XhtmlBlockHandler.clean(line).toLowerCase(Locale.ROOT).replaceAll("\\d+", "#");
  }

  /** Lines of a plain-text document, numbered from 1. */
  public static List<Line> numbered(String text) {
    String[] parts = text.split("\\r\\n|\\r|\\n", -1);
    List<Line> out = new ArrayList<>(parts.length);
    int page = 1;
    boolean paged = text.indexOf('\f') >= 0;
    for (int i = 0; i < parts.length; i++) {
      String p = parts[i];
      if (p.indexOf('\f') >= 0) {
        page++;
        p = p.replace('\f', ' ');
      }
      out.add(new Line(p, paged ? page : null, i + 1));
    }
    return out;
  }

  /** Rebuilds blocks from lines. */
  public static List<Block> blocks(List<Line> lines) {
    Set<String> inlineHyphenated = hyphenatedWords(lines);
    List<Block> out = new ArrayList<>();
    List<Line> para = new ArrayList<>();
    int listDepth = 0;
    boolean soft = false;
    List<String> textHeader = List.of();
    for (Line line : lines) {
      if (line.text().contains(SOFT_BREAK) && line.text().isBlank()) {
        soft = true;
        continue;
      }
      String t = XhtmlBlockHandler.clean(line.text());
      if (line.line() != null && RULE_LINE.matcher(line.text()).matches()) {
        // "------ ------" under a plain-text table header: the row before it was the header
        if (!para.isEmpty()) {
          flush(para, out, inlineHyphenated, listDepth);
          para.clear();
        }
        if (textHeader.isEmpty() && !out.isEmpty() && out.get(out.size() - 1).kind() == Block.Kind.TABLE_ROW) {
          Block h = out.remove(out.size() - 1);
          textHeader = h.cells();
        }
        continue;
      }
      if (line.line() != null && !BULLET.matcher(t).matches() && COLUMNS.matcher(line.text()).matches()) {
        flush(para, out, inlineHyphenated, listDepth);
        para.clear();
        listDepth = 0;
        List<String> cells = List.of(line.text().strip().split("\\s{2,}|\\t+"));
        boolean firstOfRun = out.isEmpty() || out.get(out.size() - 1).kind() != Block.Kind.TABLE_ROW;
        if (firstOfRun && textHeader.isEmpty() && cells.stream().anyMatch(c -> HEADER_WORDS.matcher(c).matches())) {
          textHeader = cells; // "Parameter   Value"
          continue;
        }
        out.add(Block.tableRow(cells, textHeader, line.page(), line.line()));
        continue;
      }
      if (t.isEmpty()) {
        textHeader = List.of();
      }
      if (soft && t.isEmpty()) {
        continue; // white space between the text layer's paragraphs
      }
      if (soft && !t.isEmpty() && !para.isEmpty() && !continues(para.get(para.size() - 1).text(), t)) {
        flush(para, out, inlineHyphenated, listDepth);
        para.clear();
        listDepth = 0;
      }
      soft = false;
      if (t.isEmpty()) {
        flush(para, out, inlineHyphenated, listDepth);
        para.clear();
        listDepth = 0;
        continue;
      }
      Kind k = classify(t);
      if (k == Kind.HEADING && para.isEmpty()) {
        out.add(Block.heading(headingLevel(t), t, line.page(), line.line()));
        continue;
      }
      if (k == Kind.HEADING) {
        // a heading line inside a paragraph: only when the paragraph so far is complete
        String prev = joined(para, inlineHyphenated);
        if (endsSentence(prev) || classify(para.get(0).text()) == Kind.LABEL) {
          flush(para, out, inlineHyphenated, listDepth);
          para.clear();
          listDepth = 0;
          out.add(Block.heading(headingLevel(t), t, line.page(), line.line()));
          continue;
        }
      }
      if (k == Kind.BULLET || k == Kind.LABEL || k == Kind.START) {
        flush(para, out, inlineHyphenated, listDepth);
        para.clear();
        listDepth = k == Kind.BULLET ? 1 : 0;
      }
      para.add(new Line(t, line.page(), line.line()));
    }
    flush(para, out, inlineHyphenated, listDepth);
    // a short first line standing alone is the document's title
    if (!out.isEmpty() && out.get(0).kind() == Block.Kind.PARAGRAPH) {
      Block first = out.get(0);
      String t = first.text();
      if (t.length() <= 100 && !t.endsWith(".") && !t.endsWith(":") && t.split(" ").length <= 14
          && (out.size() == 1 || out.get(1).kind() != Block.Kind.TABLE_ROW)) {
        out.set(0, Block.heading(1, t, first.page(), first.line()));
      }
    }
    return out;
  }

  /**
   * After a guessed paragraph end, does {@code next} continue the line before it? Yes when it starts
   * in lower case, with a digit or closing punctuation, or when the line before ends on a hyphen,
   * comma or a word that cannot end a sentence ("and", "the", "to").
   */
  static boolean continues(String previous, String next) {
    char c = next.charAt(0);
    if (Character.isLowerCase(c) || Character.isDigit(c) || c == ')' || c == ']' || c == ',' || c == ';' || c == '%') {
      return !BULLET.matcher(next).matches() && !isHeading(next);
    }
    return DANGLING.matcher(previous.strip()).matches() && !isHeading(next) && !BULLET.matcher(next).matches()
        && !TextShapes.startsWithId(next);
  }

  private enum Kind {
    HEADING,
    BULLET,
    LABEL,
    START,
    TEXT
  }

  private static Kind classify(String t) {
    if (isHeading(t)) {
      return Kind.HEADING;
    }
    if (BULLET.matcher(t).matches()) {
      return Kind.BULLET;
    }
    if (TextShapes.startsWithId(t) || TextShapes.isNoteOrExample(t)) {
      return Kind.START;
    }
    if (LABEL_VALUE.matcher(t).matches() && !t.endsWith(":")) {
      return Kind.LABEL;
    }
    return Kind.TEXT;
  }

  /** True when a single line reads as a clause heading. */
  public static boolean isHeading(String t) {
    if (t.length() > 120 || t.endsWith(".") && !t.endsWith("etc.") || t.endsWith(",") || t.endsWith(";")) {
      return false;
    }
    Matcher m = NUMBERED_HEADING.matcher(t);
    if (m.matches()) {
      String title = m.group(2);
      int words = title.split("\\s+").length;
      String num = m.group(1);
      // "3 W" or "10 V AC" are values, not headings; long titles are sentences
      boolean unitLike = title.matches("^(?:[A-Za-z]{1,3}|°C|%)(?:\\s.*)?$") && words <= 2;
      return words <= 14 && !unitLike && !title.contains(": ") && !num.matches("\\d{3,}");
    }
    return ANNEX_HEADING.matcher(t).matches() || NAMED_HEADING.matcher(t).matches();
  }

  /** Heading level from its numbering: "7" → 1, "7.2" → 2, "Annex A" → 1, "A.1" → 2. */
  public static int headingLevel(String t) {
    Matcher m = NUMBERED_HEADING.matcher(t);
    if (m.matches()) {
      return m.group(1).split("\\.").length;
    }
    return 1;
  }

  private static void flush(List<Line> para, List<Block> out, Set<String> inline, int listDepth) {
    if (para.isEmpty()) {
      return;
    }
    if (tableRows(para, out)) {
      return;
    }
    String text = joined(para, inline);
    Line first = para.get(0);
    Matcher b = BULLET.matcher(text);
    if (listDepth > 0 && b.matches()) {
      out.add(Block.listItem(listDepth, b.group(1).strip(), first.page(), first.line()));
    } else {
      out.add(Block.paragraph(text, first.page(), first.line()));
    }
  }

  private static final Pattern VALUE_START =
      Pattern.compile(
          "(?:[-+\u2212\u2013\u00B1\u2264\u2265<>~\u2248]?\\s?\\d|IP\\d|IK\\d|(?:up to|at least|at most|min\\.|max\\.|yes|no|none|n/a)\\b|\\p{Lu}{2,}[\\p{Lu}\\d-]*\\b)");

  /**
   * A run of short lines that each read "label value" (e.g. "Operating temperature −40 °C to +60 °C")
   * is a table whose cell borders the text layer lost: each line becomes a two-cell row, the first line
   * a header when it has no value.
   */
  static boolean tableRows(List<Line> para, List<Block> out) {
    if (para.size() < 3) {
      return false;
    }
    List<String[]> split = new ArrayList<>();
    int hits = 0;
    for (Line l : para) {
      String t = l.text();
      boolean sentence = t.endsWith(".") && t.split(" ").length > 8;
      if (t.length() > 90 || sentence || t.endsWith(":") || BULLET.matcher(t).matches()) {
        return false;
      }
      String[] cells = splitLabelValue(t);
      if (cells != null) {
        hits++;
      }
      split.add(cells);
    }
    int first = split.get(0) == null ? 1 : 0;
    int wrapped = 0;
    for (int i = first + 1; i < para.size(); i++) {
      char c = para.get(i).text().charAt(0);
      if (split.get(i) == null && (Character.isLowerCase(c) || Character.isDigit(c) || c == '(' || c == ')')) {
        wrapped++;
      }
    }
    if (hits < 0.75 * (para.size() - first - wrapped) || hits < 2) {
      return false;
    }
    List<String> header = List.of();
    if (first == 1) {
      String h = para.get(0).text();
      String[] words = h.split("\\s+");
      header = words.length == 2 ? List.of(words) : List.of(h);
      if (words.length > 2) {
        // "Parameter Required value": the first word labels the first column
        header = List.of(words[0], h.substring(words[0].length()).strip());
      }
    }
    List<Block> rows = new ArrayList<>();
    for (int i = first; i < para.size(); i++) {
      Line l = para.get(i);
      String[] cells = split.get(i);
      if (cells == null && !rows.isEmpty()) {
        // a wrapped value: "… (line to neutral and line to" + "earth)"
        Block prev = rows.remove(rows.size() - 1);
        List<String> c = new ArrayList<>(prev.cells());
        String last = c.get(c.size() - 1);
        c.set(c.size() - 1, last.endsWith("-") ? last + l.text() : last + " " + l.text());
        rows.add(Block.tableRow(c, header, prev.page(), prev.line()));
        continue;
      }
      List<String> row = cells == null ? List.of(l.text()) : List.of(cells[0], cells[1]);
      rows.add(Block.tableRow(row, header, l.page(), l.line()));
    }
    out.addAll(rows);
    return true;
  }

  /**
   * Some converters (RTF) flatten a two-column table into one short paragraph per cell: label,
   * value, label, value. A run of at least four short paragraphs in which most odd ones read as
   * values is turned back into rows; a first pair without a value is the header.
   */
  public static List<Block> pairFlattenedTables(List<Block> blocks) {
    List<Block> out = new ArrayList<>(blocks.size());
    int i = 0;
    while (i < blocks.size()) {
      int j = i;
      while (j < blocks.size() && isCellLike(blocks.get(j))) {
        j++;
      }
      int n = j - i;
      if (n >= 4) {
        int start = i;
        List<String> header = List.of();
        if (!VALUE_START.matcher(blocks.get(i + 1).text()).lookingAt()) {
          header = List.of(blocks.get(i).text(), blocks.get(i + 1).text());
          start = i + 2;
        }
        int pairs = (j - start) / 2;
        int values = 0;
        for (int k = 0; k < pairs; k++) {
          if (VALUE_START.matcher(blocks.get(start + 2 * k + 1).text()).lookingAt()) {
            values++;
          }
        }
        if (pairs >= 2 && values >= 0.75 * pairs) {
          for (int k = 0; k < pairs; k++) {
            Block label = blocks.get(start + 2 * k);
            Block value = blocks.get(start + 2 * k + 1);
            out.add(Block.tableRow(List.of(label.text(), value.text()), header, label.page(), label.line()));
          }
          for (int k = start + 2 * pairs; k < j; k++) {
            out.add(blocks.get(k));
          }
          i = j;
          continue;
        }
      }
      out.add(blocks.get(i));
      i++;
    }
    return out;
  }

  private static boolean isCellLike(Block b) {
    String t = b.text();
    return b.kind() == Block.Kind.PARAGRAPH && t.length() <= 60 && !t.endsWith(".") && !t.endsWith(":")
        && t.split(" ").length <= 8 && !TextShapes.startsWithId(t);
  }

  /** "Operating temperature −40 °C to +60 °C" → ["Operating temperature", "−40 °C to +60 °C"]. */
  static String[] splitLabelValue(String line) {
    String[] words = line.split(" ");
    if (words.length < 2) {
      return null;
    }
    int offset = words[0].length() + 1;
    for (int w = 1; w < words.length && w <= 5; w++) {
      String rest = line.substring(offset);
      if (VALUE_START.matcher(rest).lookingAt() && Character.isLetter(line.charAt(0))) {
        return new String[] {line.substring(0, offset).strip(), rest.strip()};
      }
      offset += words[w].length() + 1;
    }
    return null;
  }

  private static String joined(List<Line> para, Set<String> inline) {
    StringBuilder b = new StringBuilder();
    for (Line l : para) {
      String t = l.text();
      if (b.length() == 0) {
        b.append(t);
        continue;
      }
      int n = b.length();
      if (n >= 3 && b.charAt(n - 1) == '-' && b.charAt(n - 2) == ' ' && Character.isLetter(b.charAt(n - 3))) {
        // "ana -" + "logue": PDF text layers put a space before a justified line's hyphen
        b.setLength(n - 2);
        b.append('-');
        n = b.length();
      }
      if (n >= 2 && b.charAt(n - 1) == '-' && Character.isLetter(b.charAt(n - 2)) && !t.isEmpty()) {
        String left = lastWord(b);
        String right = firstWord(t);
        if (dropHyphen(left, right, inline)) {
          b.setLength(n - 1);
          b.append(t);
        } else {
          b.append(t);
        }
      } else {
        b.append(' ').append(t);
      }
    }
    return b.toString();
  }

  /**
   * A hyphen at a line end is a line-break hyphen (dropped) when the next part starts in lower case,
   * the left part is not an all-capitals name (NB-IoT, DALI-2), and the document never writes the
   * hyphenated form within a line.
   */
  static boolean dropHyphen(String leftWithHyphen, String right, Set<String> inlineHyphenated) {
    if (right.isEmpty() || !Character.isLowerCase(right.charAt(0))) {
      return false;
    }
    String left = leftWithHyphen.substring(0, leftWithHyphen.length() - 1);
    if (left.isEmpty() || left.equals(left.toUpperCase(Locale.ROOT))) {
      return false;
    }
    String compound = (left + "-" + stripPunct(right)).toLowerCase(Locale.ROOT);
    return !inlineHyphenated.contains(compound);
  }

  private static Set<String> hyphenatedWords(List<Line> lines) {
    Set<String> words = new HashSet<>();
    Pattern p = Pattern.compile("\\p{L}+(?:-\\p{L}+)+");
    for (Line l : lines) {
      Matcher m = p.matcher(l.text());
      while (m.find()) {
        words.add(m.group().toLowerCase(Locale.ROOT));
      }
    }
    return words;
  }

  private static String stripPunct(String w) {
    int e = w.length();
    while (e > 0 && !Character.isLetterOrDigit(w.charAt(e - 1))) {
      e--;
    }
    return w.substring(0, e);
  }

  private static String lastWord(CharSequence b) {
    int i = b.length();
    while (i > 0 && !Character.isWhitespace(b.charAt(i - 1))) {
      i--;
    }
    return b.subSequence(i, b.length()).toString();
  }

  private static String firstWord(String t) {
    int i = 0;
    while (i < t.length() && !Character.isWhitespace(t.charAt(i))) {
      i++;
    }
    return t.substring(0, i);
  }

  private static boolean endsSentence(String s) {
    if (s.isEmpty()) {
      return true;
    }
    char c = s.charAt(s.length() - 1);
    return c == '.' || c == ':' || c == ';' || c == '!' || c == '?' || c == ')';
  }
}
