package org.specmirror.app;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.specmirror.extract.ExtractOptions;
import org.specmirror.ingest.IngestOptions;
import org.specmirror.model.DocumentInfo;
import org.specmirror.model.ExtractedDocument;
import org.specmirror.model.Notice;

/**
 * A cache of extracted documents on disk, so that scoring the same standard against one more vendor
 * re-reads only the new file.
 *
 * <p>An entry is identified by the SHA-256 of the input's bytes, the tool's {@linkplain
 * ToolVersion#fingerprint() version} and an options key built by the caller (see {@link
 * #optionsKey(ExtractOptions, IngestOptions, Path)}). It is one JSON file, {@code
 * <dir>/extract/<first 2 hex>/<sha256>-<first 16 hex of sha256(version "\n" optionsKey)>.json}:
 *
 * <pre>{"format": 1, "version": ..., "options": ..., "sha256": ..., "payload_sha256": ..., "document": {...}}</pre>
 *
 * where {@code payload_sha256} is the SHA-256 of the document as this class serializes it
 * (compact JSON of the {@code document} tree). Entries are written to a temporary file in the same
 * folder and moved into place atomically, so readers (other threads or processes) see either no
 * entry, the old one or the new one, never a partial one.
 *
 * <p>The cache is never trusted blindly and never fails a run: an unreadable or truncated file, a
 * wrong format number, another version or options key, a hash that does not match (input or
 * payload) or a document that does not deserialize is a miss (logged at debug level) and the next
 * {@link #put} overwrites it; a folder that cannot be written is logged at debug level and ignored.
 * Every method is safe to call from several threads.
 *
 * <p>The document records the input's path as the user gave it ({@link DocumentInfo#path()}, and
 * the path of its notices); use {@link #withPath(ExtractedDocument, String)} on a hit to show the
 * path of the current run.
 */
public final class ExtractCache {
  /** The entry format this class writes and accepts. */
  public static final int FORMAT = 1;

  private static final Logger LOG = LoggerFactory.getLogger(ExtractCache.class);
  private static final ExtractCache DISABLED = new ExtractCache(null, "");

  private final Path root;
  private final String version;

  private ExtractCache(Path root, String version) {
    this.root = root;
    this.version = version;
  }

  /** A cache whose entries live under {@code dir/extract/}; the folder is created on first write. */
  public static ExtractCache in(Path dir) {
    return in(dir, ToolVersion.fingerprint());
  }

  /** As {@link #in(Path)}, with another version (tests). */
  static ExtractCache in(Path dir, String version) {
    Objects.requireNonNull(dir, "dir");
    Objects.requireNonNull(version, "version");
    return new ExtractCache(dir.resolve("extract"), version);
  }

  /** A cache that holds nothing: every get is a miss and put does nothing. */
  public static ExtractCache disabled() {
    return DISABLED;
  }

  /** False for {@link #disabled()}. */
  public boolean enabled() {
    return root != null;
  }

