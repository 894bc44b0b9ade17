package org.specmirror.extract;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tracks the clause a block belongs to, and whether that clause is normative. Foreword,
 * introduction, scope, references, definitions, abbreviations, conventions, bibliography, ITU-T
 * appendices and annexes marked informative never yield requirements, nor do their subclauses.
 */
public final class Clauses {
  private static final java.util.regex.Pattern STATUS_MARK =
      java.util.regex.Pattern.compile("\\s*\\((?:normative|informative)\\)\\s*");


  /** Kinds of non-normative clause (for explanations). */
  private static final Pattern INFORMATIVE_TITLE =
      Pattern.compile(
          "^(?:foreword|introduction|summary|abstract|keywords|key words|scope(?: and field of application)?"
              + "|(?:normative |informative )?references|bibliography|(?:terms(?:,)? (?:and )?definitions.*)|definitions.*"
              + "|terms defined.*|abbreviations.*|acronyms.*|symbols.*|conventions.*|notation.*|requirements language"
              + "|requirements notation|history|revision history|change ?log|acknowledg(?:e)?ments?|contents"
              + "|table of contents|preface|status of this memo|copyright notice|authors?'? addresses?"
              + "|contributors|index|list of (?:figures|tables)|about .*|disclaimer.*|legal.*|contact.*"
              + "|ordering(?: information)?.*|order(?:ing)? codes?|how to order|warranty.*|company profile|applications?|use cases?"
              + "|overview|benefits|why .*)$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern CONVENTIONS_TITLE =
      Pattern.compile("^(?:conventions.*|requirements language|requirements notation|notation.*)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern NUMBER =
      Pattern.compile("^((?:[1-9]\\d?|[A-Z]|[IVX]{1,5})(?:\\.\\d{1,3}){0,6})\\.?\\s+(.*)$");
  private static final Pattern ANNEX =
      Pattern.compile("^(Annex|Appendix)\\s+([A-Z]|[IVX]{1,5}|\\d{1,2})\\b\\s*[:.–—-]?\\s*(.*)$", Pattern.CASE_INSENSITIVE);

  /** One open clause. */
  public record Clause(int level, String number, String title, String heading, boolean normative, String why) {}

  private final Deque<Clause> stack = new ArrayDeque<>();

  /** Opens a heading, closing the clauses at its level or deeper. */
  public Clause enter(int level, String heading) {
    while (!stack.isEmpty() && stack.peek().level() >= level) {
      stack.pop();
    }
    String number = "";
    String title = heading.strip();
    boolean normative = true;
    String why = "";
    Matcher annex = ANNEX.matcher(title);
    Matcher num = NUMBER.matcher(title);
    if (annex.matches()) {
      number = annex.group(2);
      String kind = annex.group(1).toLowerCase(Locale.ROOT);
      String lower = title.toLowerCase(Locale.ROOT);
      if (kind.equals("appendix") && !lower.contains("(normative)")) {
        normative = false;
        why = "ITU-T appendices are informative";
      } else if (lower.contains("(informative)")) {
        normative = false;
        why = "annex marked informative";
      }
    } else if (num.matches()) {
      number = num.group(1);
      title = num.group(2).strip();
    }
    String bare = STATUS_MARK.matcher(title).replaceAll(" ").strip();
    if (normative && title.toLowerCase(Locale.ROOT).contains("(informative)")) {
      normative = false;
      why = "clause marked informative";
    }
    if (normative && INFORMATIVE_TITLE.matcher(bare).matches() && !isOverviewLike(bare)) {
      normative = false;
      why = "\"" + bare + "\" clauses are not normative";
    }
    Clause parent = stack.peek();
    if (parent != null && !parent.normative()) {
      normative = false;
      why = parent.why();
    }
    Clause c = new Clause(level, number, bare, heading.strip(), normative, why);
    stack.push(c);
    return c;
  }

  /**
   * "Overview", "Applications", "Use cases", "Benefits" stay normative: standards state requirements
   * in overviews too, and datasheets make claims there.
   */
  private static boolean isOverviewLike(String t) {
    return t.matches("(?i)^(?:overview|applications?|use cases?|benefits|why .*)$");
  }

  /** The innermost open clause, or null before the first heading. */
  public Clause current() {
    return stack.peek();
  }

  public boolean normative() {
    return stack.isEmpty() || stack.peek().normative();
  }

  /** Whether the innermost clause is a conventions / requirements-language clause. */
  public boolean inConventions() {
    for (Clause c : stack) {
      if (CONVENTIONS_TITLE.matcher(c.title()).matches()) {
        return true;
      }
    }
    return false;
  }

  /** The clause number of the innermost numbered clause, or empty. */
  public String number() {
    for (Clause c : stack) {
      if (!c.number().isEmpty()) {
        return c.number();
      }
    }
    return "";
  }

  /** The heading of the innermost clause as written, e.g. "7.2 Monitoring and metering". */
  public String path() {
    Clause c = stack.peek();
    return c == null ? "" : c.heading();
  }

}
