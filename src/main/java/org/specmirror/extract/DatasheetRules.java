package org.specmirror.extract;

import java.util.regex.Pattern;
import org.specmirror.model.Modality;

/**
 * Classifies vendor-side statements: a feature claim or specification the product has as standard
 * ({@code OFFERS}), one available only as an option ({@code OPTIONAL}), or marketing prose without a
 * claim ({@code INFORMATIVE}).
 */
public final class DatasheetRules {
  private static final java.util.regex.Pattern OPTION_SECTION =
      java.util.regex.Pattern.compile("(?i).*\\b(?:options?|optional|accessor(?:y|ies)|add-ons?|upgrades?|extensions?)\\b.*");


  /** The result and the phrase that decided it. */
  public record Result(Modality modality, String keyword) {}

  static final Pattern OPTION =
      Pattern.compile(
          "\\b(?:optional(?:ly)?|option(?:al)? extra|as an option|option:|options?\\s+(?:available|include)"
              + "|available (?:up)?on request|(?:up)?on request|add-on|at extra cost|extra charge|sold separately"
              + "|available as an? (?:accessory|upgrade|option)|upgrade (?:kit|option)|licen[cs]ed feature"
              + "|requires? (?:an? )?(?:additional |optional )?licen[cs]e|premium (?:tier|licen[cs]e|feature))\\b|\\((?:option|optional|opt\\.)\\)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern CLAIM_START =
      Pattern.compile(
          "^(?:supports?|provides?|includes?|offers?|features?|comes with|equipped with|integrated|integrates?"
              + "|built-in|embedded|enables?|allows?|delivers?|reports?|measures?|monitors?|detects?|operates?"
              + "|complies|compliant|conforms?|certified|compatible|rated|protects?|protection|withstands?|uses?"
              + "|connects?|communicates?|stores?|logs?|encrypts?|dims?|dimming|switch(?:es)?|with|up to|over-the-air"
              + "|remote|automatic|programmable|configurable|real-time|secure|dual|single|wide|low|high|\\d)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern CLAIM_VERB =
      Pattern.compile(
          "(?<!\\b(?:a|an|the|our|its|their|your|of) )\\b(?:supports?|provides?|includes?|offers?|features|comes with|(?:is |are )?equipped with|integrates?"
              + "|enables?|allows?|delivers?|reports?|measures?|monitors?|detects?|operates?|complies|conforms?"
              + "|(?:is |are )?certified|(?:is |are )?compatible with|(?:is |are )?rated|protects?|withstands?"
              + "|connects?|communicates?|stores?|logs?|encrypts?|dims?|switches|achieves?|ensures?|meets?"
              + "|accepts?|handles?|sends?|receives?|uses|runs|records?|tracks?|controls?|keeps?|sustains?"
              + "|exposes?|implements?|comes? standard|(?:is |are )?available|(?:is |are )?(?:kept|stored|handled|executed"
              + "|reported|delivered|accepted|provided|included|supported|protected|signed|encrypted|measured|computed))\\b");
  private static final Pattern NEGATIVE =
      Pattern.compile(
          "\\b(?:does not|do not|doesn't|don't|cannot|can't|not (?:supported|available|included)|no support|n/a|none)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern LEGAL =
      Pattern.compile(
          "(?:\u00A9|\\(c\\)\\s*\\d{4}|\\ball rights reserved\\b|\\bsubject to change\\b|\\btrademarks?\\b|\\bwithout notice\\b"
              + "|\\bdisclaim|\\bwww\\.|https?://|@[a-z0-9-]+\\.[a-z]{2,}|\\bcontact us\\b|\\bfor more information\\b)",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern FIRST_PERSON =
      Pattern.compile("\\b(?:we|our|us|ours|I|you'll|imagine|why settle)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern SUBJECT =
      Pattern.compile("^(?:It|Its|Each|Every|Both|All|The (?:unit|node|controller|device|module|product|system|housing|radio|sensor|photocell|firmware|platform|cloud|app|gateway)s?)\\b");

  /** "X is a …", "X was …": the product described, not a feature claimed. */
  private static final Pattern COPULA = Pattern.compile("^[^,;:]{1,60}?\\b(?:is|are|was|were) (?:a|an|the|our|one)\\b");

  private DatasheetRules() {}

  /**
   * @param text the statement
   * @param structured true for list items and table/spec rows (which are claims by their form)
   * @param optionSection true inside an "Options" / "Accessories" section
   * @param hasParameter true when the statement carries a value, rating or interface
   */
  public static Result classify(String text, boolean structured, boolean optionSection, boolean hasParameter) {
    return classify(text, structured, optionSection, hasParameter, false, java.util.Set.of());
  }

  /**
   * @param intro true in the text under the title before the first section (usually marketing)
   * @param productWords distinctive words of the product name (from the title), e.g. "LX-40"
   */
  public static Result classify(
      String text,
      boolean structured,
      boolean optionSection,
      boolean hasParameter,
      boolean intro,
      java.util.Set<String> productWords) {
    if (LEGAL.matcher(text).find()) {
      return new Result(Modality.INFORMATIVE, "legal or contact text");
    }
    var opt = OPTION.matcher(text);
    if (opt.find()) {
      return new Result(Modality.OPTIONAL, opt.group().strip());
    }
    if (NEGATIVE.matcher(text).find()) {
      return new Result(Modality.INFORMATIVE, "negative statement");
    }
    if (optionSection) {
      return new Result(Modality.OPTIONAL, "options section");
    }
    if (structured) {
      return new Result(Modality.OFFERS, "list item or specification row");
    }
    if (FIRST_PERSON.matcher(text).find()) {
      return new Result(Modality.INFORMATIVE, "first-person or marketing prose");
    }
    var start = CLAIM_START.matcher(text);
    if (start.find()) {
      return new Result(Modality.OFFERS, start.group());
    }
    var verb = CLAIM_VERB.matcher(text);
    boolean hasVerb = verb.find();
    if (hasVerb && hasParameter) {
      return new Result(Modality.OFFERS, verb.group());
    }
    if (intro) {
      return new Result(Modality.INFORMATIVE, "introduction under the title without a specification");
    }
    if (hasVerb) {
      return new Result(Modality.OFFERS, verb.group());
    }
    if (hasParameter && text.length() < 160) {
      return new Result(Modality.OFFERS, "specification value");
    }
    if (COPULA.matcher(text).find()) {
      return new Result(Modality.INFORMATIVE, "description (\"is a …\"), not a feature claim");
    }
    var subject = SUBJECT.matcher(text);
    if (subject.find()) {
      return new Result(Modality.OFFERS, "statement about the product (\"" + subject.group() + "\")");
    }
    for (String w : productWords) {
      if (text.startsWith(w) || text.startsWith("The " + w)) {
        return new Result(Modality.OFFERS, "statement about the product (\"" + w + "\")");
      }
    }
    return new Result(Modality.INFORMATIVE, "");
  }

  /** Distinctive words of a product title: model numbers and capitalised names, not common words. */
  public static java.util.Set<String> productWords(String title) {
    java.util.Set<String> out = new java.util.TreeSet<>();
    for (String w : title.split("[\\s—–,:;()]+")) {
      if (w.length() >= 3 && (w.matches(".*\\d.*") || w.matches("\\p{Lu}\\p{L}+"))
          && !w.matches("(?i)smart|street|light|lighting|controller|node|outdoor|product|datasheet|data|sheet|the|and|for|with|series|module|lamp|pole|system|connected|zhaga|nema|dali|led")) {
        out.add(w);
      }
    }
    return out;
  }

  /** True for legal, copyright, trademark or contact text. */
  public static boolean isLegal(String text) {
    return LEGAL.matcher(text).find();
  }

  /** True for a section heading of options and accessories. */
  public static boolean isOptionSection(String title) {
    return OPTION_SECTION.matcher(title).matches();
  }
}
