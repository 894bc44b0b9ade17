package org.specmirror.cli;

/** The terminal's width, from $COLUMNS, else 120. */
final class Terminal {
  private Terminal() {}

  static int width() {
    String c = System.getenv("COLUMNS");
    if (c != null) {
      try {
        return Math.max(60, Integer.parseInt(c.strip()));
      } catch (NumberFormatException e) {
        return 120;
      }
    }
    return 120;
  }
}
