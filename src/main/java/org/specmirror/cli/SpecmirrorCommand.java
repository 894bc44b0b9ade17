package org.specmirror.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command. */
@Command(
    name = "specmirror",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "How closely does this standard mirror one vendor's product?",
      "Extracts the requirement statements of standards and the feature claims of vendor datasheets,",
      "and (in later commands) matches and scores them with evidence for every match."
    },
    subcommands = {ExtractCommand.class, CompareCommand.class, ScoreCommand.class, CheckCommand.class, DiffCommand.class, EvalCommand.class, CommandLine.HelpCommand.class},
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  ok",
      "  1  internal error (a bug: please report it with the command line)",
      "  2  usage error (unknown option, missing or bad argument)",
      "  3  some inputs could not be read, or only partly; the rest were processed and reported",
      "  4  findings above policy (check)",
      "",
      "Run 'specmirror COMMAND --help' for the options of a command. Documentation: docs/ in the repository."
    })
public final class SpecmirrorCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The configured command line. {@code rawOut} is where binary-safe results are written. */
  public static CommandLine commandLine(PrintStream rawOut, PrintStream rawErr) {
    CommandLine cl = new CommandLine(new SpecmirrorCommand());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          PrintWriter err = commandLine.getErr();
          for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof OutOfMemoryError) {
              err.println(Main.outOfMemory());
              err.flush();
              return ExitCode.INTERNAL_ERROR.code();
            }
          }
          err.println("specmirror: internal error: " + ex);
          if (parseResult.hasMatchedOption("--verbose")) {
            ex.printStackTrace(err);
          } else {
            err.println("Run again with --verbose for details, and please report it.");
          }
          err.flush();
          return ExitCode.INTERNAL_ERROR.code();
        });
    cl.setParameterExceptionHandler(
        (ex, args) -> {
          CommandLine c = ex.getCommandLine();
          PrintWriter err = c.getErr();
          err.println("specmirror: error: " + ex.getMessage());
          CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
          err.println("Run '" + c.getCommandSpec().qualifiedName() + " --help' for usage.");
          err.flush();
          return ExitCode.USAGE_ERROR.code();
        });
    return cl;
  }
}
