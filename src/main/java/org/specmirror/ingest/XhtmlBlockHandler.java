package org.specmirror.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.specmirror.model.Block;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns Tika's XHTML events into structural blocks (headings, paragraphs, list items, table rows),
 * and, for paged formats, keeps each page's raw lines so that running headers and footers can be
 * removed before the layout is rebuilt.
 *
 * <p>Counts characters and stops the parse with {@link LimitReached} once {@code maxChars} is
 * exceeded, so no limit is ever silent.
 */
final class XhtmlBlockHandler extends DefaultHandler {

  /** Thrown to stop parsing when the character limit is reached. */
  static final class LimitReached extends SAXException {
    LimitReached(String message) {
      super(message);
    }
  }

  private static final java.util.regex.Pattern CAPTION =
      java.util.regex.Pattern.compile("(?:Table|Figure|Fig\\.|Equation|Listing)\\s+[A-Z0-9]");

  private final long maxChars;
  private long chars;
  private boolean truncated;

  private final List<Block> blocks = new ArrayList<>();
  private final List<List<String>> pages = new ArrayList<>();
  private StringBuilder pageText;

  private final StringBuilder text = new StringBuilder();
  private int skipDepth; // inside script/style/head title etc.
  private int listDepth;
  private int boldDepth;
  private boolean boldStart;
  private int boldEnd = -1;
  private int divDepth;
  private final java.util.ArrayDeque<Integer> furnitureDivDepth = new java.util.ArrayDeque<>();
  private int pageDivDepth = -1;
  private String blockTag; // h1..h6, p, li, td/th
  private int headingLevel;
  private List<String> rowCells;
  private boolean rowIsHeader;
  private List<String> tableHeader = List.of();
  private int rowInTable;
  private int tableDepth;
  private String title;
  private boolean inTitle;
  private final StringBuilder titleText = new StringBuilder();

  XhtmlBlockHandler(long maxChars) {
    this.maxChars = maxChars;
  }

  List<Block> blocks() {
    flushText();
    return TextLayout.pairFlattenedTables(blocks);
  }

  /** Lines of each page, for paged formats (PDF); empty for others. */
  List<List<String>> pages() {
    closePage();
    return pages;
  }

  boolean truncated() {
    return truncated;
  }

