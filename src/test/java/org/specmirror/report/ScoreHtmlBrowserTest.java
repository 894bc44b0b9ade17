package org.specmirror.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The score report in a real browser: headless Chromium loads the page from a file:// URL, runs its
 * script, and dumps the resulting DOM or takes a screenshot. Skipped when no Chromium is found
 * ({@code chromium}, {@code chromium-browser}, {@code google-chrome} on the PATH, or the
 * {@code SPECMIRROR_CHROMIUM} environment variable); .ci/run installs it.
 *
 * <p>Files go under target/ rather than /tmp: a snap-packaged Chromium cannot read the system /tmp.
 */
class ScoreHtmlBrowserTest {
  private static final long TIMEOUT_SECONDS = 60;
  private static final Path WORK = Path.of("target", "browser-test").toAbsolutePath();

  private static final AtomicInteger RUNS = new AtomicInteger();

  private static String chromium;
  private static String page;

  @BeforeAll
  static void setUp() throws IOException {
    chromium = findChromium();
    Files.createDirectories(WORK);
    page = new ScoreHtml().render(ScoreHtmlTest.example());
  }

  @BeforeEach
  void needsChromium() {
    Assumptions.assumeTrue(chromium != null, "Chromium not found; .ci/run installs it (or set SPECMIRROR_CHROMIUM)");
  }

