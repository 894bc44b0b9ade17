package org.specmirror.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.specmirror.match.Candidate;
import org.specmirror.match.Engine;
import org.specmirror.match.MatchOptions;
import org.specmirror.match.Scored;
import org.specmirror.match.Statement;
import org.specmirror.match.semantic.Embeddings;

/**
 * Matching throughput. Generates requirements and vendor statements ({@link MatchCorpus}) and times
 * {@link Engine#score} on them: {@code --sources} requirements against each of {@code --sizes}
 * vendor statements in lexical mode, and against each of {@code --semantic-sizes} in semantic mode.
 * A semantic size runs twice on the same statements: first with an empty disk cache of embeddings
 * (every sentence goes through the model), then as a second process would, with a new {@link
 * Embeddings} on the cache the first run wrote.
 *
 * <p>Only the call to {@code score} is timed: JVM start, generation and warm-up are not. Each mode
 * first scores statements of another seed {@code --warmup} times, so that the JIT has compiled the
 * hot code. Lexical runs are repeated {@code --repeat} times and the median is reported; semantic runs
 * once. For each run: wall time, statements (sources + targets) per second, time per source, CPU
 * use, GC time, peak and live heap, whether the planted copies were found, and in semantic mode how
 * many sentences were embedded or read from the cache and at what rate. See docs/benchmarks.md.
 *
 * <pre>java -cp target/specmirror.jar org.specmirror.bench.MatchBenchmark [--sources N] [--sizes N,...]
 *     [--semantic-sizes N,...] [--modes lexical,semantic] [--threads T] [--warmup N] [--repeat R] [--seed S]
 *     [--json FILE] [--dump DIR] [--jvm-start-ms MS]</pre>
 */
public final class MatchBenchmark {

  /** How the engine is configured. */
  enum Mode {
    LEXICAL,
    SEMANTIC;

    String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * Command-line options.
   *
   * @param dump where to write the statements of each lexical size as text, one per line (for
   *     bench/sklearn_tfidf.py), or null
   * @param jvmStartMs JVM start as measured by bench/match.sh, or null
   */
  record Options(
      int sources, List<Integer> sizes, List<Integer> semanticSizes, List<Mode> modes, int threads, int warmup,
      int repeat, long seed, Path json, Path dump, Double jvmStartMs) {}

  /**
   * One call of {@link Engine#score}.
   *
   * @param cpuUse this process's CPU time / (wall time × cores)
   * @param othersUse CPU used by other processes over the same interval, as a share of the machine
   *     (from /proc/stat; -1 when unavailable)
   * @param gcSeconds time the collectors report for the run
   * @param peakHeapBytes sum of the peak use of every heap pool during the run (an upper bound of the
   *     peak heap: the pools peak at different moments), generated statements included
   * @param liveHeapBytes heap in use after a GC at the end, with the statements and the result held
   * @param firstIsCopy sources whose best candidate is one of their planted copies
   * @param copiesInTop10 planted copies among their source's 10 best candidates
   * @param embedding sentence-embedding counters, null in lexical mode
   */
  record Run(
      double wallSeconds, double cpuUse, double othersUse, double gcSeconds, long peakHeapBytes, long liveHeapBytes,
      int firstIsCopy, int copiesInTop10, EmbeddingCounts embedding) {}

  /**
   * Sentences looked up during a semantic run.
   *
   * @param embedded sentences the model embedded
   * @param fromCache sentences whose vector came from the cache
   * @param modelSeconds time spent in the model
   * @param sentencesPerSecond sentences embedded per second of model time (0 when none were)
   */
  record EmbeddingCounts(long embedded, long fromCache, double modelSeconds, double sentencesPerSecond) {
    static EmbeddingCounts of(Embeddings e) {
      double seconds = e.embedSeconds();
      return new EmbeddingCounts(e.embedded(), e.fromCache(), seconds, seconds > 0 ? e.embedded() / seconds : 0);
    }
  }

  /**
   * The runs of one configuration on one data set, and their median by wall time.
   *
   * @param name "lexical", "semantic, cold cache" or "semantic, warm cache"
   * @param sourcesWithCopies sources that have at least one planted copy
   * @param plantedPairs planted source × copy pairs
   */
  record Row(
      String name, int sources, int targets, int sourcesWithCopies, int plantedPairs, double generateSeconds,
      List<Double> walls, Run median, double statementsPerSecond, double msPerSource) {}

  /** Time at {@code targets} over time at {@code baseTargets}, for one configuration. */
  record Scaling(String name, int baseTargets, int targets, double timeRatio) {}

