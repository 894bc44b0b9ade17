package org.specmirror.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.specmirror.model.Block;
import org.specmirror.text.TextShapes;

/**
 * Reads AsciiDoc structure into blocks with source line numbers, the way {@link MarkdownReader}
 * reads Markdown: section titles become headings (level = number of {@code =}, so {@code = Title}
 * is level 1 like Markdown's {@code #}), paragraphs are joined lines, list items keep their nesting
 * depth, table rows keep their cells and the table's header row.
 *
 * <p>It does not render AsciiDoc (no dependency: AsciidoctorJ would bring JRuby); it reads the
 * subset that carries statements, and drops the rest:
 *
 * <ul>
 *   <li>document header: {@code = Title}, author and revision lines (skipped), attribute entries
 *       {@code :name: value} (recorded, resolved in {@code {name}} references; unknown references are
 *       left as written, like Asciidoctor does);
 *   <li>sections {@code ==} … {@code ======} (and Markdown-style {@code #}), {@code :sectnums:}
 *       numbering ("7.2 Title"), {@code [appendix]} captions ("Appendix A: Title"),
 *       {@code :leveloffset:};
 *   <li>block titles {@code .Title} (table captions): a paragraph before their block, as a
 *       Markdown caption paragraph would be — not a heading, which would open a clause of its own and
 *       part the table from the requirement that cites it. Titles of skipped blocks are dropped;
 *   <li>lists {@code *}, {@code -}, {@code .}, {@code 1.}, {@code a.}, nested ({@code **},
 *       {@code ..}, or any new marker, as Asciidoctor nests by order of appearance), description
 *       lists {@code term:: text} (one item "term: text"), item text over several lines, and list
 *       continuation {@code +} (an attached paragraph joins the item's text, an attached block is
 *       read after it);
 *   <li>tables {@code |===} (also {@code ,===} CSV, {@code :===} DSV, {@code format=csv|tsv|dsv}),
 *       cells on one line or several, cell specs ({@code 2+|}, {@code 3*|}, {@code a|}, {@code ^.^|})
 *       dropped, {@code cols} used only to count columns, header row from {@code options="header"},
 *       {@code %header} or the implicit rule (first line followed by a blank line);
 *   <li>admonitions ({@code NOTE:}, {@code TIP:}, {@code IMPORTANT:}, {@code CAUTION:},
 *       {@code WARNING:} paragraphs, {@code [NOTE]} paragraphs and {@code ====} blocks) become
 *       "NOTE: …" paragraphs and list items (the kind, TIP or WARNING, is not kept), which the
 *       extractor treats as informative; example blocks ({@code ====} without admonition style,
 *       {@code [example]}) become "EXAMPLE: …";
 *   <li>sidebars, quotes, open blocks: their content is read;
 *   <li>skipped: comments ({@code //}, {@code ////}), listing and literal blocks ({@code ----},
 *       {@code ....}, fenced code, {@code [source]} and indented literal paragraphs — code, like
 *       Markdown's code blocks, carries no statements), passthrough blocks ({@code ++++}), block
 *       macros ({@code image::}, {@code toc::}, …), thematic and page breaks;
 *   <li>preprocessor: {@code ifdef}/{@code ifndef}/{@code ifeval}/{@code endif} evaluated against the
 *       attributes set so far; {@code include::} is <em>not</em> followed (the document's bytes alone
 *       define it, and a document may not make the reader open other files): it is reported;
 *   <li>inline: {@code *bold*}, {@code _italic_}, {@code `mono`}, {@code #mark#} (constrained and
 *       unconstrained), roles, passthroughs, escapes, {@code link:url[text]}, URLs with text,
 *       {@code <<id,text>>} and {@code xref:} (text, else the section title the id names), inline
 *       anchors, index terms, {@code kbd:}/{@code btn:}/{@code menu:}, inline image alt text and
 *       character references are reduced to their text; footnotes are dropped. Superscript
 *       {@code ^x^} and subscript {@code ~x~} marks and typographic replacements ({@code --},
 *       {@code (C)}, arrows) are left as written.
 * </ul>
 *
 * <p>Not read as Asciidoctor would: row spans ({@code .2+|}) are counted as one cell, nested
 * tables ({@code !===}) and AsciiDoc cells ({@code a|}) are read as plain cell text, two-line
 * (setext) section titles are not titles, callout lists and checklists are ordinary text.
 *
 * <p>Like the Markdown reader, a paragraph whose every line reads "Label: value" becomes one block
 * per line, and a one-line paragraph such as "7.2 Monitoring" is a heading.
 */
final class AsciiDocReader {

  /** The blocks, and the {@code include::} directives that were not followed. */
  record Result(List<Block> blocks, List<String> includes) {}

  // ------------------------------------------------------------------------------------ detection

  // line shapes for detection (each tested on one line, picked by the line's first character)
  private static final Pattern SECTION_LINE = Pattern.compile("^={2,6}[ \\t]+[^=\\s]");
  private static final Pattern TABLE_LINE = Pattern.compile("^[|,:!]={3,}[ \\t]*$");
  private static final Pattern ATTR_ENTRY_LINE = Pattern.compile("^:!?\\w[\\w-]*!?:(?:[ \\t].*)?$");
  private static final Pattern BLOCK_ATTR_LINE =
      Pattern.compile(
          "^(?:\\[(?:NOTE|TIP|IMPORTANT|CAUTION|WARNING|source|listing|literal|quote|verse|example|sidebar"
              + "|discrete|float|appendix|bibliography|glossary|preface|abstract|horizontal|qanda|cols=|options=|format="
              + "|%|#|\\.)[^\\]]*\\]|\\[\\[[\\w:.-]+(?:,[^\\]]*)?\\]\\])[ \\t]*$");
  private static final Pattern ADMONITION_LINE = Pattern.compile("^(?:NOTE|TIP|IMPORTANT|CAUTION|WARNING):[ \\t]+\\S");
  private static final Pattern BLOCK_MACRO_LINE = Pattern.compile("^(?:include|image|video|audio|toc)::[^\\s\\[]*\\[.*\\][ \\t]*$");
  private static final Pattern VERBATIM_LINE = Pattern.compile("^(?:\\.{4,}|/{4,}|\\+{4,})[ \\t]*$");
  private static final Pattern TITLE_LINE = Pattern.compile("^\\.[^.\\s]");
  /** What may follow a block title (after attribute lines): a delimiter, an image, a list. */
  private static final Pattern TITLED_LINE = Pattern.compile("^(?:[|,:!]={3,}|={4,}|-{4,}|\\.{4,}|\\*{4,}|_{4,}|image::|\\* |\\. )");
  private static final Pattern CONTINUATION_LINE = Pattern.compile("^\\+[ \\t]*$");
  private static final Pattern ADOC_LIST_LINE = Pattern.compile("^(?:\\*{2,5}|\\.{1,5})[ \\t]+\\S");
  private static final Pattern INLINE_MACRO =
      Pattern.compile("\\b(?:link|xref|mailto|footnote|kbd|btn|menu|pass|icon|anchor|indexterm):[^\\s\\[\\]]*\\[|<<[\\w:./#-]+(?:,[^>\\n]*)?>>");
  private static final List<String> INLINE_MACRO_NEEDLES =
      List.of("<<", "link:", "xref:", "mailto:", "footnote:", "kbd:", "btn:", "menu:", "pass:", "icon:", "anchor:", "indexterm:");

  /** File name extensions that make one AsciiDoc signal enough (the content must still show one). */
  private static final Set<String> EXTENSIONS = Set.of("adoc", "asciidoc", "asc", "ad");

  /**
   * Does this text use AsciiDoc syntax? Decided from the content: a {@code = Title} first line,
   * {@code ==} section titles and {@code |===} tables count two, other AsciiDoc-only syntax one
   * (attribute entries, block attribute lines, admonitions, macros, literal/comment delimiters, block
   * titles, list continuations, {@code **}/{@code .} list markers). Two points are needed — one when
   * the file is named .adoc/.asciidoc — and more than the Markdown-only syntax the text shows.
   */
  static boolean looksLikeAsciiDoc(String text, String fileName) {
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    boolean named = dot >= 0 && EXTENSIONS.contains(name.substring(dot + 1));
    int score = score(text);
    return score >= (named ? 1 : 2) && score > MarkdownReader.syntaxScore(text);
  }

