package org.specmirror.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.specmirror.TestPaths;
import org.specmirror.extract.ExtractOptions;
import org.specmirror.ingest.IngestOptions;
import org.specmirror.model.DocumentInfo;
import org.specmirror.model.DocumentKind;
import org.specmirror.model.ExtractedDocument;
import org.specmirror.model.Location;
import org.specmirror.model.Modality;
import org.specmirror.model.Notice;
import org.specmirror.model.Parameter;
import org.specmirror.model.Requirement;

class ExtractCacheTest {

  private static final IngestOptions INGEST = IngestOptions.defaults();
  private static final ExtractOptions RULES = ExtractOptions.defaults();
  private static final ExtractOptions JUDGED = new ExtractOptions(null, false, Judges.defaultJudge());
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Every fixture extracted once with the rules only and once with the judge, by path. */
  private static final Map<Path, ExtractedDocument> BY_RULES = new LinkedHashMap<>();
  private static final Map<Path, ExtractedDocument> BY_JUDGE = new LinkedHashMap<>();

  @TempDir Path dir;

  static List<Path> fixtures() throws IOException {
    List<Path> all = new ArrayList<>();
    for (String folder : List.of("street-light", "formats")) {
      try (Stream<Path> s = Files.walk(TestPaths.fixture(folder))) {
        s.filter(Files::isRegularFile).sorted().forEach(all::add);
      }
    }
    return all;
  }

  @BeforeAll
  static void extractFixtures() throws IOException {
    for (Path p : fixtures()) {
      BY_RULES.put(p, extract(p, RULES));
      BY_JUDGE.put(p, extract(p, JUDGED));
    }
  }

  private static ExtractedDocument extract(Path p, ExtractOptions o) {
    ExtractReport r = Specmirror.extract(List.of(Specmirror.Input.of(p)), INGEST, o, 1, null);
    assertThat(r.failures()).as(p.toString()).isEmpty();
    return r.documents().get(0);
  }

  private static String key(ExtractOptions o, Path p) {
    return ExtractCache.optionsKey(o, INGEST, p);
  }

