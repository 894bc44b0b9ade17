package org.specmirror.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.specmirror.app.Judges;
import org.specmirror.app.ScoreReport;
import org.specmirror.app.Specmirror;
import org.specmirror.extract.ExtractOptions;
import org.specmirror.ingest.IngestOptions;
import org.specmirror.match.MatchOptions;
import org.specmirror.report.Ansi;
import org.specmirror.report.ScoreHtml;
import org.specmirror.report.ScoreJson;
import org.specmirror.report.ScoreMarkdown;
import org.specmirror.report.ScoreText;
import org.specmirror.score.PanelOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code specmirror score}: one standard against many vendors. */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Score a standard against a panel of vendors: per vendor coverage, mirror score,",
      "distinctiveness, promoted options and the requirements only it meets; per requirement which",
      "vendors meet it; for the panel the exclusivity index, the top vendor's lead with a bootstrap",
      "confidence interval and a permutation p-value, the neutrality index and the requirements no",
      "vendor meets. See docs/scoring.md."
    },
    footerHeading = "%nExit codes:%n",
    footer = {"  0 ok, 1 internal error, 2 usage error, 3 some documents could not be used (the rest were scored and the report lists them)"})
public final class ScoreCommand implements Callable<Integer> {

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

  @Mixin VendorOptions vendorOptions;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "STANDARD", description = "The standard.")
  Path standard;

  @Parameters(index = "1..*", paramLabel = "VENDOR", description = "Vendor documents, one vendor each (unless a vendor map groups them).")
  List<Path> vendorFiles = new ArrayList<>();



  @Option(names = "--format", paramLabel = "FORMAT", description = "table, json, md or html (default: table on a terminal, json otherwise).")
  Format format;



  @Option(names = "--bootstrap", paramLabel = "N", description = "Bootstrap resamples for the interval of the lead (default: ${DEFAULT-VALUE}).")
  int bootstrap = PanelOptions.defaults().bootstrap();

  @Option(names = "--permutations", paramLabel = "N", description = "Permutations for the p-value of the lead (default: ${DEFAULT-VALUE}).")
  int permutations = PanelOptions.defaults().permutations();

  @Option(names = "--seed", paramLabel = "N", description = "Seed of the resampling (default: ${DEFAULT-VALUE}); results are reproducible.")
  long seed = PanelOptions.defaults().seed();

  @Override
  public Integer call() throws IOException {
    CommandLine cl = spec.commandLine();
    if (bootstrap < 100 || permutations < 100) {
      throw new CommandLine.ParameterException(cl, "--bootstrap and --permutations must be at least 100");
    }
    run.validate(spec.commandLine());
    if (vendorOptions.dir != null && !Files.isDirectory(vendorOptions.dir)) {
      throw new CommandLine.ParameterException(cl, "--vendors " + vendorOptions.dir + " is not a folder");
    }
    List<Specmirror.VendorInput> vendors = VendorInputs.collect(vendorFiles, vendorOptions.dir, vendorOptions.map, cl);
    if (vendors.isEmpty()) {
      throw new CommandLine.ParameterException(cl, "no vendor documents: name them after the standard or use --vendors DIR");
    }
    MatchOptions options = matching.build(cl);
    PanelOptions panel = new PanelOptions(bootstrap, permutations, seed, 0.95, 0.05);
    ExtractOptions extract = new ExtractOptions(null, false, Judges.defaultJudge());
    int files = 1 + vendors.stream().mapToInt(v -> v.files().size()).sum();
    Progress progress = Progress.start(cl.getErr(), files, "documents read", common.quiet);
    ScoreReport report;
    try {
      report =
          Specmirror.score(
              Specmirror.Input.of(standard), vendors, IngestOptions.defaults(), extract, options, panel, run.threads, in -> progress.step(),
              matching.extractCache());
    } finally {
      progress.finish();
    }
    int code = ExtractCommand.Inputs.reportNotices(report.notices(), cl.getErr(), common.quiet);
    if (report.result() == null) {
      return ExitCode.INPUT_ERROR.code();
    }
    boolean terminal = run.terminal();
    Format f = format != null ? format : (terminal ? Format.table : Format.json);
    long t0 = System.nanoTime();
    String text =
        switch (f) {
          case table -> new ScoreText(Ansi.auto(terminal)).render(report.result());
          case json -> new ScoreJson(VersionProvider.version(), options, matching.glossaryLabel(), commandLine(cl)).render(report.result(), report.notices());
          case md -> new ScoreMarkdown().render(report.result(), report.notices());
          case html -> new ScoreHtml().render(
              new ScoreJson(VersionProvider.version(), options, matching.glossaryLabel(), commandLine(cl)).toJson(report.result(), report.notices()));
        };
    run.emit(spec.commandLine(), text);
    org.specmirror.app.Timing.LOG.info("rendered and wrote the {} report ({} characters) in {} s", f, text.length(), org.specmirror.app.Timing.since(t0));
    return code;
  }

  /** The command line as run, for reports. */
  static String commandLine(CommandLine cl) {
    StringBuilder b = new StringBuilder("specmirror");
    CommandLine.ParseResult top = cl.getParseResult();
    while (top.commandSpec().parent() != null && top.commandSpec().parent().commandLine().getParseResult() != null) {
      top = top.commandSpec().parent().commandLine().getParseResult();
    }
    for (String a : top.originalArgs()) {
      b.append(' ').append(a.matches("[A-Za-z0-9_./:=,@+-]+") ? a : "'" + a.replace("'", "'\\''") + "'");
    }
    return b.toString();
  }
}
