package org.specmirror.match;

import java.util.Locale;

/**
 * Set-theory relationship of a requirement to the vendor statements that meet it, in the vocabulary
 * of NIST IR 8477 and the OSCAL mapping model (the requirement is the source element).
 */
public enum Relationship {
  /** The two say the same thing. */
  EQUAL,
  /** The requirement is contained in what the vendor states (the vendor says more, e.g. IP67 for IP66). */
  SUBSET_OF,
  /** The requirement asks for more than the vendor statements say. */
  SUPERSET_OF,
  /** They share part of their content, each says something the other does not. */
  INTERSECTS_WITH,
  /** No relationship was found. */
  NO_RELATIONSHIP;

  /** The OSCAL spelling, e.g. {@code subset-of}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** What decided a relationship (OSCAL mapping rationale). */
  public enum Rationale {
    /** Shared wording decided it. */
    SYNTACTIC,
    /** Meaning (sentence embeddings) decided it more than shared words. */
    SEMANTIC,
    /** Values (parameters) decided it. */
    FUNCTIONAL;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
