package org.specmirror.model;

/**
 * Where a statement stands in its document.
 *
 * @param page 1-based page for paged formats (PDF), else null
 * @param line 1-based line in the source for text, Markdown and HTML, else null
 * @param block 0-based index of the structural block (paragraph, list item, table row) the statement
 *     came from; present for every format
 */
public record Location(Integer page, Integer line, int block) {
  public Location {
    if (page != null && page < 1) {
      throw new IllegalArgumentException("page must be >= 1: " + page);
    }
    if (line != null && line < 1) {
      throw new IllegalArgumentException("line must be >= 1: " + line);
    }
    if (block < 0) {
      throw new IllegalArgumentException("block must be >= 0: " + block);
    }
  }

  /** "p. 3", "line 42" or "block 7", for people. */
  public String describe() {
    if (page != null) {
      return "p. " + page;
    }
    if (line != null) {
      return "line " + line;
    }
    return "block " + (block + 1);
  }
}
