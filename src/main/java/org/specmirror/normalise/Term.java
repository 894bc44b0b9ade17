package org.specmirror.normalise;

/**
 * One comparable unit of a statement after analysis.
 *
 * @param key what is compared: a stem ({@code dimm}), a glossary concept ({@code =led}) or a
 *     numeric constant ({@code #4096})
 * @param surface the words as written in the statement (for evidence shown to a reader)
 * @param start offset of {@code surface} in the normalised text
 * @param end end offset (exclusive)
 */
public record Term(String key, String surface, int start, int end) {

  /** Whether this term stands for a glossary concept. */
  public boolean concept() {
    return key.startsWith("=");
  }

  /** Whether this term is a number (a constant) rather than a word. */
  public boolean constant() {
    return key.startsWith("#");
  }
}
