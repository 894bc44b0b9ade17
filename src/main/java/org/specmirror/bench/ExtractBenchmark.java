package org.specmirror.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.specmirror.app.ExtractReport;
import org.specmirror.app.Judges;
import org.specmirror.app.Specmirror;
import org.specmirror.bench.Corpus.Doc;
import org.specmirror.extract.ExtractOptions;
import org.specmirror.extract.Extractor;
import org.specmirror.extract.RequirementJudge;
import org.specmirror.ingest.DocumentReader;
import org.specmirror.ingest.IngestOptions;
import org.specmirror.model.ExtractedDocument;
import org.specmirror.model.IngestedDocument;

/**
 * Extraction throughput. Generates a synthetic corpus ({@link Corpus}), or takes the files of the
 * {@code --corpus} folders, then, after a time-boxed warm-up over the whole corpus, times on the same
 * files and the same number of threads:
 *
 * <ul>
 *   <li>(a) plain Tika: AutoDetectParser into an unlimited BodyContentHandler;
 *   <li>(b) full specmirror extraction through {@link Specmirror#extract};
 *   <li>and, to show where (b) spends its time, its two stages alone: (b1) ingest ({@link
 *       DocumentReader#read}: detection, Tika, blocks) and (b2) segmentation + classification
 *       ({@link Extractor#extract} on the ingested documents).
 * </ul>
 *
 * Each is run {@code --repeat} times, interleaved, after a {@code System.gc()}, and the median wall
 * time is reported with the CPU use of this process and of the rest of the machine. See
 * docs/benchmarks.md.
 *
 * <pre>java -cp target/specmirror.jar org.specmirror.bench.ExtractBenchmark [--docs N | --corpus DIR...]
 *     [--threads T] [--out DIR] [--seed S] [--repeat R] [--warmup SECONDS] [--json FILE] [--rules-only] [--by-format]</pre>
 */
public final class ExtractBenchmark {

  /** Command-line options. */
  record Options(
      int docs, List<Path> corpus, int threads, Path out, long seed, int repeat, int warmup, Path json, boolean rulesOnly,
      boolean byFormat) {}

  /**
   * One timed pass.
   *
   * @param cpuUtilisation this process's CPU time / (wall time x cores)
   * @param othersUtilisation CPU used by other processes over the same interval, as a share of the machine
   *     (from /proc/stat; -1 when unavailable)
   * @param output characters of text for (a), statements for (b) and (b2), blocks for (b1)
   */
  record Run(double wallSeconds, double cpuSeconds, double cpuUtilisation, double othersUtilisation, long output, int failures) {}

  /** The runs of one pipeline and their median (by wall time). */
  record Pipeline(String name, List<Run> runs, Run median) {
    static Pipeline of(String name, List<Run> runs) {
      List<Run> sorted = runs.stream().sorted(Comparator.comparingDouble(Run::wallSeconds)).toList();
      return new Pipeline(name, runs, sorted.get(sorted.size() / 2));
    }

    double wall() {
      return median.wallSeconds();
    }
  }

  /** The pipelines over one set of files; {@code report} is the last result of (b). */
  record Comparison(Pipeline tika, Pipeline full, Pipeline ingest, Pipeline extract, ExtractReport report) {
    double overheadPercent() {
      return 100 * (full.wall() / tika.wall() - 1);
    }
  }

  /** One row of the per-format breakdown; the timings only with --by-format. */
  record FormatRow(
      String format, int documents, long bytes, int pages, int planted, int found, Double tikaSeconds, Double specmirrorSeconds) {}

  /** Everything that is printed, for --json. */
  record Result(
      String cpu,
      int cores,
      String java,
      int threads,
      int repeat,
      int warmupSeconds,
      int warmupRounds,
      String judge,
      String corpus,
      int documents,
      long bytes,
      int pages,
      int pdfPagesReportedByTika,
      int plantedStatements,
      int statements,
      double documentsPerSecond,
      double statementsPerSecond,
      double overheadPercent,
      double extractStagePercentOfTika,
      Pipeline tika,
      Pipeline specmirror,
      Pipeline ingestStage,
      Pipeline extractStage,
      List<FormatRow> formats) {}

  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private static final int CORES = Runtime.getRuntime().availableProcessors();

