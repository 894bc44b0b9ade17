package org.specmirror.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code specmirror eval}: measure the engine against public ground truth. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Measure specmirror against labelled data (see ../shared/datasets/README.md).",
    subcommands = {EvalRequirementsCommand.class, EvalTraceCommand.class})
public final class EvalCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
