package org.specmirror.diff;

import java.util.List;
import org.specmirror.model.ExtractedDocument;

/**
 * Two revisions of a draft compared requirement by requirement.
 *
 * @param before the old revision as extracted
 * @param after the new revision as extracted
 * @param oldCount normative requirements of the old revision
 * @param newCount normative requirements of the new revision
 * @param changes every requirement: pairs and added ones in the new revision's order, then the
 *     removed ones in the old revision's order
 * @param semantic whether the semantic signal was used to pair reworded requirements
 * @param threshold the pairing threshold on the calibrated score
 */
public record RevisionDiff(
    ExtractedDocument before,
    ExtractedDocument after,
    int oldCount,
    int newCount,
    List<RequirementChange> changes,
    boolean semantic,
    double threshold) {

  public RevisionDiff {
    changes = List.copyOf(changes);
  }

  /** How many entries have this kind of change. */
  public long count(RequirementChange.Kind k) {
    return changes.stream().filter(c -> c.has(k)).count();
  }

  public long unchanged() {
    return changes.stream().filter(RequirementChange::unchanged).count();
  }

  /** Pairs whose modality moved in this direction. */
  public long count(ModalityChange.Direction d) {
    return changes.stream().filter(c -> c.modality() != null && c.modality().direction() == d).count();
  }

  /** The entries with some change, in report order. */
  public List<RequirementChange> edits() {
    return changes.stream().filter(c -> !c.unchanged()).toList();
  }
}
