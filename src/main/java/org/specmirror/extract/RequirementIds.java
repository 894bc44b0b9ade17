package org.specmirror.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.specmirror.text.TextShapes;

/**
 * Finds a document's own requirement id at the start (or end) of a paragraph: {@code [LC-01]},
 * {@code [R-7.2-3]}, {@code REQ-12}, {@code SRS194}, {@code FR-3.1}.
 */
public final class RequirementIds {

  /** The id and the text without it. */
  public record Found(String id, String rest) {}

  private static final Pattern BRACKETED_START = TextShapes.BRACKETED_ID_START;
  private static final Pattern PLAIN_START = TextShapes.PLAIN_ID_START;
  private static final Pattern BRACKETED_END =
      Pattern.compile("\\s*\\[([A-Za-z][A-Za-z0-9]*(?:[-._/][A-Za-z0-9]+)*-\\d+[A-Za-z0-9.-]*)\\]\\s*$");

  private RequirementIds() {}

  public static Found find(String text) {
    String t = text.stripLeading();
    if (t.isEmpty() || !(t.charAt(0) == '[' || Character.isUpperCase(t.charAt(0)) || text.endsWith("]"))) {
      return null;
    }
    Matcher m = BRACKETED_START.matcher(text);
    if (m.find() && hasDigit(m.group(1))) {
      return new Found(m.group(1), text.substring(m.end()));
    }
    m = PLAIN_START.matcher(text);
    if (m.find() && text.length() > m.end()) {
      return new Found(m.group(1).replace(' ', '-'), text.substring(m.end()));
    }
    m = BRACKETED_END.matcher(text);
    if (m.find()) {
      return new Found(m.group(1), text.substring(0, m.start()));
    }
    return null;
  }

  private static boolean hasDigit(String s) {
    return s.chars().anyMatch(Character::isDigit);
  }
}
