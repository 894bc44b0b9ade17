package org.specmirror.extract;

import java.util.regex.Pattern;

/** Small text tests shared by the extractor's rules. */
final class TextSignals {
  private static final Pattern LABEL_VALUE =
      Pattern.compile("^(\\p{Lu}[\\p{L}\\p{N} ()/&.'+-]{1,48}?)\\s*:\\s+(\\S.{0,200})$");
  private static final Pattern NOTE =
      Pattern.compile("^(?:NOTE|EXAMPLE|Note|Example)(?:\\s+\\d+)?\\s*(?:[–—:-]|\\s(?=\\p{Lu})|$)");

  private TextSignals() {}

  static boolean isLabelValue(String t) {
    return LABEL_VALUE.matcher(t).matches() && t.split("\\s+").length <= 40;
  }

  static String[] labelValue(String t) {
    var m = LABEL_VALUE.matcher(t);
    if (!m.matches()) {
      return null;
    }
    return new String[] {m.group(1).strip(), m.group(2).strip()};
  }

  static boolean isNoteOrExample(String t) {
    return NOTE.matcher(t).find();
  }
}
