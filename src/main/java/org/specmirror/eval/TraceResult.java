package org.specmirror.eval;

import java.util.List;

/**
 * Figures of one trace dataset (or one group of it).
 *
 * @param name dataset folder or group name
 * @param sources number of sources
 * @param targets number of targets
 * @param links number of true links
 * @param map mean average precision over sources with at least one link
 * @param mrr mean reciprocal rank of the first true link
 * @param recallAt1 mean share of a source's links found in its top 1
 * @param recallAt5 ... top 5
 * @param recallAt10 ... top 10
 * @param bestF1 best F1 over one global threshold
 * @param bestF2 best F2 over one global threshold
 * @param atDefault precision/recall/F1/F2 at the threshold {@code compare} uses for MET
 * @param groups per-group figures (one entry, the dataset itself, when there is one group)
 */
public record TraceResult(
    String name,
    int sources,
    int targets,
    int links,
    double map,
    double mrr,
    double recallAt1,
    double recallAt5,
    double recallAt10,
    Cut bestF1,
    Cut bestF2,
    Cut atDefault,
    List<TraceResult> groups) {

  /** Precision, recall, F1 and F2 at one threshold. */
  public record Cut(double threshold, double precision, double recall, double f1, double f2) {}
}