  private ExtractBenchmark() {}

  public static void main(String[] args) throws Exception {
    // as quiet as the CLI: library warnings (POI, PDFBox) would otherwise flood stderr and cost time
    if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "off");
    }
    java.util.logging.LogManager.getLogManager().reset();
    Options o;
    try {
      o = parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("ExtractBenchmark: " + e.getMessage());
      System.exit(2);
      return;
    }
    boolean temporary = o.corpus().isEmpty() && o.out() == null;
    Path dir =
        !o.corpus().isEmpty() ? o.corpus().get(0)
            : temporary ? Files.createTempDirectory("specmirror-bench-") : Files.createDirectories(o.out());
    try {
      System.out.print(run(o, dir));
    } finally {
      if (temporary) {
        deleteTree(dir); // only the folder this run created
      }
    }
  }

  /** One input file: its format (extension), nominal pages and planted statements (0 when unknown). */
  record Item(Path file, String format, int pages, int planted) {}

  static String run(Options o, Path dir) throws IOException {
    long t0 = System.nanoTime();
    List<Item> items = new ArrayList<>();
    if (!o.corpus().isEmpty()) {
      for (Path folder : o.corpus()) {
        try (Stream<Path> s = Files.list(folder)) {
          for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
            String n = p.getFileName().toString();
            items.add(new Item(p, n.contains(".") ? n.substring(n.lastIndexOf('.') + 1) : "", 0, 0));
          }
        }
      }
    } else {
      List<Doc> docs = Corpus.generate(o.docs(), o.seed());
      List<Path> written = CorpusWriter.writeAll(docs, dir);
      for (int i = 0; i < docs.size(); i++) {
        Doc d = docs.get(i);
        items.add(new Item(written.get(i), d.format().extension, d.pages(), d.planted()));
      }
    }
    List<Path> files = items.stream().map(Item::file).toList();
    double genSeconds = (System.nanoTime() - t0) / 1e9;

    String judgeNote = "learned classifier (Judges.defaultJudge())";
    RequirementJudge judge = null;
    if (o.rulesOnly()) {
      judgeNote = "rules only (--rules-only)";
    } else {
      try {
        judge = Judges.defaultJudge();
      } catch (RuntimeException | LinkageError e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        judgeNote = "RULES ONLY - the classifier could not be loaded (" + cause.getMessage() + ")";
      }
    }
    Bench bench = new Bench(new ExtractOptions(null, false, judge), o);

    // Warm-up: the whole corpus through all pipelines, for --warmup seconds. (A third of the corpus
    // for 30 s left the measured runs still getting faster by a third: larger documents take other paths.)
    int warmRounds = 0;
    for (long end = System.nanoTime() + o.warmup() * 1_000_000_000L; warmRounds == 0 || System.nanoTime() < end; ) {
      bench.compare(files, 1);
      warmRounds++;
    }
    Comparison all = bench.compare(files, o.repeat());

    // Statements and Tika's page counts from the last run of (b); a given corpus is sized in those pages.
    Map<String, ExtractedDocument> byPath = new HashMap<>();
    all.report().documents().forEach(d -> byPath.put(d.info().path(), d));
    int statements = 0;
    int pdfPages = 0;
    for (ExtractedDocument d : byPath.values()) {
      statements += d.requirements().size();
      pdfPages += d.info().pages() == null ? 0 : d.info().pages();
    }
    Map<String, long[]> perFormat = new TreeMap<>(); // documents, bytes, pages, planted, found
    long bytes = 0;
    int pages = 0;
    int planted = 0;
    for (Item it : items) {
      ExtractedDocument d = byPath.get(it.file().toString());
      int p = o.corpus().isEmpty() ? it.pages() : d == null || d.info().pages() == null ? 0 : d.info().pages();
      long size = Files.size(it.file());
      bytes += size;
      pages += p;
      planted += it.planted();
      long[] row = perFormat.computeIfAbsent(it.format(), f -> new long[5]);
      row[0]++;
      row[1] += size;
      row[2] += p;
      row[3] += it.planted();
      row[4] += d == null ? 0 : d.requirements().size();
    }
    List<FormatRow> formats = new ArrayList<>();
    for (Map.Entry<String, long[]> e : perFormat.entrySet()) {
      long[] r = e.getValue();
      Comparison c = null;
      if (o.byFormat()) {
        c = bench.compare(items.stream().filter(i -> i.format().equals(e.getKey())).map(Item::file).toList(), o.repeat());
      }
      formats.add(
          new FormatRow(
              e.getKey(), (int) r[0], r[1], (int) r[2], (int) r[3], (int) r[4],
              c == null ? null : c.tika().wall(), c == null ? null : c.full().wall()));
    }

    double wall = all.full().wall();
    Result result =
        new Result(
            Machine.cpuModel(),
            CORES,
            System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vm.name") + ")",
            o.threads(),
            o.repeat(),
            o.warmup(),
            warmRounds,
            judgeNote,
            o.corpus().isEmpty() ? "generated, seed " + o.seed() : "files of " + o.corpus(),
            items.size(),
            bytes,
            pages,
            pdfPages,
            planted,
            statements,
            items.size() / wall,
            statements / wall,
            all.overheadPercent(),
            100 * all.extract().wall() / all.tika().wall(),
            all.tika(),
            all.full(),
            all.ingest(),
            all.extract(),
            formats);
    if (o.json() != null) {
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(o.json().toFile(), result);
    }
    return render(result, genSeconds, dir, all.report());
  }

  // ------------------------------------------------------------------ the pipelines

  /** The pipelines, with what they share across runs (one parser, one reader, one extractor). */
  private static final class Bench {
    final ExtractOptions extract;
    final Options o;
    final AutoDetectParser parser = new AutoDetectParser();
    final DocumentReader reader = new DocumentReader(IngestOptions.defaults());
    final Extractor extractor;

    Bench(ExtractOptions extract, Options o) {
      this.extract = extract;
      this.o = o;
      this.extractor = new Extractor(extract);
    }

    /** {@code repeat} runs of each pipeline, interleaved so that drift hits all of them alike. */
    Comparison compare(List<Path> files, int repeat) {
      List<Specmirror.Input> inputs = files.stream().map(Specmirror.Input::of).toList();
      List<Run> tika = new ArrayList<>();
      List<Run> full = new ArrayList<>();
      List<Run> ingest = new ArrayList<>();
      List<Run> extractOnly = new ArrayList<>();
      ExtractReport report = null;
      for (int k = 0; k < repeat; k++) {
        tika.add(parallel(files.stream().map(this::tikaTask).toList(), Integer::longValue).run());

        Meter m = Meter.start();
        report = Specmirror.extract(inputs, IngestOptions.defaults(), extract, o.threads(), null);
        full.add(m.stop(report.documents().stream().mapToLong(d -> d.requirements().size()).sum(), report.failures().size()));

        Timed<List<IngestedDocument>> read =
            parallel(inputs.stream().<Callable<IngestedDocument>>map(in -> () -> reader.read(in.path(), in.display())).toList(),
                d -> d.blocks().size());
        ingest.add(read.run());
        extractOnly.add(
            parallel(read.value().stream().<Callable<ExtractedDocument>>map(d -> () -> extractor.extract(d)).toList(),
                    d -> d.requirements().size())
                .run());
      }
      return new Comparison(
          Pipeline.of("(a) Tika text only", tika),
          Pipeline.of("(b) specmirror extract", full),
          Pipeline.of("  (b1) ingest stage", ingest),
          Pipeline.of("  (b2) segment+classify", extractOnly),
          report);
    }

    /** Plain Tika: AutoDetectParser into an unlimited BodyContentHandler; returns the characters. */
    Callable<Integer> tikaTask(Path f) {
      return () -> {
        BodyContentHandler handler = new BodyContentHandler(-1);
        try (InputStream in = TikaInputStream.get(f)) {
          parser.parse(in, handler, new Metadata(), new ParseContext());
        }
        return handler.toString().length();
      };
    }

    /** Runs the tasks on a fresh pool of --threads threads, as Specmirror.extract does. */
    <T> Timed<List<T>> parallel(List<Callable<T>> tasks, java.util.function.ToLongFunction<T> size) {
      Meter m = Meter.start();
      ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(o.threads(), tasks.size())));
      List<T> out = new ArrayList<>();
      long total = 0;
      int failures = 0;
      try {
        List<Future<T>> futures = tasks.stream().map(pool::submit).toList();
        for (Future<T> f : futures) {
          try {
            T v = f.get();
            out.add(v);
            total += size.applyAsLong(v);
          } catch (ExecutionException e) {
            failures++;
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      } finally {
        pool.shutdownNow();
      }
      return new Timed<>(out, m.stop(total, failures));
    }
  }

  /** A value with the run that produced it. */
  record Timed<T>(T value, Run run) {}

  /** Wall, process CPU and whole-machine CPU counters at the start of a run (after a GC). */
  private record Meter(long wall, long cpu, long[] machine) {
    static Meter start() {
      System.gc(); // garbage of the previous run is not charged to this one
      return new Meter(System.nanoTime(), OS.getProcessCpuTime(), Machine.ticks());
    }

    Run stop(long output, int failures) {
      double wallS = (System.nanoTime() - wall) / 1e9;
      double cpuS = (OS.getProcessCpuTime() - cpu) / 1e9;
      double mine = cpuS / (wallS * CORES);
      long[] now = Machine.ticks();
      double others = -1;
      if (machine != null && now != null && now[1] > machine[1]) {
        others = Math.max(0, (double) (now[0] - machine[0]) / (now[1] - machine[1]) - mine);
      }
      return new Run(wallS, cpuS, mine, others, output, failures);
    }
  }

  // ------------------------------------------------------------------ output

  private static String render(Result r, double genSeconds, Path dir, ExtractReport last) {
    StringBuilder s = new StringBuilder();
    s.append("specmirror extraction benchmark\n");
    s.append(f("machine  : %d cores, %s, Java %s%n", r.cores(), r.cpu(), r.java()));
    s.append(
        f("corpus   : %d documents, %.2f MB, %d pages (%d of them PDF pages, as counted by Tika), %s, ready in %.1f s%n",
            r.documents(), r.bytes() / 1e6, r.pages(), r.pdfPagesReportedByTika(), r.corpus(), genSeconds));
    if (r.corpus().startsWith("generated")) {
      s.append("           in ").append(dir).append('\n');
    }
    s.append("judge    : ").append(r.judge()).append('\n');
    s.append(
        f("method   : %d threads; warm-up %d s (%d passes of all %d documents through every pipeline); median of %d interleaved runs%n%n",
            r.threads(), r.warmupSeconds(), r.warmupRounds(), r.documents(), r.repeat()));
    s.append(f("| %-24s | %8s | %7s | %8s | %8s | %8s | %-8s | %s%n", "pipeline", "wall (s)", "docs/s", "pages/s", "stmts/s",
        "CPU use", "others", "all runs (s)"));
    s.append("|--------------------------|---------:|--------:|---------:|---------:|---------:|----------|--------------\n");
    for (Pipeline p : List.of(r.tika(), r.specmirror(), r.ingestStage(), r.extractStage())) {
      Run m = p.median();
      s.append(
          f("| %-24s | %8.3f | %7.1f | %8.1f | %8s | %6.0f %% | %-8s | %s%n",
              p.name(), m.wallSeconds(), r.documents() / m.wallSeconds(), r.pages() / m.wallSeconds(),
              p == r.specmirror() ? f("%.0f", r.statementsPerSecond()) : "-",
              100 * m.cpuUtilisation(),
              m.othersUtilisation() < 0 ? "n/a" : f("%.0f %%", 100 * m.othersUtilisation()),
              String.join(" ", p.runs().stream().map(x -> f("%.3f", x.wallSeconds())).toList())));
    }
    s.append(f("%noverhead of specmirror over plain Tika, (b)/(a) - 1: %+.1f %%%n", r.overheadPercent()));
    s.append(f("segmentation + classification alone, (b2)/(a):     %.1f %%%n", r.extractStagePercentOfTika()));
    s.append(
        f("statements found: %d (%.1f per document, generator planted %d); failures: Tika %d, specmirror %d%n",
            r.statements(), (double) r.statements() / r.documents(), r.plantedStatements(),
            r.tika().median().failures(), r.specmirror().median().failures()));
    s.append("(CPU use = this process's CPU time / (wall x cores); others = CPU used by other processes meanwhile)\n\n");

    boolean timed = r.formats().stream().anyMatch(x -> x.tikaSeconds() != null);
    s.append(f("| %-6s | %4s | %8s | %5s | %7s | %7s |%s%n", "format", "docs", "KB", "pages", "planted", "found",
        timed ? " (a) wall s | (b) wall s | overhead |" : ""));
    s.append("|--------|-----:|---------:|------:|--------:|--------:|").append(timed ? "-----------:|-----------:|---------:|" : "").append('\n');
    for (FormatRow x : r.formats()) {
      s.append(f("| %-6s | %4d | %8.0f | %5d | %7d | %7d |", x.format(), x.documents(), x.bytes() / 1e3, x.pages(), x.planted(), x.found()));
      if (x.tikaSeconds() != null) {
        s.append(f(" %10.3f | %10.3f | %+6.0f %% |", x.tikaSeconds(), x.specmirrorSeconds(), 100 * (x.specmirrorSeconds() / x.tikaSeconds() - 1)));
      }
      s.append('\n');
    }
    if (!last.failures().isEmpty()) {
      s.append("\nfailures:\n");
      last.failures().forEach(n -> s.append("  ").append(n.path()).append(": ").append(n.message()).append('\n'));
    }
    return s.toString();
  }

  private static String f(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }

    // ------------------------------------------------------------------ arguments and files

  static Options parse(String[] args) {
    int docs = 120;
    List<Path> corpus = new ArrayList<>();
    int threads = CORES;
    Path out = null;
    long seed = 42;
    int repeat = 7;
    int warmup = 60;
    Path json = null;
    boolean rulesOnly = false;
    boolean byFormat = false;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--docs" -> docs = Integer.parseInt(value(args, ++i, a));
        case "--corpus" -> corpus.add(Path.of(value(args, ++i, a)));
        case "--threads" -> threads = Integer.parseInt(value(args, ++i, a));
        case "--out" -> out = Path.of(value(args, ++i, a));
        case "--seed" -> seed = Long.parseLong(value(args, ++i, a));
        case "--repeat" -> repeat = Integer.parseInt(value(args, ++i, a));
        case "--warmup" -> warmup = Integer.parseInt(value(args, ++i, a));
        case "--json" -> json = Path.of(value(args, ++i, a));
        case "--rules-only" -> rulesOnly = true;
        case "--by-format" -> byFormat = true;
        case "-h", "--help" -> {
          System.out.println(
              "usage: ExtractBenchmark [--docs N (120) | --corpus DIR... (their files instead; repeatable)] [--threads T (cores)] [--out DIR (default: a temp folder, deleted)]\n"
                  + "                        [--seed S (42)] [--repeat R (7)] [--warmup SECONDS (60)] [--json FILE] [--rules-only] [--by-format]");
          System.exit(0);
        }
        default -> throw new IllegalArgumentException("unknown option " + a + " (try --help)");
      }
    }
    if (docs < 1 || threads < 1 || repeat < 1 || warmup < 0) {
      throw new IllegalArgumentException("--docs, --threads and --repeat must be at least 1, --warmup at least 0");
    }
    return new Options(docs, corpus, threads, out, seed, repeat, warmup, json, rulesOnly, byFormat);
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