  /** The AsciiDoc score of a text: one pass over its lines (see {@link #looksLikeAsciiDoc}). */
  static int score(String text) {
    boolean section = false;
    boolean table = false;
    boolean attr = false;
    boolean blockAttr = false;
    boolean admonition = false;
    boolean macro = false;
    boolean verbatim = false;
    boolean titled = false;
    boolean continuation = false;
    boolean list = false;
    boolean afterTitle = false; // the previous line was a block title (or an attribute line after one)
    int n = text.length();
    int from = 0;
    while (from < n) {
      int end = text.indexOf('\n', from);
      if (end < 0) {
        end = n;
      }
      int stop = end > from && text.charAt(end - 1) == '\r' ? end - 1 : end;
      String line = text.substring(from, stop);
      from = end + 1;
      if (line.isEmpty()) {
        afterTitle = false;
        continue;
      }
      boolean title = false;
      switch (line.charAt(0)) {
        case '=' -> section |= SECTION_LINE.matcher(line).lookingAt();
        case '|', ',', '!' -> table |= TABLE_LINE.matcher(line).matches();
        case ':' -> {
          table |= TABLE_LINE.matcher(line).matches();
          attr |= ATTR_ENTRY_LINE.matcher(line).matches();
        }
        case '[' -> blockAttr |= BLOCK_ATTR_LINE.matcher(line).matches();
        case 'N', 'T', 'I', 'C', 'W' -> admonition |= ADMONITION_LINE.matcher(line).lookingAt();
        case 'i', 'v', 'a' -> macro |= BLOCK_MACRO_LINE.matcher(line).matches();
        case '/' -> verbatim |= VERBATIM_LINE.matcher(line).matches();
        case '+' -> {
          verbatim |= VERBATIM_LINE.matcher(line).matches();
          continuation |= CONTINUATION_LINE.matcher(line).matches();
        }
        case '.' -> {
          verbatim |= VERBATIM_LINE.matcher(line).matches();
          list |= ADOC_LIST_LINE.matcher(line).lookingAt();
          title = TITLE_LINE.matcher(line).lookingAt();
        }
        case '*' -> list |= ADOC_LIST_LINE.matcher(line).lookingAt();
        default -> { }
      }
      if (line.startsWith("toc::")) {
        macro |= BLOCK_MACRO_LINE.matcher(line).matches();
      }
      if (afterTitle && TITLED_LINE.matcher(line).lookingAt()) {
        titled = true;
      }
      afterTitle = title || afterTitle && line.charAt(0) == '[' && line.stripTrailing().endsWith("]");
    }
    if (!macro) {
      for (String needle : INLINE_MACRO_NEEDLES) {
        if (text.contains(needle)) {
          macro = INLINE_MACRO.matcher(text).find();
          break;
        }
      }
    }
    int score = 0;
    score += startsWithDocumentTitle(text) ? 2 : 0;
    score += section ? 2 : 0;
    score += table ? 2 : 0;
    for (boolean b : new boolean[] {attr, blockAttr, admonition, macro, verbatim, titled, continuation, list}) {
      score += b ? 1 : 0;
    }
    return score;
  }

  /** The first line that is not blank, a comment or an attribute entry reads "= Title". */
  private static boolean startsWithDocumentTitle(String text) {
    int from = 0;
    int n = text.length();
    int lines = 0;
    while (from < n && lines < 200) {
      int end = text.indexOf('\n', from);
      if (end < 0) {
        end = n;
      }
      String line = text.substring(from, end).strip();
      from = end + 1;
      lines++;
      if (line.isEmpty() || line.startsWith("//") || ATTR_ENTRY.matcher(line).matches()) {
        continue;
      }
      return line.startsWith("= ") && line.length() > 2 && !line.substring(2).isBlank();
    }
    return false;
  }

  // ------------------------------------------------------------------------------------ line shapes

  private static final Pattern ATTR_ENTRY = Pattern.compile("^:(!?)(\\w[\\w-]*)(!?):(?:[ \\t]+(.*?))?[ \\t]*$");
  private static final Pattern SECTION = Pattern.compile("^(={1,6}|#{1,6})[ \\t]+(\\S.*?)(?:[ \\t]+\\1)?[ \\t]*$");
  private static final Pattern BLOCK_ANCHOR = Pattern.compile("^\\[\\[([\\w:.-]+)(?:,[ \\t]*([^\\]]*?))?\\]\\][ \\t]*$");
  /** Asciidoctor's block attribute line: the whole line in brackets, starting like an attribute list. */
  private static final Pattern BLOCK_ATTRS = Pattern.compile("^\\[(|[\\w.#%{,\"'].*)\\][ \\t]*$");
  private static final Pattern BLOCK_TITLE = Pattern.compile("^\\.([^.\\s\\t].*)$");
  private static final Pattern DELIMITER =
      Pattern.compile("^(-{4,}|\\.{4,}|={4,}|\\*{4,}|_{4,}|\\+{4,}|/{4,}|--|```.*|[|,:!]={3,})[ \\t]*$");
  private static final Pattern BLOCK_MACRO = Pattern.compile("^[a-z][\\w-]*::\\S*\\[.*\\][ \\t]*$");
  private static final Pattern BREAK = Pattern.compile("^(?:'{3,}|<{3,}|-{3}|\\*{3}|- - -|\\* \\* \\*)[ \\t]*$");
  private static final Pattern UNORDERED = Pattern.compile("^[ \\t]*(-|\\*{1,5}|\u2022)[ \\t]+(\\S.*)$");
  private static final Pattern ORDERED =
      Pattern.compile("^[ \\t]*(\\.{1,5}|\\d{1,9}\\.|[a-z]\\.|[A-Z]\\.|[ivx]{1,6}\\)|[IVX]{1,6}\\))[ \\t]+(\\S.*)$");
  private static final Pattern DESCRIPTION = Pattern.compile("^[ \\t]*([^\\s:/][^\\n]*?)(:{2,4}|;;)(?:[ \\t]+(.*))?$");
  /** "v1.2, 2024-01-01: remark", "2.0", "{revnumber}, …". */
  private static final Pattern REVISION = Pattern.compile("^(?:v?\\d[^,:]*|\\{[\\w-]+\\}[^,:]*)(?:,[^:]*)?(?::.*)?$");
  private static final Pattern ADMONITION = Pattern.compile("^(NOTE|TIP|IMPORTANT|CAUTION|WARNING):[ \\t]+(.*)$");
  private static final Pattern CONDITIONAL = Pattern.compile("^(ifdef|ifndef|ifeval|endif)::([^\\[]*)\\[(.*)\\][ \\t]*$");
  private static final Pattern INCLUDE = Pattern.compile("^include::(\\S*)\\[(.*)\\][ \\t]*$");
  private static final Pattern VERBATIM_DELIMITER = Pattern.compile("-{4,}|\\.{4,}|/{4,}|\\+{4,}|```.*");
  private static final Pattern SHORTHAND_ID = Pattern.compile("(?:^|[\\s,\\w.%])#([\\w:-]+)");
  private static final Pattern NAMED_ID = Pattern.compile("\\bid=\"?([\\w:.-]+)");
  private static final Pattern STYLE_SHORTHANDS = Pattern.compile("^([^.#%]*)(.*)$");
  private static final Pattern SHORTHAND = Pattern.compile("([.#%])([^.#%]+)");
  private static final Pattern REPEAT = Pattern.compile("^\\s*(\\d+)\\*");
  private static final Pattern SPEC =
      Pattern.compile("^(?:(\\d+)\\*)?(?:(\\d*)(?:\\.(\\d+))?\\+)?(?:[<^>])?(?:\\.[<^>])?([adehlmsv])?$");
  private static final Pattern NUMBERED_MARKER = Pattern.compile("\\d+\\.|[a-zA-Z]\\.|[ivxIVX]+\\)|:{2,4}|;;");
  private static final Set<String> ADMONITIONS = Set.of("NOTE", "TIP", "IMPORTANT", "CAUTION", "WARNING");
  private static final Set<String> VERBATIM_STYLES =
      Set.of("source", "listing", "literal", "pass", "comment", "stem", "latexmath", "asciimath", "plantuml", "ditaa", "graphviz");
  private static final Set<String> UNNUMBERED_STYLES =
      Set.of("preface", "abstract", "bibliography", "glossary", "index", "colophon", "dedication", "acknowledgments", "partintro");

  /** The prefixes that mark informative paragraphs for the extractor (see {@link TextShapes#NOTE_START}). */
  private static final String NOTE = "NOTE: ";
  private static final String EXAMPLE = "EXAMPLE: ";

  private record Line(int no, String text) {}

  /** Attributes of the next block: style (first positional), options, named attributes, id. */
  private static final class Attrs {
    String style;
    final Set<String> options = new LinkedHashSet<>();
    final Map<String, String> named = new HashMap<>();
    String id;

    boolean has(String option) {
      return options.contains(option);
    }
  }

