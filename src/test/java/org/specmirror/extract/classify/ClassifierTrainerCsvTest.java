package org.specmirror.extract.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassifierTrainerCsvTest {

  @Test
  void readsQuotedCommasDoubledQuotesAndEmbeddedNewlines(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("data.csv");
    Files.writeString(csv, "id,text,label,document\r\n"
        + "1,\"The system shall log, audit and report.\",req,a.pdf\r\n"
        + "2,\"He said \"\"hello\"\"\nand left.\",not_req,\"b, c.doc\"\r\n"
        + "3,Plain text without quotes,not_req,a.pdf\r\n"
        + "4,\"\",not_req,a.pdf", StandardCharsets.UTF_8);

    List<LabeledSentence> rows = ClassifierTrainer.readCsv(csv);

    assertThat(rows).containsExactly(
        new LabeledSentence("1", "The system shall log, audit and report.", true, "a.pdf"),
        new LabeledSentence("2", "He said \"hello\"\nand left.", false, "b, c.doc"),
        new LabeledSentence("3", "Plain text without quotes", false, "a.pdf"),
        new LabeledSentence("4", "", false, "a.pdf"));
  }

  @Test
  void acceptsBomAnyColumnOrderNoDocumentColumnAndBlankLines() {
    List<LabeledSentence> rows = ClassifierTrainer.parseCsv(
        "\uFEFFLabel,Text,ID\nREQ,Users must sign in.,x1\n\n not_req ,Introduction,x2\n");
    assertThat(rows).containsExactly(
        new LabeledSentence("x1", "Users must sign in.", true, ""),
        new LabeledSentence("x2", "Introduction", false, ""));
  }

  @Test
  void badLabelIsReportedWithItsLineNumber() {
    // the row with the bad label starts on line 4 (row 2 spans lines 2-3)
    String csv = "id,text,label\n1,\"two\nlines\",req\n2,oops,maybe\n";
    assertThatThrownBy(() -> ClassifierTrainer.parseCsv(csv))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("4:")
        .hasMessageContaining("label must be 'req' or 'not_req'")
        .hasMessageContaining("maybe");
  }

  @Test
  void readCsvNamesTheFileAndLine(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("bad.csv");
    Files.writeString(csv, "id,text,label\n1,ok,req\n2,too,many,fields\n");
    assertThatThrownBy(() -> ClassifierTrainer.readCsv(csv))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bad.csv:3:")
        .hasMessageContaining("expected 3 fields, found 4");
  }

  @Test
  void unterminatedQuoteIsReportedWhereTheFieldStarts() {
    assertThatThrownBy(() -> ClassifierTrainer.parseCsv("id,text,label\n1,ok,req\n2,\"never closed,req\n\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("3:")
        .hasMessageContaining("unterminated quoted field");
  }

  @Test
  void strayQuotesAreErrors() {
    assertThatThrownBy(() -> ClassifierTrainer.parseCsv("id,text,label\n1,say \"hi\",req\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("2:")
        .hasMessageContaining("quote inside an unquoted field");
    assertThatThrownBy(() -> ClassifierTrainer.parseCsv("id,text,label\n1,\"say\" hi,req\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("2:")
        .hasMessageContaining("after a closing quote");
  }

  @Test
  void headerMustNameTheColumns() {
    assertThatThrownBy(() -> ClassifierTrainer.parseCsv("a,b,c\n1,2,req\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("1:")
        .hasMessageContaining("id,text,label");
    assertThatThrownBy(() -> ClassifierTrainer.parseCsv(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("empty file");
  }
}