  /** What the embedding cache saves at one size; {@code lexicalSeconds} null when not measured. */
  record CacheEffect(int targets, double coldSeconds, double cachedSeconds, Double lexicalSeconds) {}

  /** Everything that is printed, for --json. */
  record Result(
      String cpu, int cores, String java, String gc, long maxHeapBytes, Double jvmStartMs, int threads, long seed,
      int warmup, int repeat, String model, List<Row> rows, List<Scaling> scaling, List<CacheEffect> cache) {}

  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private static final int CORES = Runtime.getRuntime().availableProcessors();
  private static final double MB = 1024.0 * 1024.0;

  private MatchBenchmark() {}

  public static void main(String[] args) throws IOException {
    // as quiet as the CLI: the embedding libraries would otherwise log to stderr
    if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "off");
    }
    java.util.logging.LogManager.getLogManager().reset();
    Options o;
    try {
      o = parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("MatchBenchmark: " + e.getMessage());
      System.exit(2);
      return;
    }
    Path cache = o.modes().contains(Mode.SEMANTIC) ? Files.createTempDirectory("specmirror-match-bench-") : null;
    try {
      Result r = run(o, cache, System.out::print);
      if (o.json() != null) {
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(o.json().toFile(), r);
      }
    } finally {
      if (cache != null) {
        deleteTree(cache); // only the folder this run created
      }
    }
  }

  /**
   * Runs every configuration; prints the header first, the tables at the end, and progress on stderr.
   *
   * @param cacheRoot where the semantic runs keep their embedding caches (one folder per size)
   */
  static Result run(Options o, Path cacheRoot, java.util.function.Consumer<String> out) throws IOException {
    out.accept(header(o));
    List<Row> rows = new ArrayList<>();
    for (Mode mode : o.modes()) {
      List<Integer> sizes = mode == Mode.LEXICAL ? o.sizes() : o.semanticSizes();
      if (sizes.isEmpty()) {
        continue;
      }
      warmUp(o, mode, sizes.get(0));
      for (int size : sizes) {
        long t0 = System.nanoTime();
        MatchCorpus.Data data = MatchCorpus.generate(o.sources(), size, o.seed());
        double generated = (System.nanoTime() - t0) / 1e9;
        if (mode == Mode.LEXICAL) {
          if (o.dump() != null) {
            dump(data, Files.createDirectories(o.dump().resolve("targets-" + size)));
          }
          List<Run> runs = new ArrayList<>();
          for (int k = 0; k < o.repeat(); k++) {
            runs.add(time(engine(null, o), data, null));
          }
          rows.add(row("lexical", data, generated, runs));
        } else {
          Path dir = Files.createDirectories(cacheRoot.resolve("targets-" + size));
          for (String name : List.of("semantic, cold cache", "semantic, warm cache")) {
            Embeddings e = Embeddings.cachedIn(dir); // a new instance reads what the cold run wrote
            rows.add(row(name, data, generated, List.of(time(engine(e, o), data, e))));
          }
        }
      }
    }
    List<Scaling> scaling = scaling(rows);
    List<CacheEffect> cache = cacheEffects(rows);
    out.accept(table(rows) + summary(scaling, cache));
    return new Result(
        Machine.cpuModel(), CORES, javaVersion(), gcNames(), Runtime.getRuntime().maxMemory(), o.jvmStartMs(), o.threads(),
        o.seed(), o.warmup(), o.repeat(), Embeddings.model(), rows, scaling, cache);
  }

  // ------------------------------------------------------------------ runs

  private static Engine engine(Embeddings e, Options o) {
    return new Engine(MatchOptions.defaults().withEmbeddings(e), o.threads());
  }

  /**
   * {@code --warmup} runs on statements of another seed, so that the JIT has compiled the hot code:
   * lexical on {@code --sources} × the first size; semantic on a tenth of both, with one in-memory
   * cache shared by the runs (only the first loads the model and embeds).
   */
  private static void warmUp(Options o, Mode mode, int firstSize) {
    if (o.warmup() == 0) {
      return;
    }
    int divisor = mode == Mode.LEXICAL ? 1 : 10;
    MatchCorpus.Data data =
        MatchCorpus.generate(Math.max(1, o.sources() / divisor), Math.max(1, firstSize / divisor), o.seed() + 1);
    System.err.printf(
        Locale.ROOT, "  warm-up, %s: %d runs of %d x %d%n", mode.label(), o.warmup(), data.sources().size(), data.targets().size());
    Engine engine = engine(mode == Mode.SEMANTIC ? Embeddings.inMemory() : null, o);
    for (int k = 0; k < o.warmup(); k++) {
      engine.score(data.sources(), data.targets(), List.of());
    }
  }

  /** Times one call of score; {@code embeddings} is the engine's (null in lexical mode). */
  static Run time(Engine engine, MatchCorpus.Data data, Embeddings embeddings) {
    List<MemoryPoolMXBean> heap =
        ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    System.gc(); // the previous run's garbage is not charged to this one
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    long gc0 = gcMillis();
    long[] machine0 = Machine.ticks();
    long cpu0 = OS.getProcessCpuTime();
    long t0 = System.nanoTime();
    Scored scored = engine.score(data.sources(), data.targets(), List.of());
    double wall = (System.nanoTime() - t0) / 1e9;
    double cpu = (OS.getProcessCpuTime() - cpu0) / 1e9;
    long[] machine1 = Machine.ticks();
    double mine = cpu / (wall * CORES);
    double others = -1;
    if (machine0 != null && machine1 != null && machine1[1] > machine0[1]) {
      others = Math.max(0, (double) (machine1[0] - machine0[0]) / (machine1[1] - machine0[1]) - mine);
    }
    double gc = (gcMillis() - gc0) / 1e3;
    long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    System.gc();
    long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    int first = 0;
    int top10 = 0;
    for (int i = 0; i < data.sources().size(); i++) {
      int[] copies = data.planted().get(i);
      List<Candidate> candidates = scored.rows().get(i);
      for (int c = 0; c < Math.min(10, candidates.size()); c++) {
        int target = candidates.get(c).target();
        if (Arrays.stream(copies).anyMatch(t -> t == target)) {
          top10++;
          first += c == 0 ? 1 : 0;
        }
      }
    }
    Reference.reachabilityFence(scored); // held until the live heap was measured
    EmbeddingCounts counts = embeddings == null ? null : EmbeddingCounts.of(embeddings);
    return new Run(wall, mine, others, gc, peak, live, first, top10, counts);
  }

  private static Row row(String name, MatchCorpus.Data data, double generated, List<Run> runs) {
    List<Run> sorted = runs.stream().sorted(Comparator.comparingDouble(Run::wallSeconds)).toList();
    Run median = sorted.get(sorted.size() / 2);
    System.err.printf(
        Locale.ROOT, "  %s, %d x %d: %.3f s (statements generated in %.2f s)%n", name, data.sources().size(),
        data.targets().size(), median.wallSeconds(), generated);
    int n = data.sources().size() + data.targets().size();
    int withCopies = (int) data.planted().stream().filter(p -> p.length > 0).count();
    return new Row(
        name, data.sources().size(), data.targets().size(), withCopies, data.plantedPairs(), generated,
        runs.stream().map(Run::wallSeconds).toList(), median, n / median.wallSeconds(),
        1e3 * median.wallSeconds() / data.sources().size());
  }

  /** For each configuration, every larger size against its first (smallest) one. */
  static List<Scaling> scaling(List<Row> rows) {
    List<Scaling> out = new ArrayList<>();
    Map<String, Row> first = new LinkedHashMap<>();
    for (Row r : rows) {
      Row base = first.putIfAbsent(r.name(), r);
      if (base != null) {
        out.add(new Scaling(r.name(), base.targets(), r.targets(), r.median().wallSeconds() / base.median().wallSeconds()));
      }
    }
    return out;
  }

  private static List<CacheEffect> cacheEffects(List<Row> rows) {
    List<CacheEffect> out = new ArrayList<>();
    for (Row cold : rows) {
      if (!cold.name().equals("semantic, cold cache")) {
        continue;
      }
      Row warm = find(rows, "semantic, warm cache", cold.targets());
      Row lexical = find(rows, "lexical", cold.targets());
      out.add(
          new CacheEffect(
              cold.targets(), cold.median().wallSeconds(), warm.median().wallSeconds(),
              lexical == null ? null : lexical.median().wallSeconds()));
    }
    return out;
  }

  private static Row find(List<Row> rows, String name, int targets) {
    return rows.stream().filter(r -> r.name().equals(name) && r.targets() == targets).findFirst().orElse(null);
  }

  private static long gcMillis() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
  }

  // ------------------------------------------------------------------ output

  private static String header(Options o) {
    StringBuilder s = new StringBuilder();
    s.append("specmirror matching benchmark\n");
    s.append(f("machine  : %d cores, %s, Java %s%n", CORES, Machine.cpuModel(), javaVersion()));
    s.append(f("heap     : max %.0f MB (-Xmx), %s%n", Runtime.getRuntime().maxMemory() / MB, gcNames()));
    if (o.jvmStartMs() != null) {
      s.append(f("JVM start: %.0f ms (measured separately by bench/match.sh, not included below)%n", o.jvmStartMs()));
    }
    s.append(
        f("data     : %d requirements (sources) against each size of vendor statements (targets), generated, seed %d%n",
            o.sources(), o.seed()));
    s.append(
        f("method   : %d threads; per mode %d warm-up runs (seed %d; lexical on its first size, semantic on a tenth of it);%n"
            + "           lexical: median of %d runs; semantic: one run with an empty embedding cache, then one with a new instance reading it%n",
            o.threads(), o.warmup(), o.seed() + 1, o.repeat()));
    s.append("           only Engine.score is timed (not generation, not JVM start)\n\n");
    return s.toString();
  }

  private static String table(List<Row> rows) {
    StringBuilder s = new StringBuilder();
    s.append(
        f("| %-20s | %7s | %7s | %8s | %8s | %9s | %7s | %6s | %5s | %9s | %9s | %6s | %7s | %s%n", "run", "sources", "targets",
            "wall (s)", "stmts/s", "ms/source", "CPU use", "others", "GC s", "peak heap", "live heap", "best", "top 10",
            "all runs (s)"));
    s.append(
        "|----------------------|--------:|--------:|---------:|---------:|----------:|--------:|-------:|------:|----------:|----------:|-------:|--------:|--------------\n");
    for (Row r : rows) {
      Run m = r.median();
      s.append(
          f("| %-20s | %7d | %7d | %8.3f | %8.0f | %9.3f | %5.0f %% | %6s | %5.2f | %6.0f MB | %6.0f MB | %4.0f %% | %5.0f %% | %s%n",
              r.name(), r.sources(), r.targets(), m.wallSeconds(), r.statementsPerSecond(), r.msPerSource(),
              100 * m.cpuUse(), m.othersUse() < 0 ? "n/a" : f("%.0f %%", 100 * m.othersUse()), m.gcSeconds(), m.peakHeapBytes() / MB, m.liveHeapBytes() / MB,
              percent(m.firstIsCopy(), r.sourcesWithCopies()), percent(m.copiesInTop10(), r.plantedPairs()),
              String.join(" ", r.walls().stream().map(w -> f("%.3f", w)).toList())));
    }
    s.append("(CPU use = this process's CPU time / (wall x cores); others = CPU used by other processes meanwhile;\n");
    s.append(" stmts/s = (sources + targets) / wall; best = sources whose best candidate is a planted copy, of those with one;\n");
    s.append(" top 10 = planted copies among their source's 10 best; peak heap = sum of the heap pools' peaks, statements included;\n");
    s.append(" live heap = in use after a GC with statements and result held)\n");
    List<Row> semantic = rows.stream().filter(r -> r.median().embedding() != null).toList();
    if (!semantic.isEmpty()) {
      s.append(
          f("%n| %-20s | %7s | %9s | %10s | %13s | %11s | %13s |%n", "run", "targets", "sentences", "embedded",
              "from cache", "model (s)", "sentences/s"));
      s.append("|----------------------|--------:|----------:|-----------:|--------------:|------------:|--------------:|\n");
      for (Row r : semantic) {
        EmbeddingCounts e = r.median().embedding();
        s.append(
            f("| %-20s | %7d | %9d | %10d | %13d | %11.2f | %13s |%n", r.name(), r.targets(), e.embedded() + e.fromCache(),
                e.embedded(), e.fromCache(), e.modelSeconds(), e.embedded() == 0 ? "-" : f("%.0f", e.sentencesPerSecond())));
      }
      s.append("(the counters of Embeddings: sentences = embedded + from cache; a sentence repeated within one batch is embedded\n");
      s.append(" and counted once; sentences/s = embedded / model time)\n");
    }
    return s.toString();
  }

  private static String summary(List<Scaling> scaling, List<CacheEffect> cache) {
    StringBuilder s = new StringBuilder("\n");
    for (Scaling x : scaling) {
      double data = (double) x.targets() / x.baseTargets();
      s.append(
          f("scaling  : %s, %d against %d targets (%.1fx the statements): %.1fx the time%s%n", x.name(), x.targets(),
              x.baseTargets(), data, x.timeRatio(), data == 10 ? " (target: at most about 12x)" : ""));
    }
    for (CacheEffect c : cache) {
      s.append(
          f("cache    : %d targets: warm %.2f s against cold %.2f s, the cache removes %.0f %% of the time%s%n", c.targets(),
              c.cachedSeconds(), c.coldSeconds(), 100 * (1 - c.cachedSeconds() / c.coldSeconds()),
              c.lexicalSeconds() == null ? "" : f("; warm is %.1fx the lexical run (%.2f s)", c.cachedSeconds() / c.lexicalSeconds(), c.lexicalSeconds())));
    }
    return s.toString();
  }

  private static double percent(int part, int whole) {
    return whole == 0 ? 0 : 100.0 * part / whole;
  }

  private static String f(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }

  private static String javaVersion() {
    return System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vm.name") + ")";
  }

  private static String gcNames() {
    return String.join(" + ", ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName).toList());
  }

    // ------------------------------------------------------------------ arguments and files

  static Options parse(String[] args) {
    int sources = 1000;
    List<Integer> sizes = List.of(10_000, 100_000);
    List<Integer> semanticSizes = List.of(10_000);
    List<Mode> modes = List.of(Mode.LEXICAL, Mode.SEMANTIC);
    int threads = CORES;
    int warmup = 5;
    int repeat = 5;
    long seed = 42;
    Path json = null;
    Path dump = null;
    Double jvmStartMs = null;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--sources" -> sources = Integer.parseInt(value(args, ++i, a));
        case "--sizes" -> sizes = sizes(value(args, ++i, a));
        case "--semantic-sizes" -> semanticSizes = sizes(value(args, ++i, a));
        case "--modes" -> modes = modes(value(args, ++i, a));
        case "--threads" -> threads = Integer.parseInt(value(args, ++i, a));
        case "--warmup" -> warmup = Integer.parseInt(value(args, ++i, a));
        case "--repeat" -> repeat = Integer.parseInt(value(args, ++i, a));
        case "--seed" -> seed = Long.parseLong(value(args, ++i, a));
        case "--json" -> json = Path.of(value(args, ++i, a));
        case "--dump" -> dump = Path.of(value(args, ++i, a));
        case "--jvm-start-ms" -> jvmStartMs = Double.parseDouble(value(args, ++i, a));
        case "-h", "--help" -> {
          System.out.println(
              "usage: MatchBenchmark [--sources N (1000)] [--sizes N,... (10000,100000)] [--semantic-sizes N,... (10000)]\n"
                  + "                      [--modes lexical,semantic (both)] [--threads T (cores)] [--warmup N (5)] [--repeat R (5, lexical)]\n"
                  + "                      [--seed S (42)] [--json FILE] [--dump DIR (statements of each lexical size as text)]\n"
                  + "                      [--jvm-start-ms MS (set by bench/match.sh)]");
          System.exit(0);
        }
        default -> throw new IllegalArgumentException("unknown option " + a + " (try --help)");
      }
    }
    if (sources < 1 || threads < 1 || repeat < 1 || warmup < 0) {
      throw new IllegalArgumentException("--sources, --threads and --repeat must be at least 1, --warmup at least 0");
    }
    return new Options(sources, sizes, semanticSizes, modes, threads, warmup, repeat, seed, json, dump, jvmStartMs);
  }

  /** "10000,100000" in increasing order; an empty list for "" or "none". */
  private static List<Integer> sizes(String list) {
    if (list.isBlank() || list.equals("none")) {
      return List.of();
    }
    List<Integer> out = Arrays.stream(list.split(",")).map(String::trim).map(Integer::parseInt).sorted().distinct().toList();
    if (out.get(0) < 1) {
      throw new IllegalArgumentException("sizes must be at least 1: " + list);
    }
    return out;
  }

  private static List<Mode> modes(String list) {
    List<Mode> out = new ArrayList<>();
    for (String m : list.split(",")) {
      try {
        Mode mode = Mode.valueOf(m.trim().toUpperCase(Locale.ROOT));
        if (!out.contains(mode)) {
          out.add(mode);
        }
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown mode " + m + " (lexical, semantic)");
      }
    }
    return out;
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }

  /** sources.txt and targets.txt, one statement a line (the generator writes no line breaks). */
  private static void dump(MatchCorpus.Data data, Path dir) throws IOException {
    Files.write(dir.resolve("sources.txt"), data.sources().stream().map(Statement::text).toList(), StandardCharsets.UTF_8);
    Files.write(dir.resolve("targets.txt"), data.targets().stream().map(Statement::text).toList(), StandardCharsets.UTF_8);
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
