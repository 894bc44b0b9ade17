package org.specmirror.match;

import java.util.List;
import org.specmirror.model.ExtractedDocument;
import org.specmirror.model.Requirement;

/**
 * One standard compared with one vendor's document.
 *
 * @param standard the standard as extracted
 * @param vendor the vendor and its documents
 * @param matches one entry per normative requirement of the standard, in document order
 * @param coverage share of the standard's normative requirements met, weighted by modality
 * @param mirror mean calibrated score of the best vendor statement over the normative requirements
 * @param distinctiveness share of the evidence of met and partial requirements carried by
 *     distinctive terms and constants (weighted by idf)
 * @param reverseCoverage share of the vendor's feature statements that support some met or partial
 *     requirement
 * @param vendorStatements the vendor statements that were matched against (features and options)
 * @param semantic whether the semantic signal was used
 */
public record Comparison(
    ExtractedDocument standard,
    Vendor vendor,
    List<RequirementMatch> matches,
    Figure coverage,
    Figure mirror,
    Figure distinctiveness,
    Figure reverseCoverage,
    List<Requirement> vendorStatements,
    boolean semantic) {
  public Comparison {
    matches = List.copyOf(matches);
    vendorStatements = List.copyOf(vendorStatements);
  }

  public long count(Verdict v) {
    return matches.stream().filter(m -> m.verdict() == v).count();
  }

  public long promoted() {
    return matches.stream().filter(RequirementMatch::promoted).count();
  }

  /** Met or partial requirements whose evidence includes a distinctive term or constant. */
  public long distinctiveMatches() {
    return matches.stream().filter(m -> m.verdict() != Verdict.NOT_MET && m.distinctive()).count();
  }
}
