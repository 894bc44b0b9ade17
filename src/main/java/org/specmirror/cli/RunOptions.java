package org.specmirror.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.specmirror.report.AtomicFiles;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --out} and {@code --threads}, shared by the commands that compare documents. */
public final class RunOptions {

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write the result to FILE (atomically) instead of stdout.")
  Path out;

  @Option(names = "--threads", paramLabel = "N", description = "Documents read in parallel and matching threads (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  /** Usage errors for bad values. */
  void validate(CommandLine cl) {
    if (threads < 1) {
      throw new CommandLine.ParameterException(cl, "--threads must be at least 1");
    }
    if (out != null && Files.isDirectory(out)) {
      throw new CommandLine.ParameterException(cl, "--out " + out + " is a folder; name a file");
    }
  }

  /** Whether output goes to a terminal (colour and tables are for terminals only). */
  boolean terminal() {
    return System.console() != null && out == null;
  }

  /** Writes the result to {@code --out} atomically, or to stdout. */
  void emit(CommandLine cl, String text) throws IOException {
    if (out != null) {
      AtomicFiles.write(out, text);
    } else {
      PrintWriter o = cl.getOut();
      o.print(text);
      o.flush();
    }
  }
}
