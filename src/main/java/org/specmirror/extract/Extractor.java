package org.specmirror.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.specmirror.extract.param.ParameterParser;
import org.specmirror.model.Block;
import org.specmirror.model.DocumentKind;
import org.specmirror.model.ExtractedDocument;
import org.specmirror.model.IngestedDocument;
import org.specmirror.model.Location;
import org.specmirror.model.Modality;
import org.specmirror.model.Parameter;
import org.specmirror.model.Requirement;
import org.specmirror.text.TextShapes;

/**
 * Turns an ingested document into its statements: segments paragraphs into sentences, list items
 * (carrying their lead-in's modality) and table rows, tracks clauses and their normative status, and
 * classifies each statement on the common modality scale. Stateless and thread-safe.
 */
public final class Extractor {
  // compiled once (String.matches compiled them for every paragraph and table row)
  private static final java.util.regex.Pattern MENTIONS_TABLE = java.util.regex.Pattern.compile("(?s).*\\b[Tt]able\\b.*");
  private static final java.util.regex.Pattern LEVEL_HEADING =
      java.util.regex.Pattern.compile(".*\\b(?:status|level|support|requirement|m/o|obligation)\\b.*");
  private static final java.util.regex.Pattern MUST_HEADING =
      java.util.regex.Pattern.compile(".*\\b(?:required|mandatory|shall|minimum requirement)\\b.*");
  private static final java.util.regex.Pattern SHOULD_HEADING = java.util.regex.Pattern.compile(".*\\brecommended\\b.*");


  private final ExtractOptions options;
  private final ParameterParser parameters = ParameterParser.defaults();

  public Extractor(ExtractOptions options) {
    this.options = options;
  }

  public ExtractedDocument extract(IngestedDocument doc) {
    DocumentKind kind;
    String kindReason;
    if (options.forcedKind() != null) {
      kind = options.forcedKind();
      kindReason = "forced with --as " + kind.name().toLowerCase(Locale.ROOT);
    } else {
      KindDetector.Decision d = KindDetector.detect(doc.blocks());
      kind = d.kind();
      kindReason = d.reason();
    }
    ModalityDetector detector = ModalityDetector.forDocument(conventionsText(doc.blocks()));
    Run run = new Run(kind, detector);
    for (int i = 0; i < doc.blocks().size(); i++) {
      run.block(doc.blocks().get(i), i);
    }
    run.flushPendingLeadIn();
    return new ExtractedDocument(
        doc.info(), kind, kindReason, detector.conventions(), run.out, doc.notices());
  }

  /** Text of the conventions clause(s), plus any sentence citing BCP 14 key words. */
  static String conventionsText(List<Block> blocks) {
    StringBuilder b = new StringBuilder();
    Clauses clauses = new Clauses();
    for (Block block : blocks) {
      if (block.kind() == Block.Kind.HEADING) {
        clauses.enter(block.level(), block.text());
        continue;
      }
      String t = block.text();
      boolean bcp = t.contains("key words") || t.contains("keywords");
      if (clauses.inConventions() || (bcp && t.matches("(?s).*\\b(?:BCP ?14|RFC ?2119|RFC ?8174)\\b.*"))) {
        b.append(t).append('\n');
      }
    }
    return b.toString();
  }

  /** The state of one extraction run over a document. */
  private final class Run {
    final DocumentKind kind;
    final ModalityDetector detector;
    final Clauses clauses = new Clauses();
    final List<Requirement> out = new ArrayList<>();
    final Map<String, Integer> ordinals = new HashMap<>();
    final Map<String, Integer> idUses = new HashMap<>();
    boolean optionSection;
    boolean sawTitle;
    java.util.Set<String> productWords = java.util.Set.of();

    /** The sentence ending in ':' that introduces the following list items or table rows. */
    Requirement leadIn;
    String leadInId;
    boolean leadInPending;
    /** The last paragraph with an id that refers to a table: the table's rows belong to it. */
    Requirement tableOwner;
    String tableOwnerId;
    final Map<String, Integer> subItems = new HashMap<>();

    Run(DocumentKind kind, ModalityDetector detector) {
      this.kind = kind;
      this.detector = detector;
    }

    void block(Block b, int index) {
      Location loc = new Location(b.page(), b.line(), index);
      switch (b.kind()) {
        case HEADING -> {
          flushPendingLeadIn();
          leadIn = null;
          leadInId = null;
          tableOwner = null;
          tableOwnerId = null;
          clauses.enter(b.level(), b.text());
          if (!sawTitle && b.level() <= 1) {
            sawTitle = true;
            productWords = DatasheetRules.productWords(b.text());
          }
          Clauses.Clause c = clauses.current();
          optionSection = DatasheetRules.isOptionSection(c.title());
        }
        case PARAGRAPH -> paragraph(b, loc);
        case LIST_ITEM -> {
          leadInPending = false; // the items carry the lead-in
          item(b.text(), "list-item", b, loc);
        }
        case TABLE_ROW -> {
          leadInPending = false;
          item(rowText(b), "table-row", b, loc);
        }
      }
    }