  String title() {
    return title;
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts) {
    String tag = name(localName, qName);
    switch (tag) {
      case "script", "style", "noscript", "template", "head" -> {
        if (!"head".equals(tag)) {
          skipDepth++;
        }
      }
      case "title" -> inTitle = true;
      case "footer", "nav" -> {
        flushText();
        skipDepth++; // page furniture, not content
      }
      case "div" -> {
        divDepth++;
        String cls = atts.getValue("class");
        if ("header".equals(cls) || "footer".equals(cls)) {
          flushText();
          skipDepth++; // running headers and footers of word-processor documents
          furnitureDivDepth.push(divDepth);
        }
        if ("page".equals(cls)) {
          closePage();
          pageText = new StringBuilder();
          pageDivDepth = divDepth;
        }
      }
      case "h1", "h2", "h3", "h4", "h5", "h6" -> {
        flushText();
        blockTag = "h";
        headingLevel = tag.charAt(1) - '0';
      }
      case "p", "pre", "blockquote", "dt", "dd", "caption" -> {
        if (rowCells == null && !"li".equals(blockTag)) {
          flushText();
          blockTag = "p";
        } else {
          separate();
        }
      }
      case "ul", "ol" -> {
        flushText();
        listDepth++;
      }
      case "li" -> {
        flushText();
        blockTag = "li";
      }
      case "table" -> {
        flushText();
        tableDepth++;
        tableHeader = List.of();
        rowInTable = 0;
      }
      case "tr" -> {
        flushText();
        rowCells = new ArrayList<>();
        rowIsHeader = true;
      }
      case "td", "th" -> {
        if (rowCells != null) {
          text.setLength(0);
          if ("td".equals(tag)) {
            rowIsHeader = false;
          }
        }
      }
      case "br" -> separate();
      case "b", "strong" -> {
        if (text.toString().isBlank()) {
          boldStart = true;
        }
        boldDepth++;
      }
      default -> {
        // inline or unknown: keep accumulating
      }
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) {
    String tag = name(localName, qName);
    switch (tag) {
      case "script", "style", "noscript", "template", "footer", "nav" -> skipDepth = Math.max(0, skipDepth - 1);
      case "title" -> {
        inTitle = false;
        String t = clean(titleText.toString());
        if (!t.isEmpty() && title == null) {
          title = t;
        }
      }
      case "h1", "h2", "h3", "h4", "h5", "h6", "p", "pre", "blockquote", "dt", "dd", "caption" -> {
        if (rowCells == null) {
          flushText();
        } else {
          separate();
        }
        if (pageText != null) {
          // PDF paragraph ends are guesses of the text layer: a soft break, decided by TextLayout
          if (pageText.length() > 0 && pageText.charAt(pageText.length() - 1) != '\n') {
            pageText.append('\n');
          }
          pageText.append(TextLayout.SOFT_BREAK).append('\n');
        }
      }
      case "b", "strong" -> {
        boldDepth = Math.max(0, boldDepth - 1);
        if (boldStart && boldDepth == 0) {
          boldEnd = text.length();
        }
      }
      case "li" -> flushText();
      case "ul", "ol" -> {
        flushText();
        listDepth = Math.max(0, listDepth - 1);
      }
      case "td", "th" -> {
        if (rowCells != null) {
          rowCells.add(clean(text.toString()));
          text.setLength(0);
        }
        if (pageText != null) {
          pageText.append('\n');
        }
      }
      case "tr" -> {
        if (rowCells != null) {
          List<String> cells = rowCells;
          rowCells = null;
          boolean empty = cells.stream().allMatch(String::isEmpty);
          if (!empty) {
            if (rowInTable == 0 && (rowIsHeader || looksLikeHeader(cells))) {
              tableHeader = List.copyOf(cells);
            } else {
              blocks.add(Block.tableRow(cells, tableHeader, currentPage(), null));
            }
            rowInTable++;
          }
        }
      }
      case "table" -> {
        tableDepth = Math.max(0, tableDepth - 1);
        tableHeader = List.of();
      }
      case "div" -> {
        if (!furnitureDivDepth.isEmpty() && furnitureDivDepth.peek() == divDepth) {
          furnitureDivDepth.pop();
          skipDepth = Math.max(0, skipDepth - 1);
        }
        if (divDepth == pageDivDepth) {
          closePage(); // what follows the last page (PDF bookmarks) is not page text
          pageDivDepth = -1;
        }
        divDepth--;
      }
      default -> {
        // nothing
      }
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    if (inTitle) {
      titleText.append(ch, start, length);
      return;
    }
    if (skipDepth > 0) {
      return;
    }
    chars += length;
    if (chars > maxChars) {
      truncated = true;
      throw new LimitReached("character limit of " + maxChars + " reached");
    }
    text.append(ch, start, length);
    if (pageText != null) {
      pageText.append(ch, start, length);
    }
  }

  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
    characters(ch, start, length);
  }

  private void separate() {
    if (text.length() > 0 && !Character.isWhitespace(text.charAt(text.length() - 1))) {
      text.append(' ');
    }
  }

  private void flushText() {
    String raw = text.toString();
    String t = clean(raw);
    // a short paragraph that is bold from start to end is a heading in formats without styles (RTF)
    boolean allBold = boldStart && boldEnd >= 0 && raw.substring(Math.min(boldEnd, raw.length())).isBlank();
    boldStart = false;
    boldEnd = -1;
    text.setLength(0);
    String tag = blockTag;
    blockTag = null;
    if ("p".equals(tag) && allBold && !t.isEmpty() && t.length() <= 100 && !t.endsWith(".") && !t.endsWith(":")
        && listDepth == 0 && !CAPTION.matcher(t).lookingAt()) {
      tag = "h";
      headingLevel = TextLayout.NUMBERED_HEADING.matcher(t).matches() ? TextLayout.headingLevel(t) : (blocks.isEmpty() ? 1 : 2);
    }
    if (t.isEmpty() || rowCells != null) {
      return;
    }
    Integer page = currentPage();
    if ("h".equals(tag)) {
      blocks.add(Block.heading(headingLevel, t, page, null));
    } else if ("li".equals(tag) || (tag == null && listDepth > 0)) {
      blocks.add(Block.listItem(Math.max(1, listDepth), t, page, null));
    } else {
      java.util.regex.Matcher bullet = TextLayout.BULLET.matcher(t);
      if (bullet.matches() && !TextLayout.isHeading(t)) {
        // word processors' list paragraphs arrive as "· text" or "1. text"
        blocks.add(Block.listItem(1, bullet.group(1).strip(), page, null));
      } else {
        blocks.add(Block.paragraph(t, page, null));
      }
    }
  }

  private Integer currentPage() {
    return pageText == null ? null : pages.size() + 1;
  }

  private void closePage() {
    if (pageText != null) {
      pages.add(List.of(pageText.toString().split("\n", -1)));
      pageText = null;
    }
  }

  private static boolean looksLikeHeader(List<String> cells) {
    // a first row of short labels with no digits reads as a header
    for (String c : cells) {
      if (c.length() > 40 || c.chars().anyMatch(Character::isDigit)) {
        return false;
      }
    }
    return cells.size() > 1;
  }

  private static String name(String localName, String qName) {
    String n = localName == null || localName.isEmpty() ? qName : localName;
    return n.toLowerCase(Locale.ROOT);
  }

  /** Collapses whitespace (including no-break spaces) and trims. */
  static String clean(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\u00AD') {
        continue; // soft hyphen
      }
      if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F') {
        space = b.length() > 0;
      } else {
        if (space) {
          b.append(' ');
          space = false;
        }
        b.append(c);
      }
    }
    return b.toString();
  }
}
