package org.specmirror.report;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.specmirror.app.ExtractReport;
import org.specmirror.model.ExtractedDocument;
import org.specmirror.model.Requirement;

/** One row per statement (RFC 4180), for spreadsheets. */
public final class ExtractCsv implements ExtractRenderer {
  private static final List<String> COLUMNS =
      List.of("document", "kind", "id", "clause", "page", "line", "modality", "text", "lead_in", "source", "keyword", "parameters");

  @Override
  public void render(ExtractReport report, Writer out) throws IOException {
    CsvMapper mapper = new CsvMapper();
    mapper.configure(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
    CsvSchema.Builder b = CsvSchema.builder().setUseHeader(true).setLineSeparator("\n");
    COLUMNS.forEach(b::addColumn);
    List<List<String>> rows = new ArrayList<>();
    for (ExtractedDocument d : report.documents()) {
      for (Requirement r : d.requirements()) {
        rows.add(
            List.of(
                d.info().path(),
                d.kind().name().toLowerCase(Locale.ROOT),
                r.id(),
                r.clause(),
                r.location().page() == null ? "" : r.location().page().toString(),
                r.location().line() == null ? "" : r.location().line().toString(),
                r.modality().name(),
                r.text(),
                r.leadIn(),
                r.source(),
                r.keyword(),
                r.parameters().stream().map(p -> p.text()).collect(Collectors.joining("; "))));
      }
    }
    mapper.writer(b.build()).writeValue(out, rows.stream().map(List::toArray).toList());
  }
}
