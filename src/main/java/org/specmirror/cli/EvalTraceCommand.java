package org.specmirror.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.specmirror.eval.TraceEvaluator;
import org.specmirror.eval.TraceResult;
import org.specmirror.eval.TraceSet;
import org.specmirror.extract.param.ParameterParser;
import org.specmirror.match.Engine;
import org.specmirror.match.MatchOptions;
import org.specmirror.report.Json;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code specmirror eval trace}: the matching engine against trace-link ground truth. */
@Command(
    name = "trace",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Score every source of a trace dataset against its targets with the engine and default",
      "configuration of 'compare', and print MAP, MRR, recall@1/5/10, best F1/F2 over one global",
      "threshold and precision/recall/F1/F2 at the MET threshold. Several target groups are ranked",
      "separately and macro-averaged. DIR holds sources.csv, targets.csv and links.csv."
    })
public final class EvalTraceCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format {
    table,
    json
  }

  @Mixin CommonOptions common;

  @Mixin MatchCliOptions matching;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "DIR", description = "Trace dataset folders.")
  List<Path> dirs;

  @Option(names = "--format", paramLabel = "FORMAT", description = "table or json (default: table).")
  Format format = Format.table;

  @Option(names = "--threads", paramLabel = "N", description = "Threads for matching (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--mutual",
      paramLabel = "L",
      description =
          "For experiments: weight in [0,1] of the disagreement between the row- and column-normalised signals (default 0.5; the calibration and thresholds were fitted for the default). docs/matching.md, section 7.")
  Double mutual;

  @Option(
      names = "--coverage",
      description =
          "Also compare each group's (product's) coverage of the sources with the truth: the share of sources with a link into the group against the share whose best target there scores at least the MET threshold; with 3 or more groups, their rank correlation.")
  boolean coverage;

  @Option(names = "--fit-calibration", description = "Also fit the logistic calibration of the fused signal on the datasets pooled (how the built-in one was made).")
  boolean fitCalibration;

  @Override
  public Integer call() throws IOException {
    MatchOptions options = matching.build(spec.commandLine()).withCandidates(MatchOptions.defaults().candidates());
    if (mutual != null) {
      if (!(mutual >= 0 && mutual <= 1)) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--mutual must be between 0 and 1, got " + mutual);
      }
      options = options.withMutual(mutual);
    }
    Engine engine = new Engine(options, threads);
    ParameterParser parser = ParameterParser.defaults();
    TraceEvaluator evaluator = new TraceEvaluator(engine, parser::parse);
    List<TraceResult> results = new ArrayList<>();
    List<List<TraceEvaluator.GroupCoverage>> coverages = new ArrayList<>();
    List<double[]> samples = new ArrayList<>();
    int missed = 0;
    for (Path d : dirs) {
      TraceSet set;
      try {
        set = TraceSet.read(d);
      } catch (IOException e) {
        spec.commandLine().getErr().println(e.getMessage());
        spec.commandLine().getErr().flush();
        return ExitCode.INPUT_ERROR.code();
      }
      results.add(evaluator.evaluate(set));
      if (coverage) {
        coverages.add(evaluator.coverage(set, options.metThreshold()));
      }
      if (fitCalibration) {
        samples.addAll(evaluator.signals(set));
        missed += evaluator.missedLinks(set);
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      Object node;
      if (results.size() == 1) {
        node = json(results.get(0), true);
        if (coverage) {
          ((ObjectNode) node).set("coverage", coverageJson(coverages.get(0), options.metThreshold()));
        }
      } else {
        ObjectNode root = Json.object();
        ArrayNode a = root.putArray("datasets");
        for (int i = 0; i < results.size(); i++) {
          ObjectNode d = json(results.get(i), true);
          if (coverage) {
            d.set("coverage", coverageJson(coverages.get(i), options.metThreshold()));
          }
          a.add(d);
        }
        ObjectNode avg = root.putObject("average");
        avg.put("map", Json.round(results.stream().mapToDouble(TraceResult::map).average().orElse(0)));
        avg.put("best_f1", Json.round(results.stream().mapToDouble(r -> r.bestF1().f1()).average().orElse(0)));
        avg.put("best_f2", Json.round(results.stream().mapToDouble(r -> r.bestF2().f2()).average().orElse(0)));
        avg.put("at_default_f1", Json.round(results.stream().mapToDouble(r -> r.atDefault().f1()).average().orElse(0)));
        node = root;
      }
      if (fitCalibration) {
        double[] c = TraceEvaluator.fitCalibration(samples);
        double[] t = TraceEvaluator.pooledThresholds(samples, missed, c);
        ((ObjectNode) node)
            .putObject("calibration")
            .put("a", c[0])
            .put("b", c[1])
            .put("samples", samples.size())
            .put("pooled_best_f1_threshold", Json.round(t[0]))
            .put("pooled_best_f1", Json.round(t[1]))
            .put("pooled_best_f2_threshold", Json.round(t[2]))
            .put("pooled_best_f2", Json.round(t[3]));
      }
      out.print(Json.write(node));
    } else {
      out.println(String.format(Locale.ROOT, "%-14s %5s %5s %5s  %6s %6s %5s %5s %5s  %6s %6s  %s",
          "dataset", "src", "tgt", "links", "MAP", "MRR", "R@1", "R@5", "R@10", "bestF1", "bestF2", "at MET threshold (P/R/F1)"));
      for (TraceResult r : results) {
        out.println(line(r.name(), r));
        if (r.groups().size() > 1) {
          for (TraceResult g : r.groups()) {
            out.println(line("  " + g.name(), g));
          }
        }
      }
      if (results.size() > 1) {
        out.println(String.format(Locale.ROOT, "%-14s %5s %5s %5s  %6.3f %6s %5s %5s %5s  %6.3f %6.3f  F1 %.3f",
            "average", "", "", "", results.stream().mapToDouble(TraceResult::map).average().orElse(0), "", "", "", "",
            results.stream().mapToDouble(r -> r.bestF1().f1()).average().orElse(0),
            results.stream().mapToDouble(r -> r.bestF2().f2()).average().orElse(0),
            results.stream().mapToDouble(r -> r.atDefault().f1()).average().orElse(0)));
      }
      out.println("matching: " + (options.semantic() ? "lexical + semantic" : "lexical only") + "; MET threshold " + options.metThreshold());
      if (coverage) {
        out.println();
        out.println(String.format(Locale.ROOT, "coverage of the sources per group, truth against score >= %.2f (the MET threshold):", options.metThreshold()));
        for (int i = 0; i < results.size(); i++) {
          List<TraceEvaluator.GroupCoverage> cs = coverages.get(i);
          for (TraceEvaluator.GroupCoverage c : cs) {
            out.println(String.format(Locale.ROOT, "  %-14s %-16s true %.3f  predicted %.3f  agreement %.3f",
                results.get(i).name(), cs.size() > 1 ? c.group() : "", c.trueCoverage(), c.predicted(), c.agreement()));
          }
          if (cs.size() >= 3) {
            out.println(String.format(Locale.ROOT, "  %-14s Spearman rank correlation over %d groups %.3f, mean |predicted - true| %.3f",
                results.get(i).name(), cs.size(), TraceEvaluator.spearman(cs), meanAbsError(cs)));
          }
        }
      }
      if (fitCalibration) {
        double[] c = TraceEvaluator.fitCalibration(samples);
        out.println(String.format(Locale.ROOT, "calibration fitted on %d pairs: a = %.4f, b = %.4f", samples.size(), c[0], c[1]));
        double[] t = TraceEvaluator.pooledThresholds(samples, missed, c);
        out.println(String.format(Locale.ROOT,
            "with it, all sets pooled: best F1 %.3f at score %.3f, best F2 %.3f at score %.3f (the MET and PARTIAL thresholds)",
            t[1], t[0], t[3], t[2]));
      }
    }
    out.flush();
    return ExitCode.OK.code();
  }

  private static double meanAbsError(List<TraceEvaluator.GroupCoverage> cs) {
    return cs.stream().mapToDouble(c -> Math.abs(c.predicted() - c.trueCoverage())).average().orElse(0);
  }

  private static ObjectNode coverageJson(List<TraceEvaluator.GroupCoverage> cs, double threshold) {
    ObjectNode o = Json.object();
    o.put("threshold", threshold);
    ArrayNode g = o.putArray("groups");
    for (TraceEvaluator.GroupCoverage c : cs) {
      g.addObject()
          .put("group", c.group())
          .put("true", Json.round(c.trueCoverage()))
          .put("predicted", Json.round(c.predicted()))
          .put("agreement", Json.round(c.agreement()));
    }
    double rho = TraceEvaluator.spearman(cs);
    if (Double.isNaN(rho)) {
      o.putNull("spearman");
    } else {
      o.put("spearman", Json.round(rho));
    }
    o.put("mean_abs_error", Json.round(meanAbsError(cs)));
    return o;
  }

  private static String line(String name, TraceResult r) {
    String def = r.atDefault() == null ? "" : String.format(Locale.ROOT, "%.2f/%.2f/%.3f", r.atDefault().precision(), r.atDefault().recall(), r.atDefault().f1());
    return String.format(Locale.ROOT, "%-14s %5d %5d %5d  %6.3f %6.3f %5.2f %5.2f %5.2f  %6.3f %6.3f  %s",
        name, r.sources(), r.targets(), r.links(), r.map(), r.mrr(), r.recallAt1(), r.recallAt5(), r.recallAt10(),
        r.bestF1().f1(), r.bestF2().f2(), def);
  }

  /** The JSON object of one dataset, keys as documented in docs/formats.md. */
  static ObjectNode json(TraceResult r, boolean top) {
    ObjectNode o = Json.object();
    o.put(top ? "dataset" : "group", r.name());
    o.put("sources", r.sources());
    o.put("targets", r.targets());
    o.put("links", r.links());
    o.put("map", Json.round(r.map()));
    o.put("mrr", Json.round(r.mrr()));
    ObjectNode rec = o.putObject("recall_at");
    rec.put("1", Json.round(r.recallAt1()));
    rec.put("5", Json.round(r.recallAt5()));
    rec.put("10", Json.round(r.recallAt10()));
    ObjectNode f1 = o.putObject("best_f1");
    f1.put("threshold", Json.round(r.bestF1().threshold()));
    f1.put("precision", Json.round(r.bestF1().precision()));
    f1.put("recall", Json.round(r.bestF1().recall()));
    f1.put("f1", Json.round(r.bestF1().f1()));
    ObjectNode f2 = o.putObject("best_f2");
    f2.put("threshold", Json.round(r.bestF2().threshold()));
    f2.put("precision", Json.round(r.bestF2().precision()));
    f2.put("recall", Json.round(r.bestF2().recall()));
    f2.put("f2", Json.round(r.bestF2().f2()));
    if (r.atDefault() != null) {
      ObjectNode d = o.putObject("at_default");
      d.put("threshold", Json.round(r.atDefault().threshold()));
      d.put("precision", Json.round(r.atDefault().precision()));
      d.put("recall", Json.round(r.atDefault().recall()));
      d.put("f1", Json.round(r.atDefault().f1()));
      d.put("f2", Json.round(r.atDefault().f2()));
    }
    if (top) {
      ArrayNode g = o.putArray("groups");
      for (TraceResult x : r.groups()) {
        g.add(json(x, false));
      }
    }
    return o;
  }
}
