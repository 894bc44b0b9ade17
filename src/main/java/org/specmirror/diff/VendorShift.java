package org.specmirror.diff;

import java.util.List;
import org.specmirror.match.Comparison;
import org.specmirror.match.Verdict;

/**
 * How one vendor's figures moved from the old revision to the new one, and the requirements that
 * moved them.
 *
 * @param name the vendor
 * @param before its comparison with the old revision
 * @param after its comparison with the new revision
 * @param exclusiveBefore requirements of the old revision only this vendor meets
 * @param exclusiveAfter the same in the new revision
 * @param responsible the requirements behind the change: the edited ones in the order of the diff,
 *     then unchanged requirements whose verdict drifted
 */
public record VendorShift(
    String name, Comparison before, Comparison after, int exclusiveBefore, int exclusiveAfter, List<Responsible> responsible) {

  public VendorShift {
    responsible = List.copyOf(responsible);
  }

  public double coverageChange() {
    return after.coverage().value() - before.coverage().value();
  }

  public double mirrorChange() {
    return after.mirror().value() - before.mirror().value();
  }

  public int exclusiveChange() {
    return exclusiveAfter - exclusiveBefore;
  }

  public long promotedChange() {
    return after.promoted() - before.promoted();
  }

  public long metChange() {
    return after.count(Verdict.MET) - before.count(Verdict.MET);
  }

  /**
   * One requirement that moved this vendor's figures.
   *
   * @param change the requirement in the diff
   * @param verdictBefore the vendor's verdict on the old side (null when added)
   * @param verdictAfter on the new side (null when removed)
   * @param weightBefore the old side's modality weight in coverage (0 when added)
   * @param weightAfter the new side's (0 when removed)
   * @param exclusiveBefore met by this vendor only, old side
   * @param exclusiveAfter met by this vendor only, new side
   * @param promotedBefore a vendor option made mandatory, old side
   * @param promotedAfter the same, new side
   * @param scoreBefore the calibrated score of the vendor's best statement, old side (NaN when added)
   * @param scoreAfter the same, new side (NaN when removed)
   */
  public record Responsible(
      RequirementChange change,
      Verdict verdictBefore,
      Verdict verdictAfter,
      double weightBefore,
      double weightAfter,
      boolean exclusiveBefore,
      boolean exclusiveAfter,
      boolean promotedBefore,
      boolean promotedAfter,
      double scoreBefore,
      double scoreAfter) {

    /** Change of the coverage numerator (modality weight of met requirements) it causes. */
    public double coverageWeight() {
      return (verdictAfter == Verdict.MET ? weightAfter : 0) - (verdictBefore == Verdict.MET ? weightBefore : 0);
    }

    /** The verdict changed though the requirement did not: the scores moved with the rest of the document. */
    public boolean drift() {
      return change.unchanged() && verdictBefore != verdictAfter;
    }
  }
}
