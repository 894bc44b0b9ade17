package org.specmirror.score;

import java.util.List;
import java.util.Map;
import org.specmirror.match.Comparison;
import org.specmirror.match.Figure;
import org.specmirror.model.ExtractedDocument;
import org.specmirror.model.Requirement;

/**
 * One standard scored against a panel of vendors.
 *
 * @param standard the standard
 * @param comparisons one per vendor, ranked (highest coverage first; ties in input order)
 * @param requirements the normative requirements, in document order
 * @param metBy for each requirement (same order), the names of the vendors that meet it, in rank order
 * @param exclusivity share of normative requirements met by exactly one vendor; pairs = those requirements
 * @param exclusiveByVendor vendor name → the requirements only it meets (every vendor present)
 * @param lead the top vendor's lead over the panel, or null with a single vendor
 * @param neutrality normalised entropy of how met requirements are attributed to vendors (1 = evenly,
 *     0 = all to one); null with a single vendor
 * @param unmet requirements no vendor meets
 * @param clearLead whether the draft clearly leans toward the top vendor: its coverage lead is
 *     significant (interval above 0, p below alpha) and so is its share of exclusive requirements
 * @param options the resampling settings used
 */
public record PanelResult(
    ExtractedDocument standard,
    List<Comparison> comparisons,
    List<Requirement> requirements,
    List<List<String>> metBy,
    Figure exclusivity,
    Map<String, List<String>> exclusiveByVendor,
    Lead lead,
    Double neutrality,
    List<String> unmet,
    boolean clearLead,
    PanelOptions options) {

  public PanelResult {
    comparisons = List.copyOf(comparisons);
    requirements = List.copyOf(requirements);
    metBy = List.copyOf(metBy);
    exclusiveByVendor = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(exclusiveByVendor));
    unmet = List.copyOf(unmet);
  }

  /**
   * The top vendor's lead: its coverage minus the median coverage of the other vendors.
   *
   * @param vendor the top vendor
   * @param coverage its coverage
   * @param panelMedian median coverage of the other vendors
   * @param value coverage − panel median
   * @param ciLow lower bound of the bootstrap percentile interval of the lead
   * @param ciHigh upper bound
   * @param pValue permutation p-value: how often re-attributing each requirement's verdicts at random
   *     across vendors gives a top vendor leading by at least as much
   * @param exclusive requirements met by the top vendor only
   * @param expectedExclusive how many it would have on average if its met requirements were placed
   *     at random while every vendor keeps its number of met requirements and every requirement its
   *     number of vendors (swap randomisation)
   * @param exclusivePValue how often that random placement gives the top vendor at least as many
   *     exclusive requirements: small when the draft is tailored to it, not just when its product is
   *     more complete
   */
  public record Lead(
      String vendor,
      double coverage,
      double panelMedian,
      double value,
      double ciLow,
      double ciHigh,
      double pValue,
      int exclusive,
      double expectedExclusive,
      double exclusivePValue) {}
}
