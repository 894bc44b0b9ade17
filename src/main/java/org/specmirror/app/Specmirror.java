package org.specmirror.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.specmirror.extract.ExtractOptions;
import org.specmirror.extract.Extractor;
import org.specmirror.ingest.DocumentReader;
import org.specmirror.ingest.IngestException;
import org.specmirror.ingest.IngestOptions;
import org.specmirror.match.DocumentMatcher;
import org.specmirror.match.Engine;
import org.specmirror.match.MatchOptions;
import org.specmirror.match.Vendor;
import org.specmirror.score.PanelOptions;
import org.specmirror.score.PanelScorer;
import org.specmirror.score.PanelResult;
import org.specmirror.model.DocumentKind;
import org.specmirror.model.ExtractedDocument;
import org.specmirror.model.IngestedDocument;
import org.specmirror.model.Notice;

/**
 * The facade the command line and the tests both call: one method per use of the tool.
 */
public final class Specmirror {

  private Specmirror() {}

  /** One input: where to read it and how to name it in output. */
  public record Input(Path path, String display) {
    public static Input of(Path p) {
      return new Input(p, p.toString());
    }
  }

  /**
   * Reads and extracts every input, in parallel across documents (bounded by {@code threads}); the
   * result is in input order whatever the thread timing. A document that cannot be read becomes a
   * failure notice and the rest are processed.
   */
  public static ExtractReport extract(
      List<Input> inputs,
      IngestOptions ingest,
      ExtractOptions extract,
      int threads,
      Consumer<Input> onDone) {
    return extract(inputs, ingest, extract, threads, onDone, ExtractCache.disabled());
  }

