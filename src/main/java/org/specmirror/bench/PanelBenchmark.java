package org.specmirror.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.specmirror.bench.Corpus.Bullet;
import org.specmirror.bench.Corpus.Doc;
import org.specmirror.bench.Corpus.Element;
import org.specmirror.bench.Corpus.Format;
import org.specmirror.bench.Corpus.Heading;
import org.specmirror.bench.Corpus.Kind;
import org.specmirror.bench.Corpus.Para;
import org.specmirror.bench.Corpus.Table;

/**
 * The panel case of {@code specmirror score}: one long standard against a panel of vendor
 * datasheets, end to end, against plain Tika text extraction of the same files. See
 * docs/benchmarks.md.
 *
 * <p>Generates (seeded, deterministic) a standard of about {@code --standard-pages} A4 pages and
 * {@code --vendors} datasheets of about {@code --vendor-pages} pages in PDF, DOCX, HTML and Markdown,
 * whose feature statements restate the standard's requirements to varying degrees (one vendor mirrors
 * it), plus one more vendor for the warm re-run. Then, each step in a <em>fresh JVM</em> started the
 * same way ({@code java [--java-opts] -cp <jar> <main> ...}, timed from process start to exit, so JVM
 * start-up and class loading count on both sides):
 *
 * <ul>
 *   <li>(a) plain Tika: {@code AutoDetectParser} into {@code BodyContentHandler(-1)} over all the files
 *       on {@code --threads} threads (this class with {@code --plain-tika});
 *   <li>(b) {@code specmirror score STANDARD --vendors DIR --format html --out FILE --cache EMPTY}
 *       (cold cache, semantic matching on), and (b') the same with {@code --no-semantic};
 *   <li>(c) and (c') the same again with the same cache folders after one new vendor file was added
 *       to DIR;
 *   <li>with {@code --phases}: start-up alone, {@code extract} alone, and {@code score} variants that
 *       isolate the panel statistics and the cache writes, to show where (b) spends its time.
 * </ul>
 *
 * <pre>java -cp target/specmirror.jar org.specmirror.bench.PanelBenchmark [--vendors 50] [--standard-pages 100]
 *     [--vendor-pages 5] [--standard-format pdf] [--threads 2] [--seed 42] [--repeat 1] [--phases]
 *     [--java-opts "..."] [--keep DIR] [--json FILE] [--jar FILE]</pre>
 */
public final class PanelBenchmark {

  private PanelBenchmark() {}

  /** Targets of the issue. */
  static final double COLD_TARGET = 1.5;

  static final double WARM_TARGET = 0.20;

  private static final int CORES = Runtime.getRuntime().availableProcessors();
  private static final Path TIME = Path.of("/usr/bin/time");

  /** Command-line options. */
  record Options(
      int vendors,
      int standardPages,
      int vendorPages,
      Format standardFormat,
      int threads,
      long seed,
      int repeat,
      boolean phases,
      int waitIdle,
      List<String> javaOpts,
      Path keep,
      Path json,
      Path jar) {}

  // ================================================================== entry point

