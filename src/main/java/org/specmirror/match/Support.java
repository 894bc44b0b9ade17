package org.specmirror.match;

import org.specmirror.model.Requirement;

/**
 * A vendor statement that supports a requirement.
 *
 * @param statement the vendor statement
 * @param document path of the vendor document it comes from
 * @param score calibrated score of the pair in [0,1]
 * @param lexical TF-IDF cosine
 * @param semantic best sentence-embedding cosine (NaN in lexical mode)
 * @param diff word-level diff from the requirement's text to this statement's
 */
public record Support(Requirement statement, String document, double score, double lexical, double semantic, java.util.List<WordDiff.Segment> diff) {
  public Support {
    diff = java.util.List.copyOf(diff);
  }
}
