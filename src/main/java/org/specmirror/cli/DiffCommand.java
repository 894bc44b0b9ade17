package org.specmirror.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.specmirror.app.Judges;
import org.specmirror.app.Specmirror;
import org.specmirror.app.VendorMap;
import org.specmirror.diff.DiffReport;
import org.specmirror.diff.Revisions;
import org.specmirror.extract.ExtractOptions;
import org.specmirror.ingest.IngestOptions;
import org.specmirror.match.MatchOptions;
import org.specmirror.report.Ansi;
import org.specmirror.report.DiffHtml;
import org.specmirror.report.DiffJson;
import org.specmirror.report.DiffMarkdown;
import org.specmirror.report.DiffText;
import org.specmirror.score.PanelOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code specmirror diff}: two revisions of a draft, requirement by requirement. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Compare two revisions of a draft requirement by requirement: added, removed, changed (with the",
      "word-level diff), moved to another clause or renumbered (paired by content, not by id), and",
      "modality changes (strengthened, weakened, reversed). With vendors, both revisions are scored",
      "against the same panel and the change of each vendor's figures is shown with the requirements",
      "responsible. See docs/diff.md."
    },
    footerHeading = "%nExit codes:%n",
    footer = {"  0 ok, 1 internal error, 2 usage error, 3 a revision could not be read or holds no requirement (or a vendor document could not be used; the rest was reported)"})
public final class DiffCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format {
    text,
    json,
    md,
    html
  }

  @Mixin CommonOptions common;

  @Mixin MatchCliOptions matching;

  @Mixin RunOptions run;

  @Mixin VendorOptions vendorOptions;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OLD", description = "The old revision (any format extract reads).")
  Path before;

  @Parameters(index = "1", paramLabel = "NEW", description = "The new revision.")
  Path after;

  @Parameters(index = "2..*", paramLabel = "VENDOR", description = "Vendor documents, one vendor each (unless a vendor map groups them): score both revisions against them.")
  List<Path> vendorFiles = new ArrayList<>();



  @Option(names = "--format", paramLabel = "FORMAT", description = "text, json, md or html (default: text on a terminal, json otherwise).")
  Format format;



  @Option(names = "--width", paramLabel = "COLUMNS", hidden = true, description = "Text width.")
  Integer width;

  @Override
  public Integer call() throws IOException {
    CommandLine cl = spec.commandLine();
    run.validate(spec.commandLine());
    if (vendorOptions.dir != null && !Files.isDirectory(vendorOptions.dir)) {
      throw new CommandLine.ParameterException(cl, "--vendors " + vendorOptions.dir + " is not a folder");
    }
    List<Specmirror.VendorInput> vendors = VendorInputs.collect(vendorFiles, vendorOptions.dir, vendorOptions.map, cl);
    if (vendors.isEmpty() && (vendorOptions.dir != null || vendorOptions.map != null)) {
      throw new CommandLine.ParameterException(cl, "no vendor documents in " + (vendorOptions.dir != null ? vendorOptions.dir : vendorOptions.map));
    }
    MatchOptions options = matching.build(cl);
    ExtractOptions extract = new ExtractOptions(null, false, Judges.defaultJudge());
    int files = 2 + (vendors.isEmpty() ? 0 : 2 * (1 + vendors.stream().mapToInt(v -> v.files().size()).sum()));
    Progress progress = Progress.start(cl.getErr(), files, "documents read", common.quiet);
    DiffReport report;
    try {
      report =
          Revisions.diff(
              Specmirror.Input.of(before), Specmirror.Input.of(after), vendors, IngestOptions.defaults(), extract, options,
              PanelOptions.defaults(), run.threads, in -> progress.step(), matching.extractCache());
    } finally {
      progress.finish();
    }
    int code = ExtractCommand.Inputs.reportNotices(report.notices(), cl.getErr(), common.quiet);
    if (report.diff() == null) {
      return ExitCode.INPUT_ERROR.code();
    }
    boolean terminal = run.terminal();
    Format f = format != null ? format : (terminal ? Format.text : Format.json);
    String text =
        switch (f) {
          case text -> new DiffText(width != null ? width : Terminal.width(), Ansi.auto(terminal)).render(report);
          case json -> new DiffJson(VersionProvider.version(), options, matching.glossaryLabel(), ScoreCommand.commandLine(cl)).render(report);
          case md -> new DiffMarkdown().render(report);
          case html -> new DiffHtml().render(report);
        };
    run.emit(spec.commandLine(), text);
    return code;
  }


}
