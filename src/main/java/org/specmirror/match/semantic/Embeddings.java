package org.specmirror.match.semantic;

import java.io.DataInputStream;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sentence embeddings with a cache: each text is embedded once per model, and — when a cache
 * directory is given — kept on disk so that a second run costs little more than a lexical one.
 *
 * <p>The disk cache is one append-only file per model ({@code embeddings-<model>.bin}): records of
 * SHA-256(text) followed by the vector as little-endian floats. Appends hold a file lock; a record
 * cut short by a crash is ignored on the next load. Counters of texts embedded and texts served
 * from the cache are kept for reporting.
 */
public final class Embeddings {

  private final Path cacheFile; // null: memory only
  private final Map<String, float[]> memory = new ConcurrentHashMap<>();
  private boolean loaded;
  private long embedded;
  private long fromCache;
  private long embedNanos;

  private Embeddings(Path cacheDir) {
    this.cacheFile = cacheDir == null ? null : cacheDir.resolve("embeddings-" + MiniLm.ID + ".bin");
  }

  /** Embeddings kept in memory only. */
  public static Embeddings inMemory() {
    return new Embeddings(null);
  }

  /** Embeddings cached under {@code dir} (created when needed). */
  public static Embeddings cachedIn(Path dir) {
    return new Embeddings(dir);
  }

  /** The model's name, for reports. */
  public static String model() {
    return MiniLm.ID;
  }

  public static int dimensions() {
    return MiniLm.DIMENSIONS;
  }

  /** Vectors (unit length) of the texts, in order. Texts seen before are not embedded again. */
  public synchronized List<float[]> of(List<String> texts) {
    loadOnce();
    Map<String, String> keyOf = new HashMap<>();
    LinkedHashMap<String, String> missing = new LinkedHashMap<>(); // key → text
    boolean allKnown = true;
    for (String t : texts) {
      if (!byText.containsKey(t)) {
        allKnown = false;
        break;
      }
    }
    if (allKnown) { // every text asked for before in this process (a panel asks for the standard once per vendor)
      fromCache += texts.size();
      List<float[]> out = new ArrayList<>(texts.size());
      for (String t : texts) {
        out.add(byText.get(t));
      }
      return out;
    }
    for (String t : texts) {
      String k = keyOf.computeIfAbsent(t, Embeddings::key);
      if (!memory.containsKey(k)) {
        missing.putIfAbsent(k, t);
      } else {
        fromCache++;
      }
    }
    if (!missing.isEmpty()) {
      long t0 = System.nanoTime();
      List<float[]> vs = MiniLm.shared().vectors(new ArrayList<>(missing.values()));
      embedNanos += System.nanoTime() - t0;
      int i = 0;
      Map<String, float[]> fresh = new LinkedHashMap<>();
      for (String k : missing.keySet()) {
        float[] v = vs.get(i++);
        memory.put(k, v);
        fresh.put(k, v);
      }
      embedded += fresh.size();
      append(fresh);
    }
    List<float[]> out = new ArrayList<>(texts.size());
    for (String t : texts) {
      float[] v = memory.get(keyOf.get(t));
      byText.put(t, v);
      out.add(v);
    }
    return out;
  }

  /** The vectors handed out in this process, by text (skips hashing texts asked for again). */
  private final Map<String, float[]> byText = new HashMap<>();

  /** Texts embedded by the model in this process. */
  public synchronized long embedded() {
    return embedded;
  }

  /** Texts whose vector came from the cache (memory or disk). */
  public synchronized long fromCache() {
    return fromCache;
  }

  /** Seconds spent in the model. */
  public synchronized double embedSeconds() {
    return embedNanos / 1e9;
  }

  private static String key(String text) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static final int RECORD = 32 + 4 * MiniLm.DIMENSIONS;

  private void loadOnce() {
    if (loaded || cacheFile == null) {
      loaded = true;
      return;
    }
    loaded = true;
    if (!Files.isRegularFile(cacheFile)) {
      return;
    }
    try (InputStream in = new BufferedInputStream(Files.newInputStream(cacheFile), 1 << 16);
        DataInputStream data = new DataInputStream(in)) {
      byte[] rec = new byte[RECORD];
      while (true) {
        int n = data.readNBytes(rec, 0, RECORD);
        if (n < RECORD) {
          break; // end, or a record cut short: ignored
        }
        ByteBuffer bb = ByteBuffer.wrap(rec).order(ByteOrder.LITTLE_ENDIAN);
        byte[] sha = new byte[32];
        bb.get(sha);
        float[] v = new float[MiniLm.DIMENSIONS];
        bb.asFloatBuffer().get(v);
        memory.put(HexFormat.of().formatHex(sha), v);
      }
    } catch (IOException e) {
      // an unreadable cache is only a slower run
      System.getLogger(Embeddings.class.getName()).log(System.Logger.Level.WARNING, "embedding cache unreadable: " + e);
    }
  }

  private void append(Map<String, float[]> fresh) {
    if (cacheFile == null || fresh.isEmpty()) {
      return;
    }
    try {
      Files.createDirectories(cacheFile.getParent());
      try (FileChannel ch =
              FileChannel.open(cacheFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
          FileLock lock = ch.lock()) {
        long size = ch.size();
        if (size % RECORD != 0) {
          ch.truncate(size - size % RECORD); // drop a record a crash cut short
        }
        OutputStream out = java.nio.channels.Channels.newOutputStream(ch);
        ByteBuffer bb = ByteBuffer.allocate(RECORD).order(ByteOrder.LITTLE_ENDIAN);
        for (Map.Entry<String, float[]> e : fresh.entrySet()) {
          bb.clear();
          bb.put(HexFormat.of().parseHex(e.getKey()));
          for (float f : e.getValue()) {
            bb.putFloat(f);
          }
          out.write(bb.array(), 0, RECORD);
        }
        out.flush();
      }
    } catch (IOException e) {
      System.getLogger(Embeddings.class.getName()).log(System.Logger.Level.WARNING, "embedding cache not written: " + e);
    }
  }
}
