package org.specmirror.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.Callable;
import org.specmirror.app.Judges;
import org.specmirror.app.ScoreReport;
import org.specmirror.app.Specmirror;
import org.specmirror.check.Baseline;
import org.specmirror.check.Checker;
import org.specmirror.check.Policy;
import org.specmirror.extract.ExtractOptions;
import org.specmirror.ingest.IngestOptions;
import org.specmirror.match.MatchOptions;
import org.specmirror.normalise.TermAnalyzer;
import org.specmirror.report.Ansi;
import org.specmirror.report.AtomicFiles;
import org.specmirror.report.CheckJson;
import org.specmirror.report.CheckJunit;
import org.specmirror.report.CheckMarkdown;
import org.specmirror.report.CheckSarif;
import org.specmirror.report.CheckText;
import org.specmirror.report.Json;
import org.specmirror.report.ScoreHtml;
import org.specmirror.report.ScoreJson;
import org.specmirror.score.PanelOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code specmirror check}: a CI gate for drafts that lean on one vendor. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Check a draft against a panel of vendors and a policy: SM001 requirement met by only one vendor, "
            + "SM002 vendor option promoted to a requirement, SM003 vendor-specific term or constant in normative text, "
            + "SM004 the draft leans toward one vendor. See docs/ci.md.",
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0 within policy",
      "  4 findings above policy (unless --no-fail)",
      "  3 documents could not be used",
      "  2 usage error (also a bad policy, vendor map or baseline file)",
      "  1 internal error"
    })
public final class CheckCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format {
    text,
    json,
    sarif,
    junit,
    md,
    html
  }

  @Mixin CommonOptions common;

  @Mixin MatchCliOptions matching;

  @Mixin RunOptions run;

  @Mixin VendorOptions vendorOptions;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DRAFT", description = "The draft (Markdown, AsciiDoc, DOCX, PDF, ...).")
  Path draft;

  @Parameters(index = "1..*", paramLabel = "VENDOR", description = "Vendor documents, one vendor each (unless a vendor map groups them).")
  List<Path> vendorFiles = new ArrayList<>();



  @Option(names = "--config", paramLabel = "FILE", description = "Policy file (specmirror.yml); without it the defaults of docs/ci.md apply.")
  Path config;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text, json, sarif, junit, md or html (default: ${DEFAULT-VALUE}).")
  Format format = Format.text;


  @Option(names = "--baseline", paramLabel = "FILE", description = "Fail only on findings not in this baseline, and when a vendor's figures rose beyond the policy's margin.")
  Path baseline;

  @Option(names = "--write-baseline", paramLabel = "FILE", description = "Record the current findings and vendor figures as a baseline.")
  Path writeBaseline;

  @Option(names = "--no-fail", description = "Report findings but exit 0 (unless inputs could not be read).")
  boolean noFail;


  @Override
  public Integer call() throws IOException {
    CommandLine cl = spec.commandLine();
    run.validate(spec.commandLine());
    Policy policy = Policy.defaults();
    if (config != null) {
      try {
        policy = Policy.read(config);
      } catch (Policy.PolicyException e) {
        throw new CommandLine.ParameterException(cl, "--config: " + e.getMessage());
      }
    }
    Baseline base = null;
    if (baseline != null) {
      try {
        base = Baseline.read(baseline);
      } catch (IOException e) {
        throw new CommandLine.ParameterException(cl, "--baseline: " + e.getMessage());
      }
    }
    if (matching.glossary == null) {
      matching.glossary = policy.glossary();
    }
    if (matching.weights == null && !policy.weights().isEmpty()) {
      matching.weights = new LinkedHashMap<>(policy.weights());
    }
    Path dir = vendorOptions.dir != null ? vendorOptions.dir : policy.vendors();
    Path map = vendorOptions.map != null ? vendorOptions.map : policy.vendorMap();
    if (dir != null && !Files.isDirectory(dir)) {
      throw new CommandLine.ParameterException(cl, "--vendors " + dir + " is not a folder");
    }
    List<Specmirror.VendorInput> vendors = VendorInputs.collect(vendorFiles, dir, map, cl);
    if (vendors.isEmpty()) {
      throw new CommandLine.ParameterException(cl, "no vendor documents: name them after the draft, use --vendors DIR or set 'vendors' in the policy");
    }
    MatchOptions options = matching.build(cl);
    ExtractOptions extract = new ExtractOptions(null, false, Judges.defaultJudge());
    int files = 1 + vendors.stream().mapToInt(v -> v.files().size()).sum();
    Progress progress = Progress.start(cl.getErr(), files, "documents read", common.quiet);
    ScoreReport report;
    try {
      report =
          Specmirror.score(
              Specmirror.Input.of(draft), vendors, IngestOptions.defaults(), extract, options, PanelOptions.defaults(), run.threads,
              in -> progress.step(), matching.extractCache());
    } finally {
      progress.finish();
    }
    int inputs = ExtractCommand.Inputs.reportNotices(report.notices(), cl.getErr(), common.quiet);
    if (report.result() == null) {
      return ExitCode.INPUT_ERROR.code();
    }
    Checker.Result result = new Checker(policy, new TermAnalyzer(options.glossary())).check(report.result(), base);
    if (writeBaseline != null) {
      AtomicFiles.write(writeBaseline, Json.write(Checker.baseline(result)));
    }
    String command = ScoreCommand.commandLine(cl);
    String text =
        switch (format) {
          case text -> new CheckText(Ansi.auto(run.terminal())).render(result);
          case json -> Json.write(CheckJson.toJson(result, VersionProvider.version(), command, report.notices()));
          case sarif -> new CheckSarif(VersionProvider.version(), base != null).render(result);
          case junit -> new CheckJunit().render(result);
          case md -> new CheckMarkdown().render(result);
          case html -> new ScoreHtml().render(
              CheckJson.withFindings(
                  new ScoreJson(VersionProvider.version(), options, matching.glossaryLabel(), command).toJson(report.result(), report.notices()),
                  result));
        };
    run.emit(spec.commandLine(), text);
    if (result.failing() > 0 && !noFail) {
      return ExitCode.FINDINGS.code();
    }
    return inputs;
  }
}
