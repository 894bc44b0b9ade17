package org.specmirror.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.specmirror.model.Block;

/**
 * Reads Markdown structure (headings, lists, GFM pipe tables, paragraphs) with source line numbers.
 * Tika reads Markdown as plain text, so this is done with commonmark-java.
 */
final class MarkdownReader {

  private static final Pattern ATX_HEADING = Pattern.compile("(?m)^#{1,6}[ \\t]+\\S");
  private static final Pattern PIPE_TABLE = Pattern.compile("(?m)^\\|?[ \\t]*:?-{3,}:?[ \\t]*\\|");
  private static final Pattern LIST_MARK = Pattern.compile("(?m)^[ \\t]{0,3}[-*+][ \\t]+\\S");
  private static final Pattern SETEXT = Pattern.compile("(?m)^\\S.*\\n(?:={3,}|-{3,})[ \\t]*$");
  private static final Pattern EMPHASIS = Pattern.compile("\\*\\*\\S|__\\S|\\[[^\\]]+\\]\\([^)]+\\)");

  private final Parser parser =
      Parser.builder()
          .extensions(List.of(TablesExtension.create()))
          .includeSourceSpans(IncludeSourceSpans.BLOCKS)
          .build();

  /** Heuristic: does this plain text use Markdown syntax? (detection by content, not by name) */
  static boolean looksLikeMarkdown(String text) {
    int score = syntaxScore(text);
    if (LIST_MARK.matcher(text).find()) {
      score += 1;
    }
    return score >= 2;
  }

  /**
   * The part of {@link #looksLikeMarkdown}'s score that only Markdown gives (headings, pipe tables,
   * setext underlines, emphasis and links, not the bullets other formats share): AsciiDoc detection
   * must beat it.
   */
  static int syntaxScore(String text) {
    int score = 0;
    if (ATX_HEADING.matcher(text).find()) {
      score += 2;
    }
    if (PIPE_TABLE.matcher(text).find()) {
      score += 2;
    }
    if (SETEXT.matcher(text).find()) {
      score += 1;
    }
    if (EMPHASIS.matcher(text).find()) {
      score += 1;
    }
    return score;
  }

  List<Block> read(String markdown) {
    Node doc = parser.parse(markdown);
    List<Block> out = new ArrayList<>();
    walk(doc, out, 0);
    return out;
  }