  /**
   * The document cached for these bytes and options, or empty when there is none or the entry
   * cannot be trusted. Cheap when the entry is missing (one failed open).
   *
   * @param sha256Hex SHA-256 of the input's bytes, hex (see {@link #sha256(Path)})
   * @param optionsKey the caller's fingerprint of everything else the output depends on
   */
  public Optional<ExtractedDocument> get(String sha256Hex, String optionsKey) {
    if (root == null) {
      return Optional.empty();
    }
    String sha = checkedSha(sha256Hex);
    if (sha == null || optionsKey == null) {
      LOG.debug("extract cache: not a usable key ({}, {})", sha256Hex, optionsKey);
      return Optional.empty();
    }
    Path p = entryPath(sha, optionsKey);
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(p);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      LOG.debug("extract cache: cannot read {}: {}", p, e.toString());
      return Optional.empty();
    }
    try {
      return Optional.of(decode(bytes, sha, optionsKey));
    } catch (BadEntry e) {
      LOG.debug("extract cache: ignoring {}: {}", p, e.getMessage());
    } catch (IOException | RuntimeException | StackOverflowError e) {
      LOG.debug("extract cache: ignoring unreadable {}: {}", p, e.toString());
    }
    return Optional.empty();
  }

  /**
   * Stores {@code doc} for these bytes and options, replacing any entry. Does nothing (logged at
   * debug level) when the cache is disabled, the folder cannot be written, the document's own
   * SHA-256 is not {@code sha256Hex}, or the document would not read back equal.
   */
  public void put(String sha256Hex, String optionsKey, ExtractedDocument doc) {
    if (root == null) {
      return;
    }
    String sha = checkedSha(sha256Hex);
    if (sha == null || optionsKey == null || doc == null) {
      LOG.debug("extract cache: not a usable key or document ({}, {})", sha256Hex, optionsKey);
      return;
    }
    if (!sha.equals(doc.info().sha256())) {
      LOG.debug("extract cache: not storing {}: its sha256 is {}, not {}", doc.info().path(), doc.info().sha256(), sha);
      return;
    }
    Path p = entryPath(sha, optionsKey);
    byte[] bytes;
    try {
      bytes = encode(sha, optionsKey, doc);
      ExtractedDocument back = decode(bytes, sha, optionsKey);
      if (!back.equals(doc)) {
        LOG.debug("extract cache: not storing {}: it does not read back equal", doc.info().path());
        return;
      }
    } catch (IOException | RuntimeException | BadEntry | StackOverflowError e) {
      LOG.debug("extract cache: not storing {}: {}", doc.info().path(), e.toString());
      return;
    }
    try {
      writeAtomically(p, bytes);
    } catch (IOException | RuntimeException e) {
      LOG.debug("extract cache: cannot write {}: {}", p, e.toString());
    }
  }

  /** Hex SHA-256 of the file's bytes (lower case, as {@link DocumentInfo#sha256()}), read in chunks. */
  public static String sha256(Path file) throws IOException {
    MessageDigest md = sha256Digest();
    byte[] buf = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      int n;
      while ((n = in.read(buf)) > 0) {
        md.update(buf, 0, n);
      }
    }
    return HexFormat.of().formatHex(md.digest());
  }

  /**
   * A fingerprint of the options that change what is extracted from the same bytes: the forced
   * kind, informative statements, whether a learned judge is used (and its veto threshold), the
   * character limit, the embedded-document depth, the size limit and the text encoding. The timeout
   * is left out: it decides only whether a document is read at all, and failures are not cached.
   * The judge is represented by its presence only: a different classifier needs another key.
   */
  public static String optionsKey(ExtractOptions o, IngestOptions i) {
    Objects.requireNonNull(o, "extract options");
    Objects.requireNonNull(i, "ingest options");
    return "kind=" + (o.forcedKind() == null ? "detect" : o.forcedKind().name())
        + ";informative=" + o.includeInformative()
        + ";judge=" + (o.judge() == null ? "none" : "on(vetoBelow=" + o.judge().vetoBelow() + ")")
        + ";maxChars=" + i.maxChars()
        + ";maxEmbeddedDepth=" + i.maxEmbeddedDepth()
        + ";maxBytes=" + i.maxBytes()
        + ";encoding=" + (i.encoding() == null ? "strict-utf-8" : i.encoding().name());
  }

  /**
   * {@link #optionsKey(ExtractOptions, IngestOptions)} plus the file's name, which the output also
   * depends on (the title falls back to it; it is a format hint to the parser). The folder is left
   * out: a hit for the same bytes under the same name elsewhere is exact once relabelled with
   * {@link #withPath(ExtractedDocument, String)}. Use this key for {@link #get} and {@link #put}.
   */
  public static String optionsKey(ExtractOptions o, IngestOptions i, Path file) {
    Path name = file.getFileName();
    return optionsKey(o, i) + ";name=" + (name == null ? "" : name.toString());
  }

  /**
   * The document as if it had been read under {@code display}: the path of its info and of the
   * notices that named the old path are replaced (nothing else in a document depends on it).
   */
  public static ExtractedDocument withPath(ExtractedDocument doc, String display) {
    String old = doc.info().path();
    if (old.equals(display)) {
      return doc;
    }
    DocumentInfo i = doc.info();
    DocumentInfo info = new DocumentInfo(display, i.mediaType(), i.sha256(), i.bytes(), i.pages(), i.title());
    List<Notice> notices = new ArrayList<>();
    for (Notice n : doc.notices()) {
      notices.add(
          n.path().equals(old) ? new Notice(display, n.severity(), n.code(), n.message(), n.hint()) : n);
    }
    return new ExtractedDocument(
        info, doc.kind(), doc.kindReason(), doc.conventions(), doc.requirements(), notices);
  }

  /** Where the entry for this key lives (whether or not it exists); null when disabled. */
  Path entryPath(String sha256Hex, String optionsKey) {
    if (root == null) {
      return null;
    }
    String sha = checkedSha(sha256Hex);
    if (sha == null) {
      throw new IllegalArgumentException("not a SHA-256: " + sha256Hex);
    }
    String variant =
        HexFormat.of()
            .formatHex(sha256Digest().digest((version + "\n" + optionsKey).getBytes(StandardCharsets.UTF_8)))
            .substring(0, 16);
    return root.resolve(sha.substring(0, 2)).resolve(sha + "-" + variant + ".json");
  }

  // --- encoding -------------------------------------------------------------------------------

  private byte[] encode(String sha, String optionsKey, ExtractedDocument doc) throws JsonProcessingException {
    JsonNode document = Jackson.MAPPER.valueToTree(doc);
    ObjectNode entry = Jackson.MAPPER.createObjectNode();
    entry.put("format", FORMAT);
    entry.put("version", version);
    entry.put("options", optionsKey);
    entry.put("sha256", sha);
    entry.put("payload_sha256", payloadSha(document));
    entry.set("document", document);
    return Jackson.MAPPER.writeValueAsBytes(entry);
  }

  private ExtractedDocument decode(byte[] bytes, String sha, String optionsKey) throws IOException, BadEntry {
    JsonNode entry = Jackson.MAPPER.readTree(bytes);
    if (entry == null || !entry.isObject()) {
      throw new BadEntry("not a JSON object");
    }
    JsonNode format = entry.get("format");
    if (format == null || !format.isInt() || format.intValue() != FORMAT) {
      throw new BadEntry("format " + format + ", expected " + FORMAT);
    }
    expectText(entry, "version", version);
    expectText(entry, "options", optionsKey);
    expectText(entry, "sha256", sha);
    JsonNode document = entry.get("document");
    if (document == null || !document.isObject()) {
      throw new BadEntry("no document");
    }
    expectText(entry, "payload_sha256", payloadSha(document));
    ExtractedDocument doc = Jackson.MAPPER.treeToValue(document, ExtractedDocument.class);
    if (doc == null || !sha.equals(doc.info().sha256())) {
      throw new BadEntry("the document is not the one of " + sha);
    }
    return doc;
  }

  private static void expectText(JsonNode entry, String field, String expected) throws BadEntry {
    JsonNode n = entry.get(field);
    if (n == null || !n.isTextual() || !n.textValue().equals(expected)) {
      throw new BadEntry(field + " is " + n + ", expected \"" + expected + "\"");
    }
  }

  private static String payloadSha(JsonNode document) throws JsonProcessingException {
    return HexFormat.of().formatHex(sha256Digest().digest(Jackson.MAPPER.writeValueAsBytes(document)));
  }

  private static void writeAtomically(Path target, byte[] bytes) throws IOException {
    Path dir = target.getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
    try {
      Files.write(tmp, bytes);
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Lower-case hex of 64 digits, or null when {@code s} is not a SHA-256. */
  private static String checkedSha(String s) {
    if (s == null || s.length() != 64) {
      return null;
    }
    String lower = s.toLowerCase(Locale.ROOT);
    for (int k = 0; k < lower.length(); k++) {
      char c = lower.charAt(k);
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
        return null;
      }
    }
    return lower;
  }

  private static MessageDigest sha256Digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ObjectMapper mapper() {
    return JsonMapper.builder()
        .serializationInclusion(JsonInclude.Include.ALWAYS)
        .disable(SerializationFeature.INDENT_OUTPUT)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .build();
  }

  /** Loaded on the first entry read or written, so that a miss does not pay for Jackson's set-up. */
  private static final class Jackson {
    static final ObjectMapper MAPPER = mapper();
  }

  /** An entry that parsed but cannot be trusted. */
  private static final class BadEntry extends Exception {
    BadEntry(String message) {
      super(message, null, false, false);
    }
  }
}
