package org.specmirror.check;

/** The rules of {@code check}, with stable ids. */
public enum Rule {
  SM001(
      "exclusive-requirement",
      "Requirement met by only one vendor",
      "A normative requirement that only one vendor of the panel meets narrows the market to that vendor.",
      "State the performance or interoperability outcome needed, with a value several products can meet, instead of one product's feature or value."),
  SM002(
      "promoted-option",
      "Vendor option promoted to a requirement",
      "The draft makes mandatory what a vendor sells only as an option or accessory.",
      "Make it optional (\"can optionally\", MAY), or state the need it serves so that built-in and add-on solutions both qualify."),
  SM003(
      "vendor-specific-term",
      "Vendor-specific term, product name or constant in normative text",
      "A name, term or oddly specific constant found in only one vendor's documents appears in normative text.",
      "Replace the product's term or value with a generic term and a justified, round value (or a range)."),
  SM004(
      "panel-lean",
      "The draft as a whole leans toward one vendor",
      "One vendor's lead or exclusive share of the requirements is above policy.",
      "Review the requirements behind the lead (listed with this finding) with the other vendors' datasheets at hand.");

  private final String slug;
  private final String title;
  private final String description;
  private final String suggestion;

  Rule(String slug, String title, String description, String suggestion) {
    this.slug = slug;
    this.title = title;
    this.description = description;
    this.suggestion = suggestion;
  }

  public String slug() {
    return slug;
  }

  public String title() {
    return title;
  }

  public String description() {
    return description;
  }

  /** A neutral rewording direction. */
  public String suggestion() {
    return suggestion;
  }
}