  // ------------------------------------------------------------------------------------ reading

  Result read(String text) {
    String[] raw = text.split("\\r\\n|\\r|\\n", -1);
    List<String> includes = new ArrayList<>();
    List<Line> lines = preprocess(raw, includes);
    Parser p = new Parser(lines, sectionIds(lines));
    p.document();
    return new Result(List.copyOf(p.out), List.copyOf(includes));
  }

  /**
   * Conditionals and includes, like Asciidoctor's preprocessor: lines in a false {@code ifdef} /
   * {@code ifndef} / {@code ifeval} are dropped, {@code include::} lines are dropped and recorded.
   * Attribute entries outside verbatim blocks are tracked so that conditionals see them.
   */
  private static List<Line> preprocess(String[] raw, List<String> includes) {
    List<Line> out = new ArrayList<>(raw.length);
    Map<String, String> attrs = new HashMap<>();
    Deque<Boolean> active = new ArrayDeque<>();
    String verbatim = null;
    for (int i = 0; i < raw.length; i++) {
      String t = raw[i];
      if (t.indexOf('\t') >= 0 && t.isBlank()) {
        t = "";
      }
      Matcher c = CONDITIONAL.matcher(t);
      if (c.matches()) {
        String kind = c.group(1);
        if (kind.equals("endif")) {
          if (!active.isEmpty()) {
            active.pop();
          }
          continue;
        }
        boolean on = !active.contains(Boolean.FALSE);
        boolean cond;
        if (kind.equals("ifeval")) {
          cond = evaluate(resolveSimple(c.group(3), attrs));
        } else {
          String names = c.group(2);
          boolean all = names.contains("+");
          boolean any = false;
          boolean every = true;
          for (String n : names.split("[,+]")) {
            if (n.isBlank()) {
              continue;
            }
            boolean d = attrs.containsKey(n.strip());
            any |= d;
            every &= d;
          }
          boolean defined = all ? every : any;
          cond = kind.equals("ifdef") == defined;
          if (!c.group(3).isEmpty()) {
            if (on && cond) {
              out.add(new Line(i + 1, c.group(3))); // single-line form: ifdef::name[text]
            }
            continue;
          }
        }
        active.push(cond);
        continue;
      }
      if (active.contains(Boolean.FALSE)) {
        continue;
      }
      Matcher inc = INCLUDE.matcher(t);
      if (inc.matches()) {
        includes.add(t.strip());
        continue;
      }
      String d = t.stripTrailing();
      if (verbatim != null) {
        if (d.equals(verbatim)) {
          verbatim = null;
        }
      } else if (VERBATIM_DELIMITER.matcher(d).matches()) {
        verbatim = d.startsWith("```") ? "```" : d;
      } else {
        Matcher a = ATTR_ENTRY.matcher(t);
        if (a.matches()) {
          boolean unset = !a.group(1).isEmpty() || !a.group(3).isEmpty();
          if (unset) {
            attrs.remove(a.group(2));
          } else {
            attrs.put(a.group(2), a.group(4) == null ? "" : a.group(4));
          }
        }
      }
      out.add(new Line(i + 1, t));
    }
    return out;
  }

