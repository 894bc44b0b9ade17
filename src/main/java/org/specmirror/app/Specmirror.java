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
                    IngestedDocument doc = reader.read(in.path(), in.display());
                    return extractor.extract(doc);
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
        Object o = get(f);
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

  private static Object get(Future<Object> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }
}
