package org.specmirror.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A deterministic synthetic corpus of standards and datasheets for benchmarking. Every word comes
 * from the lists below (original wording; no text from real documents). Documents are built as
 * format-neutral {@link Element}s; {@link CorpusWriter} renders them as PDF, DOCX, HTML, Markdown or
 * plain text.
 */
public final class Corpus {

  private Corpus() {}

  /** What the document is. */
  public enum Kind {
    STANDARD,
    DATASHEET
  }

  /** The file format a document is written in. */
  public enum Format {
    PDF("pdf"),
    DOCX("docx"),
    HTML("html"),
    MARKDOWN("md"),
    TEXT("txt");

    public final String extension;

    Format(String extension) {
      this.extension = extension;
    }
  }

  /** A block of a synthetic document. */
  public sealed interface Element permits Heading, Para, Bullet, Table {}

  /** A heading; level 1 or 2. */
  public record Heading(int level, String text) implements Element {}

  /** A paragraph. */
  public record Para(String text) implements Element {}

  /** A bullet list item. */
  public record Bullet(String text) implements Element {}

  /** A table; the first row is the header. */
  public record Table(List<List<String>> rows) implements Element {}

  /**
   * One synthetic document.
   *
   * @param name file name without extension
   * @param header running header line (printed on every PDF page, in the DOCX header)
   * @param footer running footer text (PDF pages add "Page n of N")
   * @param body the title heading and everything after it
   * @param planted statements the generator wrote as requirements or claims (normative sentences of
   *     standards and the rows of the tables they cite; feature, option and specification rows of
   *     datasheets): a sanity reference, not a gold standard
   * @param pages size in A4 pages as laid out by {@link Layout} (exact for PDF, nominal for the other
   *     formats)
   */
  public record Doc(
      String name,
      Kind kind,
      Format format,
      String header,
      String footer,
      List<Element> body,
      int planted,
      int pages) {
    public String fileName() {
      return name + "." + format.extension;
    }
  }

