package org.specmirror.extract;

import org.specmirror.model.DocumentKind;

/**
 * Choices for extraction.
 *
 * @param forcedKind treat every document as this kind, or null to detect
 * @param includeInformative also list informative statements
 * @param judge the learned second opinion, or null for rules only
 */
public record ExtractOptions(DocumentKind forcedKind, boolean includeInformative, RequirementJudge judge) {
  public static ExtractOptions defaults() {
    return new ExtractOptions(null, false, null);
  }

  /** The same options with every document read as {@code kind}. */
  public ExtractOptions as(DocumentKind kind) {
    return new ExtractOptions(kind, includeInformative, judge);
  }
}