  private static String resolveSimple(String expr, Map<String, String> attrs) {
    Matcher m = ATTR_REF.matcher(expr);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String v = attrs.get(m.group(1));
      m.appendReplacement(b, Matcher.quoteReplacement(v == null ? "" : v));
    }
    m.appendTail(b);
    return b.toString();
  }

  private static final Pattern COMPARISON = Pattern.compile("^\\s*(.*?)\\s*(==|!=|<=|>=|<|>)\\s*(.*?)\\s*$");

  /** {@code ifeval} with one comparison of numbers or quoted strings; anything else counts as true. */
  static boolean evaluate(String expr) {
    Matcher m = COMPARISON.matcher(expr);
    if (!m.matches()) {
      return true;
    }
    String l = unquote(m.group(1));
    String r = unquote(m.group(3));
    int cmp;
    try {
      cmp = Double.compare(Double.parseDouble(l), Double.parseDouble(r));
    } catch (NumberFormatException e) {
      cmp = l.compareTo(r);
    }
    return switch (m.group(2)) {
      case "==" -> cmp == 0;
      case "!=" -> cmp != 0;
      case "<" -> cmp < 0;
      case ">" -> cmp > 0;
      case "<=" -> cmp <= 0;
      default -> cmp >= 0;
    };
  }

  private static String unquote(String s) {
    if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
      return s.substring(1, s.length() - 1);
    }
    return s;
  }

  /** Section ids (explicit or generated as Asciidoctor does) → section title, for {@code <<id>>}. */
  private static Map<String, String> sectionIds(List<Line> lines) {
    Map<String, String> ids = new HashMap<>();
    String pending = null;
    String verbatim = null;
    for (Line l : lines) {
      String t = l.text();
      String d = t.stripTrailing();
      if (verbatim != null) {
        if (d.equals(verbatim)) {
          verbatim = null;
        }
        continue;
      }
      if (VERBATIM_DELIMITER.matcher(d).matches()) {
        verbatim = d.startsWith("```") ? "```" : d;
        continue;
      }
      Matcher a = BLOCK_ANCHOR.matcher(t);
      if (a.matches()) {
        pending = a.group(1);
        if (a.group(2) != null && !a.group(2).isBlank()) {
          ids.putIfAbsent(a.group(1), a.group(2).strip());
        }
        continue;
      }
      Matcher attrs = BLOCK_ATTRS.matcher(t);
      if (attrs.matches()) {
        Matcher id = SHORTHAND_ID.matcher(attrs.group(1));
        if (id.find()) {
          pending = id.group(1);
        }
        Matcher named = NAMED_ID.matcher(attrs.group(1));
        if (named.find()) {
          pending = named.group(1);
        }
        continue;
      }
      Matcher s = SECTION.matcher(t);
      if (s.matches()) {
        String title = XhtmlBlockHandler.clean(new Inline(Map.of(), Map.of()).apply(s.group(2)));
        ids.putIfAbsent(pending != null ? pending : autoId(title), title);
        pending = null;
        continue;
      }
      if (!t.isBlank()) {
        pending = null;
      }
    }
    return ids;
  }

  /** Asciidoctor's generated section id: "_" + lower case, runs of space/dot/hyphen as "_". */
  static String autoId(String title) {
    String s = title.toLowerCase(Locale.ROOT).replaceAll("&[#\\w]+;", "").replaceAll("[^\\p{L}\\p{N}_ .-]", "");
    s = s.replaceAll("[ .-]+", "_");
    s = "_" + s;
    s = s.replaceAll("_+", "_");
    while (s.length() > 1 && s.endsWith("_")) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }

  // ------------------------------------------------------------------------------------ parser

  private static final class Parser {
    final List<Line> lines;
    final Map<String, String> sectionIds;
    final List<Block> out = new ArrayList<>();
    final Map<String, String> attrs = new HashMap<>();
    final Inline inline;
    int pos;
    boolean started; // anything but attribute entries and comments seen
    Attrs pending;
    Line pendingTitle;
    // section numbering
    final int[] counters = new int[8];
    int appendices;
    String appendixLetter;

    Parser(List<Line> lines, Map<String, String> sectionIds) {
      this.lines = lines;
      this.sectionIds = sectionIds;
      this.inline = new Inline(attrs, sectionIds);
    }

    void document() {
      while (pos < lines.size()) {
        block(null, null);
      }
    }

    /** Reads blocks until the line {@code end} (consumed) or the end of the text. */
    void blocks(String end, String prefix) {
      while (pos < lines.size()) {
        if (end != null && lines.get(pos).text().stripTrailing().equals(end)) {
          pos++;
          clearPending();
          return;
        }
        block(end, prefix);
      }
    }

    private void clearPending() {
      pending = null;
      pendingTitle = null;
    }

    private Attrs attrs() {
      if (pending == null) {
        pending = new Attrs();
      }
      return pending;
    }

    /**
     * Reads one construct at the current line: a block, or a line that prepares one (attribute
     * entry, attribute list, anchor, title).
     *
     * @return true when a block (or something skipped in its place) was read
     */
    boolean block(String end, String prefix) {
      Line l = lines.get(pos);
      String t = l.text();
      String d = t.stripTrailing();
      if (t.isBlank()) {
        pos++;
        return false;
      }
      if (isLineComment(t)) {
        pos++;
        return false;
      }
      Matcher ae = ATTR_ENTRY.matcher(t);
      if (ae.matches()) {
        pos++;
        attributeEntry(ae);
        return false;
      }
      if (!started && t.startsWith("= ") && !t.substring(2).isBlank()) {
        started = true;
        header(l);
        return true;
      }
      started = true;
      Matcher anchor = BLOCK_ANCHOR.matcher(t);
      if (anchor.matches()) {
        pos++;
        attrs().id = anchor.group(1);
        return false;
      }
      Matcher ba = BLOCK_ATTRS.matcher(t);
      if (ba.matches() && !d.matches("\\[\\[.*\\]\\]")) {
        pos++;
        parseAttrList(ba.group(1), attrs());
        return false;
      }
      Matcher title = BLOCK_TITLE.matcher(t);
      if (title.matches() && !DELIMITER.matcher(t).matches()) {
        pos++;
        pendingTitle = l;
        return false;
      }
      Matcher sec = SECTION.matcher(t);
      if (sec.matches()) {
        pos++;
        section(l, sec.group(1).length(), sec.group(2));
        clearPending();
        return true;
      }
      if (DELIMITER.matcher(t).matches()) {
        delimited(d, prefix);
        return true;
      }
      if (BLOCK_MACRO.matcher(t).matches() || BREAK.matcher(t).matches()) {
        pos++;
        clearPending();
        return true;
      }
      if (listMarker(t) != null) {
        list(end, prefix);
        return true;
      }
      if (t.startsWith(" ") || t.startsWith("\t")) {
        skipParagraph(end); // a literal paragraph
        return true;
      }
      paragraph(end, prefix, false);
      return true;
    }

    private void attributeEntry(Matcher ae) {
      String name = ae.group(2);
      if (!ae.group(1).isEmpty() || !ae.group(3).isEmpty()) {
        attrs.remove(name);
        return;
      }
      StringBuilder v = new StringBuilder(ae.group(4) == null ? "" : ae.group(4));
      // a value wrapped with a trailing backslash continues on the next line
      while ((endsWith(v, " \\") || endsWith(v, " + \\")) && pos < lines.size()) {
        v.setLength(v.length() - (endsWith(v, " + \\") ? 4 : 2));
        v.append(' ').append(lines.get(pos).text().strip());
        pos++;
      }
      String value = inline.attributes(v.toString().strip());
      attrs.put(name, value);
    }

    private static boolean endsWith(StringBuilder b, String s) {
      return b.length() >= s.length() && b.substring(b.length() - s.length()).equals(s);
    }

    /** "= Title", then the author and revision lines and attribute entries up to a blank line. */
    private void header(Line l) {
      pos++;
      String title = text(l.text().substring(2));
      clearPending();
      if (!title.isEmpty()) {
        out.add(Block.heading(1, title, null, l.no()));
      }
      int skipped = 0;
      while (pos < lines.size()) {
        String t = lines.get(pos).text();
        if (t.isBlank()) {
          return;
        }
        Matcher ae = ATTR_ENTRY.matcher(t);
        if (ae.matches()) {
          pos++;
          attributeEntry(ae);
        } else if (isLineComment(t)) {
          pos++;
        } else if (skipped == 0 && !SECTION.matcher(t).matches() && !DELIMITER.matcher(t).matches()
            || skipped == 1 && REVISION.matcher(t).matches()) {
          pos++; // author line, revision line
          skipped++;
        } else {
          return;
        }
      }
    }

    private void section(Line l, int marks, String rawTitle) {
      Attrs a = pending == null ? new Attrs() : pending;
      String title = text(rawTitle);
      int level = Math.max(1, marks + levelOffset());
      String style = a.style == null ? "" : a.style;
      int sectionLevel = level - 1; // Asciidoctor: "==" is a level-1 section
      if (!style.equals("discrete") && !style.equals("float") && sectionLevel >= 1) {
        title = numbered(sectionLevel, style, title);
      }
      if (!title.isEmpty()) {
        out.add(Block.heading(level, title, null, l.no()));
      }
    }

    private int levelOffset() {
      String v = attrs.get("leveloffset");
      if (v == null || v.isBlank()) {
        return 0;
      }
      try {
        return Integer.parseInt(v.strip().replace("+", ""));
      } catch (NumberFormatException e) {
        return 0;
      }
    }

    /** Applies {@code :sectnums:} numbering and {@code [appendix]} captions. */
    private String numbered(int level, String style, String title) {
      if (level >= counters.length) {
        return title;
      }
      boolean appendix = level == 1 && style.equals("appendix");
      if (level == 1) {
        appendixLetter = appendix ? letter(++appendices) : null;
      }
      boolean sectnums = attrs.containsKey("sectnums") || attrs.containsKey("numbered");
      int maxLevel = 3;
      try {
        maxLevel = Integer.parseInt(attrs.getOrDefault("sectnumlevels", "3").strip());
      } catch (NumberFormatException e) {
        // keep the default
      }
      if (appendix) {
        java.util.Arrays.fill(counters, 0);
        String caption = attrs.containsKey("appendix-caption") ? attrs.get("appendix-caption") : "Appendix";
        if (!attrs.containsKey("appendix-caption") && attrs.containsKey("appendix-caption!")) {
          caption = "";
        }
        return caption.isEmpty() ? appendixLetter + ". " + title : caption + " " + appendixLetter + ": " + title;
      }
      if (!sectnums || level > maxLevel || UNNUMBERED_STYLES.contains(style)) {
        return title;
      }
      counters[level]++;
      for (int k = level + 1; k < counters.length; k++) {
        counters[k] = 0;
      }
      StringBuilder n = new StringBuilder();
      for (int k = 1; k <= level; k++) {
        if (n.length() > 0) {
          n.append('.');
        }
        n.append(k == 1 && appendixLetter != null ? appendixLetter : String.valueOf(counters[k]));
      }
      return n + " " + title;
    }

    private static String letter(int n) {
      StringBuilder b = new StringBuilder();
      for (int k = n; k > 0; k = (k - 1) / 26) {
        b.insert(0, (char) ('A' + (k - 1) % 26));
      }
      return b.toString();
    }

    /** Emits the pending block title as a paragraph before its block. */
    private void emitTitle(String prefix) {
      if (pendingTitle != null) {
        Matcher m = BLOCK_TITLE.matcher(pendingTitle.text());
        if (m.matches()) {
          String t = text(m.group(1));
          if (!t.isEmpty()) {
            out.add(Block.paragraph(prefixed(prefix, t), null, pendingTitle.no()));
          }
        }
      }
      pendingTitle = null;
    }

    private void delimited(String delimiter, String prefix) {
      Attrs a = pending == null ? new Attrs() : pending;
      String style = a.style == null ? "" : a.style;
      pos++;
      char c = delimiter.charAt(0);
      if (delimiter.startsWith("```")) {
        skipUntil("```");
        clearPending();
        return;
      }
      if (delimiter.length() >= 4 && delimiter.substring(1).startsWith("===") && (c == '|' || c == ',' || c == ':' || c == '!')) {
        emitTitle(prefix);
        pending = null;
        table(delimiter, a, c);
        return;
      }
      if (c == '-' && delimiter.length() > 2 || c == '.' || c == '+' || c == '/' || VERBATIM_STYLES.contains(style)) {
        skipUntil(delimiter); // listing, literal, passthrough, comment: no statements
        clearPending();
        return;
      }
      String inner = prefix;
      if (prefix == null && isAdmonitionStyle(style)) {
        inner = NOTE;
      } else if (prefix == null && (c == '=' && style.isEmpty() || style.equals("example"))) {
        inner = EXAMPLE;
      }
      emitTitle(inner);
      pending = null;
      blocks(delimiter, inner);
    }

    private static boolean isAdmonitionStyle(String style) {
      return ADMONITIONS.contains(style);
    }

    private void skipUntil(String delimiter) {
      while (pos < lines.size()) {
        String t = lines.get(pos++).text().stripTrailing();
        if (t.equals(delimiter)) {
          return;
        }
      }
    }

    private void skipParagraph(String end) {
      while (pos < lines.size() && !lines.get(pos).text().isBlank()
          && !(end != null && lines.get(pos).text().stripTrailing().equals(end))) {
        pos++;
      }
      clearPending();
    }

    // ------------------------------------------------------------------ paragraphs

    /** Reads one paragraph; in a list, list items and continuations end it too. */
    private List<Line> paragraphLines(String end, boolean inList) {
      List<Line> body = new ArrayList<>();
      while (pos < lines.size()) {
        Line l = lines.get(pos);
        String t = l.text();
        if (t.isBlank()) {
          break;
        }
        if (end != null && t.stripTrailing().equals(end)) {
          break;
        }
        if (!body.isEmpty()) {
          if (DELIMITER.matcher(t).matches() || BLOCK_ATTRS.matcher(t).matches() || SECTION_LINE.matcher(t).lookingAt()) {
            break;
          }
          Marker m = listMarker(t);
          if (m != null && (inList || !NUMBERED_MARKER.matcher(m.key()).matches())) {
            break; // a bullet starts a list even without a blank line before it (not "1." in running text)
          }
          if (inList && t.strip().equals("+")) {
            break;
          }
        }
        pos++;
        if (isLineComment(t)) {
          continue;
        }
        body.add(l);
      }
      return body;
    }

    private void paragraph(String end, String prefix, boolean inList) {
      Attrs a = pending == null ? new Attrs() : pending;
      String style = a.style == null ? "" : a.style;
      if (VERBATIM_STYLES.contains(style)) {
        skipParagraph(end);
        return;
      }
      String p = prefix;
      if (p == null && isAdmonitionStyle(style)) {
        p = NOTE;
      } else if (p == null && style.equals("example")) {
        p = EXAMPLE;
      }
      emitTitle(p);
      pending = null;
      List<Line> body = paragraphLines(end, inList);
      if (body.isEmpty()) {
        return;
      }
      List<String> texts = new ArrayList<>();
      for (Line l : body) {
        String t = l.text();
        if (t.startsWith("> ") || t.equals(">")) {
          t = t.substring(1); // Markdown-style quote
        }
        texts.add(stripHardBreak(t.strip()));
      }
      Matcher adm = ADMONITION.matcher(texts.get(0));
      if (adm.matches()) {
        if (p == null) {
          p = NOTE;
        }
        texts.set(0, adm.group(2));
      }
      Line first = body.get(0);
      if (p == null && texts.size() >= 2 && labelLines(body, texts)) {
        return;
      }
      String t = text(String.join("\n", texts));
      if (t.isEmpty()) {
        return;
      }
      if (p == null && texts.size() == 1 && isNumberedHeadingLine(t)) {
        out.add(Block.heading(TextLayout.headingLevel(t), t, null, first.no()));
        return;
      }
      out.add(Block.paragraph(prefixed(p, t), null, first.no()));
    }

    /** Every line "Label: value": one paragraph per line, as in the Markdown reader. */
    private boolean labelLines(List<Line> body, List<String> texts) {
      List<String> cleaned = new ArrayList<>();
      for (String t : texts) {
        String c = text(t);
        if (!TextLayout.LABEL_VALUE.matcher(c).matches()) {
          return false;
        }
        cleaned.add(c);
      }
      for (int i = 0; i < cleaned.size(); i++) {
        out.add(Block.paragraph(cleaned.get(i), null, body.get(i).no()));
      }
      return true;
    }

    private static boolean isNumberedHeadingLine(String t) {
      return (TextLayout.NUMBERED_HEADING.matcher(t).matches() || TextLayout.ANNEX_HEADING.matcher(t).matches())
          && TextLayout.isHeading(t);
    }

    // ------------------------------------------------------------------ lists

    private record Marker(String key, String text, boolean description) {}

    /** The list marker of a line, or null. */
    static Marker listMarker(String t) {
      Matcher u = UNORDERED.matcher(t);
      if (u.matches() && !BREAK.matcher(t).matches()) {
        return new Marker(u.group(1), u.group(2), false);
      }
      Matcher o = ORDERED.matcher(t);
      if (o.matches()) {
        String m = o.group(1);
        String key =
            m.startsWith(".") ? m
                : m.matches("\\d+\\.") ? "1."
                : m.matches("[ivx]+\\)") ? "i)"
                : m.matches("[IVX]+\\)") ? "I)"
                : Character.isUpperCase(m.charAt(0)) ? "A." : "a.";
        return new Marker(key, o.group(2), false);
      }
      Matcher dl = DESCRIPTION.matcher(t);
      if (dl.matches() && !t.startsWith("//") && !ATTR_ENTRY.matcher(t).matches() && !BLOCK_MACRO.matcher(t).matches()
          && !SECTION.matcher(t).matches() && !dl.group(1).endsWith(":")) {
        String def = dl.group(3) == null ? "" : dl.group(3);
        return new Marker(dl.group(2), dl.group(1).strip() + (def.isBlank() ? "" : "\u0000" + def), true);
      }
      return null;
    }

    /** One list item being read. */
    private static final class Item {
      final int depth;
      final int line;
      final boolean description;
      final StringBuilder text = new StringBuilder();
      boolean hasDefinition;

      Item(int depth, int line, boolean description) {
        this.depth = depth;
        this.line = line;
        this.description = description;
      }

      void append(String s) {
        if (s.isBlank()) {
          return;
        }
        if (text.length() > 0) {
          text.append(description && !hasDefinition ? "\u0000" : "\n");
        }
        if (description) {
          hasDefinition = hasDefinition || text.length() > 0;
        }
        text.append(s);
      }
    }

    private void list(String end, String prefix) {
      emitTitle(prefix);
      pending = null;
      List<String> markers = new ArrayList<>();
      Item cur = null;
      int lastDepth = 1;
      while (pos < lines.size()) {
        Line l = lines.get(pos);
        String t = l.text();
        if (end != null && t.stripTrailing().equals(end)) {
          break;
        }
        Marker m = listMarker(t);
        if (m != null) {
          flush(cur, prefix);
          int at = markers.indexOf(m.key());
          if (at < 0) {
            markers.add(m.key());
            at = markers.size() - 1;
          } else {
            while (markers.size() > at + 1) {
              markers.remove(markers.size() - 1);
            }
          }
          lastDepth = at + 1;
          cur = new Item(lastDepth, l.no(), m.description());
          String text = m.text();
          if (m.description()) {
            int z = text.indexOf('\u0000');
            cur.text.append(z < 0 ? text : text.substring(0, z));
            if (z >= 0) {
              cur.append(stripHardBreak(text.substring(z + 1).strip()));
            }
          } else {
            cur.append(stripHardBreak(text.strip()));
          }
          pos++;
          continue;
        }
        if (t.isBlank() || isLineComment(t)) {
          int k = pos;
          boolean blank = false;
          boolean separated = false; // a line comment after a blank line ends the list (Asciidoctor's list separator)
          while (k < lines.size() && (lines.get(k).text().isBlank() || isLineComment(lines.get(k).text()))) {
            if (lines.get(k).text().isBlank()) {
              blank = true;
            } else if (blank) {
              separated = true;
            }
            k++;
          }
          if (!separated && k < lines.size() && listMarker(lines.get(k).text()) != null
              && !(end != null && lines.get(k).text().stripTrailing().equals(end))) {
            pos = k;
            continue;
          }
          if (cur != null && cur.description && !cur.hasDefinition && k < lines.size() && k > pos
              && isPlainText(lines.get(k).text())) {
            pos = k; // "term::", blank line, then its definition
            List<Line> body = paragraphLines(end, true);
            for (Line b : body) {
              cur.append(stripHardBreak(b.text().strip()));
            }
            continue;
          }
          break;
        }
        if (t.strip().equals("+")) {
          pos++;
          while (pos < lines.size() && (lines.get(pos).text().isBlank() || isLineComment(lines.get(pos).text()))) {
            pos++;
          }
          if (pos >= lines.size() || end != null && lines.get(pos).text().stripTrailing().equals(end)) {
            break;
          }
          String next = lines.get(pos).text();
          if (isPlainText(next) && listMarker(next) == null) {
            List<Line> body = paragraphLines(end, true);
            if (cur == null) {
              cur = new Item(lastDepth, body.isEmpty() ? l.no() : body.get(0).no(), false);
            }
            for (Line b : body) {
              cur.append(stripHardBreak(b.text().strip()));
            }
          } else {
            flush(cur, prefix);
            cur = null;
            while (pos < lines.size()
                && !(end != null && lines.get(pos).text().stripTrailing().equals(end))
                && !block(end, prefix)) {
              // attribute lines and titles of the attached block
            }
          }
          continue;
        }
        if (cur != null && isPlainText(t)) {
          cur.append(stripHardBreak(t.strip())); // the item's text goes on
          pos++;
          continue;
        }
        break;
      }
      flush(cur, prefix);
      clearPending();
    }

    /** A line that is neither markup starting a block nor a block delimiter. */
    private static boolean isPlainText(String t) {
      return !t.isBlank()
          && !DELIMITER.matcher(t).matches()
          && !BLOCK_ATTRS.matcher(t).matches()
          && !SECTION.matcher(t).matches()
          && !ATTR_ENTRY.matcher(t).matches()
          && !BLOCK_MACRO.matcher(t).matches()
          && !isLineComment(t)
          && !t.strip().equals("+");
    }

    private void flush(Item item, String prefix) {
      if (item == null) {
        return;
      }
      String raw = item.text.toString();
      String t;
      if (item.description) {
        int z = raw.indexOf('\u0000');
        String term = text(z < 0 ? raw : raw.substring(0, z));
        String def = z < 0 ? "" : text(raw.substring(z + 1).replace('\u0000', '\n'));
        t = def.isEmpty() ? term : term.isEmpty() ? def : term + ": " + def;
      } else {
        t = text(raw);
      }
      if (!t.isEmpty()) {
        out.add(Block.listItem(item.depth, prefixed(prefix, t), null, item.line));
      }
    }

    // ------------------------------------------------------------------ tables

    private record Cell(int line, StringBuilder text, int span, int repeat, char style) {}

    private static final Pattern CELL_SPEC =
        Pattern.compile("(?:^|(?<=[ \\t]))((?:(\\d+)\\*)?(?:(\\d*)(?:\\.(\\d+))?\\+)?(?:[<^>])?(?:\\.[<^>])?([adehlmsv])?)$");

    private void table(String delimiter, Attrs a, char delimChar) {
      List<Line> body = new ArrayList<>();
      while (pos < lines.size()) {
        Line l = lines.get(pos++);
        if (l.text().stripTrailing().equals(delimiter)) {
          break;
        }
        body.add(l);
      }
      String format = a.named.getOrDefault("format", delimChar == ',' ? "csv" : delimChar == ':' ? "dsv" : "psv");
      String sep = a.named.get("separator");
      int cols = columns(a.named.get("cols"));
      boolean header = a.has("header");
      boolean noHeader = a.has("noheader");
      // implicit header: the first line, followed by a blank line
      int firstIdx = 0;
      while (firstIdx < body.size() && body.get(firstIdx).text().isBlank()) {
        firstIdx++;
      }
      boolean implicit = !noHeader && firstIdx == 0 && body.size() > 1 && body.get(1).text().isBlank();
      List<List<Cell>> rows;
      if (format.equals("csv") || format.equals("tsv") || format.equals("dsv")) {
        char s = sep != null && !sep.isEmpty() ? sep.charAt(0) : format.equals("csv") ? ',' : format.equals("tsv") ? '\t' : ':';
        rows = delimitedRows(body, s, format.equals("csv"));
      } else {
        char s = sep != null && !sep.isEmpty() ? sep.charAt(0) : delimChar == '!' ? '!' : '|';
        rows = psvRows(body, s, cols, firstIdx);
      }
      List<String> head = List.of();
      int start = 0;
      if (!rows.isEmpty() && !noHeader && (header || implicit)) {
        head = cellTexts(rows.get(0));
        start = 1;
      }
      for (int r = start; r < rows.size(); r++) {
        List<String> cells = cellTexts(rows.get(r));
        if (cells.stream().anyMatch(c -> !c.isEmpty())) {
          out.add(Block.tableRow(cells, head, null, rows.get(r).get(0).line()));
        }
      }
    }

    private List<String> cellTexts(List<Cell> row) {
      List<String> cells = new ArrayList<>();
      for (Cell c : row) {
        String raw = c.text().toString();
        String t = c.style() == 'l' ? XhtmlBlockHandler.clean(raw) : text(raw);
        for (int k = 0; k < c.repeat(); k++) {
          cells.add(t);
        }
      }
      return cells;
    }

    /** Number of columns in a {@code cols} attribute: "1,2,1" → 3, "3*" → 3, "3" → 3. */
    static int columns(String spec) {
      if (spec == null || spec.isBlank()) {
        return 0;
      }
      String s = spec.strip();
      if (s.matches("\\d+")) {
        return Integer.parseInt(s);
      }
      int n = 0;
      for (String part : s.split("[,;]")) {
        Matcher m = REPEAT.matcher(part);
        n += m.find() ? Integer.parseInt(m.group(1)) : 1;
      }
      return n;
    }

    /** Prefix-separated values: "|a |b" cells, cells over several lines, rows by column count. */
    private List<List<Cell>> psvRows(List<Line> body, char sep, int cols, int firstIdx) {
      List<Cell> cells = new ArrayList<>();
      Cell cur = null;
      int firstLineWidth = 0;
      for (int i = 0; i < body.size(); i++) {
        Line l = body.get(i);
        String s = l.text();
        if (s.isBlank()) {
          if (cur != null) {
            cur.text().append('\n');
          }
          continue;
        }
        if (isLineComment(s)) {
          continue;
        }
        int from = 0;
        boolean any = false;
        for (int k = 0; k < s.length(); k++) {
          if (s.charAt(k) != sep || k > 0 && s.charAt(k - 1) == '\\') {
            continue;
          }
          String seg = s.substring(from, k);
          Matcher spec = CELL_SPEC.matcher(seg);
          String specText = "";
          if (spec.find() && (spec.group(1).length() > 0)) {
            specText = spec.group(1);
            seg = seg.substring(0, spec.start(1));
          }
          if (cur != null) {
            appendCell(cur, seg);
            cells.add(cur);
          }
          cur = newCell(l.no(), specText);
          if (i == firstIdx) {
            firstLineWidth += cur.span() * cur.repeat();
          }
          any = true;
          from = k + 1;
        }
        String rest = s.substring(from);
        if (cur != null) {
          if (!any && cur.text().length() > 0) {
            cur.text().append('\n');
          }
          appendCell(cur, rest);
        }
      }
      if (cur != null) {
        cells.add(cur);
      }
      int n = cols > 0 ? cols : Math.max(1, firstLineWidth);
      List<List<Cell>> rows = new ArrayList<>();
      List<Cell> row = new ArrayList<>();
      int width = 0;
      for (Cell c : cells) {
        row.add(c);
        width += c.span() * c.repeat();
        if (width >= n) {
          rows.add(row);
          row = new ArrayList<>();
          width = 0;
        }
      }
      if (!row.isEmpty()) {
        rows.add(row);
      }
      return rows;
    }

    private static void appendCell(Cell c, String s) {
      String t = s.replace("\\" + "|", "|");
      if (c.text().length() > 0 && c.text().charAt(c.text().length() - 1) != '\n' && !t.isBlank()) {
        c.text().append(' ');
      }
      c.text().append(t);
    }

    private static Cell newCell(int line, String spec) {
      int repeat = 1;
      int span = 1;
      char style = 'd';
      Matcher m = SPEC.matcher(spec);
      if (m.matches()) {
        if (m.group(1) != null) {
          repeat = Math.max(1, Math.min(64, Integer.parseInt(m.group(1))));
        }
        if (m.group(2) != null && !m.group(2).isEmpty()) {
          span = Math.max(1, Math.min(64, Integer.parseInt(m.group(2))));
        }
        if (m.group(4) != null) {
          style = m.group(4).charAt(0);
        }
      }
      return new Cell(line, new StringBuilder(), span, repeat, style);
    }

    /** CSV / TSV / DSV: one row per line (quoted CSV fields may hold the separator). */
    private static List<List<Cell>> delimitedRows(List<Line> body, char sep, boolean quotes) {
      List<List<Cell>> rows = new ArrayList<>();
      for (Line l : body) {
        if (l.text().isBlank()) {
          continue;
        }
        List<Cell> row = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean q = false;
        String s = l.text();
        for (int k = 0; k < s.length(); k++) {
          char c = s.charAt(k);
          if (quotes && c == '"') {
            if (q && k + 1 < s.length() && s.charAt(k + 1) == '"') {
              f.append('"');
              k++;
            } else {
              q = !q;
            }
          } else if (c == sep && !q && !(!quotes && k > 0 && s.charAt(k - 1) == '\\')) {
            row.add(new Cell(l.no(), new StringBuilder(f.toString().strip()), 1, 1, 'd'));
            f.setLength(0);
          } else {
            f.append(c);
          }
        }
        row.add(new Cell(l.no(), new StringBuilder(f.toString().strip()), 1, 1, 'd'));
        rows.add(row);
      }
      return rows;
    }

    // ------------------------------------------------------------------ text

    private String text(String s) {
      return XhtmlBlockHandler.clean(inline.apply(s));
    }
  }

  private static String prefixed(String prefix, String t) {
    if (prefix == null || TextShapes.isNoteOrExample(t)) {
      return t;
    }
    return prefix + t;
  }

  private static String stripHardBreak(String t) {
    if (t.endsWith(" +")) {
      return t.substring(0, t.length() - 2).stripTrailing();
    }
    return t;
  }

  static boolean isLineComment(String t) {
    return t.startsWith("//") && !t.startsWith("////");
  }

  /** Parses "[style#id.role%opt,pos2,name=value,options="a,b"]" into {@code a}. */
  static void parseAttrList(String list, Attrs a) {
    List<String> parts = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    char quote = 0;
    for (int i = 0; i < list.length(); i++) {
      char c = list.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          cur.append(c);
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == ',') {
        parts.add(cur.toString().strip());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    parts.add(cur.toString().strip());
    boolean first = true;
    for (String p : parts) {
      int eq = p.indexOf('=');
      if (eq > 0 && p.substring(0, eq).matches("[\\w-]+")) {
        String key = p.substring(0, eq).strip().toLowerCase(Locale.ROOT);
        String value = p.substring(eq + 1).strip();
        if (key.equals("options") || key.equals("opts")) {
          for (String o : value.split(",")) {
            if (!o.isBlank()) {
              a.options.add(o.strip());
            }
          }
        } else if (key.equals("id")) {
          a.id = value;
        } else {
          a.named.put(key, value);
        }
      } else if (first) {
        // style with shorthands: source#id.role%option
        Matcher m = STYLE_SHORTHANDS.matcher(p);
        if (m.matches()) {
          if (!m.group(1).isBlank()) {
            a.style = m.group(1).strip();
          }
          Matcher sh = SHORTHAND.matcher(m.group(2));
          while (sh.find()) {
            switch (sh.group(1)) {
              case "#" -> a.id = sh.group(2);
              case "%" -> a.options.add(sh.group(2));
              default -> { } // role
            }
          }
        }
      }
      first = false;
    }
  }

  // ------------------------------------------------------------------------------------ inline

  private static final Pattern ATTR_REF = Pattern.compile("\\{([\\w][\\w-]{0,100})\\}");

  /** Inline markup → plain text. */
  static final class Inline {
    private static final Map<String, String> BUILTIN =
        Map.ofEntries(
            Map.entry("nbsp", "\u00A0"), Map.entry("sp", " "), Map.entry("empty", ""), Map.entry("zwsp", "\u200B"),
            Map.entry("wj", "\u2060"), Map.entry("apos", "'"), Map.entry("quot", "\""), Map.entry("lsquo", "\u2018"),
            Map.entry("rsquo", "\u2019"), Map.entry("ldquo", "\u201C"), Map.entry("rdquo", "\u201D"),
            Map.entry("deg", "\u00B0"), Map.entry("plus", "+"), Map.entry("brvbar", "\u00A6"), Map.entry("vbar", "|"),
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("startsb", "["),
            Map.entry("endsb", "]"), Map.entry("caret", "^"), Map.entry("asterisk", "*"), Map.entry("tilde", "~"),
            Map.entry("backslash", "\\"), Map.entry("backtick", "`"), Map.entry("two-colons", "::"),
            Map.entry("two-semicolons", ";;"), Map.entry("cpp", "C++"), Map.entry("pp", "++"));
    private static final Map<String, String> ENTITIES =
        Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", "\u00A0"), Map.entry("mdash", "\u2014"), Map.entry("ndash", "\u2013"),
            Map.entry("hellip", "\u2026"), Map.entry("deg", "\u00B0"), Map.entry("plusmn", "\u00B1"),
            Map.entry("times", "\u00D7"), Map.entry("le", "\u2264"), Map.entry("ge", "\u2265"), Map.entry("micro", "\u00B5"),
            Map.entry("copy", "\u00A9"), Map.entry("reg", "\u00AE"), Map.entry("trade", "\u2122"),
            Map.entry("minus", "\u2212"), Map.entry("asymp", "\u2248"), Map.entry("ne", "\u2260"));

    private static final Pattern ESCAPED = Pattern.compile("\\\\([*_`#+{}\\[\\]<^~|])");
    private static final Pattern ESCAPED_MACRO =
        Pattern.compile("\\\\((?:link|mailto|xref|footnote|footnoteref|https?|ftp|irc|image|kbd|btn|menu|pass|anchor|icon|stem|indexterm2?)(?=:))");
    private static final Pattern PASS_MACRO = Pattern.compile("pass:[a-z,]*\\[([^\\]]{0,2000})\\]");
    private static final Pattern TRIPLE_PLUS = Pattern.compile("\\+\\+\\+(.{1,2000}?)\\+\\+\\+");
    private static final Pattern DOUBLE_DOLLAR = Pattern.compile("\\$\\$(.{1,2000}?)\\$\\$");
    private static final Pattern DOUBLE_PLUS = Pattern.compile("\\+\\+(.{1,2000}?)\\+\\+");
    private static final Pattern ROLE_MARK = Pattern.compile("\\[[\\w.#% -]{1,80}\\](?=##?[^#\\s])");
    private static final Pattern ROLE_QUOTE = Pattern.compile("\\[\\.[\\w. -]{1,80}\\](?=(\\*\\*?|__?|``?)\\S)");
    private static final Pattern SMART_DOUBLE = Pattern.compile("\"`(.{1,2000}?)`\"");
    private static final Pattern SMART_SINGLE = Pattern.compile("'`(.{1,2000}?)`'");
    private static final Pattern LINK = Pattern.compile("(?<![\\w\\\\])link:([^\\s\\[]{1,2000})\\[([^\\]]{0,2000})\\]");
    private static final Pattern MAILTO = Pattern.compile("(?<![\\w\\\\])mailto:([^\\s\\[]{1,500})\\[([^\\]]{0,2000})\\]");
    private static final Pattern URL_MACRO =
        Pattern.compile("(?<![\\w/\\\\])((?:https?|ftp|irc|file)://[^\\s\\[\\]<>\"]{1,2000})\\[([^\\]]{0,2000})\\]");
    private static final Pattern URL_ANGLE = Pattern.compile("<((?:https?|ftp|irc)://[^>\\s]{1,2000})>");
    private static final Pattern XREF_MACRO = Pattern.compile("(?<![\\w\\\\])xref:([^\\s\\[]{1,500})\\[([^\\]]{0,2000})\\]");
    private static final Pattern XREF = Pattern.compile("<<([^>,\\n]{1,300}?)(?:,[ \\t]*([^>\\n]{1,500}?))?>>");
    private static final Pattern FOOTNOTE = Pattern.compile("(?<![\\w\\\\])footnote(?:ref)?:[\\w-]{0,100}\\[(?:[^\\[\\]]|\\[[^\\]]*\\]){0,4000}\\]");
    private static final Pattern BIBLIO_ANCHOR = Pattern.compile("\\[\\[\\[([\\w:.-]{1,200})(?:,[ \\t]*([^\\]]{1,300}))?\\]\\]\\]");
    private static final Pattern INLINE_ANCHOR = Pattern.compile("\\[\\[[\\w:.-]{1,200}(?:,[^\\]]{0,300})?\\]\\]");
    private static final Pattern ANCHOR_MACRO = Pattern.compile("(?<![\\w\\\\])anchor:[\\w:.-]{1,200}\\[[^\\]]{0,300}\\]");
    private static final Pattern INDEX3 = Pattern.compile("\\(\\(\\(([^()]{0,300})\\)\\)\\)");
    private static final Pattern INDEX2 = Pattern.compile("\\(\\(([^()]{1,300})\\)\\)");
    private static final Pattern INDEXTERM = Pattern.compile("(?<![\\w\\\\])indexterm:\\[[^\\]]{0,300}\\]");
    private static final Pattern INDEXTERM2 = Pattern.compile("(?<![\\w\\\\])indexterm2:\\[([^\\]]{0,300})\\]");
    private static final Pattern IMAGE = Pattern.compile("(?<![\\w\\\\])image:([^\\s\\[:][^\\s\\[]{0,500})\\[([^\\]]{0,500})\\]");
    private static final Pattern ICON = Pattern.compile("(?<![\\w\\\\])icon:[\\w-]{1,100}\\[[^\\]]{0,300}\\]");
    private static final Pattern KBD = Pattern.compile("(?<![\\w\\\\])(?:kbd|btn):\\[([^\\]]{0,300})\\]");
    private static final Pattern MENU = Pattern.compile("(?<![\\w\\\\])menu:([^\\s\\[]{1,200})\\[([^\\]]{0,300})\\]");
    private static final Pattern STEM = Pattern.compile("(?<![\\w\\\\])(?:stem|latexmath|asciimath):\\[([^\\]]{0,2000})\\]");
    private static final Pattern CHAR_REF = Pattern.compile("&(?:#(\\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));");

    private final Map<String, String> attrs;
    private final Map<String, String> sectionIds;

    Inline(Map<String, String> attrs, Map<String, String> sectionIds) {
      this.attrs = attrs;
      this.sectionIds = sectionIds;
    }

    /** Placeholders protect text from further substitution: U+E000 index U+E001. */
    private static final class Protected {
      final List<String> values = new ArrayList<>();

      String put(String v) {
        values.add(v);
        return "\uE000" + (values.size() - 1) + "\uE001";
      }

      String restore(String s) {
        if (values.isEmpty()) {
          return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
          char c = s.charAt(i);
          int close = c == '\uE000' ? s.indexOf('\uE001', i) : -1;
          if (close > i) {
            try {
              int k = Integer.parseInt(s.substring(i + 1, close));
              b.append(restore(values.get(k)));
              i = close + 1;
              continue;
            } catch (RuntimeException e) {
              // not ours: keep the character
            }
          }
          b.append(c);
          i++;
        }
        return b.toString();
      }
    }

    String apply(String s) {
      if (s.isEmpty()) {
        return s;
      }
      Protected p = new Protected();
      s = replace(ESCAPED_MACRO, "\\", s, m -> p.put(m.group(1)));
      s = replace(ESCAPED, "\\", s, m -> p.put(m.group(1)));
      s = replace(PASS_MACRO, "pass:", s, m -> p.put(m.group(1)));
      s = replace(TRIPLE_PLUS, "+++", s, m -> p.put(m.group(1)));
      s = replace(DOUBLE_DOLLAR, "$$", s, m -> p.put(m.group(1)));
      s = replace(DOUBLE_PLUS, "++", s, m -> p.put(m.group(1)));
      s = unwrap(s, "+", true, p);
      // quotes (before attributes, as Asciidoctor: markup in an attribute's value stays as written)
      s = replace(ROLE_MARK, "]#", s, m -> "");
      s = replace(ROLE_QUOTE, "[.", s, m -> "");
      s = replace(SMART_DOUBLE, "\"`", s, m -> "\u201C" + m.group(1) + "\u201D");
      s = replace(SMART_SINGLE, "'`", s, m -> "\u2018" + m.group(1) + "\u2019");
      for (String mark : List.of("**", "__", "``", "##")) {
        s = unwrap(s, mark, false, null);
      }
      for (String mark : List.of("*", "_", "`", "#")) {
        s = unwrap(s, mark, true, null);
      }
      s = attributes(s);
      // macros
      s = replace(FOOTNOTE, "footnote", s, m -> "");
      s = replace(BIBLIO_ANCHOR, "[[[", s, m -> "[" + (m.group(2) != null ? m.group(2).strip() : m.group(1)) + "]");
      s = replace(INLINE_ANCHOR, "[[", s, m -> "");
      s = replace(ANCHOR_MACRO, "anchor:", s, m -> "");
      s = replace(INDEX3, "(((", s, m -> "");
      s = replace(INDEX2, "((", s, m -> m.group(1));
      s = replace(INDEXTERM, "indexterm:", s, m -> "");
      s = replace(INDEXTERM2, "indexterm2:", s, m -> m.group(1));
      s = replace(LINK, "link:", s, m -> linkText(m.group(2), m.group(1)));
      s = replace(MAILTO, "mailto:", s, m -> linkText(m.group(2), m.group(1)));
      s = replace(URL_MACRO, "://", s, m -> linkText(m.group(2), m.group(1)));
      s = replace(URL_ANGLE, "<", s, m -> m.group(1));
      s = replace(XREF_MACRO, "xref:", s, m -> m.group(2).isBlank() ? reference(m.group(1)) : linkText(m.group(2), m.group(1)));
      s = replace(XREF, "<<", s, m -> m.group(2) != null && !m.group(2).isBlank() ? m.group(2).strip() : reference(m.group(1)));
      s = replace(IMAGE, "image:", s, m -> imageAlt(m.group(2)));
      s = replace(ICON, "icon:", s, m -> "");
      s = replace(KBD, ":[", s, m -> m.group(1));
      s = replace(MENU, "menu:", s, m -> m.group(1) + (m.group(2).isBlank() ? "" : " > " + m.group(2).replaceAll("\\s*>\\s*", " > ")));
      s = replace(STEM, ":[", s, m -> m.group(1));
      s = replace(CHAR_REF, "&", s, Inline::charRef);
      return p.restore(s);
    }

    /** Attribute references only (for attribute values). */
    String attributes(String s) {
      return replace(ATTR_REF, "{", s, m -> {
        String v = attrs.containsKey(m.group(1)) ? attrs.get(m.group(1)) : BUILTIN.get(m.group(1));
        return v == null ? m.group() : v;
      });
    }

    private String reference(String target) {
      String id = target;
      int hash = id.indexOf('#');
      if (hash >= 0) {
        id = id.substring(hash + 1);
      }
      String title = sectionIds.get(id);
      if (title != null) {
        return title;
      }
      return id.isEmpty() ? target : id;
    }

    private static String linkText(String text, String target) {
      String t = text.strip();
      if (t.startsWith("\"")) {
        int close = t.indexOf('"', 1);
        t = close > 0 ? t.substring(1, close) : t.substring(1);
      } else {
        int comma = t.indexOf(',');
        if (comma >= 0 && t.substring(comma + 1).matches("\\s*[\\w-]+=.*")) {
          t = t.substring(0, comma);
        }
      }
      if (t.endsWith("^")) {
        t = t.substring(0, t.length() - 1);
      }
      return t.isBlank() ? target : t.strip();
    }

    private static String imageAlt(String attrs) {
      String a = attrs.strip();
      if (a.startsWith("\"")) {
        int close = a.indexOf('"', 1);
        return close > 0 ? a.substring(1, close) : a.substring(1);
      }
      int comma = a.indexOf(',');
      String first = comma < 0 ? a : a.substring(0, comma);
      return first.contains("=") ? "" : first.strip();
    }

    private static String charRef(Matcher m) {
      try {
        if (m.group(1) != null) {
          return new String(Character.toChars(Integer.parseInt(m.group(1))));
        }
        if (m.group(2) != null) {
          return new String(Character.toChars(Integer.parseInt(m.group(2), 16)));
        }
      } catch (IllegalArgumentException e) {
        return m.group();
      }
      String v = ENTITIES.get(m.group(3));
      return v == null ? m.group() : v;
    }

    /** Replaces every match of {@code p}; {@code needle}, a literal every match holds, skips the scan when absent. */
    private static String replace(Pattern p, String needle, String s, Function<Matcher, String> f) {
      return s.contains(needle) ? replace(p, s, f) : s;
    }

    private static String replace(Pattern p, String s, Function<Matcher, String> f) {
      Matcher m = p.matcher(s);
      if (!m.find()) {
        return s;
      }
      StringBuilder b = new StringBuilder(s.length());
      int last = 0;
      do {
        b.append(s, last, m.start()).append(f.apply(m));
        last = m.end();
      } while (m.find());
      b.append(s, last, s.length());
      return b.toString();
    }

    private static boolean word(char c) {
      return Character.isLetterOrDigit(c) || c == '_';
    }

    /**
     * Removes a pair of quote marks around text, in linear time. Constrained marks ({@code *bold*})
     * open after a non-word character and before a non-space, and close after a non-space and
     * before a non-word character; unconstrained marks ({@code **bold**}) pair anywhere. With a
     * {@link Protected} store the content is protected from later substitutions (passthrough).
     */
    static String unwrap(String s, String mark, boolean constrained, Protected protect) {
      int len = mark.length();
      if (s.indexOf(mark) < 0) {
        return s;
      }
      int n = s.length();
      // closing candidates, in order
      List<Integer> closers = new ArrayList<>();
      for (int i = s.indexOf(mark); i >= 0; i = s.indexOf(mark, i + 1)) {
        boolean ok =
            !constrained
                || i > 0 && !Character.isWhitespace(s.charAt(i - 1)) && (i + len >= n || !word(s.charAt(i + len)));
        if (ok) {
          closers.add(i);
        }
      }
      StringBuilder b = new StringBuilder(n);
      int ci = 0;
      int i = 0;
      while (i < n) {
        if (s.startsWith(mark, i)) {
          boolean open =
              i + len < n
                  && (!constrained
                      || (i == 0 || !(word(s.charAt(i - 1)) || ";:}\\".indexOf(s.charAt(i - 1)) >= 0 || s.charAt(i - 1) == mark.charAt(0)))
                          && !Character.isWhitespace(s.charAt(i + len)));
          if (open) {
            while (ci < closers.size() && closers.get(ci) < i + len + 1) {
              ci++;
            }
            if (ci < closers.size()) {
              int c = closers.get(ci);
              String content = s.substring(i + len, c);
              b.append(protect == null ? content : protect.put(content));
              i = c + len;
              ci++;
              continue;
            }
          }
          b.append(mark);
          i += len;
          continue;
        }
        b.append(s.charAt(i));
        i++;
      }
      return b.toString();
    }
  }
}
