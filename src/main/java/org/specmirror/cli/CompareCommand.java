package org.specmirror.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.specmirror.app.CompareReport;
import org.specmirror.app.Judges;
import org.specmirror.app.Specmirror;
import org.specmirror.extract.ExtractOptions;
import org.specmirror.ingest.IngestOptions;
import org.specmirror.match.MatchOptions;
import org.specmirror.report.Ansi;
import org.specmirror.report.CompareJson;
import org.specmirror.report.CompareMarkdown;
import org.specmirror.report.CompareText;
import org.specmirror.report.ScoreHtml;
import org.specmirror.report.ScoreJson;
import org.specmirror.score.PanelOptions;
import org.specmirror.score.PanelScorer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code specmirror compare}: one standard against one vendor document, with evidence. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Compare a standard with one vendor's datasheet: for every normative requirement, whether the",
      "vendor meets it (MET, PARTIAL, NOT_MET), the vendor statement that does, the word-level diff",
      "and the rare terms and values the two share; then coverage, mirror score, distinctiveness and",
      "reverse coverage. See docs/matching.md for how scores are built."
    },
    footerHeading = "%nExit codes:%n",
    footer = {"  0 ok, 1 internal error, 2 usage error, 3 a document could not be read or holds no statements to compare"})
public final class CompareCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format {
    table,
    json,
    md,
    html
  }

  @Mixin CommonOptions common;

  @Mixin MatchCliOptions matching;

  @Mixin RunOptions run;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "STANDARD", description = "The standard (any format extract reads).")
  Path standard;

  @Parameters(index = "1", paramLabel = "VENDOR", description = "The vendor's datasheet.")
  Path vendor;

  @Option(names = "--format", paramLabel = "FORMAT", description = "table, json, md or html (default: table on a terminal, json otherwise).")
  Format format;



  @Option(names = "--width", paramLabel = "COLUMNS", hidden = true, description = "Table width.")
  Integer width;

  @Override
  public Integer call() throws IOException {
    run.validate(spec.commandLine());
    MatchOptions options = matching.build(spec.commandLine());
    ExtractOptions extract = new ExtractOptions(null, false, Judges.defaultJudge());
    CompareReport report =
        Specmirror.compare(
            Specmirror.Input.of(standard), Specmirror.Input.of(vendor), IngestOptions.defaults(), extract, options, run.threads,
            matching.extractCache());
    int code = ExtractCommand.Inputs.reportNotices(report.notices(), spec.commandLine().getErr(), common.quiet);
    if (report.comparison() == null) {
      return ExitCode.INPUT_ERROR.code();
    }
    boolean terminal = run.terminal();
    Format f = format != null ? format : (terminal ? Format.table : Format.json);
    String text =
        switch (f) {
          case table -> new CompareText(width != null ? width : Terminal.width(), Ansi.auto(terminal)).render(report);
          case json -> new CompareJson(VersionProvider.version(), options, matching.glossaryLabel()).render(report);
          case md -> new CompareMarkdown().render(report);
          case html -> new ScoreHtml().render(
              new ScoreJson(VersionProvider.version(), options, matching.glossaryLabel(), ScoreCommand.commandLine(spec.commandLine()))
                  .toJson(
                      new PanelScorer(null, options, PanelOptions.defaults()).single(report.comparison()),
                      report.notices()));
        };
    run.emit(spec.commandLine(), text);
    return code;
  }
}
