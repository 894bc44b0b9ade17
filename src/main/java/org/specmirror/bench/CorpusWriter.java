package org.specmirror.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.specmirror.bench.Corpus.Bullet;
import org.specmirror.bench.Corpus.Doc;
import org.specmirror.bench.Corpus.Element;
import org.specmirror.bench.Corpus.Heading;
import org.specmirror.bench.Corpus.Para;
import org.specmirror.bench.Corpus.Table;
import org.specmirror.bench.Layout.Line;

/** Renders {@link Corpus.Doc}s as files: PDF (PDFBox), DOCX (POI), HTML, Markdown and plain text. */
public final class CorpusWriter {

  /** A Unicode TrueType font that PDFBox itself ships (needed for −, °, ±, ≤ and •). */
  private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

  /** Creation date written into DOCX metadata, so that the content does not depend on the clock. */
  private static final Date FIXED_DATE = Date.from(Instant.parse("2099-01-01T00:00:00Z"));

  private CorpusWriter() {}

  /** Writes {@code doc} into {@code dir} and returns the file. */
  public static Path write(Doc doc, Path dir) throws IOException {
    Path file = dir.resolve(doc.fileName());
    switch (doc.format()) {
      case PDF -> pdf(doc, file);
      case DOCX -> docx(doc, file);
      case HTML -> Files.writeString(file, html(doc), StandardCharsets.UTF_8);
      case MARKDOWN -> Files.writeString(file, markdown(doc), StandardCharsets.UTF_8);
      case TEXT -> Files.writeString(file, text(doc), StandardCharsets.UTF_8);
    }
    return file;
  }

  // ------------------------------------------------------------------ PDF

