package org.specmirror.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.specmirror.app.ExtractReport;
import org.specmirror.app.Judges;
import org.specmirror.app.Specmirror;
import org.specmirror.extract.ExtractOptions;
import org.specmirror.ingest.IngestOptions;
import org.specmirror.model.DocumentKind;
import org.specmirror.model.Notice;
import org.specmirror.report.Ansi;
import org.specmirror.report.AtomicFiles;
import org.specmirror.report.ExtractCsv;
import org.specmirror.report.ExtractJson;
import org.specmirror.report.ExtractRenderer;
import org.specmirror.report.ExtractTable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code specmirror extract}: the requirement statements of each document. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "List the requirement statements of standards and the feature claims of datasheets.",
      "For each statement: id, clause, location (page or line), modality, text and parameters.",
      "Formats are detected from the content: PDF, DOCX, DOC, ODT, RTF, HTML, Markdown, AsciiDoc, text."
    },
    footerHeading = "%nExit codes:%n",
    footer = {"  0 ok, 1 internal error, 2 usage error, 3 some inputs could not be read (the rest were reported)"})
public final class ExtractCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format {
    table,
    json,
    csv
  }

  /** Document kinds for --as. */
  enum As {
    standard,
    datasheet
  }

  @Mixin CommonOptions common;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Documents to read; a folder means every file in it.")
  List<Path> files;

  @Option(names = "--format", paramLabel = "FORMAT", description = "table, json or csv (default: table on a terminal, json otherwise).")
  Format format;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write the result to FILE (atomically) instead of stdout.")
  Path out;

  @Option(names = "--as", paramLabel = "KIND", description = "Treat every input as a standard or a datasheet instead of detecting it.")
  As as;

  @Option(names = "--all", description = "Also list informative statements (notes, descriptions, marketing).")
  boolean all;

  @Option(names = "--explain", description = "Say why each statement was taken (clause, keyword, classifier).")
  boolean explain;

  @Option(names = "--rules-only", description = "Do not consult the learned classifier.")
  boolean rulesOnly;

  @Option(names = "--max-chars", paramLabel = "N", description = "Characters read per document at most (default: ${DEFAULT-VALUE}).")
  long maxChars = IngestOptions.DEFAULT_MAX_CHARS;

  @Option(names = "--timeout", paramLabel = "SECONDS", description = "Time allowed to read one document (default: ${DEFAULT-VALUE}).")
  long timeoutSeconds = IngestOptions.DEFAULT_TIMEOUT.toSeconds();

  @Option(names = "--max-embedded-depth", paramLabel = "N", description = "How deep embedded documents are read (default: ${DEFAULT-VALUE}).")
  int maxEmbeddedDepth = IngestOptions.DEFAULT_MAX_EMBEDDED_DEPTH;

  @Option(names = "--max-bytes", paramLabel = "N", description = "Largest file read, in bytes (default: ${DEFAULT-VALUE}).")
  long maxBytes = IngestOptions.DEFAULT_MAX_BYTES;

  @Option(names = "--encoding", paramLabel = "CHARSET", description = "Charset of text and Markdown inputs (default: strict UTF-8).")
  Charset encoding;

  @Option(names = "--threads", paramLabel = "N", description = "Documents read in parallel (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--width", paramLabel = "COLUMNS", hidden = true, description = "Table width.")
  Integer width;

  @Override
  public Integer call() throws IOException {
    validate();
    IngestOptions ingest =
        new IngestOptions(maxChars, Duration.ofSeconds(timeoutSeconds), maxEmbeddedDepth, maxBytes, encoding);
    ExtractOptions opts =
        new ExtractOptions(
            as == null ? null : (as == As.standard ? DocumentKind.STANDARD : DocumentKind.DATASHEET),
            all,
            rulesOnly ? null : Judges.defaultJudge());
    List<Specmirror.Input> inputs = Inputs.expand(files);
    ExtractReport report = Specmirror.extract(inputs, ingest, opts, threads, null);
    boolean terminal = System.console() != null && out == null;
    Format f = format != null ? format : (terminal ? Format.table : Format.json);
    ExtractRenderer renderer =
        switch (f) {
          case table -> new ExtractTable(width != null ? width : Terminal.width(), explain, Ansi.auto(terminal));
          case json -> new ExtractJson(VersionProvider.version());
          case csv -> new ExtractCsv();
        };
    StringWriter buf = new StringWriter();
    renderer.render(report, buf);
    if (out != null) {
      AtomicFiles.write(out, buf.toString());
    } else {
      PrintWriter o = spec.commandLine().getOut();
      o.print(buf);
      o.flush();
    }
    return Inputs.reportNotices(report.allNotices(), spec.commandLine().getErr(), common.quiet);
  }

  private void validate() {
    if (maxChars < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--max-chars must be at least 1");
    }
    if (timeoutSeconds < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--timeout must be at least 1 second");
    }
    if (maxEmbeddedDepth < 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--max-embedded-depth must be 0 or more");
    }
    if (maxBytes < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--max-bytes must be at least 1");
    }
    if (threads < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
    }
    if (out != null && Files.isDirectory(out)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--out " + out + " is a folder; name a file");
    }
  }

  /** Expanding inputs and reporting notices, shared by the commands that read documents. */
  static final class Inputs {
    private Inputs() {}

    static List<Specmirror.Input> expand(List<Path> files) throws IOException {
      List<Specmirror.Input> inputs = new ArrayList<>();
      for (Path p : files) {
        if (Files.isDirectory(p)) {
          try (Stream<Path> s = Files.walk(p)) {
            s.filter(Files::isRegularFile)
                .filter(x -> !x.getFileName().toString().startsWith("."))
                .sorted()
                .forEach(x -> inputs.add(Specmirror.Input.of(x)));
          }
        } else {
          inputs.add(Specmirror.Input.of(p));
        }
      }
      return inputs;
    }

    /** Prints one line per notice on stderr and returns the exit code they imply. */
    static int reportNotices(List<Notice> notices, PrintWriter err, boolean quiet) {
      boolean error = false;
      for (Notice n : notices) {
        if (n.severity() == Notice.Severity.ERROR || !quiet) {
          err.println(n.describe());
        }
        error = true;
      }
      err.flush();
      return error ? ExitCode.INPUT_ERROR.code() : ExitCode.OK.code();
    }
  }
}
