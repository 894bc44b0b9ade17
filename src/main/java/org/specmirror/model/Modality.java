package org.specmirror.model;

/**
 * One modality scale for every drafting tradition (standards) plus the two vendor-side values.
 */
public enum Modality {
  /** Mandatory: shall, must, is required to, MUST, REQUIRED. */
  MUST,
  /** Prohibition: shall not, must not, is prohibited from, MUST NOT. */
  MUST_NOT,
  /** Recommendation: should, is recommended to, it is recommended that. */
  SHOULD,
  /** Recommendation against: should not, is not recommended. */
  SHOULD_NOT,
  /** Permission / option: may, is permitted, can optionally, need not. */
  MAY,
  /** Vendor side: a feature or specification the product has as standard. */
  OFFERS,
  /** Vendor side: a feature available only as an option, accessory or on request. */
  OPTIONAL,
  /** Everything else: descriptions, possibilities (ISO "can"), ETSI "will", notes, marketing. */
  INFORMATIVE;

  /** True for the modalities that make a statement a requirement or a claim worth listing. */
  public boolean isNormative() {
    return this != INFORMATIVE;
  }

}