    void paragraph(Block b, Location loc) {
      flushPendingLeadIn();
      leadIn = null;
      leadInId = null;
      String text = b.text();
      RequirementIds.Found id = RequirementIds.find(text);
      String ownId = null;
      if (id != null) {
        ownId = id.id();
        text = id.rest();
      }
      boolean refersToTable = ownId != null && MENTIONS_TABLE.matcher(text).matches();
      String note =
          TextShapes.isNoteOrExample(text)
              ? "NOTE and EXAMPLE paragraphs are informative"
              : kind == DocumentKind.DATASHEET && DatasheetRules.isLegal(text)
                  ? "legal or contact paragraph"
                  : null;
      List<String> sentences = SentenceSplitter.split(text);
      for (int s = 0; s < sentences.size(); s++) {
        String sentence = sentences.get(s);
        boolean last = s == sentences.size() - 1;
        Requirement r =
            statement(sentence, "", "sentence", loc, note, TextShapes.isLabelValue(sentence) && kind == DocumentKind.DATASHEET, null, null);
        if (last && sentence.endsWith(":")) {
          leadIn = r;
          leadInId = ownId;
          leadInPending = true;
          continue;
        }
        r = withId(r, ownId, clauses.number());
        if (refersToTable && MENTIONS_TABLE.matcher(sentence).matches()) {
          tableOwner = r;
          tableOwnerId = ownId;
        }
        emit(r);
      }
    }

    void item(String text, String source, Block b, Location loc) {
      RequirementIds.Found id = RequirementIds.find(text);
      String ownId = null;
      if (id != null) {
        ownId = id.id();
        text = id.rest();
      } else if (leadIn != null && leadInId != null) {
        ownId = subId(leadInId);
      } else if (leadIn == null && "table-row".equals(source) && tableOwnerId != null) {
        ownId = subId(tableOwnerId);
      }
      String note = TextShapes.isNoteOrExample(text) ? "NOTE and EXAMPLE paragraphs are informative" : null;
      String lead = leadIn == null ? "" : leadIn.text();
      Requirement owner = leadIn != null ? leadIn : "table-row".equals(source) ? tableOwner : null;
      emit(withId(statement(text, lead, source, loc, note, true, b, owner), ownId, clauses.number()));
    }

    void flushPendingLeadIn() {
      if (leadInPending && leadIn != null) {
        emit(withId(leadIn, leadInId, clauses.number()));
      }
      leadInPending = false;
    }

    /** Items of a lead-in or rows of a table owned by requirement X are X.a, X.b, ... */
    String subId(String parent) {
      int n = subItems.merge(parent, 1, Integer::sum);
      StringBuilder letters = new StringBuilder();
      for (int k = n; k > 0; k = (k - 1) / 26) {
        letters.insert(0, (char) ('a' + (k - 1) % 26));
      }
      return parent + "." + letters;
    }

    Requirement withId(Requirement r, String ownId, String clauseNumber) {
      String id = assignId(ownId, clauseNumber, r.modality().isNormative());
      return new Requirement(
          id, r.clause(), r.location(), r.modality(), r.text(), r.leadIn(), r.source(), r.keyword(), r.parameters(), r.explanation());
    }

