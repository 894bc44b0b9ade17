package org.specmirror.match;

/** Whether a vendor's statements meet a requirement of the standard. */
public enum Verdict {
  /** A vendor statement (or several together) states what the requirement asks, values included. */
  MET,
  /** Related statements exist, but part of the requirement or one of its values is not covered. */
  PARTIAL,
  /** Nothing in the vendor's document addresses the requirement. */
  NOT_MET
}
