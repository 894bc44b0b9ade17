package org.specmirror.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.specmirror.model.Block;
import org.specmirror.model.DocumentKind;
import org.specmirror.text.TextShapes;

/**
 * Decides whether a document is a standard (states requirements) or a datasheet (claims features),
 * from signals in its text, and says why.
 */
public final class KindDetector {

  /** The decision and the evidence for it. */
  public record Decision(DocumentKind kind, String reason) {}

  private static final Pattern STANDARD_MARKERS =
      Pattern.compile(
          // the look-ahead on the first letter and the look-behind (no ASCII letter or digit before)
          // reject most positions before the costlier Unicode word-boundary test; neither changes
          // what matches: every alternative starts with one of those letters, and a boundary before
          // a letter implies no letter or digit before it (a ™ or ® the look-behind turns away is
          // still counted once, by the pattern's last alternative)
          "(?=[BCDEINRSTbcdeinrst])(?<![A-Za-z0-9])\\b(?:Recommendation ITU-T|ITU-T Y\\.|ITU-T [A-Z]\\.|ISO/IEC|International Standard|this (?:Recommendation|International Standard|Standard|specification|document) (?:specifies|defines|describes|establishes|provides)"
              + "|Request for Comments|RFC \\d{3,4}|BCP 14|ETSI (?:TS|EN|TR|GS)|IEEE Std|Normative references|Terms and definitions"
              + "|conformance|Conventions|Requirements Language|draft Recommendation|shall|is required to)\\b",
          Pattern.CASE_INSENSITIVE);
  /** The same markers for lower-cased text: case-insensitive matching is several times slower. */
  static final Pattern STANDARD_LOWER = Pattern.compile(STANDARD_MARKERS.pattern().toLowerCase(java.util.Locale.ROOT));
  private static final Pattern DATASHEET_MARKERS =
      Pattern.compile(
          "(?=[ADFIKMOPSTWadfikmopstw\u2122\u00AE])(?<![A-Za-z0-9])\\b(?:data ?sheet|product brief|technical (?:data|specifications?)|ordering (?:information|codes?)|key features"
              + "|features and benefits|part number|model(?:s)? available|warranty|accessories|\u2122|\u00AE"
              + "|supports|includes|available (?:up)?on request|optional)\\b|[\u2122\u00AE]",
          Pattern.CASE_INSENSITIVE);
  static final Pattern DATASHEET_LOWER = Pattern.compile(DATASHEET_MARKERS.pattern().toLowerCase(java.util.Locale.ROOT));
  static final Pattern NORMATIVE =
      Pattern.compile(
          "(?=[acimsACIMS])(?<![A-Za-z0-9])\\b(?:shall|must|is required to|are required to|is recommended to|is prohibited from|can optionally|SHOULD|MUST|MAY)\\b");

  private static final Pattern NUMBERED_HEADING = Pattern.compile("(?:\\d+(?:\\.\\d+)*|Annex [A-Z]|Appendix [IVX]+)\\s+.*");

  private KindDetector() {}

  /** Blocks read to decide: the kind shows in the first pages. */
  static final int SAMPLE = 250;

  public static Decision detect(List<Block> all) {
    List<Block> blocks = all.size() > SAMPLE ? all.subList(0, SAMPLE) : all;
    int normative = 0;
    int statements = 0;
    int specRows = 0;
    int std = 0;
    int sheet = 0;
    int numberedHeadings = 0;
    for (Block b : blocks) {
      String t = b.text();
      if (b.kind() == Block.Kind.HEADING) {
        if (NUMBERED_HEADING.matcher(t).matches()) {
          numberedHeadings++;
        }
      }
      if (b.kind() == Block.Kind.TABLE_ROW && b.cells().size() == 2 || TextShapes.isLabelValue(t)) {
        specRows++;
      }
      statements++;
      if (NORMATIVE.matcher(t).find()) {
        normative++;
      }
      String lower = t.toLowerCase(Locale.ROOT);
      var s = STANDARD_LOWER.matcher(lower);
      while (s.find()) {
        std++;
      }
      var d = DATASHEET_LOWER.matcher(lower);
      while (d.find()) {
        sheet++;
      }
    }
    double density = statements == 0 ? 0 : (double) normative / statements;
    double stdScore = std + 2.0 * numberedHeadings + 40 * density;
    double sheetScore = sheet + 1.0 * specRows;
    DocumentKind kind = stdScore >= sheetScore ? DocumentKind.STANDARD : DocumentKind.DATASHEET;
    String reason =
        String.format(
            Locale.ROOT,
            "detected: %d standard markers, %d numbered clauses, %.0f%% of blocks with normative keywords"
                + " vs %d datasheet markers, %d specification rows",
            std,
            numberedHeadings,
            100 * density,
            sheet,
            specRows);
    return new Decision(kind, reason);
  }
}
