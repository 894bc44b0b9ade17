package org.specmirror.bench;

import java.util.ArrayList;
import java.util.List;
import org.specmirror.bench.Corpus.Bullet;
import org.specmirror.bench.Corpus.Element;
import org.specmirror.bench.Corpus.Heading;
import org.specmirror.bench.Corpus.Para;
import org.specmirror.bench.Corpus.Table;

/**
 * Lays synthetic documents out as fixed-size A4 pages of wrapped lines: the PDF writer draws these
 * pages, and the generator uses the line count to size documents in pages.
 */
final class Layout {

  /** Body lines on one A4 page (13 pt leading between the running header and footer). */
  static final int LINES_PER_PAGE = 54;
  /** Characters per body line at 10 pt on A4 with 50 pt margins. */
  static final int WRAP = 105;

  enum Style {
    H1,
    H2,
    BODY,
    BULLET,
    BULLET_CONTINUED,
    TABLE_HEADER,
    TABLE_ROW,
    BLANK
  }

  /** One printed line; table rows have one cell per column, other lines one cell. */
  record Line(Style style, List<String> cells) {
    String text() {
      return String.join("  ", cells);
    }
  }

  private Layout() {}

  static int lineCount(List<Element> body) {
    return lines(body).size();
  }

  static List<Line> lines(List<Element> body) {
    List<Line> out = new ArrayList<>();
    for (Element e : body) {
      if (e instanceof Heading h) {
        out.add(new Line(Style.BLANK, List.of("")));
        out.add(new Line(h.level() == 1 ? Style.H1 : Style.H2, List.of(h.text())));
      } else if (e instanceof Para p) {
        for (String l : wrap(p.text(), WRAP)) {
          out.add(new Line(Style.BODY, List.of(l)));
        }
        out.add(new Line(Style.BLANK, List.of("")));
      } else if (e instanceof Bullet b) {
        List<String> ls = wrap(b.text(), WRAP - 4);
        for (int i = 0; i < ls.size(); i++) {
          out.add(new Line(i == 0 ? Style.BULLET : Style.BULLET_CONTINUED, List.of(ls.get(i))));
        }
      } else if (e instanceof Table t) {
        for (int i = 0; i < t.rows().size(); i++) {
          out.add(new Line(i == 0 ? Style.TABLE_HEADER : Style.TABLE_ROW, t.rows().get(i)));
        }
        out.add(new Line(Style.BLANK, List.of("")));
      }
    }
    return out;
  }

  /** The lines split into pages; no page starts with a blank line or ends with a heading. */
  static List<List<Line>> pages(List<Element> body) {
    List<List<Line>> pages = new ArrayList<>();
    List<Line> page = new ArrayList<>();
    for (Line l : lines(body)) {
      if (page.isEmpty() && l.style() == Style.BLANK) {
        continue;
      }
      if (page.size() == LINES_PER_PAGE) {
        List<Line> carry = new ArrayList<>();
        while (!page.isEmpty() && isHeadingOrBlank(page.get(page.size() - 1))) {
          carry.add(0, page.remove(page.size() - 1));
        }
        pages.add(page);
        page = new ArrayList<>();
        for (Line c : carry) {
          if (!(page.isEmpty() && c.style() == Style.BLANK)) {
            page.add(c);
          }
        }
      }
      page.add(l);
    }
    if (!page.isEmpty()) {
      pages.add(page);
    }
    return pages;
  }

  private static boolean isHeadingOrBlank(Line l) {
    return l.style() == Style.H1 || l.style() == Style.H2 || l.style() == Style.BLANK;
  }

  /** Greedy word wrap. */
  static List<String> wrap(String text, int width) {
    List<String> out = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        out.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    out.add(line.toString());
    return out;
  }
}
