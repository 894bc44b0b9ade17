package org.specmirror.diff;

import java.util.Locale;
import org.specmirror.model.Modality;

/**
 * A requirement whose modality changed between two revisions.
 *
 * @param from the old modality
 * @param to the new modality
 * @param direction stronger (MAY → SHOULD → MUST), weaker, or reversed (a requirement became a
 *     prohibition or the other way round)
 */
public record ModalityChange(Modality from, Modality to, Direction direction) {

  /** Which way the obligation moved. */
  public enum Direction {
    /** MAY → SHOULD → MUST (and SHOULD NOT → MUST NOT): more is demanded. */
    STRENGTHENED,
    /** MUST → SHOULD → MAY (and MUST NOT → SHOULD NOT): less is demanded. */
    WEAKENED,
    /** Do ↔ do not: MUST → MUST NOT, SHOULD NOT → MAY, …. */
    REVERSED;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The change from {@code from} to {@code to}, or null when they are the same. */
  public static ModalityChange of(Modality from, Modality to) {
    if (from == to) {
      return null;
    }
    Direction d;
    if (negative(from) != negative(to)) {
      d = Direction.REVERSED;
    } else {
      d = strength(to) > strength(from) ? Direction.STRENGTHENED : Direction.WEAKENED;
    }
    return new ModalityChange(from, to, d);
  }

  /** MAY 1, SHOULD and SHOULD NOT 2, MUST and MUST NOT 3 (0 for the others). */
  static int strength(Modality m) {
    return switch (m) {
      case MUST, MUST_NOT -> 3;
      case SHOULD, SHOULD_NOT -> 2;
      case MAY -> 1;
      default -> 0;
    };
  }

  private static boolean negative(Modality m) {
    return m == Modality.MUST_NOT || m == Modality.SHOULD_NOT;
  }

  /** "SHOULD → MUST". */
  public String describe() {
    return label(from) + " \u2192 " + label(to);
  }

  /** MUST_NOT as "MUST NOT". */
  public static String label(Modality m) {
    return m.name().replace('_', ' ');
  }
}