    Requirement statement(
        String text, String lead, String source, Location loc, String note, boolean structured, Block row, Requirement owner) {
      // parameters are parsed once: up front for datasheets (a value makes a claim), else only for kept statements
      List<Parameter> params = kind == DocumentKind.DATASHEET ? parameters.parse(text) : null;
      Modality modality;
      String keyword;
      StringBuilder why = new StringBuilder();
      Clauses.Clause clause = clauses.current();
      String clauseName = clause == null ? "document start" : "clause \"" + clause.heading() + "\"";
      if (!clauses.normative()) {
        modality = Modality.INFORMATIVE;
        keyword = "";
        why.append(clauseName).append(" is not normative (").append(clause.why()).append(')');
      } else if (note != null) {
        modality = Modality.INFORMATIVE;
        keyword = "";
        why.append(note);
      } else if (kind == DocumentKind.STANDARD) {
        ModalityDetector.Result r = detector.detect(text);
        modality = r.modality();
        keyword = r.keyword();
        if (!keyword.isEmpty()) {
          why.append("keyword \"").append(keyword).append('"');
          why.append(detector.bcp14() ? " (BCP 14, capitalised)" : detector.conventions().containsKey(keyword) ? " (defined in the document's conventions)" : "");
        }
        if (modality == Modality.INFORMATIVE && row != null) {
          Modality fromTable = tableModality(row);
          if (fromTable != null) {
            modality = fromTable;
            keyword = "table heading";
            why.append("table column says ").append(fromTable);
          }
        }
        if (modality == Modality.INFORMATIVE && owner != null && owner.modality().isNormative()) {
          modality = owner.modality();
          keyword = owner.keyword();
          why.append(lead.isEmpty() ? "belongs to the requirement that cites the table, keyword \"" : "carries the lead-in's keyword \"")
              .append(keyword).append('"');
        }
        if (modality.isNormative() && "sentence".equals(source) && options.judge() != null
            && detector.conventions().isEmpty()) {
          RequirementJudge.Judgement j = options.judge().judge(text);
          why.append(String.format(Locale.ROOT, "; classifier p=%.2f", j.probability()));
          if (!j.reasons().isEmpty()) {
            why.append(" [").append(j.reasons()).append(']');
          }
          if (j.probability() < options.judge().vetoBelow()) {
            why.append("; vetoed: the keyword does not state a requirement here");
            modality = Modality.INFORMATIVE;
          }
        }
        if (modality == Modality.INFORMATIVE && why.length() == 0) {
          why.append("no normative keyword");
        }
        why.insert(0, clauseName + "; ");
      } else {
        boolean intro = clause == null || clause.level() <= 1 && sawTitle;
        DatasheetRules.Result r =
            DatasheetRules.classify(text, structured, optionSection, !params.isEmpty(), intro, productWords);
        modality = r.modality();
        keyword = r.keyword();
        why.append(clauseName).append("; ");
        why.append(keyword.isEmpty() ? "no feature claim" : "\"" + keyword + "\"");
      }
      if (params == null) {
        params = modality.isNormative() || options.includeInformative() ? parameters.parse(text) : List.of();
      }
      return new Requirement(
          "", clauses.path(), loc, modality, text, lead, source, keyword, params, why.toString());
    }

    void emit(Requirement r) {
      if (r.modality().isNormative() || options.includeInformative()) {
        out.add(r);
      }
    }

    String assignId(String ownId, String clauseNumber, boolean normative) {
      if (ownId != null && normative) {
        int n = idUses.merge(ownId, 1, Integer::sum);
        return n == 1 ? ownId : ownId + "#" + n;
      }
      String scope = clauseNumber.isEmpty() ? "" : clauseNumber;
      String key = (normative ? "n:" : "i:") + scope;
      int n = ordinals.merge(key, 1, Integer::sum);
      return scope + "#" + (normative ? "" : "i") + n;
    }
  }

  /** Statement text of a table row: "label: value" for two cells, header-labelled cells otherwise. */
  static String rowText(Block b) {
    List<String> cells = b.cells();
    if (cells.size() == 2) {
      return cells.get(0) + ": " + cells.get(1);
    }
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      String c = cells.get(i);
      if (c.isEmpty()) {
        continue;
      }
      if (s.length() > 0) {
        s.append("; ");
      }
      if (i > 0 && i < b.header().size() && !b.header().get(i).isEmpty()) {
        s.append(b.header().get(i)).append(": ");
      }
      s.append(c);
    }
    return s.toString();
  }

  /** A requirement level given by a table's column heading or a cell ("Mandatory", "M", "Optional"). */
  static Modality tableModality(Block row) {
    for (int i = 0; i < row.cells().size(); i++) {
      String cell = row.cells().get(i).strip().toLowerCase(Locale.ROOT);
      String head = i < row.header().size() ? row.header().get(i).toLowerCase(Locale.ROOT) : "";
      if (LEVEL_HEADING.matcher(head).matches() || cell.length() <= 12) {
        switch (cell) {
          case "m", "mandatory", "required", "shall", "must" -> {
            return Modality.MUST;
          }
          case "r", "recommended", "should" -> {
            return Modality.SHOULD;
          }
          case "o", "optional", "may" -> {
            return Modality.MAY;
          }
          case "x", "prohibited", "not allowed", "shall not" -> {
            return head.isEmpty() ? null : Modality.MUST_NOT;
          }
          default -> {
            // fall through to headers
          }
        }
      }
    }
    for (String h : row.header()) {
      String head = h.toLowerCase(Locale.ROOT);
      if (MUST_HEADING.matcher(head).matches()) {
        return Modality.MUST;
      }
      if (SHOULD_HEADING.matcher(head).matches()) {
        return Modality.SHOULD;
      }
    }
    return null;
  }
}
