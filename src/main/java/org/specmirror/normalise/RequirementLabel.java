package org.specmirror.normalise;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.specmirror.text.TextShapes;

/** A requirement label at the start of a statement ("[LC-07]", "REQ-12:", "FR 1 -"), which is not content. */
final class RequirementLabel {

  /** "FR 1 - ", "SRS 12 - ", "UR-3: ": capitals, a number, then a separator. */
  private static final Pattern NUMBERED_LABEL =
      Pattern.compile("^\\s*(?!(?:IP|IK)\\d)\\p{Lu}{1,8}[ _-]?\\d+(?:[.-]\\d+)*[a-z]?\\s*(?:[-:.)]\\s+)");

  private RequirementLabel() {}

  /** Length of the label at the start of {@code text}, 0 when there is none. */
  static int length(String text) {
    Matcher m = TextShapes.BRACKETED_ID_START.matcher(text);
    if (m.find() && m.group(1).chars().anyMatch(Character::isDigit)) {
      return m.end();
    }
    m = TextShapes.PLAIN_ID_START.matcher(text);
    if (m.find()) {
      return m.end();
    }
    m = NUMBERED_LABEL.matcher(text);
    return m.find() ? m.end() : 0;
  }
}
