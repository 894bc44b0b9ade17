package org.specmirror.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.extractor.ParsingEmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.specmirror.model.Block;
import org.specmirror.model.DocumentInfo;
import org.specmirror.model.IngestedDocument;
import org.specmirror.model.Notice;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Reads one document of any supported format into structural blocks. Format is detected from the
 * bytes (Tika's detector; the file name is only a hint Tika may use when the bytes say nothing).
 * Text is then told apart by its syntax: AsciiDoc ({@link AsciiDocReader}), Markdown
 * ({@link MarkdownReader}) or plain text ({@link TextLayout}); a .adoc name lowers the AsciiDoc bar
 * to one sign of AsciiDoc syntax, it never makes plain text AsciiDoc.
 *
 * <p>Thread-safe: one instance may read many documents in parallel.
 */
public final class DocumentReader {

  private static final TikaConfig TIKA = TikaConfig.getDefaultConfig();

  private final IngestOptions options;
  /**
   * AutoDetectParser, not the bare composite parser: it wraps the handler in Tika's
   * SecureContentHandler, which stops zip bombs.
   */
  private final AutoDetectParser parser = new AutoDetectParser(new KnownTypeDetector(TIKA.getDetector()));

  /** Metadata key carrying the type this reader already detected, so Tika does not detect again. */
  private static final String DETECTED = "specmirror:detected-type";

  /** Returns the type already detected for the top-level document; detects embedded ones. */
  private static final class KnownTypeDetector implements Detector {
    private final Detector delegate;

    KnownTypeDetector(Detector delegate) {
      this.delegate = delegate;
    }

    @Override
    public MediaType detect(InputStream input, Metadata metadata) throws IOException {
      String known = metadata.get(DETECTED);
      if (known != null) {
        metadata.remove(DETECTED); // embedded documents get their own detection
        return MediaType.parse(known);
      }
      return delegate.detect(input, metadata);
    }
  }
  private final Detector detector = TIKA.getDetector();

  public DocumentReader(IngestOptions options) {
    this.options = options;
  }

  /**
   * Reads a document.
   *
   * @param path the file
   * @param displayPath the path as the user gave it (used in messages and output)
   * @throws IngestException with a code, message and hint when the document cannot be read
   */
  public IngestedDocument read(Path path, String displayPath) throws IngestException {
    byte[] bytes = readBytes(path);
    String sha = sha256(bytes);
    if (bytes.length == 0) {
      throw new IngestException(
          "empty", "the file is empty (0 bytes)", "check that the file was copied or downloaded completely");
    }
    String name = path.getFileName() == null ? "" : path.getFileName().toString();
    MediaType type = detect(bytes);
    String base = type.getBaseType().toString();
    List<Notice> notices = new ArrayList<>();
    String ext = extension(name);

    if (base.equals("application/octet-stream")) {
      throw new IngestException(
          "unrecognised-format",
          "the content is not a document format specmirror can read"
              + (ext.isEmpty() ? "" : " (the name says ." + ext + ", the bytes do not)"),
          "check that the file is not corrupt; supported: PDF, DOCX, DOC, ODT, RTF, HTML, Markdown, AsciiDoc, text");
    }
    if (base.startsWith("image/") || base.startsWith("audio/") || base.startsWith("video/")) {
      throw new IngestException(
          "not-a-document",
          "the content is " + base + ", not a text document",
          "specmirror does not OCR images; convert it to a PDF with a text layer (e.g. ocrmypdf)");
    }
    if (isPlainText(base)) {
      return readText(bytes, displayPath, name, sha, notices);
    }
    return readWithTika(bytes, displayPath, name, sha, type, notices);
  }

  private IngestedDocument readText(
      byte[] bytes, String displayPath, String name, String sha, List<Notice> notices)
      throws IngestException {
    String text = decode(bytes);
    if (text.length() > options.maxChars()) {
      notices.add(limitNotice(displayPath));
      text = text.substring(0, (int) options.maxChars());
    }
    if (text.isBlank()) {
      throw new IngestException("no-text", "the file contains only white space", "check the file");
    }
    List<Block> blocks;
    String mediaType;
    if (AsciiDocReader.looksLikeAsciiDoc(text, name)) {
      AsciiDocReader.Result adoc = new AsciiDocReader().read(text);
      blocks = adoc.blocks();
      mediaType = "text/asciidoc";
      if (!adoc.includes().isEmpty()) {
        notices.add(
            new Notice(
                displayPath,
                Notice.Severity.WARNING,
                "include-skipped",
                adoc.includes().size()
                    + " include directive(s) were not followed, so their text is missing (first: "
                    + adoc.includes().get(0)
                    + ")",
                "combine the document into one file first (e.g. with asciidoctor-reducer) and read that"));
      }
    } else if (MarkdownReader.looksLikeMarkdown(text)) {
      blocks = new MarkdownReader().read(text);
      mediaType = "text/markdown";
    } else {
      blocks = TextLayout.blocks(TextLayout.numbered(text));
      mediaType = "text/plain";
    }
    String title = firstHeading(blocks, stripExtension(name));
    DocumentInfo info = new DocumentInfo(displayPath, mediaType, sha, bytes.length, null, title);
    return new IngestedDocument(info, blocks, notices);
  }

  private IngestedDocument readWithTika(
      byte[] bytes, String displayPath, String name, String sha, MediaType type, List<Notice> notices)
      throws IngestException {
    String base = type.getBaseType().toString();
    Metadata md = new Metadata();
    md.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
    md.set(Metadata.CONTENT_TYPE, type.toString());
    md.set(DETECTED, type.toString());
    XhtmlBlockHandler handler = new XhtmlBlockHandler(options.maxChars());
    ParseContext ctx = new ParseContext();
    PDFParserConfig pdf = new PDFParserConfig();
    pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
    pdf.setExtractInlineImages(false);
    pdf.setExtractAnnotationText(false);
    ctx.set(PDFParserConfig.class, pdf);
    ctx.set(org.apache.tika.parser.html.HtmlMapper.class, new FurnitureDroppingHtmlMapper());
    org.apache.tika.parser.microsoft.OfficeParserConfig office = new org.apache.tika.parser.microsoft.OfficeParserConfig();
    office.setIncludeHeadersAndFooters(false); // running headers and footers are not content
    ctx.set(org.apache.tika.parser.microsoft.OfficeParserConfig.class, office);
    TesseractOCRConfig ocr = new TesseractOCRConfig();
    ocr.setSkipOcr(true);
    ctx.set(TesseractOCRConfig.class, ocr);
    ctx.set(org.apache.tika.parser.Parser.class, parser); // embedded documents are detected, then parsed
    DepthLimitedExtractor embedded = new DepthLimitedExtractor(ctx, options.maxEmbeddedDepth());
    ctx.set(EmbeddedDocumentExtractor.class, embedded);

    parseWithTimeout(bytes, handler, md, ctx, displayPath);
    if (handler.truncated()) {
      notices.add(limitNotice(displayPath));
    }
    if (embedded.skipped() > 0) {
      notices.add(
          new Notice(
              displayPath,
              Notice.Severity.WARNING,
              "limit-embedded-depth",
              embedded.skipped()
                  + " embedded document(s) nested deeper than "
                  + options.maxEmbeddedDepth()
                  + " level(s) were not read",
              "raise --max-embedded-depth to read them"));
    }
    Integer pages = md.getInt(PagedText.N_PAGES);
    boolean paged = base.equals("application/pdf");
    List<Block> blocks;
    if (paged) {
      blocks = TextLayout.blocks(TextLayout.stripRunningText(handler.pages()));
      if (!hasEofMarker(bytes)) {
        notices.add(
            new Notice(
                displayPath,
                Notice.Severity.WARNING,
                "truncated",
                "the PDF has no end-of-file marker: it looks truncated, so text may be missing",
                "get a complete copy of the file"));
      }
    } else {
      blocks = handler.blocks();
      if (base.contains("html")) {
        blocks = new HtmlLineLocator(new String(bytes, charsetOf(md))).locate(blocks);
      }
    }
    if (blocks.isEmpty()) {
      if (embedded.skipped() > 0) {
        throw new IngestException(
            "limit-embedded-depth",
            "its text is only in embedded documents nested deeper than " + options.maxEmbeddedDepth() + " level(s)",
            "raise --max-embedded-depth to read them");
      }
      if (paged) {
        throw new IngestException(
            "no-text-layer",
            "the PDF has " + (pages == null ? "no" : pages) + " page(s) but no text layer (a scan?)",
            "run OCR first (e.g. ocrmypdf) and read the result");
      }
      throw new IngestException(
          "no-text", "no text was found in this " + base + " document", "check the file opens and has text");
    }
    String title = md.get(TikaCoreProperties.TITLE);
    if (title == null || title.isBlank()) {
      title = handler.title();
    }
    if (title == null || title.isBlank()) {
      title = firstHeading(blocks, stripExtension(name));
    }
    DocumentInfo info =
        new DocumentInfo(displayPath, base, sha, bytes.length, paged ? pages : null, XhtmlBlockHandler.clean(title));
    return new IngestedDocument(info, blocks, notices);
  }

  private void parseWithTimeout(
      byte[] bytes, ContentHandler handler, Metadata md, ParseContext ctx, String displayPath)
      throws IngestException {
    FutureTask<Void> task =
        new FutureTask<>(
            () -> {
              try (InputStream in = TikaInputStream.get(bytes)) {
                parser.parse(in, handler, md, ctx);
              } catch (XhtmlBlockHandler.LimitReached e) {
                // recorded by the handler; keep what was read
              } catch (SAXException e) {
                if (!(e instanceof XhtmlBlockHandler.LimitReached)
                    && e.getException() instanceof XhtmlBlockHandler.LimitReached) {
                  return null;
                }
                throw e;
              } catch (TikaException e) {
                if (causedByLimit(e)) {
                  return null;
                }
                throw e;
              }
              return null;
            });
    Thread t = new Thread(task, "specmirror-parse");
    t.setDaemon(true);
    t.start();
    try {
      task.get(options.timeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      task.cancel(true);
      throw new IngestException(
          "timeout",
          "reading took longer than " + options.timeout().toSeconds() + " s and was stopped",
          "raise --timeout, or split the document");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IngestException("interrupted", "reading was interrupted", "run again");
    } catch (ExecutionException e) {
      throw Failures.describe(e.getCause());
    }
  }

  private static boolean causedByLimit(Throwable e) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof XhtmlBlockHandler.LimitReached) {
        return true;
      }
    }
    return false;
  }

  /**
   * The media type from the bytes alone (magic numbers, container contents, text sniffing): the
   * name never makes bytes readable, so a file named .pdf holding random bytes is octet-stream.
   */
  private MediaType detect(byte[] bytes) throws IngestException {
    try (TikaInputStream in = TikaInputStream.get(bytes)) {
      return detector.detect(in, new Metadata());
    } catch (IOException e) {
      throw new IngestException("io", "could not read the file: " + e.getMessage(), "check the file");
    }
  }


  private static boolean isPlainText(String base) {
    return base.equals("text/plain")
        || base.equals("text/markdown")
        || base.equals("text/x-web-markdown")
        || base.equals("text/x-markdown")
        || base.equals("text/asciidoc")
        || base.equals("text/x-asciidoc");
  }

  private String decode(byte[] bytes) throws IngestException {
    Charset cs = options.encoding() == null ? StandardCharsets.UTF_8 : options.encoding();
    int offset = 0;
    if (cs.equals(StandardCharsets.UTF_8)
        && bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      offset = 3;
    }
    CharsetDecoder dec =
        cs.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return dec.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
    } catch (MalformedInputException e) {
      int at = firstMalformed(bytes, offset);
      throw new IngestException(
          "encoding",
          "the text is not valid "
              + cs.name()
              + (at >= 0 ? String.format(Locale.ROOT, " (byte 0x%02X at offset %d)", bytes[at] & 0xFF, at) : ""),
          "convert it to UTF-8 (e.g. iconv -f ISO-8859-1 -t UTF-8) or pass --encoding ISO-8859-1");
    } catch (CharacterCodingException e) {
      throw new IngestException(
          "encoding", "the text cannot be decoded as " + cs.name(), "pass the right --encoding");
    }
  }

  private static int firstMalformed(byte[] bytes, int offset) {
    CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
    java.nio.charset.CoderResult r = dec.decode(in, out, true);
    return r.isError() ? in.position() : -1;
  }

  private static Charset charsetOf(Metadata md) {
    String ct = md.get(Metadata.CONTENT_ENCODING);
    if (ct != null) {
      try {
        return Charset.forName(ct);
      } catch (RuntimeException e) {
        return StandardCharsets.UTF_8;
      }
    }
    return StandardCharsets.UTF_8;
  }

  private byte[] readBytes(Path path) throws IngestException {
    try {
      if (Files.isDirectory(path)) {
        throw new IngestException("not-a-file", "this is a directory, not a file", "name the files inside it");
      }
      long size = Files.size(path);
      if (size > options.maxBytes()) {
        throw new IngestException(
            "too-large",
            "the file is " + size + " bytes, over the limit of " + options.maxBytes(),
            "raise --max-bytes if this is really one document");
      }
      return Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new IngestException("not-found", "no such file", "check the path");
    } catch (AccessDeniedException e) {
      throw new IngestException("permission", "permission denied", "check the file's permissions");
    } catch (IOException e) {
      throw new IngestException("io", "could not read the file: " + e.getMessage(), "check the file");
    }
  }

  private Notice limitNotice(String displayPath) {
    return new Notice(
        displayPath,
        Notice.Severity.WARNING,
        "limit-chars",
        "only the first " + options.maxChars() + " characters were read (character limit reached)",
        "raise --max-chars to read the whole document");
  }

  private static boolean hasEofMarker(byte[] bytes) {
    int from = Math.max(0, bytes.length - 2048);
    String tail = new String(bytes, from, bytes.length - from, StandardCharsets.ISO_8859_1);
    return tail.contains("%%EOF");
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The first heading that names the document (not a generic "Summary" or "Contents"); else the
   * first sentence of the text before it; else the fallback.
   */
  static String firstHeading(List<Block> blocks, String fallback) {
    String before = null;
    for (Block b : blocks) {
      if (b.kind() == Block.Kind.HEADING) {
        if (!TextLayout.NAMED_HEADING.matcher(b.text()).matches() || before == null) {
          return before != null && TextLayout.NAMED_HEADING.matcher(b.text()).matches() ? before : shorten(b.text());
        }
        return before;
      }
      if (before == null && b.kind() == Block.Kind.PARAGRAPH) {
        before = shorten(b.text());
      }
    }
    return before != null ? before : fallback;
  }

  private static String shorten(String t) {
    String s = t.strip();
    int end = s.indexOf(". ");
    if (end > 0 && end < 160) {
      s = s.substring(0, end);
    }
    return s.length() <= 160 ? s : s.substring(0, 159) + "…";
  }

  private static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static String stripExtension(String name) {
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? name : name.substring(0, dot);
  }

  /** Tika's HTML mapping, plus: navigation and page footers are furniture, not content. */
  private static final class FurnitureDroppingHtmlMapper implements org.apache.tika.parser.html.HtmlMapper {
    private final org.apache.tika.parser.html.HtmlMapper base = org.apache.tika.parser.html.DefaultHtmlMapper.INSTANCE;

    @Override
    public String mapSafeElement(String name) {
      return base.mapSafeElement(name);
    }

    @Override
    public boolean isDiscardElement(String name) {
      return base.isDiscardElement(name) || "nav".equalsIgnoreCase(name) || "footer".equalsIgnoreCase(name);
    }

    @Override
    public String mapSafeAttribute(String elementName, String attributeName) {
      return base.mapSafeAttribute(elementName, attributeName);
    }
  }

  /** Follows embedded documents up to a depth and counts the ones it skips. */
  private static final class DepthLimitedExtractor extends ParsingEmbeddedDocumentExtractor {
    private final int maxDepth;
    private final AtomicInteger depth = new AtomicInteger();
    private final AtomicInteger skipped = new AtomicInteger();

    DepthLimitedExtractor(ParseContext ctx, int maxDepth) {
      super(ctx);
      this.maxDepth = maxDepth;
    }

    @Override
    public boolean shouldParseEmbedded(Metadata metadata) {
      if (depth.get() >= maxDepth) {
        skipped.incrementAndGet();
        return false;
      }
      return super.shouldParseEmbedded(metadata);
    }

    @Override
    public void parseEmbedded(
        InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
        throws SAXException, IOException {
      depth.incrementAndGet();
      try {
        super.parseEmbedded(stream, handler, metadata, outputHtml);
      } finally {
        depth.decrementAndGet();
      }
    }

    int skipped() {
      return skipped.get();
    }
  }

  /** Tika's typed exceptions, each turned into one clear message. */
  static final class Failures {
    private Failures() {}

    static IngestException describe(Throwable e) {
      for (Throwable c = e; c != null; c = c.getCause()) {
        if (c instanceof EncryptedDocumentException
            || c.getClass().getSimpleName().contains("InvalidPassword")
            || c.getClass().getName().endsWith("EncryptedDocumentException")) {
          return new IngestException(
              "encrypted",
              "the document is password-protected",
              "remove the password (e.g. qpdf --decrypt --password=… in.pdf out.pdf) and read the copy",
              e);
        }
        if (c instanceof ZeroByteFileException) {
          return new IngestException("empty", "the file is empty (0 bytes)", "check the file", e);
        }
        String m = String.valueOf(c.getMessage()).toLowerCase(Locale.ROOT);
        if (m.contains("zip bomb") || m.contains("zipbomb") || c.getClass().getSimpleName().contains("ZipBomb")
            || m.contains("compression ratio") || m.contains("inflate ratio")) {
          return new IngestException(
              "zip-bomb",
              "the document expands far beyond its size (suspected zip bomb) and was not read",
              "do not open it; if it is genuine, re-save it from its editor",
              e);
        }
      }
      Throwable root = e;
      while (root.getCause() != null && root.getCause() != root) {
        root = root.getCause();
      }
      String why = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
      if (why.length() > 200) {
        why = why.substring(0, 200) + "…";
      }
      return new IngestException(
          "corrupt",
          "the document could not be parsed (" + why + ")",
          "the file may be damaged or truncated; re-export it from its source and try again",
          e);
    }
  }
}