  /** {@code n} documents; the same seed gives the same documents. */
  public static List<Doc> generate(int n, long seed) {
    List<Doc> docs = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Random r = new Random(seed * 1_000_003L + i);
      Format f = format(r);
      docs.add(i % 2 == 0 ? standard(i, f, r) : datasheet(i, f, r));
    }
    return docs;
  }

  /** PDF 30 %, DOCX 25 %, HTML, Markdown and text 15 % each. */
  private static Format format(Random r) {
    int x = r.nextInt(100);
    return x < 30 ? Format.PDF : x < 55 ? Format.DOCX : x < 70 ? Format.HTML : x < 85 ? Format.MARKDOWN : Format.TEXT;
  }

  // ------------------------------------------------------------------ standards

  private static Doc standard(int i, Format f, Random r) {
    int pages = 1 + r.nextInt(19); // the last clause may spill onto one more page: 1 to 20 pages
    String[] subject = pick(r, SUBJECTS);
    String device = subject[0];
    String system = subject[1];
    String code = "SX-" + (1000 + r.nextInt(9000));
    List<Element> body = new ArrayList<>();
    body.add(new Heading(1, "Draft Specification " + code + " - Requirements for a networked " + device));
    body.add(new Para("Fictional document generated for benchmarking specmirror; it is not a real standard."));
    body.add(new Heading(1, "1 Scope"));
    int scope = r.nextInt(SCOPE.length);
    body.add(new Para(fill(r, SCOPE[scope], device, system) + " "
        + fill(r, SCOPE[(scope + 1) % SCOPE.length], device, system)));
    body.add(new Heading(1, "2 References"));
    for (int k = 0, m = 2 + r.nextInt(3); k < m; k++) {
      body.add(new Bullet("[FX-" + (100 + r.nextInt(900)) + "] Fictional " + pick(r, TOPICS).toLowerCase(Locale.ROOT)
          + " guideline for " + pick(r, SUBJECTS)[0] + "s (2099)."));
    }
    // Half the standards define their keywords in a conventions clause; in the others the learned
    // classifier is consulted on every normative sentence (the extractor trusts a conventions clause).
    int first = 3;
    if (r.nextBoolean()) {
      body.add(new Heading(1, first++ + " Conventions"));
      body.add(new Para("In this specification the phrases \"is required to\" and \"shall\" mark mandatory requirements, "
          + "\"should\" and \"is recommended to\" mark recommendations, and \"can optionally\" marks an option. "
          + "Paragraphs marked NOTE are informative."));
    }
    int planted = 0;
    int id = 1;
    int budget = pages * Layout.LINES_PER_PAGE;
    for (int clause = first; Layout.lineCount(body) < budget - 8 || clause == first; clause++) {
      String topic = TOPICS[(clause + r.nextInt(TOPICS.length)) % TOPICS.length];
      body.add(new Heading(1, clause + " " + topic + " requirements"));
      for (int sub = 1, subs = 2 + r.nextInt(3); sub <= subs && Layout.lineCount(body) < budget - 4; sub++) {
        body.add(new Heading(2, clause + "." + sub + " " + pick(r, ASPECTS)));
        if (r.nextInt(3) == 0) {
          body.add(new Para(sentence(r, OVERVIEW, device, system)));
        }
        for (int k = 0, m = 2 + r.nextInt(5); k < m; k++) {
          String action = pick(r, ACTIONS);
          String subj = !action.contains("{system}") && r.nextInt(3) == 0 ? system : device;
          String text = String.format(Locale.ROOT, pick(r, MODALS), "The " + subj, fill(r, action, device, system));
          boolean tagged = r.nextInt(5) != 0;
          body.add(new Para(tagged ? String.format(Locale.ROOT, "[R-%02d] %s", id++, text) : text));
          planted++;
          if (r.nextInt(6) == 0) {
            body.add(new Para("NOTE - " + sentence(r, NOTES, device, system)));
          }
        }
        if (r.nextInt(3) == 0) {
          int table = clause * 10 + sub;
          body.add(new Para(String.format(Locale.ROOT,
              "[R-%02d] The %s is required to operate within the limits given in Table %d.", id++, device, table)));
          planted++;
          body.add(new Para("Table " + table + " - " + pick(r, ASPECTS) + " limits"));
          int rows = 3 + r.nextInt(4);
          body.add(paramTable(r, "Parameter", "Limit", rows));
          planted += rows; // rows of a table a requirement refers to are requirements too
        }
      }
    }
    String header = "Draft Specification " + code + " (fictional)";
    String footer = "Fictional Standards Forum 2099 - benchmark corpus";
    return new Doc(String.format(Locale.ROOT, "doc-%03d-standard", i), Kind.STANDARD, f, header, footer, body, planted, Layout.pages(body).size());
  }

  // ------------------------------------------------------------------ datasheets

  private static Doc datasheet(int i, Format f, Random r) {
    int pages = 1 + r.nextInt(4);
    String company = pick(r, COMPANIES);
    String model = (char) ('A' + r.nextInt(26)) + "" + (char) ('A' + r.nextInt(26)) + "-" + (10 + r.nextInt(990));
    String[] subject = pick(r, SUBJECTS);
    String device = subject[0];
    List<Element> body = new ArrayList<>();
    body.add(new Heading(1, company + " " + model + " " + capitalise(device)));
    body.add(new Para(fill(r, pick(r, PITCH).replace("{model}", model), device, subject[1])
        + " This datasheet is fictional and was generated for benchmarking."));
    int planted = 0;
    int budget = pages * Layout.LINES_PER_PAGE;
    for (int variant = 0; variant == 0 || Layout.lineCount(body) < budget - 12; variant++) {
      String suffix = variant == 0 ? "" : " - variant " + model + "-" + (char) ('A' + variant - 1);
      body.add(new Heading(2, "Key features" + suffix));
      for (int k = 0, m = 4 + r.nextInt(5); k < m; k++) {
        body.add(new Bullet(fill(r, pick(r, FEATURES), device, subject[1])));
        planted++;
      }
      body.add(new Heading(2, "Technical specifications" + suffix));
      int rows = 5 + r.nextInt(6);
      body.add(paramTable(r, "Parameter", "Value", rows));
      planted += rows;
      if (r.nextInt(2) == 0) {
        body.add(new Para(sentence(r, OVERVIEW, device, subject[1])));
      }
    }
    body.add(new Heading(2, "Options"));
    for (int k = 0, m = 1 + r.nextInt(3); k < m; k++) {
      body.add(new Bullet("Optional: " + pick(r, ADDONS) + "."));
      planted++;
    }
    String header = company + " " + model + " datasheet";
    String footer = company + " (fictional) - Rev. " + (1 + r.nextInt(4)) + "." + r.nextInt(10);
    return new Doc(String.format(Locale.ROOT, "doc-%03d-datasheet", i), Kind.DATASHEET, f, header, footer, body, planted, Layout.pages(body).size());
  }

  private static Table paramTable(Random r, String h1, String h2, int rows) {
    List<List<String>> t = new ArrayList<>();
    t.add(List.of(h1, h2));
    int start = r.nextInt(PARAMETERS.length);
    for (int k = 0; k < rows; k++) {
      String[] p = PARAMETERS[(start + k) % PARAMETERS.length];
      t.add(List.of(p[0], p[1 + r.nextInt(p.length - 1)]));
    }
    return new Table(t);
  }

  // ------------------------------------------------------------------ helpers

  private static String sentence(Random r, String[] templates, String device, String system) {
    return fill(r, pick(r, templates), device, system);
  }

  private static String fill(Random r, String template, String device, String system) {
    String s = template.replace("{device}", device).replace("{system}", system);
    while (s.contains("{")) {
      int a = s.indexOf('{');
      int b = s.indexOf('}', a);
      String key = s.substring(a + 1, b);
      String[] choices = switch (key) {
        case "interval" -> new String[] {"15 min", "1 h", "5 min", "24 h", "30 s"};
        case "time" -> new String[] {"5 s", "2 s", "10 s", "30 s", "500 ms"};
        case "n" -> new String[] {"3", "5", "8", "16", "32", "64"};
        case "days" -> new String[] {"7", "21", "30", "90"};
        case "crypto" -> new String[] {"TLS 1.3", "DTLS 1.2", "AES-128-CCM", "AES-256-GCM"};
        case "iface" -> new String[] {"NFC", "BLE", "USB-C", "a service port"};
        case "radio" -> new String[] {"NB-IoT", "LTE-M", "LoRaWAN", "Wi-Fi 6", "Zigbee 3.0", "Wireless M-Bus"};
        case "fault" -> new String[] {"sensor failure", "tamper event", "loss of supply", "memory error"};
        case "watts" -> new String[] {"0.5", "1", "2", "0.2"};
        case "pct" -> new String[] {"0.5", "1", "2"};
        default -> throw new IllegalStateException("no choices for {" + key + "}");
      };
      s = s.substring(0, a) + pick(r, choices) + s.substring(b + 1);
    }
    return s;
  }

  private static <T> T pick(Random r, T[] a) {
    return a[r.nextInt(a.length)];
  }

  private static String capitalise(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  // ------------------------------------------------------------------ word lists

  private static final String[][] SUBJECTS = {
    {"parking sensor", "management platform"},
    {"water meter", "head-end system"},
    {"air-quality node", "data hub"},
    {"greenhouse controller", "farm server"},
    {"door controller", "depot system"},
    {"hive monitor", "apiary portal"},
    {"cold-chain logger", "fleet console"},
    {"river-level gauge", "flood warning platform"},
    {"bicycle dock", "operator back office"},
    {"heat-pump gateway", "energy aggregator"},
    {"point heater controller", "signalling centre"},
    {"inverter monitor", "portfolio dashboard"},
  };

  private static final String[] TOPICS = {
    "General", "Measurement", "Communication", "Security", "Power supply", "Environmental",
    "Maintenance", "Alarm", "Data storage", "Time keeping", "Installation", "Firmware",
  };

  private static final String[] ASPECTS = {
    "Basic behaviour", "Reporting", "Configuration", "Start-up", "Fault handling", "Local interface",
    "Radio link", "Records", "Accuracy", "Enclosure", "Updates", "Supervision",
  };

  private static final String[] MODALS = {
    "%s is required to %s.", "%s is required to %s.", "%s shall %s.", "%s shall %s.", "%s should %s.",
    "%s is recommended to %s.", "%s can optionally %s.", "%s shall not %s without authorisation.",
  };

  private static final String[] ACTIONS = {
    "report its battery voltage to the {system} at least once every {interval}",
    "store at least {days} days of measurement records in non-volatile memory",
    "encrypt every message sent to the {system} with {crypto}",
    "resume normal operation within {time} after a power interruption",
    "accept a firmware image only when it carries a valid signature",
    "log each configuration change with a UTC timestamp",
    "send an alarm to the {system} no later than {time} after detecting a {fault}",
    "keep its clock within 100 ms of the time served by the {system}",
    "offer a local maintenance interface over {iface}",
    "keep its own consumption below {watts} W while idle",
    "retry a failed transmission at most {n} times before raising an alarm",
    "authenticate the {system} before it executes any remote command",
    "communicate with the {system} over {radio}",
    "measure the ambient temperature with an accuracy of {pct} K or better",
    "buffer up to {n} pending messages while the link to the {system} is down",
    "restore its last known configuration after a restart",
  };

  private static final String[] SCOPE = {
    "This specification sets out what a {system} expects from each {device} it supervises.",
    "It covers measurement, communication, security and environmental behaviour of the {device}.",
    "The mechanical design of the {device} is outside the scope of this document.",
    "The {system} is described only where the {device} depends on it.",
  };

  private static final String[] OVERVIEW = {
    "A typical deployment connects several hundred {device}s to one {system}.",
    "Operators usually review the data from the {system} once a day.",
    "Field staff visit each {device} only when an alarm is raised.",
    "The {device} works on its own when the {system} cannot be reached.",
  };

  private static final String[] NOTES = {
    "The figure above covers only the time taken inside the {device}; network latency comes on top of it.",
    "A {system} may apply stricter limits in its own procurement documents.",
    "Older {device}s in the field may not meet this clause until their next firmware update.",
  };

  private static final String[] COMPANIES = {
    "Veltrane", "Corlisse", "Amberlyn Devices", "Ridgemoor", "Nolvik", "Pardell Works", "Sorvanto",
    "Quentara", "Halbrook Instruments", "Ilvermere",
  };

  private static final String[] PITCH = {
    "The {model} is a compact {device} built for long service with little maintenance.",
    "Meet the {model}: a rugged {device} that connects to any {system} in minutes.",
    "The {model} brings dependable sensing and control to every {device} installation.",
  };

  private static final String[] FEATURES = {
    "Supports {radio} connectivity.",
    "Supports over-the-air firmware updates signed with {crypto}.",
    "Provides {n} digital inputs and {n} relay outputs.",
    "Provides a local configuration interface over {iface}.",
    "Includes an integrated temperature and humidity sensor.",
    "Includes a tamper switch with event logging.",
    "Reports energy consumption with \u00b1{pct} % accuracy.",
    "Stores {days} days of records in on-board flash memory.",
    "Encrypts all traffic with {crypto}.",
    "Sends an alarm within {time} of a {fault}.",
    "Operates from a single lithium cell for up to 10 years.",
    "Compatible with the {system} through an open REST API.",
  };

  private static final String[] ADDONS = {
    "GNSS positioning module", "external antenna kit", "DIN-rail mounting bracket", "backup supercapacitor",
    "second radio module", "extended five-year warranty",
  };

  /** Parameter name followed by alternative values. */
  private static final String[][] PARAMETERS = {
    {"Operating temperature", "\u221240 \u00b0C to +60 \u00b0C", "\u221225 \u00b0C to +55 \u00b0C", "\u221230 \u00b0C to +70 \u00b0C"},
    {"Storage temperature", "\u221240 \u00b0C to +85 \u00b0C", "\u221220 \u00b0C to +70 \u00b0C"},
    {"Relative humidity", "5 % to 95 %, non-condensing", "10 % to 90 %"},
    {"Supply voltage", "100 V to 240 V AC, 50/60 Hz", "12 V to 24 V DC", "3.6 V lithium cell"},
    {"Ingress protection", "IP67", "IP66", "IP65"},
    {"Impact protection", "IK08", "IK10"},
    {"Surge immunity", "6 kV / 3 kA", "10 kV / 10 kA", "4 kV"},
    {"Reporting interval", "1 min to 24 h", "15 min", "5 min to 1 h"},
    {"Battery life", "at least 10 years", "up to 8 years"},
    {"Idle power", "\u2264 0.5 W", "\u2264 1 W", "\u2264 0.2 W"},
    {"Clock accuracy", "\u00b120 ppm", "\u00b15 ppm"},
    {"Radio output power", "\u2264 14 dBm", "\u2264 23 dBm"},
    {"Weight", "180 g", "320 g", "1.2 kg"},
    {"Dimensions", "80 mm x 60 mm x 35 mm", "120 mm x 90 mm x 40 mm"},
  };
}
