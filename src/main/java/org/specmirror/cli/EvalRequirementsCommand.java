package org.specmirror.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.specmirror.extract.classify.ClassifierTrainer;
import org.specmirror.extract.classify.LabeledSentence;
import org.specmirror.extract.classify.Metrics;
import org.specmirror.extract.classify.RequirementClassifier;
import org.specmirror.extract.classify.TrainerOptions;
import org.specmirror.report.AtomicFiles;
import org.specmirror.report.Json;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code specmirror eval requirements FILE.csv}: the requirement/non-requirement decision. */
@Command(
    name = "requirements",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Score the requirement classifier on a labelled CSV: id,text,label[,document], label req or not_req.",
      "Each sentence is judged as extract judges a sentence of a requirements document."
    })
public final class EvalRequirementsCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format {
    table,
    json
  }

  @Mixin CommonOptions common;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE.csv", description = "Labelled sentences.")
  Path file;

  @Option(names = "--format", paramLabel = "FORMAT", description = "table or json (default: ${DEFAULT-VALUE}).")
  Format format = Format.table;

  @Option(names = "--model", paramLabel = "FILE", description = "A classifier model file instead of the shipped one.")
  Path model;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write the result to FILE (atomically).")
  Path out;

  @Option(
      names = "--cv",
      paramLabel = "K",
      description = "Instead of scoring the shipped model, retrain it in K folds that each hold out whole documents (column 'document') and report the pooled figures.")
  Integer cvFolds;

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(file)) {
      spec.commandLine().getErr().println(file + ": error: no such file — check the path");
      return ExitCode.INPUT_ERROR.code();
    }
    List<LabeledSentence> data;
    try {
      data = ClassifierTrainer.readCsv(file);
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println(file + ": error: " + e.getMessage());
      return ExitCode.INPUT_ERROR.code();
    }
    Metrics m;
    if (cvFolds != null) {
      if (cvFolds < 2) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--cv needs at least 2 folds");
      }
      m = ClassifierTrainer.groupedCrossValidation(data, cvFolds, TrainerOptions.defaults()).pooled();
    } else {
      RequirementClassifier classifier =
          model == null ? RequirementClassifier.loadDefault() : RequirementClassifier.load(model);
      m = Metrics.of(classifier, data);
    }
    String text;
    if (format == Format.json) {
      ObjectNode o = Json.object();
      o.put("n", m.n());
      o.put("accuracy", Json.round(m.accuracy()));
      o.put("precision", Json.round(m.precision()));
      o.put("recall", Json.round(m.recall()));
      o.put("f1", Json.round(m.f1()));
      o.put("macro_f1", Json.round(m.macroF1()));
      text = Json.write(o);
    } else {
      text =
          String.format(
              Locale.ROOT,
              "%s: %d sentences" + (cvFolds != null ? " (" + cvFolds + "-fold cross-validation grouped by document, pooled)" : "") + "%n  accuracy  %.3f%n  precision %.3f (req)%n  recall    %.3f (req)%n  f1        %.3f (req)%n  macro-F1  %.3f%n",
              file, m.n(), m.accuracy(), m.precision(), m.recall(), m.f1(), m.macroF1());
    }
    if (out != null) {
      AtomicFiles.write(out, text);
    } else {
      PrintWriter o = spec.commandLine().getOut();
      o.print(text);
      o.flush();
    }
    return ExitCode.OK.code();
  }
}
