package org.specmirror.report;

import org.specmirror.model.Modality;

/** Terminal colours, used only when writing to a terminal and NO_COLOR is not set. */
public final class Ansi {
  private final boolean on;

  public Ansi(boolean on) {
    this.on = on;
  }

  public static Ansi auto(boolean terminal) {
    return new Ansi(terminal && System.getenv("NO_COLOR") == null);
  }

  public String bold(String s) {
    return wrap("1", s);
  }

  public String dim(String s) {
    return wrap("2", s);
  }

  public String red(String s) {
    return wrap("31", s);
  }

  public String yellow(String s) {
    return wrap("33", s);
  }

  public String green(String s) {
    return wrap("32", s);
  }

  public String modality(Modality m, String s) {
    return switch (m) {
      case MUST, MUST_NOT -> wrap("1;31", s);
      case SHOULD, SHOULD_NOT -> wrap("33", s);
      case MAY, OPTIONAL -> wrap("36", s);
      case OFFERS -> wrap("32", s);
      default -> dim(s);
    };
  }

  private String wrap(String code, String s) {
    return on ? "\u001B[" + code + "m" + s + "\u001B[0m" : s;
  }
}
