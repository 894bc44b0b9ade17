package org.specmirror.cli;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.specmirror.match.MatchOptions;
import org.specmirror.match.semantic.Embeddings;
import org.specmirror.model.Modality;
import org.specmirror.normalise.Glossary;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Matching options shared by compare, eval trace and the commands built on them. */
public final class MatchCliOptions {

  @Option(names = "--glossary", paramLabel = "FILE", description = "YAML glossary of acronyms and synonyms added to the built-in one (name: [other names]).")
  Path glossary;

  @Option(names = "--no-semantic", description = "Lexical matching only: no sentence embeddings (faster, less robust to rewording).")
  boolean noSemantic;

  @Option(names = "--cache", paramLabel = "DIR", description = "Where extracted documents and sentence embeddings are cached (default: $XDG_CACHE_HOME/specmirror or ~/.cache/specmirror).")
  Path cache;

  @Option(names = "--no-cache", description = "Do not read or write the cache.")
  boolean noCache;

  @Option(names = "--weights", paramLabel = "M=W,...", split = ",", description = "Modality weights for coverage (default: MUST=1,SHOULD=0.6,MAY=0.3).")
  Map<String, Double> weights;

  @Option(names = "--met-threshold", paramLabel = "P", description = "Calibrated score from which a requirement is MET (default: ${DEFAULT-VALUE}).")
  double met = MatchOptions.MET;

  @Option(names = "--partial-threshold", paramLabel = "P", description = "Calibrated score from which a requirement is PARTIAL (default: ${DEFAULT-VALUE}).")
  double partial = MatchOptions.PARTIAL;

  /** The options, or a usage error naming the bad flag; a bad glossary file is a usage error naming file and line. */
  MatchOptions build(CommandLine cl) {
    Glossary g = Glossary.builtIn();
    if (glossary != null) {
      try {
        g = g.with(glossary);
      } catch (Glossary.GlossaryException e) {
        throw new CommandLine.ParameterException(cl, "--glossary: " + e.getMessage());
      }
    }
    if (!(partial > 0 && partial <= met && met < 1)) {
      throw new CommandLine.ParameterException(cl, "thresholds must satisfy 0 < --partial-threshold <= --met-threshold < 1");
    }
    Map<Modality, Double> w = new EnumMap<>(MatchOptions.defaultWeights());
    if (weights != null) {
      for (Map.Entry<String, Double> e : weights.entrySet()) {
        Modality m;
        try {
          m = Modality.valueOf(e.getKey().trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException x) {
          throw new CommandLine.ParameterException(cl, "--weights: unknown modality '" + e.getKey() + "' (use MUST, MUST_NOT, SHOULD, SHOULD_NOT, MAY)");
        }
        if (m.ordinal() > Modality.MAY.ordinal()) {
          throw new CommandLine.ParameterException(cl, "--weights: only normative modalities (MUST, MUST_NOT, SHOULD, SHOULD_NOT, MAY) have weights");
        }
        if (e.getValue() < 0 || e.getValue().isNaN()) {
          throw new CommandLine.ParameterException(cl, "--weights: a weight must be 0 or more");
        }
        w.put(m, e.getValue());
        if (m == Modality.MUST && !weights.containsKey("MUST_NOT")) {
          w.put(Modality.MUST_NOT, e.getValue());
        }
        if (m == Modality.SHOULD && !weights.containsKey("SHOULD_NOT")) {
          w.put(Modality.SHOULD_NOT, e.getValue());
        }
      }
    }
    Embeddings emb = null;
    if (!noSemantic) {
      emb = noCache ? Embeddings.inMemory() : Embeddings.cachedIn(cache != null ? cache : defaultCache());
    }
    return MatchOptions.defaults().withGlossary(g).withEmbeddings(emb).withWeights(w).withThresholds(met, partial);
  }

  /** The cache of extracted documents (same folder as the embeddings), or a disabled one. */
  org.specmirror.app.ExtractCache extractCache() {
    return noCache ? org.specmirror.app.ExtractCache.disabled() : org.specmirror.app.ExtractCache.in(cache != null ? cache : defaultCache());
  }

  /** How the glossary was made, for reports. */
  String glossaryLabel() {
    return glossary == null ? "built-in" : "built-in + " + glossary;
  }

  static Path defaultCache() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isBlank()) {
      return Paths.get(xdg, "specmirror");
    }
    return Paths.get(System.getProperty("user.home"), ".cache", "specmirror");
  }
}