  public static void main(String[] args) throws Exception {
    if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "off");
    }
    java.util.logging.LogManager.getLogManager().reset();
    if (args.length > 0 && args[0].equals("--plain-tika")) {
      System.exit(plainTika(Arrays.copyOfRange(args, 1, args.length)));
      return;
    }
    Options o;
    try {
      o = parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("PanelBenchmark: " + e.getMessage());
      System.exit(2);
      return;
    }
    Path jar = o.jar() != null ? o.jar() : ownJar();
    if (jar == null || !Files.isRegularFile(jar)) {
      System.err.println("PanelBenchmark: run it from the shaded jar (java -cp target/specmirror.jar "
          + PanelBenchmark.class.getName() + ") or name the jar with --jar");
      System.exit(2);
      return;
    }
    boolean temporary = o.keep() == null;
    Path dir = temporary ? Files.createTempDirectory("specmirror-panel-") : Files.createDirectories(o.keep()).toAbsolutePath();
    try {
      System.out.print(new Runner(o, jar.toAbsolutePath(), dir).run());
    } finally {
      if (temporary) {
        deleteTree(dir); // only the folder this run created
      }
    }
  }

  /**
   * The (a) child: plain Tika text extraction of the files on a fixed pool of threads. Prints one
   * line {@code documents=N characters=C failures=F}; exit code 0, or 3 when a file failed.
   */
  static int plainTika(String[] args) throws Exception {
    int threads = Integer.parseInt(args[0]);
    List<Path> files = Arrays.stream(args).skip(1).map(Path::of).toList();
    AutoDetectParser parser = new AutoDetectParser();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, files.size())));
    long chars = 0;
    int failures = 0;
    try {
      List<Future<Integer>> out = new ArrayList<>();
      for (Path f : files) {
        out.add(
            pool.submit(
                () -> {
                  BodyContentHandler handler = new BodyContentHandler(-1);
                  try (InputStream in = TikaInputStream.get(f)) {
                    parser.parse(in, handler, new Metadata(), new ParseContext());
                  }
                  return handler.toString().length();
                }));
      }
      for (Future<Integer> f : out) {
        try {
          chars += f.get();
        } catch (java.util.concurrent.ExecutionException e) {
          failures++;
          System.err.println("plain Tika: " + e.getCause());
        }
      }
    } finally {
      pool.shutdownNow();
    }
    System.out.println("documents=" + files.size() + " characters=" + chars + " failures=" + failures);
    return failures == 0 ? 0 : 3;
  }

  // ================================================================== the generated panel

  /**
   * One vendor datasheet.
   *
   * @param overlap share of its feature statements drawn from the standard's requirements
   * @param fromStandard feature statements that restate a requirement of the standard
   * @param features feature statements in all (bullets; the specification tables come on top)
   * @param mirror whether this is the vendor the standard was written around
   */
  record VendorDoc(Doc doc, double overlap, int fromStandard, int features, boolean mirror) {}

  /**
   * A generated panel.
   *
   * @param requirements normative statements planted in the standard (paragraphs, list items and the
   *     rows of tables a requirement cites)
   * @param extra the vendor added before the warm re-run
   */
  record Panel(Doc standard, int requirements, List<VendorDoc> vendors, VendorDoc extra, long seed) {
    VendorDoc mirror() {
      return vendors.stream().filter(VendorDoc::mirror).findFirst().orElse(null);
    }
  }

  /** Where a panel was written. */
  record Written(Path standard, Path vendorDir, List<Path> vendors, Path extra) {
    List<Path> all() {
      List<Path> a = new ArrayList<>();
      a.add(standard);
      a.addAll(vendors);
      return a;
    }
  }

  /** The vendors' formats, in rotation. */
  static final List<Format> VENDOR_FORMATS = List.of(Format.PDF, Format.DOCX, Format.HTML, Format.MARKDOWN);

  /** A panel; the same arguments give the same documents (and byte-identical files). */
  static Panel generate(int vendors, int standardPages, int vendorPages, Format standardFormat, long seed) {
    if (vendors < 1 || standardPages < 1 || vendorPages < 1) {
      throw new IllegalArgumentException("at least one vendor and one page");
    }
    Random r = new Random(seed);
    String[] subject = SUBJECTS[r.nextInt(SUBJECTS.length)];
    Generator g = new Generator(subject[0], subject[1]);
    List<Concept> concepts = new ArrayList<>();
    Doc standard = g.standard(standardFormat, standardPages, r, concepts);
    int planted = g.planted;
    // the requirements written around the mirrored product (its trade names, odd values) and the common ground
    List<Concept> tailored = concepts.stream().filter(Concept::tailored).toList();
    List<Concept> common = concepts.stream().filter(c -> !c.tailored()).toList();
    if (tailored.isEmpty()) {
      tailored = common;
    }
    if (common.isEmpty()) {
      common = tailored;
    }
    Set<String> standardKeys = new HashSet<>();
    concepts.forEach(c -> standardKeys.add(c.requirement()));
    int mirror = r.nextInt(vendors);
    int offset = r.nextInt(VENDOR_FORMATS.size());
    List<VendorDoc> list = new ArrayList<>();
    for (int i = 0; i <= vendors; i++) { // the last one is the extra vendor of the warm re-run
      Random vr = new Random(seed * 1_000_003L + 7919L * (i + 1));
      boolean isMirror = i == mirror;
      double overlap = isMirror ? 0.98 : 0.05 + 0.4 * vr.nextDouble();
      Format f = VENDOR_FORMATS.get((i + offset) % VENDOR_FORMATS.size());
      list.add(g.vendor(i, f, vendorPages, overlap, isMirror, tailored, common, standardKeys, vr));
    }
    return new Panel(standard, planted, List.copyOf(list.subList(0, vendors)), list.get(vendors), seed);
  }

  /** Writes the standard to {@code dir}, the vendors to {@code dir/vendors}, the extra vendor to {@code dir/new-vendor}. */
  static Written write(Panel p, Path dir) throws IOException {
    Files.createDirectories(dir);
    Path vendorDir = Files.createDirectories(dir.resolve("vendors"));
    Path extraDir = Files.createDirectories(dir.resolve("new-vendor"));
    Path standard = CorpusWriter.write(p.standard(), dir);
    List<Path> vendors = new ArrayList<>();
    for (VendorDoc v : p.vendors()) {
      vendors.add(CorpusWriter.write(v.doc(), vendorDir));
    }
    Path extra = CorpusWriter.write(p.extra().doc(), extraDir);
    return new Written(standard, vendorDir, vendors, extra);
  }

  /**
   * A requirement of the standard and the way a datasheet states the same thing.
   *
   * @param requirement verb phrase after the modal ("report the battery voltage to ...")
   * @param feature datasheet sentence ("Reports the battery voltage to ...")
   */
  record Concept(String topic, int template, Map<String, String> slots, String requirement, String feature, boolean tailored) {}

  /** Builds the documents; one per panel, so that the standard and the vendors share a subject. */
  private static final class Generator {
    final String device;
    final String system;
    int planted;

    Generator(String device, String system) {
      this.device = device;
      this.system = system;
    }

    /** A concept from template {@code t}, slots filled at random (those in {@code fixed} kept). */
    Concept concept(int t, Map<String, String> fixed, Random r) {
      return concept(TEMPLATES, t, fixed, r);
    }

    Concept concept(String[][] family, int t, Map<String, String> fixed, Random r) {
      String[] tpl = family[t];
      Map<String, String> slots = new LinkedHashMap<>(fixed);
      // every statement can carry a condition ({ctx}, empty a third of the time): more distinct requirements
      String req = fill(tpl[1] + "{ctx}", slots, r);
      String feat = fill(tpl[2].substring(0, tpl[2].length() - 1) + "{ctx}.", slots, r);
      return new Concept(tpl[0], t, slots, req, feat, family == TAILORED);
    }

    /** A selling point that no requirement asks for (requirement field: the sentence itself). */
    Concept vendorOnly(Random r) {
      String[] tpl = VENDOR_ONLY[r.nextInt(VENDOR_ONLY.length)];
      Map<String, String> slots = new LinkedHashMap<>();
      String feat = fill(tpl[1], slots, r);
      return new Concept(tpl[0], -1, slots, feat, feat, false);
    }

    /** The same concept with one slot changed: a datasheet claim that nearly meets the requirement. */
    Concept nearMiss(Concept c, Random r) {
      List<String> keys = new ArrayList<>(c.slots().keySet());
      keys.remove("ctx"); // a changed value, not a changed condition
      if (keys.isEmpty()) {
        return null;
      }
      String key = keys.get(r.nextInt(keys.size()));
      String[] choices = choices(key);
      if (choices.length < 2) {
        return null;
      }
      Map<String, String> slots = new LinkedHashMap<>(c.slots());
      String old = slots.get(key);
      String now = old;
      while (now.equals(old)) {
        now = choices[r.nextInt(choices.length)];
      }
      slots.put(key, now);
      return concept(c.tailored() ? TAILORED : TEMPLATES, c.template(), slots, r);
    }

    String fill(String template, Map<String, String> slots, Random r) {
      String s = template.replace("{device}", device).replace("{system}", system);
      StringBuilder out = new StringBuilder();
      int i = 0;
      while (true) {
        int a = s.indexOf('{', i);
        if (a < 0) {
          out.append(s, i, s.length());
          return out.toString();
        }
        int b = s.indexOf('}', a);
        String key = s.substring(a + 1, b);
        String v = slots.get(key);
        if (v == null) {
          String[] c = choices(key);
          v = c[r.nextInt(c.length)];
          slots.put(key, v);
        }
        out.append(s, i, a).append(v);
        i = b + 1;
      }
    }

    // ------------------------------------------------------------------ the standard

    Doc standard(Format f, int pages, Random r, List<Concept> concepts) {
      Body body = new Body();
      planted = 0;
      String code = "SX-" + (1000 + r.nextInt(9000));
      body.add(new Heading(1, "Draft Specification " + code + " - Requirements for networked " + device + "s and their " + system));
      body.add(new Para("Fictional document generated for benchmarking specmirror; it is not a real standard, and every sentence in it is invented."));
      boolean small = pages < 10; // front matter in proportion, so that a short standard keeps its size
      if (!small) {
        body.add(new Heading(1, "Foreword"));
        body.add(new Para(prose(r, 3)));
        body.add(new Para(prose(r, 2)));
      }
      body.add(new Heading(1, "Introduction"));
      for (int k = 0; k < (small ? 1 : 3); k++) {
        body.add(new Para(prose(r, 3)));
      }
      body.add(new Heading(1, "1 Scope"));
      body.add(new Para("This specification sets out what a " + system + " expects from each " + device
          + " it supervises, and how conformance is shown. It covers:"));
      for (String t : TOPICS) {
        body.add(new Bullet("the " + t.toLowerCase(Locale.ROOT) + " behaviour of the " + device + ";"));
      }
      body.add(new Para("The mechanical design of the " + device + " and the internal architecture of the " + system
          + " are outside the scope of this document."));
      body.add(new Heading(1, "2 Normative references"));
      for (int k = 0, m = small ? 2 : 6 + r.nextInt(4); k < m; k++) {
        body.add(new Bullet("[FX-" + (100 + r.nextInt(900)) + "] Fictional " + pick(r, TOPICS).toLowerCase(Locale.ROOT)
            + " guideline for field devices, part " + (1 + r.nextInt(9)) + " (2099)."));
      }
      body.add(new Heading(1, "3 Terms and definitions"));
      body.add(new Para("For the purposes of this document, the following terms and definitions apply."));
      int term = 1;
      for (String[] d : small ? Arrays.copyOf(DEFINITIONS, 3) : DEFINITIONS) {
        body.add(new Heading(2, "3." + term++ + " " + d[0]));
        body.add(new Para(d[1].replace("{device}", device).replace("{system}", system)));
      }
      body.add(new Heading(1, "4 Conventions"));
      body.add(new Para("In this specification \"shall\" and \"is required to\" mark mandatory requirements, "
          + "\"should\" and \"is recommended to\" mark recommendations, and \"may\" marks an option that the "
          + device + " can offer. Paragraphs marked NOTE and clauses marked informative are not requirements."));
      Set<String> used = new HashSet<>();
      int budget = pages * Layout.LINES_PER_PAGE;
      int requirementsEnd = (int) (budget * 0.85);
      for (int clause = 5, n = 0; body.lines < requirementsEnd || n == 0; clause++, n++) {
        String topic = TOPICS[n % TOPICS.length];
        int[] templates = templatesOf(TEMPLATES, topic);
        int[] tailoredTemplates = templatesOf(TAILORED, topic);
        body.add(new Heading(1, clause + " " + (n < TOPICS.length ? topic + " requirements" : "Further " + topic.toLowerCase(Locale.ROOT) + " requirements")));
        body.add(new Para(prose(r, 2)));
        for (int sub = 1, subs = 3 + r.nextInt(4); sub <= subs && (body.lines < requirementsEnd || n == 0 && sub == 1); sub++) {
          body.add(new Heading(2, clause + "." + sub + " " + pick(r, ASPECTS)));
          body.add(new Para(prose(r, 3 + r.nextInt(3))));
          int id = 1;
          for (int k = 0, m = 2 + r.nextInt(4); k < m; k++) {
            Concept c = null;
            for (int tries = 0; tries < 30 && c == null; tries++) {
              // a fifth of the requirements are written around one product: its trade names and odd values
              Concept x =
                  r.nextInt(5) == 0 && tailoredTemplates.length > 0
                      ? concept(TAILORED, tailoredTemplates[r.nextInt(tailoredTemplates.length)], Map.of(), r)
                      : concept(TEMPLATES, templates[r.nextInt(templates.length)], Map.of(), r);
              if (used.add(x.requirement())) {
                c = x;
              }
            }
            if (c == null) {
              continue; // this topic's combinations are used up
            }
            concepts.add(c);
            String text = "The " + device + " " + modal(r) + " " + c.requirement() + ".";
            boolean tagged = r.nextInt(10) != 0;
            body.add(new Para(tagged ? String.format(Locale.ROOT, "[R-%d.%d-%02d] %s", clause, sub, id++, text) : text));
            planted++;
            if (r.nextInt(5) == 0) {
              body.add(new Para("NOTE - " + prose(r, 1 + r.nextInt(2))));
            }
          }
          if (r.nextInt(3) != 0) {
            body.add(new Para(prose(r, 2 + r.nextInt(3))));
          }
          if (r.nextInt(4) == 0) { // a requirement with a list
            body.add(new Para(String.format(Locale.ROOT, "[R-%d.%d-%02d] The %s shall record the following events:", clause, sub, id++, device)));
            planted++;
            List<String> events = new ArrayList<>(Arrays.asList(EVENTS));
            java.util.Collections.shuffle(events, r);
            int m = 3 + r.nextInt(3);
            for (int k = 0; k < m; k++) {
              body.add(new Bullet("a " + events.get(k) + " event" + (k == m - 1 ? "." : ";")));
              planted++;
            }
          }
          if (r.nextInt(4) == 0) { // a requirement citing a table
            String table = clause + "." + sub;
            body.add(new Para(String.format(Locale.ROOT,
                "[R-%d.%d-%02d] The %s is required to operate within the limits given in Table %s.", clause, sub, id++, device, table)));
            planted++;
            body.add(new Para("Table " + table + " - " + pick(r, ASPECTS) + " limits"));
            int rows = 3 + r.nextInt(5);
            body.add(paramTable(r, "Parameter", "Limit", rows));
            planted += rows;
          }
        }
      }
      // informative annex up to the page budget
      body.add(new Heading(1, "Annex A (informative) Deployment examples"));
      for (int k = 1; body.lines < budget - 8; k++) {
        body.add(new Heading(2, "A." + k + " " + pick(r, DEPLOYMENTS)));
        body.add(new Para(prose(r, 3)));
        body.add(new Para(prose(r, 2)));
        if (r.nextBoolean()) {
          body.add(new Para("Table A." + k + " - Typical figures"));
          body.add(paramTable(r, "Quantity", "Typical value", 3 + r.nextInt(3)));
        }
      }
      body.add(new Heading(1, "Bibliography"));
      for (int k = 0; k < 3; k++) {
        body.add(new Bullet("[B" + (k + 1) + "] Fictional report on " + pick(r, TOPICS).toLowerCase(Locale.ROOT) + " in field devices (2098)."));
      }
      String header = "Draft Specification " + code + " (fictional)";
      String footer = "Fictional Standards Forum 2099 - panel benchmark";
      return new Doc("standard", Kind.STANDARD, f, header, footer, body.elements, planted, Layout.pages(body.elements).size());
    }

    String marketing(Random r, int sentences) {
      StringBuilder b = new StringBuilder();
      for (int k = 0; k < sentences; k++) {
        if (k > 0) {
          b.append(' ');
        }
        b.append(pick(r, MARKETING).replace("{device}", device).replace("{system}", system));
      }
      return b.toString();
    }

    String modal(Random r) {
      int x = r.nextInt(100);
      return x < 35 ? "shall" : x < 60 ? "is required to" : x < 80 ? "should" : x < 90 ? "is recommended to" : "may";
    }

    String prose(Random r, int sentences) {
      StringBuilder b = new StringBuilder();
      for (int k = 0; k < sentences; k++) {
        if (k > 0) {
          b.append(' ');
        }
        b.append(pick(r, PROSE).replace("{device}", device).replace("{system}", system));
      }
      return b.toString();
    }

    // ------------------------------------------------------------------ vendor datasheets

    VendorDoc vendor(
        int index, Format f, int pages, double overlap, boolean mirror, List<Concept> tailored, List<Concept> common,
        Set<String> standardKeys, Random r) {
      String company = COMPANIES[index % COMPANIES.length] + (index >= COMPANIES.length ? " " + (index / COMPANIES.length + 1) : "");
      String model = (char) ('A' + r.nextInt(26)) + "" + (char) ('A' + r.nextInt(26)) + "-" + (100 + r.nextInt(900));
      Map<String, List<String>> byTopic = new LinkedHashMap<>();
      for (String t : TOPICS) {
        byTopic.put(t, new ArrayList<>());
      }
      Set<String> usedHere = new HashSet<>();
      int budget = pages * Layout.LINES_PER_PAGE;
      int features = 0;
      int fromStandard = 0;
      // the fixed parts, drawn once so that the feature count does not change them
      List<List<String>> spec = paramTable(r, "Parameter", "Value", 10 + r.nextInt(6)).rows();
      List<List<String>> ordering = new ArrayList<>();
      ordering.add(List.of("Order code", "Description"));
      for (int k = 0, m = 3 + r.nextInt(3); k < m; k++) {
        ordering.add(List.of(model + "-" + (char) ('A' + k) + (1 + r.nextInt(9)), pick(r, ORDERING).replace("{radio}", pick(r, choices("radio")))));
      }
      List<String> options = new ArrayList<>();
      for (int k = 0, m = 2 + r.nextInt(3); k < m; k++) {
        options.add("Optional: " + pick(r, ADDONS) + ".");
      }
      String pitch = pick(r, PITCH).replace("{model}", model).replace("{device}", device).replace("{system}", system);
      List<String> applications = List.of(marketing(r, 3), prose(r, 2), marketing(r, 3));
      String marketingWhy = marketing(r, 3);
      Map<String, String> intros = new LinkedHashMap<>();
      for (String t : TOPICS) {
        intros.put(t, marketing(r, 2 + r.nextInt(2)) + "\n" + prose(r, 2));
      }
      List<Element> body = null;
      int misses = 0;
      while ((body == null || Layout.lineCount(body) < budget - 2) && misses < 1000) {
        for (int k = 0; k < 4; k++) {
          Concept c = null;
          boolean restates = false;
          if (r.nextDouble() < overlap) {
            List<Concept> pool = mirror && r.nextInt(3) == 0 ? tailored : common;
            for (int tries = 0; tries < 20 && c == null; tries++) {
              Concept x = pool.get(r.nextInt(pool.size()));
              if (usedHere.add(x.feature())) {
                c = x;
                restates = true;
              }
            }
          }
          if (c == null) {
            // not from the standard: a quarter near misses (a requirement's claim with one value changed), the
            // rest selling points no requirement asks for
            boolean near = r.nextInt(4) == 0;
            for (int tries = 0; tries < 20 && c == null; tries++) {
              Concept x = near ? nearMiss(common.get(r.nextInt(common.size())), r) : vendorOnly(r);
              if (x != null && !standardKeys.contains(x.requirement()) && usedHere.add(x.feature())) {
                c = x;
              }
            }
          }
          if (c == null) {
            misses++;
            continue;
          }
          byTopic.get(c.topic()).add(c.feature());
          features++;
          fromStandard += restates ? 1 : 0;
        }
        body = vendorBody(company, model, pitch, applications, marketingWhy, intros, byTopic, spec, ordering, options);
      }
      String header = company + " " + model + " datasheet";
      String footer = company + " (fictional) - Rev. " + (1 + r.nextInt(4)) + "." + r.nextInt(10);
      String name = String.format(Locale.ROOT, "vendor-%02d-%s", index + 1, company.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
      Doc doc = new Doc(name, Kind.DATASHEET, f, header, footer, body, features + spec.size() - 1 + options.size(), Layout.pages(body).size());
      return new VendorDoc(doc, overlap, fromStandard, features, mirror);
    }

    List<Element> vendorBody(
        String company, String model, String pitch, List<String> applications, String marketingWhy, Map<String, String> intros,
        Map<String, List<String>> byTopic, List<List<String>> spec, List<List<String>> ordering, List<String> options) {
      List<Element> body = new ArrayList<>();
      body.add(new Heading(1, company + " " + model + " " + device));
      body.add(new Para(pitch + " This datasheet is fictional and was generated for benchmarking."));
      body.add(new Heading(2, "Applications"));
      applications.forEach(a -> body.add(new Para(a)));
      body.add(new Heading(2, "Why " + company));
      body.add(new Para(marketingWhy));
      for (Map.Entry<String, List<String>> e : byTopic.entrySet()) {
        if (e.getValue().isEmpty()) {
          continue;
        }
        body.add(new Heading(2, e.getKey()));
        for (String para : intros.get(e.getKey()).split("\n")) {
          body.add(new Para(para));
        }
        e.getValue().forEach(x -> body.add(new Bullet(x)));
      }
      body.add(new Heading(2, "Technical specifications"));
      body.add(new Table(spec));
      body.add(new Heading(2, "Ordering information"));
      body.add(new Table(ordering));
      body.add(new Heading(2, "Options"));
      options.forEach(x -> body.add(new Bullet(x)));
      body.add(new Para("Specifications are subject to change without notice."));
      return body;
    }

    private Table paramTable(Random r, String h1, String h2, int rows) {
      List<List<String>> t = new ArrayList<>();
      t.add(List.of(h1, h2));
      int start = r.nextInt(PARAMETERS.length);
      for (int k = 0; k < Math.min(rows, PARAMETERS.length); k++) {
        String[] p = PARAMETERS[(start + k) % PARAMETERS.length];
        t.add(List.of(p[0], p[1 + r.nextInt(p.length - 1)]));
      }
      return new Table(t);
    }
  }

  /** A body that keeps its printed line count as it grows. */
  private static final class Body {
    final List<Element> elements = new ArrayList<>();
    int lines;

    void add(Element e) {
      elements.add(e);
      lines += Layout.lines(List.of(e)).size();
    }
  }

  static int[] templatesOf(String[][] family, String topic) {
    return java.util.stream.IntStream.range(0, family.length).filter(i -> family[i][0].equals(topic)).toArray();
  }

  static String[] choices(String key) {
    String[] c = SLOTS.get(key);
    if (c == null) {
      throw new IllegalStateException("no choices for {" + key + "}");
    }
    return c;
  }

  private static <T> T pick(Random r, T[] a) {
    return a[r.nextInt(a.length)];
  }

  // ================================================================== running and timing

  /**
   * One child process.
   *
   * @param cpuSeconds user + system CPU of the child (-1 when unknown)
   * @param peakRssMb peak resident set of the child (-1 when unknown)
   * @param othersShare CPU used meanwhile by every other process of the machine, as a share of all its
   *     cores (from /proc/stat; -1 when unknown)
   * @param waitedSeconds how long the step waited for the machine to be idle before it started
   * @param documents documents the step is about (for documents/s)
   */
  record Step(
      String key, String label, double wallSeconds, double cpuSeconds, double peakRssMb, double othersShare, double waitedSeconds,
      int exit, int documents) {
    double docsPerSecond() {
      return documents / wallSeconds;
    }
  }

  /** One round: every step once, in order. */
  record Round(int round, List<Step> steps) {
    Step get(String key) {
      return steps.stream().filter(s -> s.key().equals(key)).findFirst().orElse(null);
    }
  }

  /** What the warm JSON re-run said about the panel. */
  record Check(
      String verdict, String leadVendor, double leadCoverage, double panelMedian, double lead, double ciLow, double ciHigh,
      double pValue, int exclusive, double expectedExclusive, double exclusivePValue, boolean clear, int requirements,
      int vendorsScored, String mirrorVendorFile, String mirrorVendorName, int mirrorRank) {}

  /** Everything printed, for --json. */
  record Result(
      String cpu,
      int cores,
      String java,
      List<String> javaOpts,
      String rssSource,
      int threads,
      long seed,
      String standardFile,
      int standardPages,
      int standardRequirementsPlanted,
      int vendors,
      double vendorPagesMean,
      Map<String, Integer> vendorFormats,
      long bytes,
      List<Round> rounds,
      Map<String, Step> median,
      double coldRatio,
      double coldRatioNoSemantic,
      double warmRatio,
      double warmRatioNoSemantic,
      boolean coldTargetMet,
      boolean warmTargetMet,
      Check check) {}

  /** Runs the steps as child processes and renders the figures. */
  private static final class Runner {
    final Options o;
    final Path jar;
    final Path dir;
    final Path logs;
    final String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    final boolean useTime = Files.isExecutable(TIME);

    Runner(Options o, Path jar, Path dir) throws IOException {
      this.o = o;
      this.jar = jar;
      this.dir = dir;
      this.logs = Files.createDirectories(dir.resolve("logs"));
    }

    String run() throws IOException, InterruptedException {
      long t0 = System.nanoTime();
      Panel panel = generate(o.vendors(), o.standardPages(), o.vendorPages(), o.standardFormat(), o.seed());
      Written w = write(panel, dir);
      double genSeconds = (System.nanoTime() - t0) / 1e9;
      List<Path> files = w.all();
      int n = files.size();
      long bytes = 0;
      for (Path p : files) {
        bytes += Files.size(p);
      }

      // not timed: one JVM start to bring the jar into the page cache, and one read of every input
      child("warmup", "page cache warm-up", 0, List.of("org.specmirror.cli.Main", "--version"));
      for (Path p : files) {
        Files.readAllBytes(p);
      }
      Files.readAllBytes(w.extra());

      Path std = w.standard();
      Path vendors = w.vendorDir();
      List<Round> rounds = new ArrayList<>();
      Path lastSemanticCache = null;
      for (int k = 1; k <= o.repeat(); k++) {
        Path rd = Files.createDirectories(dir.resolve("round-" + k));
        Path semantic = Files.createDirectories(rd.resolve("cache-semantic")); // empty: a cold cache
        Path lexical = Files.createDirectories(rd.resolve("cache-lexical"));
        List<Step> steps = new ArrayList<>();
        List<String> tika = new ArrayList<>(List.of(PanelBenchmark.class.getName(), "--plain-tika", String.valueOf(o.threads())));
        files.forEach(p -> tika.add(p.toString()));
        steps.add(child("a", "(a) plain Tika, " + n + " files", n, tika));
        steps.add(child("b", "(b) score, cold cache", n, score(std, vendors, rd.resolve("report-cold.html"), "--cache", semantic.toString())));
        steps.add(child("b'", "(b') score --no-semantic, cold cache", n,
            score(std, vendors, rd.resolve("report-cold-lexical.html"), "--cache", lexical.toString(), "--no-semantic")));
        if (o.phases()) {
          steps.add(child("p0", "start-up only (specmirror --version)", 0, List.of("org.specmirror.cli.Main", "--version")));
          List<String> extract = new ArrayList<>(List.of("org.specmirror.cli.Main", "extract", "--format", "json", "--out",
              rd.resolve("extract.json").toString(), "--threads", String.valueOf(o.threads()), "--quiet"));
          files.forEach(p -> extract.add(p.toString()));
          steps.add(child("p1", "extract only (specmirror extract, no cache)", n, extract));
          steps.add(child("p2", "score --no-semantic --bootstrap 100 --permutations 100, cold", n,
              score(std, vendors, rd.resolve("report-p2.html"), "--cache", Files.createDirectories(rd.resolve("cache-p2")).toString(),
                  "--no-semantic", "--bootstrap", "100", "--permutations", "100")));
          steps.add(child("p3", "score --bootstrap 100 --permutations 100, cold", n,
              score(std, vendors, rd.resolve("report-p3.html"), "--cache", Files.createDirectories(rd.resolve("cache-p3")).toString(),
                  "--bootstrap", "100", "--permutations", "100")));
          steps.add(child("p4", "score --no-cache (semantic, nothing written)", n,
              score(std, vendors, rd.resolve("report-p4.html"), "--no-cache")));
          steps.add(child("p5", "score warm, no new vendor", n, score(std, vendors, rd.resolve("report-p5.html"), "--cache", semantic.toString())));
          steps.add(child("p6", "score warm, no new vendor, --bootstrap 100 --permutations 100", n,
              score(std, vendors, rd.resolve("report-p6.html"), "--cache", semantic.toString(), "--bootstrap", "100", "--permutations", "100")));
        }
        Path added = vendors.resolve(w.extra().getFileName());
        Files.copy(w.extra(), added, StandardCopyOption.REPLACE_EXISTING);
        try {
          steps.add(child("c", "(c) score, warm cache + 1 new vendor", n + 1,
              score(std, vendors, rd.resolve("report-warm.html"), "--cache", semantic.toString())));
          steps.add(child("c'", "(c') score --no-semantic, warm + 1 new vendor", n + 1,
              score(std, vendors, rd.resolve("report-warm-lexical.html"), "--cache", lexical.toString(), "--no-semantic")));
        } finally {
          Files.deleteIfExists(added);
        }
        rounds.add(new Round(k, steps));
        lastSemanticCache = semantic;
      }

      // not timed: a warm JSON run over the 50 vendors, to show what the panel statistics found
      Path checkJson = dir.resolve("check.json");
      child("check", "panel check (JSON, warm)", n, score(std, vendors, checkJson, "--cache", lastSemanticCache.toString()));
      Check check = check(checkJson, panel);

      Map<String, Step> median = new LinkedHashMap<>();
      for (Step s : rounds.get(0).steps()) {
        List<Step> all = rounds.stream().map(x -> x.get(s.key())).sorted(Comparator.comparingDouble(Step::wallSeconds)).toList();
        median.put(s.key(), all.get(all.size() / 2));
      }
      double a = median.get("a").wallSeconds();
      double cold = median.get("b").wallSeconds() / a;
      double coldLex = median.get("b'").wallSeconds() / a;
      double warm = median.get("c").wallSeconds() / median.get("b").wallSeconds();
      double warmLex = median.get("c'").wallSeconds() / median.get("b'").wallSeconds();
      Map<String, Integer> formats = new TreeMap<>();
      panel.vendors().forEach(v -> formats.merge(v.doc().format().extension, 1, Integer::sum));
      Result result =
          new Result(
              Machine.cpuModel(),
              CORES,
              System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vm.name") + ")",
              o.javaOpts(),
              useTime ? "/usr/bin/time %M (max resident set of the child)" : "/proc/<pid>/status VmHWM, polled every 20 ms",
              o.threads(),
              o.seed(),
              std.getFileName().toString(),
              panel.standard().pages(),
              panel.requirements(),
              panel.vendors().size(),
              panel.vendors().stream().mapToInt(v -> v.doc().pages()).average().orElse(0),
              formats,
              bytes,
              rounds,
              median,
              cold,
              coldLex,
              warm,
              warmLex,
              cold <= COLD_TARGET,
              warm < WARM_TARGET,
              check);
      if (o.json() != null) {
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(o.json().toFile(), result);
      }
      return render(result, panel, w, genSeconds);
    }

    List<String> score(Path std, Path vendors, Path out, String... extra) {
      String format = out.toString().endsWith(".json") ? "json" : "html";
      List<String> a = new ArrayList<>(List.of("org.specmirror.cli.Main", "score", std.toString(), "--vendors", vendors.toString(),
          "--format", format, "--out", out.toString(), "--threads", String.valueOf(o.threads()), "--quiet"));
      a.addAll(Arrays.asList(extra));
      return a;
    }

    /** Runs {@code java [opts] -cp jar ARGS} in {@link #dir}, timed from start to exit. */
    Step child(String key, String label, int documents, List<String> mainAndArgs) throws IOException, InterruptedException {
      List<String> cmd = new ArrayList<>();
      String safe = key.replace("'", "-prime");
      Path timeFile = logs.resolve(safe + ".time");
      if (useTime) {
        cmd.addAll(List.of(TIME.toString(), "-f", "%M %U %S", "-o", timeFile.toString()));
      }
      cmd.add(javaBin);
      cmd.addAll(o.javaOpts());
      cmd.add("-cp");
      cmd.add(jar.toString());
      cmd.addAll(mainAndArgs);
      ProcessBuilder pb =
          new ProcessBuilder(cmd)
              .directory(dir.toFile())
              .redirectOutput(logs.resolve(safe + ".out").toFile())
              .redirectError(logs.resolve(safe + ".err").toFile());
      System.err.printf(Locale.ROOT, "  %-62s ", label);
      double waited = o.waitIdle() > 0 ? waitIdle(o.waitIdle(), 180) : 0;
      long[] ticks0 = Machine.ticks();
      long t0 = System.nanoTime();
      Process p = pb.start();
      long hwm = -1;
      if (!useTime) {
        while (!p.waitFor(20, TimeUnit.MILLISECONDS)) {
          hwm = Math.max(hwm, vmHwmKb(p.pid()));
        }
      }
      int exit = p.waitFor();
      double wall = (System.nanoTime() - t0) / 1e9;
      long[] ticks1 = Machine.ticks();
      double cpu = -1;
      double rss = hwm < 0 ? -1 : hwm / 1024.0;
      if (useTime && Files.isRegularFile(timeFile)) {
        List<String> lines = Files.readAllLines(timeFile);
        String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1).trim(); // "Command exited with non-zero status" may come first
        String[] f = last.split("\\s+");
        if (f.length == 3) {
          rss = Long.parseLong(f[0]) / 1024.0;
          cpu = Double.parseDouble(f[1]) + Double.parseDouble(f[2]);
        }
      }
      double others = -1;
      if (ticks0 != null && ticks1 != null && ticks1[1] > ticks0[1] && cpu >= 0) {
        double busy = (double) (ticks1[0] - ticks0[0]) / (ticks1[1] - ticks0[1]);
        others = Math.max(0, busy - cpu / (wall * CORES));
      }
      System.err.printf(Locale.ROOT, "%7.2f s%s%s%n", wall, others < 0 ? "" : f("  (others %.0f %%)", 100 * others),
          exit == 0 ? "" : "  (exit " + exit + ", see " + logs.resolve(safe + ".err") + ")");
      return new Step(key, label, wall, cpu, rss, others, waited, exit, documents);
    }

    Check check(Path json, Panel panel) {
      try {
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        JsonNode lead = root.path("panel").path("lead");
        VendorDoc mirror = panel.mirror();
        String mirrorFile = mirror == null ? null : mirror.doc().fileName();
        String mirrorName = null;
        int mirrorRank = -1;
        for (JsonNode v : root.path("vendors")) {
          for (JsonNode d : v.path("documents")) {
            if (mirrorFile != null && d.path("path").asText().endsWith(mirrorFile)) {
              mirrorName = v.path("name").asText();
              mirrorRank = v.path("rank").asInt();
            }
          }
        }
        return new Check(
            root.path("verdict").asText(),
            lead.path("vendor").asText(null),
            lead.path("coverage").asDouble(Double.NaN),
            lead.path("panel_median").asDouble(Double.NaN),
            lead.path("value").asDouble(Double.NaN),
            lead.path("ci_low").asDouble(Double.NaN),
            lead.path("ci_high").asDouble(Double.NaN),
            lead.path("p_value").asDouble(Double.NaN),
            lead.path("exclusive").asInt(-1),
            lead.path("expected_exclusive").asDouble(Double.NaN),
            lead.path("exclusive_p_value").asDouble(Double.NaN),
            root.path("lean").path("clear").asBoolean(false),
            root.path("requirements").size(),
            root.path("vendors").size(),
            mirrorFile,
            mirrorName,
            mirrorRank);
      } catch (IOException e) {
        return null;
      }
    }

    String render(Result r, Panel panel, Written w, double genSeconds) {
      StringBuilder s = new StringBuilder();
      s.append("specmirror panel benchmark (score: one standard against a panel of vendors)\n");
      s.append(f("machine  : %d cores, %s, Java %s%n", r.cores(), r.cpu(), r.java()));
      s.append(f("standard : %s, %d pages, %d normative statements planted (%s)%n", r.standardFile(), r.standardPages(),
          r.standardRequirementsPlanted(), panel.standard().format().extension));
      s.append(f("vendors  : %d datasheets, %.1f pages on average, formats %s; + 1 new vendor (%s) for the warm run%n",
          r.vendors(), r.vendorPagesMean(), r.vendorFormats(), w.extra().getFileName()));
      VendorDoc m = panel.mirror();
      s.append(f("           mirror vendor: %s (%.0f %% of its %d feature statements restate requirements); the others %.0f-%.0f %%%n",
          m.doc().fileName(), 100 * m.fromStandard() / (double) m.features(), m.features(),
          100 * panel.vendors().stream().filter(v -> !v.mirror()).mapToDouble(v -> v.fromStandard() / (double) v.features()).min().orElse(0),
          100 * panel.vendors().stream().filter(v -> !v.mirror()).mapToDouble(v -> v.fromStandard() / (double) v.features()).max().orElse(0)));
      s.append(f("files    : %d (standard + vendors), %.2f MB, seed %d, generated in %.1f s, in %s%n",
          r.vendors() + 1, r.bytes() / 1e6, r.seed(), genSeconds, dir));
      s.append(f("method   : each step a fresh JVM: %s %s-cp %s MAIN ...; wall time from process start to exit;%n",
          "java", o.javaOpts().isEmpty() ? "" : String.join(" ", o.javaOpts()) + " ", jar.getFileName()));
      s.append(f("           %d threads for plain Tika and for score (--threads %d); peak RSS from %s;%n", r.threads(), r.threads(), r.rssSource()));
      s.append(f("           %s; others = CPU used by other processes during the step, share of all cores%n%n",
          o.waitIdle() > 0 ? "each step started after the machine had been idle for " + o.waitIdle() + " s (waiting 180 s at most)"
              : "no wait for an idle machine"));
      for (Round rd : r.rounds()) {
        if (r.rounds().size() > 1) {
          s.append("round ").append(rd.round()).append('\n');
        }
        table(s, rd.steps(), r.cores());
      }
      if (r.rounds().size() > 1) {
        s.append("median of ").append(r.rounds().size()).append(" rounds\n");
        table(s, new ArrayList<>(r.median().values()), r.cores());
      }
      Map<String, Step> md = r.median();
      s.append(f("(b)/(a)   score cold / plain Tika                 = %5.2f   target <= %.1f : %s%n", r.coldRatio(), COLD_TARGET,
          r.coldTargetMet() ? "MET" : "NOT MET"));
      s.append(f("(b')/(a)  same with --no-semantic                 = %5.2f%n", r.coldRatioNoSemantic()));
      s.append(f("(c)/(b)   warm + 1 new vendor / cold               = %4.0f %%   target < %.0f %% : %s%n", 100 * r.warmRatio(),
          100 * WARM_TARGET, r.warmTargetMet() ? "MET" : "NOT MET"));
      s.append(f("(c')/(b') same with --no-semantic                  = %4.0f %%%n", 100 * r.warmRatioNoSemantic()));
      if (md.containsKey("p1")) {
        double p0 = md.get("p0").wallSeconds();
        double p1 = md.get("p1").wallSeconds();
        double p2 = md.get("p2").wallSeconds();
        double p3 = md.get("p3").wallSeconds();
        double p4 = md.get("p4").wallSeconds();
        double p5 = md.get("p5").wallSeconds();
        double p6 = md.get("p6").wallSeconds();
        double b = md.get("b").wallSeconds();
        double bl = md.get("b'").wallSeconds();
        s.append("\nwhere the time goes (differences of wall times above, so each carries the noise of two runs):\n");
        s.append(f("  JVM + CLI start-up                                   p0        %6.2f s%n", p0));
        s.append(f("  extraction of the %d files (JSON written)            p1 - p0   %6.2f s%n", r.vendors() + 1, p1 - p0));
        s.append(f("  lexical matching, HTML report, cache writes          p2 - p1   %6.2f s%n", p2 - p1));
        s.append(f("  semantic signal: model load + embeddings             p3 - p2   %6.2f s%n", p3 - p2));
        s.append(f("  panel statistics, 2000 instead of 100 resamples      b' - p2   %6.2f s (cold, lexical)%n", bl - p2));
        s.append(f("                                                       p5 - p6   %6.2f s (warm, semantic)%n", p5 - p6));
        s.append(f("  writing the cache                                    b - p4    %6.2f s%n", b - p4));
        s.append(f("  everything cached: matching + report + 100 resamples p6 - p0   %6.2f s%n", p6 - p0));
      }
      Check c = r.check();
      if (c != null) {
        s.append(f("%npanel check (warm JSON run over the %d vendors, %d requirements): %s%n", c.vendorsScored(), c.requirements(), c.verdict()));
        s.append(f("  top vendor %s: coverage %.3f vs panel median %.3f, lead %.3f (95 %% CI %.3f to %.3f, p = %.4f), %d exclusive vs %.1f expected (p = %.4f)%n",
            c.leadVendor(), c.leadCoverage(), c.panelMedian(), c.lead(), c.ciLow(), c.ciHigh(), c.pValue(), c.exclusive(),
            c.expectedExclusive(), c.exclusivePValue()));
        s.append(f("  the generated mirror vendor (%s) is \"%s\", ranked %d%n", c.mirrorVendorFile(), c.mirrorVendorName(), c.mirrorRank()));
      }
      for (Round rd : r.rounds()) {
        for (Step st : rd.steps()) {
          if (st.exit() != 0) {
            s.append(f("%nWARNING: round %d step %s exited with %d (logs in %s; the folder is deleted unless --keep)%n", rd.round(), st.key(),
                st.exit(), logs));
          }
        }
      }
      return s.toString();
    }

    void table(StringBuilder s, List<Step> steps, int cores) {
      s.append(f("| %-4s | %-62s | %8s | %6s | %7s | %8s | %7s | %8s | %6s |%n", "step", "what", "wall (s)", "docs", "docs/s", "CPU (s)",
          "CPU use", "peak RSS", "others"));
      s.append("|------|----------------------------------------------------------------|---------:|-------:|--------:|---------:|--------:|---------:|-------:|\n");
      for (Step st : steps) {
        s.append(f("| %-4s | %-62s | %8.2f | %6s | %7s | %8s | %7s | %8s | %6s |%n",
            st.key(), st.label(), st.wallSeconds(),
            st.documents() == 0 ? "-" : String.valueOf(st.documents()),
            st.documents() == 0 ? "-" : f("%.1f", st.docsPerSecond()),
            st.cpuSeconds() < 0 ? "n/a" : f("%.1f", st.cpuSeconds()),
            st.cpuSeconds() < 0 ? "n/a" : f("%.0f %%", 100 * st.cpuSeconds() / (st.wallSeconds() * cores)),
            st.peakRssMb() < 0 ? "n/a" : f("%.0f MB", st.peakRssMb()),
            st.othersShare() < 0 ? "n/a" : f("%.0f %%", 100 * st.othersShare())));
      }
      s.append('\n');
    }
  }

  /**
   * Waits until the machine has been nearly idle (under 10 % busy) for {@code seconds} in a row, at
   * most {@code limit} seconds; returns the time waited.
   */
  static double waitIdle(int seconds, int limit) throws InterruptedException {
    long t0 = System.nanoTime();
    int quiet = 0;
    long[] prev = Machine.ticks();
    if (prev == null) {
      return 0;
    }
    while (quiet < seconds && (System.nanoTime() - t0) / 1e9 < limit) {
      Thread.sleep(1000);
      long[] now = Machine.ticks();
      if (now == null || now[1] <= prev[1]) {
        return (System.nanoTime() - t0) / 1e9;
      }
      quiet = (double) (now[0] - prev[0]) / (now[1] - prev[1]) < 0.10 ? quiet + 1 : 0;
      prev = now;
    }
    return (System.nanoTime() - t0) / 1e9;
  }

  /** VmHWM of a live process in kB, or -1. */
  static long vmHwmKb(long pid) {
    try (Stream<String> lines = Files.lines(Path.of("/proc", String.valueOf(pid), "status"))) {
      return lines.filter(l -> l.startsWith("VmHWM:")).map(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).findFirst().orElse(-1L);
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /** The jar this class was loaded from, or null when it came from a folder (tests, IDE). */
  static Path ownJar() {
    try {
      var src = PanelBenchmark.class.getProtectionDomain().getCodeSource();
      if (src == null) {
        return null;
      }
      Path p = Path.of(src.getLocation().toURI());
      return Files.isRegularFile(p) && p.toString().endsWith(".jar") ? p : null;
    } catch (Exception e) {
      return null;
    }
  }

  private static String f(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }

    // ================================================================== arguments

  static Options parse(String[] args) {
    int vendors = 50;
    int standardPages = 100;
    int vendorPages = 5;
    Format standardFormat = Format.PDF;
    int threads = 2;
    long seed = 42;
    int repeat = 1;
    boolean phases = false;
    int waitIdle = 5;
    List<String> javaOpts = List.of();
    Path keep = null;
    Path json = null;
    Path jar = null;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--vendors" -> vendors = Integer.parseInt(value(args, ++i, a));
        case "--standard-pages" -> standardPages = Integer.parseInt(value(args, ++i, a));
        case "--vendor-pages" -> vendorPages = Integer.parseInt(value(args, ++i, a));
        case "--standard-format" -> standardFormat = format(value(args, ++i, a));
        case "--threads" -> threads = Integer.parseInt(value(args, ++i, a));
        case "--seed" -> seed = Long.parseLong(value(args, ++i, a));
        case "--repeat" -> repeat = Integer.parseInt(value(args, ++i, a));
        case "--phases" -> phases = true;
        case "--wait-idle" -> waitIdle = Integer.parseInt(value(args, ++i, a));
        case "--java-opts" -> {
          String v = value(args, ++i, a).trim();
          javaOpts = v.isEmpty() ? List.of() : List.of(v.split("\\s+"));
        }
        case "--keep" -> keep = Path.of(value(args, ++i, a));
        case "--json" -> json = Path.of(value(args, ++i, a));
        case "--jar" -> jar = Path.of(value(args, ++i, a));
        case "-h", "--help" -> {
          System.out.println(
              "usage: PanelBenchmark [--vendors N (50)] [--standard-pages P (100)] [--vendor-pages P (5)] [--standard-format pdf|docx|html|md|txt (pdf)]\n"
                  + "                      [--threads T (2)] [--seed S (42)] [--repeat R (1)] [--phases] [--java-opts \"JVM flags for every child\"]\n"
                  + "                      [--wait-idle S (5: before each step wait, at most 180 s, until the machine was idle for S s; 0 = no wait)]\n"
                  + "                      [--keep DIR (keep files, reports and logs there; default a temp folder, deleted)] [--json FILE] [--jar FILE]");
          System.exit(0);
        }
        default -> throw new IllegalArgumentException("unknown option " + a + " (try --help)");
      }
    }
    if (vendors < 1 || standardPages < 1 || vendorPages < 1 || threads < 1 || repeat < 1) {
      throw new IllegalArgumentException("--vendors, --standard-pages, --vendor-pages, --threads and --repeat must be at least 1");
    }
    if (waitIdle < 0) {
      throw new IllegalArgumentException("--wait-idle must be 0 or more");
    }
    return new Options(vendors, standardPages, vendorPages, standardFormat, threads, seed, repeat, phases, waitIdle, javaOpts, keep, json, jar);
  }

  static Format format(String s) {
    for (Format f : Format.values()) {
      if (f.extension.equalsIgnoreCase(s) || f.name().equalsIgnoreCase(s)) {
        return f;
      }
    }
    throw new IllegalArgumentException("--standard-format: one of pdf, docx, html, md, txt");
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }

  static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  // ================================================================== word lists (original wording, fictional)

  private static final String[][] SUBJECTS = {
    {"water meter", "head-end system"},
    {"street-light controller", "central management system"},
    {"heat-pump gateway", "energy aggregator"},
    {"cold-chain logger", "fleet console"},
    {"air-quality node", "city data hub"},
  };

  static final String[] TOPICS = {
    "Measurement", "Reporting", "Alarms", "Communication", "Security", "Power supply", "Data storage", "Time keeping",
    "Maintenance", "Firmware", "Environmental", "Installation",
  };

  private static final String[] ASPECTS = {
    "General", "Basic behaviour", "Configuration", "Start-up", "Fault handling", "Local interface", "Radio link", "Records",
    "Accuracy", "Enclosure", "Updates", "Supervision", "Performance", "Interoperability",
  };

  /** topic, requirement verb phrase, datasheet sentence; slots in braces are shared by the two. */
  static final String[][] TEMPLATES = {
    {"Measurement", "measure the {qty} with an accuracy of {pct} % or better", "Measures the {qty} with \u00b1{pct} % accuracy."},
    {"Measurement", "sample the {qty} at least once every {short}", "Samples the {qty} every {short}."},
    {"Measurement", "flag every {qty} reading that lies outside its calibrated range", "Flags {qty} readings outside the calibrated range."},
    {"Reporting", "report the {qty} to the {system} at least once every {interval}", "Reports the {qty} to the {system} every {interval}."},
    {"Reporting", "include the {qty} in every {msg1}", "Includes the {qty} in each {msg1}."},
    {"Reporting", "send a daily summary of the {qty} to the {system}", "Sends a daily {qty} summary to the {system}."},
    {"Alarms", "send a {event} alarm to the {system} no later than {time} after detecting it", "Sends a {event} alarm to the {system} within {time}."},
    {"Alarms", "record each {event} event with a UTC timestamp and the {qty} at that moment", "Records every {event} event with a UTC timestamp and the {qty}."},
    {"Alarms", "clear a {event} alarm only after the condition has been absent for {short}", "Clears a {event} alarm once the condition has been gone for {short}."},
    {"Communication", "communicate with the {system} over {radio}", "Connects to the {system} over {radio}."},
    {"Communication", "buffer up to {n} {msgs} while the link to the {system} is down", "Buffers up to {n} {msgs} while the link to the {system} is down."},
    {"Communication", "retry a failed transmission of {msgs} at most {n} times before raising an alarm", "Retries failed {msgs} up to {n} times, then raises an alarm."},
    {"Communication", "deliver buffered {msgs} in their original order once the link is restored", "Delivers buffered {msgs} in order once the link is back."},
    {"Security", "encrypt all {msgs} with {crypto}", "Encrypts all {msgs} with {crypto}."},
    {"Security", "accept a {artifact} only when it carries a valid signature", "Accepts a {artifact} only with a valid signature."},
    {"Security", "authenticate the {system} before it executes any {cmd}", "Authenticates the {system} before every {cmd}."},
    {"Security", "lock its {purpose} interface after {n} failed log-in attempts", "Locks the {purpose} interface after {n} failed log-ins."},
    {"Security", "log each {change} with a UTC timestamp", "Logs every {change} with a UTC timestamp."},
    {"Power supply", "keep its consumption below {watts} W while {state}", "Draws less than {watts} W while {state}."},
    {"Power supply", "operate for at least {years} years on its {cell}", "Runs for up to {years} years on its {cell}."},
    {"Power supply", "warn the {system} when its {cell} falls below {pct2} % of its capacity", "Warns the {system} when the {cell} drops below {pct2} % of capacity."},
    {"Data storage", "store at least {days} days of {records} in non-volatile memory", "Stores {days} days of {records} in on-board flash memory."},
    {"Data storage", "keep its {records} through a power interruption of any length", "Keeps its {records} through power interruptions of any length."},
    {"Data storage", "let the {system} read back the {records} of the last {days} days", "Lets the {system} read back {days} days of {records}."},
    {"Time keeping", "keep its clock within {ms} ms of the time served by the {system}", "Keeps its clock within {ms} ms of the {system}."},
    {"Time keeping", "synchronise its clock with the {system} at least once every {interval}", "Synchronises its clock with the {system} every {interval}."},
    {"Maintenance", "offer a local {purpose} interface over {iface}", "Offers a local {purpose} interface over {iface}."},
    {"Maintenance", "show its {status} on a front-panel {indicator}", "Shows its {status} on a front-panel {indicator}."},
    {"Maintenance", "run a self-test of its {part} at least once every {interval}", "Self-tests its {part} every {interval}."},
    {"Firmware", "install a new firmware image over {radio} without losing its {records}", "Updates its firmware over {radio} without losing {records}."},
    {"Firmware", "return to the previous firmware image when {cond}", "Rolls back to the previous firmware image when {cond}."},
    {"Environmental", "operate at ambient temperatures from {temprange}", "Operates at ambient temperatures from {temprange}."},
    {"Environmental", "keep working at a relative humidity of up to {hum} %", "Works at up to {hum} % relative humidity."},
    {"Environmental", "withstand {stress} without loss of function", "Withstands {stress} without loss of function."},
    {"Installation", "be mountable on {mount} without special tools", "Mounts on {mount} without special tools."},
    {"Installation", "report its {ident} to the {system} during commissioning", "Reports its {ident} to the {system} during commissioning."},
    {"Measurement", "detect a reverse flow of more than {litres} litres within one {period}", "Detects reverse flow above {litres} litres per {period}."},
    {"Measurement", "compensate the {qty} for temperature between {temprange}", "Compensates the {qty} for temperature between {temprange}."},
    {"Reporting", "let the {system} change the reporting interval of the {qty} remotely", "Lets the {system} change the {qty} reporting interval remotely."},
    {"Reporting", "number its {msgs} with a sequence counter that survives a restart", "Numbers its {msgs} with a sequence counter kept across restarts."},
    {"Alarms", "repeat an unacknowledged {event} alarm every {interval} until the {system} confirms it", "Repeats an unacknowledged {event} alarm every {interval}."},
    {"Alarms", "let the {system} set the threshold of the {event} alarm remotely", "Lets the {system} set the {event} alarm threshold remotely."},
    {"Communication", "fall back from {radio} to {radio2} when the primary network has been unavailable for {short}", "Falls back from {radio} to {radio2} after {short} without the primary network."},
    {"Communication", "limit its radio duty cycle to {pct} % in each hour", "Limits its radio duty cycle to {pct} % per hour."},
    {"Security", "store its private keys in a {vault}", "Keeps its private keys in a {vault}."},
    {"Security", "reject any {cmd} that arrives more than {short} after it was issued", "Rejects a {cmd} that arrives more than {short} after it was issued."},
    {"Power supply", "ride through a supply dip of {ms} ms without restarting", "Rides through {ms} ms supply dips without restarting."},
    {"Power supply", "report its remaining {cell} capacity to the {system} with every {msg1}", "Reports the remaining {cell} capacity with every {msg1}."},
    {"Data storage", "export its {records} as {fileformat} files", "Exports its {records} as {fileformat} files."},
    {"Data storage", "erase all {records} on a factory reset confirmed by the {system}", "Erases all {records} on a confirmed factory reset."},
    {"Time keeping", "keep its clock running for {days} days without a link to the {system}", "Keeps time for {days} days without a link to the {system}."},
    {"Time keeping", "switch between daylight-saving and standard time without losing {records}", "Switches between daylight-saving and standard time without losing {records}."},
    {"Maintenance", "allow the {part} to be replaced without opening the sealed compartment", "The {part} can be replaced without opening the sealed compartment."},
    {"Maintenance", "report its {part} health to the {system} at least once every {interval}", "Reports {part} health to the {system} every {interval}."},
    {"Firmware", "keep two complete firmware images in separate memory banks", "Keeps two complete firmware images in separate memory banks."},
    {"Firmware", "report the result of every firmware update to the {system} within {time}", "Reports the result of each firmware update to the {system} within {time}."},
    {"Firmware", "accept firmware updates only from the {system} over {crypto}", "Accepts firmware updates only from the {system} over {crypto}."},
    {"Environmental", "meet ingress protection {ip} or better", "Meets ingress protection {ip}."},
    {"Environmental", "keep its {qty} reading within specification during {stress}", "Keeps the {qty} reading within specification during {stress}."},
    {"Installation", "reach full operation within {short} of being powered for the first time", "Reaches full operation within {short} of its first power-up."},
    {"Installation", "carry a label with its {ident} that can be read without tools", "Carries a label with its {ident}, readable without tools."},
  };

  /**
   * topic, requirement verb phrase, datasheet sentence of the requirements written around one product
   * (the mirrored vendor's): its trade names ({brand}) and unusual values, found in no other datasheet.
   */
  static final String[][] TAILORED = {
    {"Measurement", "apply the {brand} leak signature to the {qty} over a window of {oddn} samples", "{brand} leak signature on the {qty} over a {oddn}-sample window."},
    {"Reporting", "send a {brand} heartbeat every {odds} s that carries the {qty}", "{brand} heartbeat every {odds} s carries the {qty}."},
    {"Alarms", "map every {event} event to one of {oddn} {brand} fault classes", "{brand} maps every {event} event to one of {oddn} fault classes."},
    {"Communication", "wrap its {msgs} in a {brand} envelope encoded in {enc}", "{brand} envelope in {enc} wraps all {msgs}."},
    {"Security", "renew its session keys through the {brand} key exchange every {oddh} h", "{brand} key exchange renews session keys every {oddh} h."},
    {"Power supply", "enter {brand} deep sleep within {odds} s of the last {msg1}", "{brand} deep sleep starts within {odds} s of the last {msg1}."},
    {"Data storage", "keep {oddn} days of {records} in a {brand} ring buffer", "{brand} ring buffer keeps {oddn} days of {records}."},
    {"Time keeping", "correct its clock in steps of at most {oddms} ms with {brand} time smoothing", "{brand} time smoothing corrects the clock in steps of at most {oddms} ms."},
    {"Maintenance", "show a {brand} status code of {oddn} characters on its {indicator}", "{brand} status code of {oddn} characters on the {indicator}."},
    {"Firmware", "stage each firmware image through the {brand} two-phase update with a trial period of {oddmin} min", "{brand} two-phase update stages each firmware image with a {oddmin} min trial period."},
    {"Environmental", "raise a {brand} condensation warning above {oddpct} % relative humidity", "{brand} condensation warning above {oddpct} % relative humidity."},
    {"Installation", "pair with the {system} through the {brand} code printed on its {place}", "Pairs with the {system} through the {brand} code printed on the {place}."},
  };

  /**
   * topic, datasheet sentence: features that no requirement of the standard asks for (the vendors'
   * own selling points); {vctx} is an optional qualifier.
   */
  static final String[][] VENDOR_ONLY = {
    {"Maintenance", "Companion app for {os} guides installers step by step{vctx}."},
    {"Communication", "Open REST API with {apiformat} payloads for third-party dashboards{vctx}."},
    {"Installation", "Ships with a {accessory} in the box{vctx}."},
    {"Maintenance", "Backed by a {warranty}-year warranty and {support} support{vctx}."},
    {"Environmental", "Housing in {colour}, UV-stabilised{vctx}."},
    {"Power supply", "Solar panel input up to {solarw} W with a built-in charge controller{vctx}."},
    {"Measurement", "Optional {sensor} sensor module fits the expansion slot{vctx}."},
    {"Reporting", "Cloud portal with {widgets} customisable widget types{vctx}."},
    {"Data storage", "Cloud archive keeps data for {archive}{vctx}."},
    {"Security", "Penetration-tested every {pentest} by an independent laboratory{vctx}."},
    {"Firmware", "Release notes for every firmware version on the customer portal, in {languages} languages{vctx}."},
    {"Alarms", "Alarm notifications to on-call staff by {channel}{vctx}."},
    {"Installation", "{mountkit} mounting kit for quick retrofits{vctx}."},
    {"Time keeping", "Built-in {gnss} receiver for location and time stamping{vctx}."},
    {"Communication", "Mesh networking extends range across up to {hops} hops{vctx}."},
    {"Maintenance", "Remote training sessions for {trainees} operator staff included{vctx}."},
    {"Security", "Certified to the fictional {scheme} scheme{vctx}."},
    {"Reporting", "Monthly usage reports delivered as {fileformat}{vctx}."},
  };

  private static final Map<String, String[]> SLOTS = Map.ofEntries(
      Map.entry("ctx", new String[] {"", "", "", "", " in every operating mode", " while running on battery power",
          " during a firmware update", " after a restart", " at the lowest rated temperature", " during commissioning",
          " under full load", " in the field"}),
      Map.entry("brand", new String[] {"AquaTrace", "PulseWarden", "FlowLattice", "QuietLink", "DeltaSentry"}),
      Map.entry("oddn", new String[] {"7", "11", "13", "19", "23"}),
      Map.entry("odds", new String[] {"327", "143", "87", "211"}),
      Map.entry("oddh", new String[] {"37", "53", "71"}),
      Map.entry("oddms", new String[] {"3", "7", "13"}),
      Map.entry("oddmin", new String[] {"17", "41", "73"}),
      Map.entry("oddpct", new String[] {"87", "91", "93"}),
      Map.entry("enc", new String[] {"CBOR", "MessagePack", "TLV"}),
      Map.entry("place", new String[] {"lid", "base plate", "battery cover", "packaging"}),
      Map.entry("vctx", new String[] {"", "", " as standard", " on every model", " at no extra cost", " since the latest release",
          " in all regions"}),
      Map.entry("os", new String[] {"Android", "iOS", "Android and iOS", "tablets"}),
      Map.entry("apiformat", new String[] {"JSON", "XML", "CSV", "protocol-buffer"}),
      Map.entry("accessory", new String[] {"mounting template", "spare gasket", "quick-start card", "sealing kit", "cable gland set"}),
      Map.entry("warranty", new String[] {"two", "three", "five", "seven"}),
      Map.entry("support", new String[] {"24/7 telephone", "next-business-day", "on-site", "remote"}),
      Map.entry("colour", new String[] {"light grey", "anthracite", "signal white", "moss green"}),
      Map.entry("solarw", new String[] {"5", "10", "20"}),
      Map.entry("sensor", new String[] {"noise", "particulate", "CO2", "light-level", "vibration", "occupancy"}),
      Map.entry("widgets", new String[] {"12", "20", "40"}),
      Map.entry("archive", new String[] {"two years", "five years", "ten years"}),
      Map.entry("pentest", new String[] {"year", "six months", "quarter"}),
      Map.entry("languages", new String[] {"three", "six", "twelve"}),
      Map.entry("channel", new String[] {"SMS", "e-mail", "push message", "voice call"}),
      Map.entry("mountkit", new String[] {"Clamp-on", "Magnetic", "Adhesive", "Strap"}),
      Map.entry("gnss", new String[] {"GPS", "Galileo", "multi-constellation GNSS"}),
      Map.entry("hops", new String[] {"4", "8", "16"}),
      Map.entry("trainees", new String[] {"five", "ten", "twenty"}),
      Map.entry("scheme", new String[] {"SecureField Gold", "TrustMark 2", "DeviceSafe Plus"}),
      Map.entry("litres", new String[] {"0.5", "1", "5", "10"}),
      Map.entry("period", new String[] {"minute", "hour", "day"}),
      Map.entry("radio2", new String[] {"LTE-M", "2G", "LoRaWAN", "a satellite link"}),
      Map.entry("vault", new String[] {"secure element", "trusted platform module", "protected flash region"}),
      Map.entry("fileformat", new String[] {"CSV", "JSON", "CBOR", "XML"}),
      Map.entry("ip", new String[] {"IP65", "IP66", "IP67", "IP68"}),
      Map.entry("qty", new String[] {"battery voltage", "internal temperature", "ambient temperature", "received signal strength",
          "supply voltage", "supply current", "active power", "cumulative energy", "enclosure humidity", "primary reading",
          "reading quality flag", "uptime counter", "reset counter", "tamper state", "relay state", "link quality"}),
      Map.entry("pct", new String[] {"0.5", "1", "2", "5"}),
      Map.entry("pct2", new String[] {"10", "15", "20", "25"}),
      Map.entry("short", new String[] {"1 s", "10 s", "30 s", "1 min", "5 min"}),
      Map.entry("interval", new String[] {"5 min", "15 min", "1 h", "6 h", "24 h"}),
      Map.entry("time", new String[] {"500 ms", "2 s", "5 s", "10 s", "30 s"}),
      Map.entry("msg1", new String[] {"telemetry message", "daily summary", "status report", "heartbeat message"}),
      Map.entry("msgs", new String[] {"telemetry messages", "alarm messages", "configuration messages", "event records", "log records"}),
      Map.entry("event", new String[] {"tamper", "low battery", "sensor failure", "loss of supply", "memory error", "clock drift",
          "over-temperature", "radio jamming", "door open", "firmware failure"}),
      Map.entry("radio", new String[] {"NB-IoT", "LTE-M", "LoRaWAN", "Wi-Fi 6", "Zigbee 3.0", "Wireless M-Bus"}),
      Map.entry("n", new String[] {"3", "5", "8", "16", "64", "256"}),
      Map.entry("crypto", new String[] {"TLS 1.3", "DTLS 1.2", "AES-128-CCM", "AES-256-GCM"}),
      Map.entry("artifact", new String[] {"firmware image", "configuration file", "certificate bundle", "schedule update", "tariff table"}),
      Map.entry("cmd", new String[] {"remote command", "configuration change", "firmware update", "relay operation", "factory reset"}),
      Map.entry("purpose", new String[] {"maintenance", "configuration", "diagnostic", "commissioning"}),
      Map.entry("change", new String[] {"configuration change", "log-in attempt", "firmware update", "clock adjustment", "key rotation"}),
      Map.entry("watts", new String[] {"0.2", "0.5", "1", "2"}),
      Map.entry("state", new String[] {"idle", "transmitting", "in sleep mode", "waiting for a command"}),
      Map.entry("years", new String[] {"5", "8", "10", "15"}),
      Map.entry("cell", new String[] {"primary lithium cell", "backup battery", "supercapacitor"}),
      Map.entry("days", new String[] {"7", "30", "90", "365"}),
      Map.entry("records", new String[] {"measurement records", "event logs", "alarm history", "configuration history", "interval readings"}),
      Map.entry("ms", new String[] {"10", "50", "100", "500"}),
      Map.entry("iface", new String[] {"NFC", "BLE", "USB-C", "an optical port", "RS-485"}),
      Map.entry("status", new String[] {"link status", "battery status", "alarm status", "operating mode"}),
      Map.entry("indicator", new String[] {"LED", "display"}),
      Map.entry("part", new String[] {"sensor", "radio", "memory", "relay", "clock"}),
      Map.entry("cond", new String[] {"the new image fails its self-test", "the new image cannot reach the system within 10 min",
          "the watchdog fires three times in a row"}),
      Map.entry("temprange", new String[] {"\u221240 \u00b0C to +60 \u00b0C", "\u221225 \u00b0C to +55 \u00b0C", "\u221230 \u00b0C to +70 \u00b0C"}),
      Map.entry("hum", new String[] {"90", "95", "100"}),
      Map.entry("stress", new String[] {"a 6 kV surge", "a 10 kV surge", "an IK10 impact", "vibration of 2 g", "a 1 m drop"}),
      Map.entry("mount", new String[] {"a DIN rail", "a wall", "a pole", "a pipe"}),
      Map.entry("ident", new String[] {"serial number", "firmware version", "hardware revision", "radio address"}));

  private static final String[] EVENTS = {
    "power-up", "power-down", "tamper", "configuration change", "firmware update", "clock adjustment", "low battery", "sensor failure",
  };

  private static final String[][] DEFINITIONS = {
    {"{device}", "The field unit that measures, stores and reports data to the {system}."},
    {"head unit", "The part of the {device} that holds the processor, the memory and the radio."},
    {"{system}", "The software platform that supervises a population of {device}s and sends them commands."},
    {"alarm", "A message that the {device} sends without being asked when it detects a condition listed in this specification."},
    {"record", "One stored measurement or event with its timestamp."},
    {"commissioning", "The steps by which a newly installed {device} is registered with the {system}."},
    {"firmware image", "The complete program of the {device} as delivered by its manufacturer."},
    {"local interface", "A connection to the {device} that needs physical presence at the installation."},
    {"link", "The communication path between the {device} and the {system}."},
    {"self-test", "A check the {device} runs on its own parts without outside equipment."},
  };

  private static final String[] PROSE = {
    "A typical deployment connects several thousand {device}s to one {system}.",
    "Operators usually review the data held by the {system} once a day.",
    "Field staff visit a {device} only when an alarm is raised or a battery is due.",
    "The {device} is expected to keep working on its own when the {system} cannot be reached.",
    "Experience from earlier roll-outs shows that most failures are found during commissioning.",
    "This clause groups the requirements that a procurement team is most likely to test on samples.",
    "The figures below reflect what a careful buyer would accept, not what the best product on the market offers.",
    "Where a requirement names a value, a {device} that does better also conforms.",
    "A {system} operator can apply stricter limits in its own procurement documents.",
    "Older {device}s in the field will not meet every clause until their next firmware update.",
    "Radio conditions in basements and shafts are often poor, which is why buffering is addressed here.",
    "Security requirements follow the principle that no single secret is shared by two {device}s.",
    "Measurements that cannot be trusted are flagged rather than dropped, so that gaps stay visible.",
    "Nothing in this specification prescribes how a manufacturer builds the {device}.",
  };

  private static final String[] MARKETING = {
    "Installers finish a typical site in under ten minutes.",
    "Our support team has helped operators on four continents bring their networks on line.",
    "Every unit is tested at the factory before it leaves the line.",
    "The design draws on many years of field experience with demanding utilities.",
    "Customers tell us that the first thing they notice is how little attention the units need.",
    "The same hardware serves small pilots and networks of a hundred thousand units.",
    "A clear roadmap of free firmware releases keeps installed units current.",
    "Spare parts and repairs are available for at least ten years after the last sale.",
    "Integration with an existing {system} usually takes days rather than weeks.",
    "The enclosure is made from recycled polycarbonate and ships in plastic-free packaging.",
    "Each {device} arrives pre-configured, so commissioning needs no laptop.",
    "Detailed installation videos and a knowledge base are free for every customer.",
  };

  private static final String[] DEPLOYMENTS = {
    "Dense urban district", "Rural network with long links", "Industrial site", "Retrofit of an existing installation",
    "Pilot project with mixed suppliers", "Seasonal operation", "Network with battery-powered units only",
  };

  private static final String[] COMPANIES = {
    "Veltrane", "Corlisse", "Amberlyn Devices", "Ridgemoor", "Nolvik", "Pardell Works", "Sorvanto", "Quentara",
    "Halbrook Instruments", "Ilvermere", "Tessaline", "Brisvane", "Orrowind", "Caldermoss", "Fenwray Systems", "Marlowick",
    "Ostrava Fields", "Kelvane", "Drummond Arc", "Yselmark", "Thornbury Labs", "Wexcombe", "Lunegard", "Harrowfield",
    "Evencroft", "Pellinor", "Saltmere", "Vantrell", "Greyholm", "Quillan Controls",
  };

  private static final String[] PITCH = {
    "The {model} is a compact {device} built for long service with little maintenance.",
    "Meet the {model}: a rugged {device} that connects to any {system} in minutes.",
    "The {model} brings dependable sensing and control to every {device} installation.",
    "Designed with network operators, the {model} is the {device} that keeps the {system} informed.",
  };

  private static final String[] ORDERING = {
    "Base unit with {radio} radio", "Base unit with {radio} radio and backup battery", "Unit with external antenna socket",
    "Unit with extended memory", "Starter kit with ten units and a gateway",
  };

  private static final String[] ADDONS = {
    "GNSS positioning module", "external antenna kit", "DIN-rail mounting bracket", "backup supercapacitor", "second radio module",
    "extended five-year warranty", "pole-mount adapter", "tamper-evident seal set",
  };

  private static final String[][] PARAMETERS = {
    {"Operating temperature", "\u221240 \u00b0C to +60 \u00b0C", "\u221225 \u00b0C to +55 \u00b0C", "\u221230 \u00b0C to +70 \u00b0C"},
    {"Storage temperature", "\u221240 \u00b0C to +85 \u00b0C", "\u221220 \u00b0C to +70 \u00b0C"},
    {"Relative humidity", "5 % to 95 %, non-condensing", "10 % to 90 %"},
    {"Supply voltage", "100 V to 240 V AC, 50/60 Hz", "12 V to 24 V DC", "3.6 V lithium cell"},
    {"Ingress protection", "IP67", "IP66", "IP65", "IP68"},
    {"Impact protection", "IK08", "IK10"},
    {"Surge immunity", "6 kV / 3 kA", "10 kV / 10 kA", "4 kV"},
    {"Reporting interval", "1 min to 24 h", "15 min", "5 min to 1 h"},
    {"Battery life", "at least 10 years", "up to 8 years", "up to 15 years"},
    {"Idle power", "\u2264 0.5 W", "\u2264 1 W", "\u2264 0.2 W"},
    {"Clock accuracy", "\u00b120 ppm", "\u00b15 ppm"},
    {"Radio output power", "\u2264 14 dBm", "\u2264 23 dBm"},
    {"Weight", "180 g", "320 g", "1.2 kg"},
    {"Dimensions", "80 mm x 60 mm x 35 mm", "120 mm x 90 mm x 40 mm"},
    {"Memory", "4 MB flash", "16 MB flash", "64 MB flash"},
    {"Message buffer", "256 messages", "1 024 messages", "4 096 messages"},
    {"Encryption", "AES-128-CCM", "AES-256-GCM", "TLS 1.3"},
    {"Local interface", "NFC", "BLE 5.0", "USB-C", "optical port"},
  };
}
