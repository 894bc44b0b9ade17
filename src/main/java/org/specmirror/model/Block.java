package org.specmirror.model;

import java.util.List;
import java.util.Objects;

/**
 * A structural unit of an ingested document, in reading order.
 *
 * @param kind heading, paragraph, list item or table row
 * @param level heading level (1 = top) or list nesting depth (1 = top); 0 otherwise
 * @param text the text of the block (for table rows: the cells joined by " | ")
 * @param cells the cells of a table row, else empty
 * @param header for table rows: the table's header cells if it has a header row, else empty
 * @param page 1-based page (PDF) or null
 * @param line 1-based source line (text, Markdown, HTML) or null
 */
public record Block(
    Kind kind, int level, String text, List<String> cells, List<String> header, Integer page, Integer line) {

  /** Kinds of blocks. */
  public enum Kind {
    HEADING,
    PARAGRAPH,
    LIST_ITEM,
    TABLE_ROW
  }

  public Block {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    cells = List.copyOf(cells);
    header = List.copyOf(header);
    if (level < 0) {
      throw new IllegalArgumentException("level must be >= 0");
    }
  }

  public static Block heading(int level, String text, Integer page, Integer line) {
    return new Block(Kind.HEADING, level, text, List.of(), List.of(), page, line);
  }

  public static Block paragraph(String text, Integer page, Integer line) {
    return new Block(Kind.PARAGRAPH, 0, text, List.of(), List.of(), page, line);
  }

  public static Block listItem(int depth, String text, Integer page, Integer line) {
    return new Block(Kind.LIST_ITEM, depth, text, List.of(), List.of(), page, line);
  }

  public static Block tableRow(List<String> cells, List<String> header, Integer page, Integer line) {
    return new Block(Kind.TABLE_ROW, 0, String.join(" | ", cells), cells, header, page, line);
  }
}