  /**
   * As {@link #extract(List, IngestOptions, ExtractOptions, int, Consumer)}, reusing documents
   * extracted before: a document whose bytes, file name, options and tool build are unchanged is
   * taken from {@code cache}; a bad or stale entry is never trusted (it is read again and replaced).
   */
  public static ExtractReport extract(
      List<Input> inputs,
      IngestOptions ingest,
      ExtractOptions extract,
      int threads,
      Consumer<Input> onDone,
      ExtractCache cache) {
    DocumentReader reader = new DocumentReader(ingest);
    Extractor extractor = new Extractor(extract);
    int n = Math.max(1, Math.min(threads, inputs.size()));
    ExecutorService pool =
        Executors.newFixedThreadPool(
            n,
            r -> {
              Thread t = new Thread(r, "specmirror-worker");
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<Object>> futures = new ArrayList<>();
      for (Input in : inputs) {
        futures.add(
            pool.submit(
                () -> {
                  try {
                    String sha = null;
                    String key = null;
                    if (cache.enabled()) {
                      try {
                        sha = ExtractCache.sha256(in.path());
                        key = ExtractCache.optionsKey(extract, ingest, in.path());
                        var hit = cache.get(sha, key);
                        if (hit.isPresent()) {
                          return ExtractCache.withPath(hit.get(), in.display());
                        }
                      } catch (java.io.IOException e) {
                        sha = null; // unreadable here: the reader reports it properly
                      }
                    }
                    IngestedDocument doc = reader.read(in.path(), in.display());
                    ExtractedDocument out = extractor.extract(doc);
                    if (sha != null && out.info().sha256().equals(sha)) {
                      cache.put(sha, key, out);
                    }
                    return out;
                  } catch (IngestException e) {
                    return new Notice(in.display(), Notice.Severity.ERROR, e.code(), e.getMessage(), e.hint());
                  } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                    return new Notice(
                        in.display(),
                        Notice.Severity.ERROR,
                        "internal",
                        "could not be processed (" + e + ")",
                        "please report this with the file if you can share it");
                  } finally {
                    if (onDone != null) {
                      onDone.accept(in);
                    }
                  }
                }));
      }
      List<ExtractedDocument> docs = new ArrayList<>();
      List<Notice> failures = new ArrayList<>();
      for (Future<Object> f : futures) {
        Object o = join(f);
        if (o instanceof ExtractedDocument d) {
          docs.add(d);
        } else {
          failures.add((Notice) o);
        }
      }
      return new ExtractReport(docs, failures);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Compares a standard with one vendor document. The standard is read as a standard and the vendor
   * document as a datasheet whatever their content suggests. A document that cannot be read, a
   * standard without normative requirements or a vendor document without feature statements gives
   * an error notice and no comparison (never a silent "0 % aligned").
   */
  public static CompareReport compare(
      Input standard, Input vendor, IngestOptions ingest, ExtractOptions extract, MatchOptions match, int threads) {
    return compare(standard, vendor, ingest, extract, match, threads, ExtractCache.disabled());
  }

  /** As above, with a cache of extracted documents. */
  public static CompareReport compare(
      Input standard,
      Input vendor,
      IngestOptions ingest,
      ExtractOptions extract,
      MatchOptions match,
      int threads,
      ExtractCache cache) {
    ExtractReport std = extract(List.of(standard), ingest, extract.as(DocumentKind.STANDARD), 1, null, cache);
    ExtractReport ven = extract(List.of(vendor), ingest, extract.as(DocumentKind.DATASHEET), 1, null, cache);
    List<Notice> notices = new ArrayList<>(std.allNotices());
    notices.addAll(ven.allNotices());
    if (std.documents().isEmpty() || ven.documents().isEmpty()) {
      return new CompareReport(null, notices);
    }
    ExtractedDocument s = std.documents().get(0);
    ExtractedDocument v = ven.documents().get(0);
    DocumentMatcher matcher = new DocumentMatcher(new Engine(match, threads));
    boolean usable = true;
    if (matcher.normative(s).isEmpty()) {
      notices.add(noStatements(standard, "no normative requirement statements (shall, must, is required to, should, may, ...)"));
      usable = false;
    }
    if (DocumentMatcher.features(v).isEmpty()) {
      notices.add(noStatements(vendor, "no feature or specification statements"));
      usable = false;
    }
    if (!usable) {
      return new CompareReport(null, notices);
    }
    return new CompareReport(matcher.compare(s, Vendor.of(v), List.of()), notices);
  }

  /** The documents of one vendor; the name is null when it should come from the document. */
  public record VendorInput(String name, List<Input> files) {
    public VendorInput {
      files = List.copyOf(files);
    }
  }

  /**
   * Scores a standard against a panel of vendors. All documents are read in parallel (order of the
   * result independent of timing). Unreadable files and documents with nothing to compare are
   * reported and left out; the rest is scored. A vendor without a name is named after its document:
   * the title when it is short, else the file name.
   */
  public static ScoreReport score(
      Input standard,
      List<VendorInput> vendors,
      IngestOptions ingest,
      ExtractOptions extract,
      MatchOptions match,
      PanelOptions panel,
      int threads,
      Consumer<Input> onDone,
      ExtractCache cache) {
    List<Input> files = new ArrayList<>();
    for (VendorInput v : vendors) {
      files.addAll(v.files());
    }
    long t0 = System.nanoTime();
    // the standard (often the largest document) is read on a thread of its own while the vendor
    // documents are read on the pool, instead of before them with the other cores idle
    java.util.concurrent.FutureTask<ExtractReport> stdTask =
        new java.util.concurrent.FutureTask<>(
            () -> extract(List.of(standard), ingest, extract.as(DocumentKind.STANDARD), 1, onDone, cache));
    Thread stdThread = new Thread(stdTask, "specmirror-standard");
    stdThread.setDaemon(true);
    stdThread.start();
    ExtractReport ven = extract(files, ingest, extract.as(DocumentKind.DATASHEET), threads, onDone, cache);
    ExtractReport std = join(stdTask);
    Timing.LOG.info("read {} documents in {} s", files.size() + 1, Timing.since(t0));
    List<Notice> notices = new ArrayList<>(std.allNotices());
    notices.addAll(ven.allNotices());
    if (std.documents().isEmpty()) {
      return new ScoreReport(null, notices);
    }
    ExtractedDocument s = std.documents().get(0);
    DocumentMatcher matcher = new DocumentMatcher(new Engine(match, threads));
    if (matcher.normative(s).isEmpty()) {
      notices.add(noStatements(standard, "no normative requirement statements (shall, must, is required to, should, may, ...)"));
      return new ScoreReport(null, notices);
    }
    java.util.Map<String, ExtractedDocument> byPath = new java.util.HashMap<>();
    for (ExtractedDocument d : ven.documents()) {
      byPath.put(d.info().path(), d);
    }
    List<Vendor> panelVendors = new ArrayList<>();
    java.util.Set<String> names = new java.util.HashSet<>();
    for (VendorInput v : vendors) {
      List<ExtractedDocument> docs = new ArrayList<>();
      for (Input in : v.files()) {
        ExtractedDocument d = byPath.get(in.display());
        if (d == null) {
          continue; // unreadable: already reported
        }
        if (DocumentMatcher.features(d).isEmpty()) {
          notices.add(noStatements(in, "no feature or specification statements"));
          continue;
        }
        docs.add(d);
      }
      if (docs.isEmpty()) {
        continue;
      }
      String name = v.name() != null ? v.name() : defaultName(docs.get(0));
      String unique = name;
      for (int k = 2; !names.add(unique); k++) {
        unique = name + " (" + k + ")";
      }
      panelVendors.add(new Vendor(unique, docs));
    }
    if (panelVendors.isEmpty()) {
      return new ScoreReport(null, notices);
    }
    long t1 = System.nanoTime();
    PanelResult result = new PanelScorer(matcher, match, panel, threads).score(s, panelVendors);
    Timing.LOG.info("scored {} vendors (comparisons and panel statistics) in {} s", panelVendors.size(), Timing.since(t1));
    return new ScoreReport(result, notices);
  }

  /** The document's title when it is a short name, else the file name without its extension. */
  static String defaultName(ExtractedDocument d) {
    String t = d.info().title().strip();
    if (!t.isEmpty() && t.length() <= 40) {
      return t;
    }
    String f = java.nio.file.Path.of(d.info().path()).getFileName().toString();
    int dot = f.lastIndexOf('.');
    return dot > 0 ? f.substring(0, dot) : f;
  }

  private static Notice noStatements(Input in, String what) {
    return new Notice(
        in.display(),
        Notice.Severity.ERROR,
        "no-statements",
        "was read but holds " + what + ", so there is nothing to compare",
        "a scanned PDF without a text layer needs OCR first; check what was read with 'specmirror extract "
            + in.display()
            + " --all'");
  }

  /** The result of a task, with its own unchecked exception or error rethrown as it was. */
  private static <T> T join(Future<T> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      if (e.getCause() instanceof Error er) {
        throw er;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