  private static void pdf(Doc doc, Path file) throws IOException {
    List<List<Line>> pages = Layout.pages(doc.body());
    try (PDDocument pdf = new PDDocument()) {
      pdf.setDocumentId((long) doc.name().hashCode()); // pins the trailer /ID: same bytes on every run
      PDFont font;
      try (InputStream in = CorpusWriter.class.getResourceAsStream(FONT)) {
        if (in == null) {
          throw new IOException("PDFBox font resource " + FONT + " is missing from the classpath");
        }
        font = PDType0Font.load(pdf, in);
      }
      for (int n = 0; n < pages.size(); n++) {
        PDPage page = new PDPage(PDRectangle.A4);
        pdf.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
          text(cs, font, 8, 50, 805, doc.header());
          float y = 770;
          for (Line l : pages.get(n)) {
            switch (l.style()) {
              case H1 -> text(cs, font, 12, 50, y, l.text());
              case H2 -> text(cs, font, 11, 50, y, l.text());
              case BODY -> text(cs, font, 10, 50, y, l.text());
              case BULLET -> text(cs, font, 10, 58, y, "\u2022  " + l.text());
              case BULLET_CONTINUED -> text(cs, font, 10, 70, y, l.text());
              case TABLE_HEADER, TABLE_ROW -> {
                for (int c = 0; c < l.cells().size(); c++) {
                  text(cs, font, l.style() == Layout.Style.TABLE_HEADER ? 10.5f : 10, 60 + 200 * c, y, l.cells().get(c));
                }
              }
              case BLANK -> {}
            }
            y -= 13;
          }
          text(cs, font, 8, 50, 35, doc.footer());
          text(cs, font, 8, 480, 35, "Page " + (n + 1) + " of " + pages.size());
        }
      }
      pdf.save(file.toFile());
    }
  }

  private static void text(PDPageContentStream cs, PDFont font, float size, float x, float y, String s)
      throws IOException {
    cs.beginText();
    cs.setFont(font, size);
    cs.newLineAtOffset(x, y);
    cs.showText(s);
    cs.endText();
  }

  // ------------------------------------------------------------------ DOCX

  private static void docx(Doc doc, Path file) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XWPFDocument d = new XWPFDocument()) {
      d.getProperties().getCoreProperties().setCreated(Optional.of(FIXED_DATE));
      XWPFStyles styles = d.createStyles();
      for (int level = 1; level <= 2; level++) {
        CTStyle s = CTStyle.Factory.newInstance();
        s.setStyleId("Heading" + level);
        s.setType(STStyleType.PARAGRAPH);
        s.addNewName().setVal("heading " + level);
        s.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1L));
        styles.addStyle(new XWPFStyle(s));
      }
      CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
      abs.setAbstractNumId(BigInteger.ZERO);
      CTLvl lvl = abs.addNewLvl();
      lvl.setIlvl(BigInteger.ZERO);
      lvl.addNewNumFmt().setVal(STNumberFormat.BULLET);
      lvl.addNewLvlText().setVal("\u2022");
      lvl.addNewStart().setVal(BigInteger.ONE);
      XWPFNumbering numbering = d.createNumbering();
      BigInteger bullets = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abs)));

      d.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText(doc.header());
      XWPFParagraph foot = d.createFooter(HeaderFooterType.DEFAULT).createParagraph();
      foot.createRun().setText(doc.footer() + " - Page ");
      foot.getCTP().addNewFldSimple().setInstr("PAGE");

      for (Element e : doc.body()) {
        if (e instanceof Heading h) {
          XWPFParagraph p = d.createParagraph();
          p.setStyle("Heading" + h.level());
          p.createRun().setText(h.text());
        } else if (e instanceof Para p) {
          d.createParagraph().createRun().setText(p.text());
        } else if (e instanceof Bullet b) {
          XWPFParagraph p = d.createParagraph();
          p.setNumID(bullets);
          p.setNumILvl(BigInteger.ZERO);
          p.createRun().setText(b.text());
        } else if (e instanceof Table t) {
          XWPFTable table = d.createTable(t.rows().size(), t.rows().get(0).size());
          for (int r = 0; r < t.rows().size(); r++) {
            for (int c = 0; c < t.rows().get(r).size(); c++) {
              table.getRow(r).getCell(c).setText(t.rows().get(r).get(c));
            }
          }
          d.createParagraph(); // Word needs a paragraph between consecutive tables
        }
      }
      d.write(out);
    }
    Files.write(file, pinZipTimes(out.toByteArray()));
  }

  /** The same zip with every entry dated {@link #FIXED_DATE}, so that runs give identical bytes. */
  private static byte[] pinZipTimes(byte[] zip) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setTime(FIXED_DATE.getTime());
        out.putNextEntry(copy);
        in.transferTo(out);
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  // ------------------------------------------------------------------ HTML, Markdown, text

  static String html(Doc doc) {
    StringBuilder b = new StringBuilder();
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(esc(doc.header()))
        .append("</title>\n<style>body{font-family:sans-serif;max-width:50em}td,th{padding:0 1em}</style>\n</head>\n<body>\n");
    boolean inList = false;
    for (Element e : doc.body()) {
      if (inList && !(e instanceof Bullet)) {
        b.append("</ul>\n");
        inList = false;
      }
      if (e instanceof Heading h) {
        b.append("<h").append(h.level()).append('>').append(esc(h.text())).append("</h").append(h.level()).append(">\n");
      } else if (e instanceof Para p) {
        b.append("<p>").append(esc(p.text())).append("</p>\n");
      } else if (e instanceof Bullet x) {
        if (!inList) {
          b.append("<ul>\n");
          inList = true;
        }
        b.append("<li>").append(esc(x.text())).append("</li>\n");
      } else if (e instanceof Table t) {
        b.append("<table>\n");
        for (int r = 0; r < t.rows().size(); r++) {
          String cell = r == 0 ? "th" : "td";
          b.append("<tr>");
          for (String c : t.rows().get(r)) {
            b.append('<').append(cell).append('>').append(esc(c)).append("</").append(cell).append('>');
          }
          b.append("</tr>\n");
        }
        b.append("</table>\n");
      }
    }
    if (inList) {
      b.append("</ul>\n");
    }
    return b.append("<footer><p>").append(esc(doc.footer())).append("</p></footer>\n</body>\n</html>\n").toString();
  }

  static String markdown(Doc doc) {
    StringBuilder b = new StringBuilder();
    Element prev = null;
    for (Element e : doc.body()) {
      if (prev != null && !(prev instanceof Bullet && e instanceof Bullet)) {
        b.append('\n');
      }
      if (e instanceof Heading h) {
        b.append("#".repeat(h.level())).append(' ').append(h.text()).append('\n');
      } else if (e instanceof Para p) {
        b.append(p.text()).append('\n');
      } else if (e instanceof Bullet x) {
        b.append("- ").append(x.text()).append('\n');
      } else if (e instanceof Table t) {
        for (int r = 0; r < t.rows().size(); r++) {
          b.append("| ").append(String.join(" | ", t.rows().get(r))).append(" |\n");
          if (r == 0) {
            b.append("|").append("---|".repeat(t.rows().get(0).size())).append('\n');
          }
        }
      }
      prev = e;
    }
    return b.append('\n').append(doc.footer()).append('\n').toString();
  }

  /** Plain text as a text-only standard would be typed: hard-wrapped at 72, tables as aligned columns. */
  static String text(Doc doc) {
    StringBuilder b = new StringBuilder();
    Element prev = null;
    for (Element e : doc.body()) {
      if (prev != null && !(prev instanceof Bullet && e instanceof Bullet)) {
        b.append('\n');
      }
      if (e instanceof Heading h) {
        b.append(h.text()).append('\n'); // no "====" underline: that would make it Markdown
      } else if (e instanceof Para p) {
        Layout.wrap(p.text(), 72).forEach(l -> b.append(l).append('\n'));
      } else if (e instanceof Bullet x) {
        List<String> ls = Layout.wrap(x.text(), 68);
        for (int i = 0; i < ls.size(); i++) {
          b.append(i == 0 ? "  - " : "    ").append(ls.get(i)).append('\n');
        }
      } else if (e instanceof Table t) {
        int w = t.rows().stream().mapToInt(r -> r.get(0).length()).max().orElse(0) + 3;
        for (List<String> r : t.rows()) {
          b.append("  ").append(r.get(0)).append(" ".repeat(w - r.get(0).length())).append(r.get(1)).append('\n');
        }
      }
      prev = e;
    }
    return b.append('\n').append(doc.footer()).append('\n').toString();
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** Writes every document; returns the files in corpus order. */
  public static List<Path> writeAll(List<Doc> docs, Path dir) {
    return docs.stream()
        .map(
            d -> {
              try {
                return write(d, dir);
              } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + d.fileName(), e);
              }
            })
        .toList();
  }
}