  private void walk(Node node, List<Block> out, int listDepth) {
    for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Heading h) {
        String t = text(h);
        if (!t.isEmpty()) {
          out.add(Block.heading(h.getLevel(), t, null, line(h)));
        }
      } else if (n instanceof Paragraph p && listDepth == 0 && labelLines(p, out)) {
        continue;
      } else if (n instanceof Paragraph p) {
        String t = text(p);
        if (!t.isEmpty() && listDepth == 0 && isNumberedHeadingLine(p, t)) {
          // "7.2 Monitoring" on its own line: a heading written without '#'
          out.add(Block.heading(TextLayout.headingLevel(t), t, null, line(p)));
        } else if (!t.isEmpty()) {
          if (listDepth > 0) {
            out.add(Block.listItem(listDepth, t, null, line(p)));
          } else {
            out.add(Block.paragraph(t, null, line(p)));
          }
        }
      } else if (n instanceof BulletList || n instanceof OrderedList) {
        walk(n, out, listDepth + 1);
      } else if (n instanceof ListItem li) {
        readItem(li, out, listDepth);
      } else if (n instanceof BlockQuote) {
        walk(n, out, listDepth);
      } else if (n instanceof TableBlock) {
        readTable(n, out);
      } else if (n instanceof FencedCodeBlock
          || n instanceof IndentedCodeBlock
          || n instanceof HtmlBlock
          || n instanceof ThematicBreak) {
        // code, raw HTML and rules carry no statements
      } else {
        walk(n, out, listDepth);
      }
    }
  }

  /**
   * A paragraph whose every line reads "Label: value" is a run of specification rows written without
   * blank lines between them: each line becomes its own block, with its own line number.
   */
  private static boolean labelLines(Paragraph p, List<Block> out) {
    List<StringBuilder> lines = new ArrayList<>();
    lines.add(new StringBuilder());
    for (Node c = p.getFirstChild(); c != null; c = c.getNext()) {
      if (c instanceof SoftLineBreak || c instanceof HardLineBreak) {
        lines.add(new StringBuilder());
      } else if (c instanceof Text t) {
        lines.get(lines.size() - 1).append(t.getLiteral());
      } else if (c instanceof Code code) {
        lines.get(lines.size() - 1).append(code.getLiteral());
      } else {
        StringBuilder b = new StringBuilder();
        collect(c, b);
        lines.get(lines.size() - 1).append(b);
      }
    }
    if (lines.size() < 2) {
      return false;
    }
    for (StringBuilder l : lines) {
      if (!TextLayout.LABEL_VALUE.matcher(XhtmlBlockHandler.clean(l.toString())).matches()) {
        return false;
      }
    }
    Integer first = line(p);
    for (int i = 0; i < lines.size(); i++) {
      out.add(Block.paragraph(XhtmlBlockHandler.clean(lines.get(i).toString()), null, first == null ? null : first + i));
    }
    return true;
  }

  private static boolean isNumberedHeadingLine(Paragraph p, String t) {
    for (Node c = p.getFirstChild(); c != null; c = c.getNext()) {
      if (c instanceof SoftLineBreak || c instanceof HardLineBreak) {
        return false;
      }
    }
    return (TextLayout.NUMBERED_HEADING.matcher(t).matches() || TextLayout.ANNEX_HEADING.matcher(t).matches())
        && TextLayout.isHeading(t);
  }

  private void readItem(ListItem li, List<Block> out, int depth) {
    // the item's own paragraphs form one list item; nested lists go one level deeper
    StringBuilder b = new StringBuilder();
    Integer line = line(li);
    List<Node> nested = new ArrayList<>();
    for (Node c = li.getFirstChild(); c != null; c = c.getNext()) {
      if (c instanceof ListBlock) {
        nested.add(c);
      } else if (c instanceof Paragraph || c instanceof Heading) {
        if (b.length() > 0) {
          b.append(' ');
        }
        b.append(text(c));
      }
    }
    String t = XhtmlBlockHandler.clean(b.toString());
    if (!t.isEmpty()) {
      out.add(Block.listItem(Math.max(1, depth), t, null, line));
    }
    for (Node c : nested) {
      walk(c, out, depth + 1);
    }
  }

  private void readTable(Node table, List<Block> out) {
    List<String> header = List.of();
    for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
      boolean head = section instanceof TableHead;
      for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
        if (!(row instanceof TableRow)) {
          continue;
        }
        List<String> cells = new ArrayList<>();
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
          if (cell instanceof TableCell) {
            cells.add(text(cell));
          }
        }
        if (head) {
          header = List.copyOf(cells);
        } else if (cells.stream().anyMatch(c -> !c.isEmpty())) {
          out.add(Block.tableRow(cells, header, null, line(row)));
        }
      }
    }
  }

  private static Integer line(Node n) {
    List<SourceSpan> spans = n.getSourceSpans();
    if (spans == null || spans.isEmpty()) {
      return null;
    }
    return spans.get(0).getLineIndex() + 1;
  }

  private static String text(Node n) {
    StringBuilder b = new StringBuilder();
    collect(n, b);
    return XhtmlBlockHandler.clean(b.toString());
  }

  private static void collect(Node n, StringBuilder b) {
    for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
      if (c instanceof Text t) {
        b.append(t.getLiteral());
      } else if (c instanceof Code code) {
        b.append(code.getLiteral());
      } else if (c instanceof SoftLineBreak || c instanceof HardLineBreak) {
        b.append(' ');
      } else if (c instanceof ListBlock) {
        // nested lists are separate items
      } else {
        collect(c, b);
      }
    }
  }
}
