package org.specmirror.match;

import java.util.List;
import org.specmirror.model.Requirement;

/**
 * The verdict on one requirement of the standard against one vendor, with its evidence.
 *
 * @param requirement the standard's requirement
 * @param verdict met, partial or not met
 * @param score calibrated score of the best vendor statement, in [0,1]
 * @param relationship NIST IR 8477 / OSCAL relationship of the requirement to its support
 * @param rationale what decided it
 * @param confidence confidence in the relationship, in [0,1]
 * @param promoted the standard makes mandatory what the vendor offers only as an option
 * @param support the vendor statements that meet it together, best first (empty when not met);
 *     when not met, the nearest statement is still given in {@code nearest} for review
 * @param nearest the best-scoring vendor statement whatever the verdict, or null when the vendor
 *     has no statement sharing anything with the requirement
 * @param evidence terms and values shared with the support, rarest first
 * @param parameters how each value of the requirement compares with the support's values
 */
public record RequirementMatch(
    Requirement requirement,
    Verdict verdict,
    double score,
    Relationship relationship,
    Relationship.Rationale rationale,
    double confidence,
    boolean promoted,
    List<Support> support,
    Support nearest,
    List<Evidence> evidence,
    List<ParameterCheck> parameters) {
  public RequirementMatch {
    support = List.copyOf(support);
    evidence = List.copyOf(evidence);
    parameters = List.copyOf(parameters);
  }

  /** Whether any shared evidence is distinctive. */
  public boolean distinctive() {
    return evidence.stream().anyMatch(Evidence::distinctive);
  }
}
