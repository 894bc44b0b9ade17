package org.specmirror.text;

import java.util.regex.Pattern;

/**
 * Shapes of lines and statements that both reading (ingest) and classifying (extract) must agree on:
 * a "Label: value" specification row, a NOTE/EXAMPLE paragraph, a requirement id at the start.
 * JDK only.
 */
public final class TextShapes {

  /** "Operating temperature: −40 °C to +60 °C": a capitalised label of up to ~48 characters, no comma. */
  public static final Pattern LABEL_VALUE =
      Pattern.compile("^(\\p{Lu}[\\p{L}\\p{N} ()/&.'+-]{1,48}?)[ \\t]*:[ \\t]+(\\S.{0,200})$");

  /** "NOTE –", "NOTE 2 –", "EXAMPLE:", "Note The …". */
  public static final Pattern NOTE_START =
      Pattern.compile("^(?:NOTE|EXAMPLE|Note|Example)(?:\\s+\\d+)?\\s*(?:[–—:-]|\\s(?=\\p{Lu})|$)");

  /** "[LC-07]", "[R-7.2-3]": bracketed id at the start (group 1, must hold a digit to count). */
  public static final Pattern BRACKETED_ID_START =
      Pattern.compile("^\\s*\\[([A-Za-z][A-Za-z0-9]*(?:[-._/][A-Za-z0-9]+)*)\\]\\s*[:.–—-]?\\s*");

  /** "REQ-12", "SRS194", "FR-3.1" at the start (group 1). */
  public static final Pattern PLAIN_ID_START =
      Pattern.compile(
          "^\\s*((?:REQ|SRS|FR|NFR|SR|UR|SYS|SWR|HLR|LLR|PR|QR|DR|IR)[-_ ]?\\d+(?:[.-]\\d+)*[a-z]?)\\b\\s*[:.)–—-]?\\s*");

  private TextShapes() {}

  public static boolean isLabelValue(String t) {
    return LABEL_VALUE.matcher(t).matches() && t.split("\\s+").length <= 40;
  }

  public static boolean isNoteOrExample(String t) {
    return NOTE_START.matcher(t).find();
  }

  /** Does the text start with a requirement id? */
  public static boolean startsWithId(String t) {
    var m = BRACKETED_ID_START.matcher(t);
    if (m.find() && m.group(1).chars().anyMatch(Character::isDigit)) {
      return true;
    }
    return PLAIN_ID_START.matcher(t).find();
  }
}