  private static Path standardMd() {
    return TestPaths.fixture("street-light/standard.md");
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void everyFixtureComesBackEqualWithEitherOptions(Path p) throws Exception {
    ExtractCache cache = ExtractCache.in(dir);
    String sha = ExtractCache.sha256(p);
    for (ExtractOptions o : List.of(RULES, JUDGED)) {
      ExtractedDocument doc = (o == RULES ? BY_RULES : BY_JUDGE).get(p);
      assertThat(cache.get(sha, key(o, p))).isEmpty();
      cache.put(sha, key(o, p), doc);
      assertThat(cache.get(sha, key(o, p))).contains(doc);
      // as another run would see it
      assertThat(ExtractCache.in(dir).get(sha, key(o, p))).contains(doc);
    }
    assertThat(cache.get(sha, key(RULES, p))).contains(BY_RULES.get(p));

    Path entry = cache.entryPath(sha, key(RULES, p));
    assertThat(entry.getParent().getParent()).isEqualTo(dir.resolve("extract"));
    assertThat(entry.getParent().getFileName().toString()).isEqualTo(sha.substring(0, 2));
    assertThat(entry.getFileName().toString()).matches(sha + "-[0-9a-f]{16}\\.json");
    JsonNode json = JSON.readTree(entry.toFile());
    List<String> fields = new ArrayList<>();
    json.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).containsExactly("format", "version", "options", "sha256", "payload_sha256", "document");
    assertThat(json.get("format").intValue()).isEqualTo(1);
    assertThat(json.get("version").textValue()).isEqualTo(ToolVersion.fingerprint()).startsWith(ToolVersion.version());
    assertThat(json.get("options").textValue()).isEqualTo(key(RULES, p));
    assertThat(json.get("sha256").textValue()).isEqualTo(sha);
    assertThat(json.get("payload_sha256").textValue()).isEqualTo(sha256(JSON.writeValueAsBytes(json.get("document"))));
    try (Stream<Path> s = Files.list(entry.getParent())) {
      assertThat(s.map(f -> f.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void theFixturesAreNotTrivial() {
    // the round trip covers requirements, parameters, conventions, notices and both kinds
    List<ExtractedDocument> all = new ArrayList<>(BY_RULES.values());
    all.addAll(BY_JUDGE.values());
    assertThat(all).anySatisfy(d -> assertThat(d.requirements()).isNotEmpty());
    assertThat(all).anySatisfy(d -> assertThat(d.conventions()).isNotEmpty());
    assertThat(all).anySatisfy(d -> assertThat(d.conventions()).isEmpty());
    assertThat(all).anySatisfy(d -> assertThat(d.kind()).isEqualTo(DocumentKind.STANDARD));
    assertThat(all).anySatisfy(d -> assertThat(d.kind()).isEqualTo(DocumentKind.DATASHEET));
    assertThat(all).anySatisfy(d -> assertThat(d.info().pages()).isNotNull());
    assertThat(all).anySatisfy(d -> assertThat(d.info().pages()).isNull());
    assertThat(all.stream().flatMap(d -> d.requirements().stream()))
        .anySatisfy(r -> assertThat(r.parameters()).isNotEmpty())
        .anySatisfy(r -> assertThat(r.location().page()).isNotNull())
        .anySatisfy(r -> assertThat(r.location().line()).isNotNull());
  }

  @Test
  void edgeValuesRoundTripExactly() {
    String sha = "ab".repeat(32);
    Map<String, Modality> conventions = new TreeMap<>();
    for (Modality m : Modality.values()) {
      conventions.put("kw " + m.name().toLowerCase(), m);
    }
    List<Parameter> params =
        List.of(
            new Parameter(Parameter.Type.QUANTITY, "temperature", "−40 °C … +50 °C", -40.0, 50.0, "°C", null, 0, 15),
            new Parameter(Parameter.Type.QUANTITY, "power", "up to 1e-7 W", null, 1e-7, "W", null, 3, 9),
            new Parameter(Parameter.Type.QUANTITY, "odd", "x", Double.NaN, Double.NaN, null, null, 0, 1),
            new Parameter(Parameter.Type.QUANTITY, "odd", "x", Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, "", "", 0, 0),
            new Parameter(Parameter.Type.QUANTITY, "odd", "x", -0.0, 0.0, "%", null, 0, 1),
            new Parameter(Parameter.Type.QUANTITY, "odd", "x", Double.MIN_VALUE, Double.MAX_VALUE, "%", null, 0, 1),
            new Parameter(Parameter.Type.QUANTITY, "odd", "x", 0.1 + 0.2, 1.0 / 3, "%", null, 0, 1),
            new Parameter(Parameter.Type.RATING, "ingress-protection", "IP66", 66.0, 66.0, null, "IP66", 1, 5),
            new Parameter(Parameter.Type.INTERFACE, "protocol", "DALI-2", null, null, null, "DALI-2", 2, 8));
    List<Requirement> reqs = new ArrayList<>();
    for (Modality m : Modality.values()) {
      reqs.add(
          new Requirement(
              "R-" + m, "7.2 \"Quoted\" \\ clause\u00a0\t", new Location(null, null, 0), m,
              "text with 😀 emoji, \u0000 nul, \u2028 separator and </script>", "", "sentence", "", List.of(), ""));
    }
    reqs.add(new Requirement("7.2#3", "", new Location(3, null, 7), Modality.MUST, "t", "lead:", "list-item", "shall", params, "why"));
    reqs.add(new Requirement("x", "", new Location(null, 12, Integer.MAX_VALUE), Modality.MAY, "t", null, "table-row", null, List.of(), null));
    List<Notice> notices =
        List.of(
            new Notice("a b/ç.pdf", Notice.Severity.WARNING, "limit-chars", "m", null),
            new Notice("a b/ç.pdf", Notice.Severity.ERROR, "internal", "m", "h"));
    for (ExtractedDocument doc :
        List.of(
            new ExtractedDocument(
                new DocumentInfo("a b/ç.pdf", "application/pdf", sha, Long.MAX_VALUE, 3, "Title ✓"),
                DocumentKind.STANDARD, "forced", conventions, reqs, notices),
            new ExtractedDocument(
                new DocumentInfo("p", "text/plain", sha, 0, null, ""),
                DocumentKind.DATASHEET, "", Map.of(), List.of(), List.of()))) {
      ExtractCache cache = ExtractCache.in(dir);
      cache.put(sha, "k", doc);
      Optional<ExtractedDocument> back = cache.get(sha, "k");
      assertThat(back).contains(doc);
      assertThat(back.get().requirements()).isEqualTo(doc.requirements());
    }
  }

  @Test
  void otherOptionsOrAnotherVersionMiss() throws Exception {
    Path p = standardMd();
    String sha = ExtractCache.sha256(p);
    ExtractCache cache = ExtractCache.in(dir, "1.0.0");
    cache.put(sha, key(RULES, p), BY_RULES.get(p));
    assertThat(cache.get(sha, key(RULES, p))).contains(BY_RULES.get(p));
    assertThat(cache.get(sha, key(JUDGED, p))).isEmpty();
    assertThat(cache.get(sha, key(RULES.as(DocumentKind.STANDARD), p))).isEmpty();
    assertThat(cache.get(sha, key(RULES, p.resolveSibling("other.md")))).isEmpty();
    assertThat(ExtractCache.in(dir, "1.0.1").get(sha, key(RULES, p))).isEmpty();
    assertThat(ExtractCache.in(dir).get(sha, key(RULES, p))).isEmpty();
    assertThat(ExtractCache.in(dir, "1.0.0").get(sha, key(RULES, p))).contains(BY_RULES.get(p));
    // another version writes its own entry beside it
    ExtractCache.in(dir, "1.0.1").put(sha, key(RULES, p), BY_RULES.get(p));
    assertThat(ExtractCache.in(dir, "1.0.1").get(sha, key(RULES, p))).contains(BY_RULES.get(p));
    assertThat(cache.get(sha, key(RULES, p))).contains(BY_RULES.get(p));
  }

  @Test
  void theOptionsKeyCoversEveryOptionThatChangesTheOutput() {
    IngestOptions d = IngestOptions.defaults();
    List<String> keys =
        List.of(
            ExtractCache.optionsKey(RULES, d),
            ExtractCache.optionsKey(JUDGED, d),
            ExtractCache.optionsKey(RULES.as(DocumentKind.STANDARD), d),
            ExtractCache.optionsKey(RULES.as(DocumentKind.DATASHEET), d),
            ExtractCache.optionsKey(new ExtractOptions(null, true, null), d),
            ExtractCache.optionsKey(RULES, new IngestOptions(1000, d.timeout(), d.maxEmbeddedDepth(), d.maxBytes(), null)),
            ExtractCache.optionsKey(RULES, new IngestOptions(d.maxChars(), d.timeout(), 0, d.maxBytes(), null)),
            ExtractCache.optionsKey(RULES, new IngestOptions(d.maxChars(), d.timeout(), d.maxEmbeddedDepth(), 1000, null)),
            ExtractCache.optionsKey(RULES, new IngestOptions(d.maxChars(), d.timeout(), d.maxEmbeddedDepth(), d.maxBytes(), StandardCharsets.UTF_8)),
            ExtractCache.optionsKey(RULES, new IngestOptions(d.maxChars(), d.timeout(), d.maxEmbeddedDepth(), d.maxBytes(), StandardCharsets.ISO_8859_1)),
            ExtractCache.optionsKey(RULES, d, Path.of("a/standard.md")),
            ExtractCache.optionsKey(RULES, d, Path.of("a/standard.txt")));
    assertThat(keys).doesNotHaveDuplicates();
    // the timeout only decides whether a document is read at all; the folder is not part of the key
    assertThat(ExtractCache.optionsKey(RULES, new IngestOptions(d.maxChars(), Duration.ofSeconds(5), d.maxEmbeddedDepth(), d.maxBytes(), null)))
        .isEqualTo(ExtractCache.optionsKey(RULES, d));
    assertThat(ExtractCache.optionsKey(RULES, d, Path.of("a/standard.md"))).isEqualTo(ExtractCache.optionsKey(RULES, d, Path.of("b/c/standard.md")));
    assertThat(ExtractCache.optionsKey(JUDGED, d)).isEqualTo(ExtractCache.optionsKey(new ExtractOptions(null, false, Judges.defaultJudge()), d));
  }

  static Stream<Arguments> corruptions() {
    return Stream.<Map.Entry<String, UnaryOperator<byte[]>>>of(
        Map.entry("empty file", b -> new byte[0]),
        Map.entry("truncated", b -> java.util.Arrays.copyOf(b, b.length / 2)),
        Map.entry("truncated by one byte", b -> java.util.Arrays.copyOf(b, b.length - 1)),
        Map.entry("garbage", b -> { byte[] g = new byte[b.length]; new Random(1).nextBytes(g); return g; }),
        Map.entry("trailing garbage", b -> concat(b, "{}".getBytes(StandardCharsets.UTF_8))),
        Map.entry("a JSON array", b -> "[1,2]".getBytes(StandardCharsets.UTF_8)),
        Map.entry("JSON null", b -> "null".getBytes(StandardCharsets.UTF_8)),
        Map.entry("edited payload", b -> replaceFirst(b, "\"kindReason\":\"", "\"kindReason\":\"X")),
        Map.entry("edited requirement text", b -> tree(b, e -> ((ObjectNode) e.get("document").get("requirements").get(0)).put("text", "anything"))),
        Map.entry("payload hash of something else", b -> tree(b, e -> e.put("payload_sha256", "0".repeat(64)))),
        Map.entry("no payload hash", b -> tree(b, e -> e.remove("payload_sha256"))),
        Map.entry("no document", b -> tree(b, e -> e.remove("document"))),
        Map.entry("format 2", b -> tree(b, e -> e.put("format", 2))),
        Map.entry("format as text", b -> tree(b, e -> e.put("format", "1"))),
        Map.entry("other version inside", b -> tree(b, e -> e.put("version", "0.0.0"))),
        Map.entry("other options inside", b -> tree(b, e -> e.put("options", "x"))),
        Map.entry("other file hash inside", b -> tree(b, e -> e.put("sha256", "f".repeat(64)))),
        // valid payload hashes, documents that are not the right one or do not deserialize
        Map.entry("document of other bytes", b -> rehashed(b, doc -> ((ObjectNode) doc.get("info")).put("sha256", "f".repeat(64)))),
        Map.entry("missing field", b -> rehashed(b, doc -> doc.remove("kind"))),
        Map.entry("unknown field", b -> rehashed(b, doc -> doc.put("extra", 1))),
        Map.entry("unknown enum", b -> rehashed(b, doc -> doc.put("kind", "PAMPHLET"))),
        Map.entry("enum as number", b -> rehashed(b, doc -> doc.put("kind", 0))),
        Map.entry("null for a primitive", b -> rehashed(b, doc -> ((ObjectNode) doc.get("requirements").get(0).get("location")).putNull("block"))),
        Map.entry("invalid record", b -> rehashed(b, doc -> ((ObjectNode) doc.get("requirements").get(0).get("location")).put("block", -1))),
        Map.entry("null required", b -> rehashed(b, doc -> doc.putNull("info"))))
        .map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corruptions")
  void aBadEntryIsAMissAndTheNextPutRepairsIt(String name, UnaryOperator<byte[]> corruption) throws Exception {
    Path p = standardMd();
    String sha = ExtractCache.sha256(p);
    String key = key(RULES, p);
    ExtractedDocument doc = BY_RULES.get(p);
    ExtractCache cache = ExtractCache.in(dir);
    cache.put(sha, key, doc);
    Path entry = cache.entryPath(sha, key);
    byte[] good = Files.readAllBytes(entry);

    Files.write(entry, corruption.apply(good));
    assertThat(Files.readAllBytes(entry)).as(name).isNotEqualTo(good);
    assertThat(cache.get(sha, key)).as(name).isEmpty();

    cache.put(sha, key, doc);
    assertThat(Files.readAllBytes(entry)).isEqualTo(good);
    assertThat(cache.get(sha, key)).contains(doc);
  }

  @Test
  void rehashingAnUnchangedEntryStillHits() throws Exception {
    // the control for the "valid payload hash" corruptions above
    Path p = standardMd();
    String sha = ExtractCache.sha256(p);
    ExtractCache cache = ExtractCache.in(dir);
    cache.put(sha, key(RULES, p), BY_RULES.get(p));
    Path entry = cache.entryPath(sha, key(RULES, p));
    Files.write(entry, rehashed(Files.readAllBytes(entry), doc -> {}));
    assertThat(cache.get(sha, key(RULES, p))).contains(BY_RULES.get(p));
    // pretty-printed by someone: still the same payload
    Files.write(entry, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(JSON.readTree(entry.toFile())));
    assertThat(cache.get(sha, key(RULES, p))).contains(BY_RULES.get(p));
  }

  @Test
  void anUnwritableCacheNeitherThrowsNorHits() throws Exception {
    Path p = standardMd();
    String sha = ExtractCache.sha256(p);
    // a file where the folder should be: fails even for root
    Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
    ExtractCache onFile = ExtractCache.in(file);
    assertThatCode(() -> onFile.put(sha, key(RULES, p), BY_RULES.get(p))).doesNotThrowAnyException();
    assertThat(onFile.get(sha, key(RULES, p))).isEmpty();

    // a read-only folder (root writes anyway: then only the no-throw part is checked)
    Path ro = Files.createDirectories(dir.resolve("ro/extract"));
    ExtractCache readOnly = ExtractCache.in(dir.resolve("ro"));
    try {
      Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
    } catch (UnsupportedOperationException e) {
      Assumptions.abort("no POSIX permissions here");
    }
    try {
      assertThatCode(() -> readOnly.put(sha, key(RULES, p), BY_RULES.get(p))).doesNotThrowAnyException();
      if (!Files.exists(readOnly.entryPath(sha, key(RULES, p)))) {
        assertThat(readOnly.get(sha, key(RULES, p))).isEmpty();
      }
      // an unreadable entry is a miss too
      Path entry = readOnly.entryPath(sha, key(RULES, p));
      Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("rwxr-xr-x"));
      readOnly.put(sha, key(RULES, p), BY_RULES.get(p));
      Files.delete(entry);
      Files.createDirectories(entry); // a folder where the entry should be
      assertThat(readOnly.get(sha, key(RULES, p))).isEmpty();
      assertThatCode(() -> readOnly.put(sha, key(RULES, p), BY_RULES.get(p))).doesNotThrowAnyException();
    } finally {
      Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void aDisabledCacheHoldsNothing() throws Exception {
    Path p = standardMd();
    String sha = ExtractCache.sha256(p);
    ExtractCache off = ExtractCache.disabled();
    off.put(sha, key(RULES, p), BY_RULES.get(p));
    assertThat(off.get(sha, key(RULES, p))).isEmpty();
    assertThat(off.enabled()).isFalse();
    assertThat(ExtractCache.in(dir).enabled()).isTrue();
  }

  @Test
  void aMissOnAnEmptyCacheCreatesNothing() throws Exception {
    ExtractCache cache = ExtractCache.in(dir.resolve("cache"));
    assertThat(cache.get("ab".repeat(32), "k")).isEmpty();
    assertThat(dir.resolve("cache")).doesNotExist();
  }

  @Test
  void badKeysAndForeignDocumentsAreNotStored() throws Exception {
    Path p = standardMd();
    String sha = ExtractCache.sha256(p);
    ExtractCache cache = ExtractCache.in(dir);
    String other = "cd".repeat(32);
    cache.put(other, key(RULES, p), BY_RULES.get(p)); // the document says another sha256
    assertThat(cache.get(other, key(RULES, p))).isEmpty();
    for (String bad : new String[] {null, "", "../../etc", "xy".repeat(32), sha + "0"}) {
      assertThatCode(() -> cache.put(bad, key(RULES, p), BY_RULES.get(p))).doesNotThrowAnyException();
      assertThat(cache.get(bad, key(RULES, p))).isEmpty();
    }
    assertThatCode(() -> cache.put(sha, key(RULES, p), null)).doesNotThrowAnyException();
    assertThat(cache.get(sha, key(RULES, p))).isEmpty();
    // upper-case hex is the same entry
    cache.put(sha.toUpperCase(), key(RULES, p), BY_RULES.get(p));
    assertThat(cache.get(sha, key(RULES, p))).contains(BY_RULES.get(p));
    try (Stream<Path> s = Files.walk(dir)) {
      assertThat(s.filter(Files::isRegularFile)).hasSize(1);
    }
  }

  @Test
  void concurrentPutsAndGetsOnTheSameKeyStayConsistent() throws Exception {
    Path p = TestPaths.fixture("street-light/standard.pdf");
    String sha = ExtractCache.sha256(p);
    ExtractedDocument rules = BY_RULES.get(p);
    ExtractedDocument judged = BY_JUDGE.get(p);
    ExtractCache shared = ExtractCache.in(dir);
    int threads = 8;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int id = t;
        results.add(
            pool.submit(
                () -> {
                  // half share one instance, half have their own, as separate processes would
                  ExtractCache cache = id % 2 == 0 ? shared : ExtractCache.in(dir);
                  start.await();
                  int hits = 0;
                  for (int k = 0; k < 25; k++) {
                    for (ExtractOptions o : List.of(RULES, JUDGED)) {
                      ExtractedDocument doc = o == RULES ? rules : judged;
                      Optional<ExtractedDocument> got = cache.get(sha, key(o, p));
                      if (got.isPresent()) {
                        assertThat(got.get()).isEqualTo(doc);
                        hits++;
                      }
                      if ((k + id) % 3 == 0) {
                        cache.put(sha, key(o, p), doc);
                      }
                    }
                  }
                  return hits;
                }));
      }
      start.countDown();
      int hits = 0;
      for (Future<Integer> f : results) {
        hits += f.get(2, TimeUnit.MINUTES);
      }
      assertThat(hits).isPositive();
    } finally {
      pool.shutdownNow();
    }
    assertThat(shared.get(sha, key(RULES, p))).contains(rules);
    assertThat(shared.get(sha, key(JUDGED, p))).contains(judged);
    try (Stream<Path> s = Files.walk(dir)) {
      assertThat(s.filter(Files::isRegularFile).map(f -> f.getFileName().toString()))
          .hasSize(2)
          .allMatch(n -> n.endsWith(".json"));
    }
  }

  @Test
  void sha256IsTheHashTheReaderRecords() throws Exception {
    for (Path p : fixtures()) {
      assertThat(ExtractCache.sha256(p)).as(p.toString()).isEqualTo(BY_RULES.get(p).info().sha256());
    }
    byte[] big = new byte[300_000]; // several read chunks
    new Random(7).nextBytes(big);
    Path f = Files.write(dir.resolve("big.bin"), big);
    assertThat(ExtractCache.sha256(f)).isEqualTo(sha256(big));
    Path empty = Files.write(dir.resolve("empty.bin"), new byte[0]);
    assertThat(ExtractCache.sha256(empty))
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }

  @Test
  void aHitRelabelledWithTheCurrentPathEqualsAFreshExtraction() throws Exception {
    Path original = TestPaths.fixture("street-light/standard.pdf");
    ExtractCache cache = ExtractCache.in(dir);
    String sha = ExtractCache.sha256(original);
    cache.put(sha, key(JUDGED, original), BY_JUDGE.get(original));

    Path copy = Files.copy(original, Files.createDirectories(dir.resolve("elsewhere")).resolve("standard.pdf"));
    String display = "elsewhere/standard.pdf";
    ExtractedDocument fresh =
        Specmirror.extract(List.of(new Specmirror.Input(copy, display)), INGEST, JUDGED, 1, null).documents().get(0);
    Optional<ExtractedDocument> hit = cache.get(ExtractCache.sha256(copy), key(JUDGED, copy));
    assertThat(hit).isPresent();
    assertThat(hit.get()).isNotEqualTo(fresh);
    assertThat(ExtractCache.withPath(hit.get(), display)).isEqualTo(fresh);
    assertThat(ExtractCache.withPath(fresh, fresh.info().path())).isSameAs(fresh);

    // notices follow the path too
    ExtractedDocument withNotice =
        new ExtractedDocument(
            fresh.info(), fresh.kind(), fresh.kindReason(), fresh.conventions(), fresh.requirements(),
            List.of(new Notice(display, Notice.Severity.WARNING, "truncated", "m", "h")));
    assertThat(ExtractCache.withPath(withNotice, "x.pdf").notices()).extracting(Notice::path).containsExactly("x.pdf");
  }

  // --- helpers --------------------------------------------------------------------------------

  private static byte[] tree(byte[] entry, java.util.function.Consumer<ObjectNode> edit) {
    try {
      ObjectNode e = (ObjectNode) JSON.readTree(entry);
      edit.accept(e);
      return JSON.writeValueAsBytes(e);
    } catch (IOException ex) {
      throw new IllegalStateException(ex);
    }
  }

  /** Edits the document and writes the payload hash that matches the edit. */
  private static byte[] rehashed(byte[] entry, java.util.function.Consumer<ObjectNode> editDocument) {
    return tree(
        entry,
        e -> {
          ObjectNode doc = (ObjectNode) e.get("document");
          editDocument.accept(doc);
          try {
            e.put("payload_sha256", sha256(JSON.writeValueAsBytes(doc)));
          } catch (IOException ex) {
            throw new IllegalStateException(ex);
          }
        });
  }

  private static byte[] replaceFirst(byte[] b, String what, String with) {
    String s = new String(b, StandardCharsets.UTF_8);
    assertThat(s).contains(what);
    return s.replaceFirst(java.util.regex.Pattern.quote(what), java.util.regex.Matcher.quoteReplacement(with))
        .getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] c = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
