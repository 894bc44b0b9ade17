package org.specmirror.text;

/** Parser error messages made readable for people: the problem without the library's internals. JDK only. */
public final class ParserMessages {
  private ParserMessages() {}

  /**
   * The useful part of a YAML/JSON parser message: its lines joined with "; ", without the source
   * excerpts and "[Source: ...]" locations the libraries append.
   */
  public static String clean(String message) {
    if (message == null) {
      return "unknown problem";
    }
    StringBuilder b = new StringBuilder();
    for (String line : message.split("\\R")) {
      String l = line.strip();
      int src = l.indexOf("[Source:");
      if (src >= 0) {
        l = l.substring(0, src).strip();
      }
      if (l.isEmpty() || l.startsWith("^") || l.startsWith("in 'reader'") || l.startsWith("at [")) {
        continue;
      }
      if (b.length() > 0) {
        b.append("; ");
      }
      b.append(l);
    }
    String s = b.toString();
    return s.isEmpty() ? "unknown problem" : s;
  }
}