  static String findChromium() {
    String env = System.getenv("SPECMIRROR_CHROMIUM");
    if (env != null && !env.isBlank()) {
      return Files.isExecutable(Path.of(env)) ? env : null;
    }
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String name : List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")) {
      for (String dir : path.split(File.pathSeparator)) {
        if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name)) && !Files.isDirectory(Path.of(dir, name))) {
          return Path.of(dir, name).toString();
        }
      }
    }
    return null;
  }

  /** Runs headless Chromium with the given extra arguments; returns stdout. */
  private static String run(String name, List<String> extra) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(WORK, "profile-");
    String base = String.format("%02d-%s", RUNS.incrementAndGet(), name);
    Path out = WORK.resolve(base + ".stdout");
    Path err = WORK.resolve(base + ".stderr");
    List<String> cmd = new ArrayList<>(List.of(chromium, "--headless=new", "--disable-gpu", "--no-sandbox", "--no-first-run",
        "--no-default-browser-check", "--disable-dev-shm-usage", "--disable-extensions", "--user-data-dir=" + profile));
    cmd.addAll(extra);
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    try {
      if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        throw new AssertionError("Chromium did not finish within " + TIMEOUT_SECONDS + " s: " + cmd + "\nstderr: " + tail(err));
      }
      assertThat(p.exitValue()).as("Chromium exit code; stderr: " + tail(err)).isZero();
      return Files.readString(out, StandardCharsets.UTF_8);
    } finally {
      deleteTree(profile);
    }
  }

  private static void deleteTree(Path dir) {
    try (var paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException e) {
      // a leftover profile under target/ is harmless
    }
  }

  private static String tail(Path f) throws IOException {
    String s = Files.exists(f) ? Files.readString(f, StandardCharsets.UTF_8) : "";
    return s.length() > 4000 ? s.substring(s.length() - 4000) : s;
  }

  private static String url(Path file, String hash) {
    return file.toUri() + hash;
  }

  private static Path write(String name, String html) throws IOException {
    Path f = WORK.resolve(name);
    Files.writeString(f, html, StandardCharsets.UTF_8);
    return f;
  }

  private static String dom(Path file, String hash) throws IOException, InterruptedException {
    String dom = run("dom-" + file.getFileName(), List.of("--dump-dom", url(file, hash)));
    assertThat(dom).as("dumped DOM").contains("</html>");
    return dom;
  }

  private static void assertReady(String dom) {
    assertThat(dom).containsPattern("<body[^>]*\\sdata-ready=\"ok\"");
    assertThat(dom).as("#js-errors must be empty").containsPattern("<pre id=\"js-errors\"[^>]*></pre>");
  }

  /** Requirement id of each matrix row in DOM order, with whether it is hidden. */
  private static List<String> rows(String dom) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("<tr class=\"req-row\"([^>]*)>.*?class=\"rid\">([^<]*)</a>", Pattern.DOTALL).matcher(dom);
    while (m.find()) {
      out.add(m.group(2) + (m.group(1).contains(" hidden=") ? " hidden" : ""));
    }
    return out;
  }

  @Test
  void pageInitialisesWithoutErrors() throws Exception {
    String dom = dom(write("report.html", page), "");
    assertReady(dom);
    assertThat(dom).contains("<table id=\"matrix\"").contains("<details class=\"req\"").contains("<svg id=\"ranking-chart\"");
    // the script ran: controls are shown and the status counts rows
    assertThat(dom).containsPattern("<div id=\"matrix-controls\"[^>]*>").doesNotContainPattern("<div id=\"matrix-controls\"[^>]*hidden");
    assertThat(dom).contains("3 of 3 requirements shown");
    // the vendor text stays text: no element was made from it
    assertThat(dom).doesNotContain("<img");
    assertThat(Pattern.compile("<script").matcher(dom).results().count()).isEqualTo(2);
    assertThat(dom).contains("&lt;script&gt;alert('x')&lt;/script&gt;");
    assertThat(rows(dom)).containsExactly("LC-01", "LC-12", "LC-13");
  }

  @Test
  void screenshotIsNotBlank() throws Exception {
    Path file = write("report.html", page);
    Path png = Path.of("target", "report-screenshot.png").toAbsolutePath();
    Files.deleteIfExists(png);
    run("screenshot", List.of("--screenshot=" + png, "--window-size=1400,1800", "--hide-scrollbars", url(file, "")));
    assertThat(png).exists();
    byte[] bytes = Files.readAllBytes(png);
    assertThat(bytes.length).as("PNG size").isGreaterThan(10_000);
    assertThat(new String(bytes, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
  }

  @Test
  void filtersFromTheUrlHashHideRows() throws Exception {
    Path file = write("report.html", page);
    String exclusive = dom(file, "#filter=exclusive");
    assertReady(exclusive);
    assertThat(rows(exclusive)).containsExactly("LC-01 hidden", "LC-12", "LC-13");
    assertThat(exclusive).containsPattern("<input type=\"checkbox\" id=\"f-exclusive\"[^>]*>");
    assertThat(exclusive).contains("2 of 3 requirements shown");
    // every non-exclusive row is hidden, every exclusive one shown
    Matcher m = Pattern.compile("<tr class=\"req-row\"[^>]*>").matcher(exclusive);
    while (m.find()) {
      String tag = m.group();
      assertThat(tag.contains(" hidden=")).as(tag).isEqualTo(tag.contains("data-exclusive=\"0\""));
    }

    String promotedMust = dom(file, "#filter=promoted&modality=MUST");
    assertReady(promotedMust);
    assertThat(rows(promotedMust)).containsExactly("LC-01 hidden", "LC-12 hidden", "LC-13");

    String unmet = dom(file, "#filter=unmet");
    assertReady(unmet);
    assertThat(rows(unmet)).containsExactly("LC-01 hidden", "LC-12 hidden", "LC-13 hidden");
    assertThat(unmet).contains("0 of 3 requirements shown");

    // search covers the vendor statements in the detail sections too
    String search = dom(file, "#q=pulsebeat");
    assertReady(search);
    assertThat(rows(search)).containsExactly("LC-01 hidden", "LC-12", "LC-13 hidden");
  }

  @Test
  void sortsFromTheUrlHash() throws Exception {
    Path file = write("report.html", page);
    String desc = dom(file, "#sort=s1:desc");
    assertReady(desc);
    assertThat(rows(desc)).containsExactly("LC-01", "LC-12", "LC-13");
    assertThat(desc).contains("<table id=\"matrix\" class=\"is-flat\">").containsPattern("<th [^>]*aria-sort=\"descending\"");
    String asc = dom(file, "#sort=s1:asc");
    assertReady(asc);
    assertThat(rows(asc)).containsExactly("LC-13", "LC-12", "LC-01");
    String id = dom(file, "#sort=id:desc");
    assertThat(rows(id)).containsExactly("LC-13", "LC-12", "LC-01");
  }

  @Test
  void anchorOpensTheRequirement() throws Exception {
    String dom = dom(write("report.html", page), "#req-LC-12");
    assertReady(dom);
    assertThat(dom).contains("<details class=\"req\" id=\"req-LC-12\" open=\"\">");
    assertThat(dom).doesNotContain("<details class=\"req\" id=\"req-LC-01\" open");
  }

  /** Checks the checkers: a failing script shows in #js-errors and leaves body unmarked. */
  @Test
  void scriptErrorsAreReported() throws Exception {
    String broken = page.replaceFirst("<meta http-equiv=\"Content-Security-Policy\"[^>]*>\n", "")
        .replace("document.body.dataset.ready = 'ok';", "throw new Error('boom from the test');");
    assertThat(broken).isNotEqualTo(page).contains("boom from the test");
    String dom = dom(write("broken.html", broken), "");
    assertThat(dom).doesNotContain("data-ready=\"ok\"").containsPattern("<pre id=\"js-errors\"[^>]*>[^<]*boom from the test");
  }

  /** Defence in depth: markup that escaped the escaping still cannot run a script. */
  @Test
  void contentSecurityPolicyBlocksInjectedScripts() throws Exception {
    String injected = page.replace("<main>", "<main><script>document.body.dataset.pwned = 'yes';</script>");
    String dom = dom(write("injected.html", injected), "");
    assertReady(dom);
    assertThat(dom).doesNotContain("data-pwned");
  }
}
