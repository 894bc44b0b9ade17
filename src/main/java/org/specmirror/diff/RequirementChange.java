package org.specmirror.diff;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.specmirror.match.WordDiff;
import org.specmirror.model.Requirement;

/**
 * One requirement across two revisions: a pair (the same requirement in both) or a requirement
 * only in one of them.
 *
 * @param kinds what changed: empty for an unchanged pair; {@code ADDED} or {@code REMOVED} alone for
 *     an unpaired requirement; any of {@code CHANGED}, {@code MOVED}, {@code RENUMBERED},
 *     {@code MODALITY} for a pair
 * @param before the requirement in the old revision, or null when added
 * @param after the requirement in the new revision, or null when removed
 * @param pairing how the pair was found (null when unpaired)
 * @param similarity the calibrated matching score of the pair (1 for identical text; NaN when unpaired)
 * @param modality the modality change, or null
 * @param diff word-level diff of the old text to the new one; empty when the texts are the same or
 *     the requirement is unpaired
 */
public record RequirementChange(
    Set<Kind> kinds,
    Requirement before,
    Requirement after,
    Pairing pairing,
    double similarity,
    ModalityChange modality,
    List<WordDiff.Segment> diff) {

  public RequirementChange {
    kinds = Set.copyOf(kinds);
    diff = List.copyOf(diff);
  }

  /** What can change; a pair may have several. Order is the order of reports. */
  public enum Kind {
    /** Only in the new revision. */
    ADDED,
    /** Only in the old revision. */
    REMOVED,
    /** The wording changed (beyond a change of the modal verb alone). */
    CHANGED,
    /** The modality changed (MAY, SHOULD, MUST, and their negations). */
    MODALITY,
    /** It now stands in another clause (clause number and title both differ). */
    MOVED,
    /** The document's own id changed. */
    RENUMBERED;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** How the two sides of a pair were found to be the same requirement. */
  public enum Pairing {
    /** The same text once normalised (Unicode, case, spacing, the id label). */
    IDENTICAL,
    /** The best-scoring content match above the pairing threshold. */
    CONTENT;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public boolean unchanged() {
    return kinds.isEmpty();
  }

  public boolean has(Kind k) {
    return kinds.contains(k);
  }

  /** The kinds in report order. */
  public List<Kind> orderedKinds() {
    return java.util.Arrays.stream(Kind.values()).filter(kinds::contains).toList();
  }

  /** The new side when there is one, else the old. */
  public Requirement current() {
    return after != null ? after : before;
  }

  /** "LC-14 → LC-45", "LC-19", for people. */
  public String label() {
    if (before != null && after != null && !before.id().equals(after.id())) {
      return before.id() + " \u2192 " + after.id();
    }
    return current().id();
  }
}
