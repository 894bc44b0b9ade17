package org.specmirror.match;

import java.util.Locale;

/**
 * A term or value shared by a requirement and the vendor statements that meet it.
 *
 * @param text as written in the requirement
 * @param key the compared key (stem, {@code =concept}, {@code #constant})
 * @param kind what it is
 * @param rarity 1 for a term found in a single statement of the documents compared, towards 0 for
 *     a term found everywhere ({@code ln(n/df) / ln n})
 * @param statements in how many statements of the documents compared it occurs (df)
 * @param distinctive whether it counts as distinctive evidence (rare, a brand-like name or a constant)
 */
public record Evidence(String text, String key, Kind kind, double rarity, int statements, boolean distinctive) {

  /** Kinds of shared evidence. */
  public enum Kind {
    /** An ordinary word. */
    TERM,
    /** A brand-like name or model number: mixed case or letters with digits (NoxPilot, NX-700). */
    NAME,
    /** A number: an oddly specific constant is evidence of copying. */
    CONSTANT,
    /** A glossary concept (acronym or synonym). */
    CONCEPT;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
