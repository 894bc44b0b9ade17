package org.specmirror.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a trace dataset folder: sources.csv, targets.csv, links.csv, and the errors. */
class TraceSetTest {

  @TempDir Path tmp;

  static final String SOURCES = "id,text\nS1,The luminaire shall dim.\nS2,\"The node shall report energy, every 15 min.\"\n";
  static final String TARGETS = "id,text,group\nT1,Dimming supported.,vendorA\nT2,Energy reports.,vendorA\nU1,Dims on command.,vendorB\n";
  static final String LINKS = "source_id,target_id\nS1,T1\nS2,T2\nS1,U1\n";

  static Path dataset(Path parent, String name, String sources, String targets, String links) throws IOException {
    Path dir = parent.resolve(name);
    Files.createDirectories(dir);
    if (sources != null) {
      Files.writeString(dir.resolve("sources.csv"), sources);
    }
    if (targets != null) {
      Files.writeString(dir.resolve("targets.csv"), targets);
    }
    if (links != null) {
      Files.writeString(dir.resolve("links.csv"), links);
    }
    return dir;
  }

  @Test
  void readsTheThreeFiles() throws Exception {
    TraceSet set = TraceSet.read(dataset(tmp, "tiny", SOURCES, TARGETS, LINKS));
    assertThat(set.name()).isEqualTo("tiny");
    assertThat(set.sources()).containsExactly(
        entry("S1", "The luminaire shall dim."),
        entry("S2", "The node shall report energy, every 15 min."));
    assertThat(set.targets())
        .containsExactly(
            new TraceSet.Target("T1", "Dimming supported.", "vendorA"),
            new TraceSet.Target("T2", "Energy reports.", "vendorA"),
            new TraceSet.Target("U1", "Dims on command.", "vendorB"));
    assertThat(set.links()).containsExactly("S1\tT1", "S2\tT2", "S1\tU1");
    assertThat(set.groups()).containsExactly("vendorA", "vendorB");
    assertThat(set.linked("S1", "T1")).isTrue();
    assertThat(set.linked("S1", "U1")).isTrue();
    assertThat(set.linked("S2", "T1")).isFalse();
    assertThat(set.linked("T1", "S1")).isFalse();
  }

  @Test
  void quotedFieldsWithCommasQuotesAndNewlines() throws Exception {
    String sources = "id,text\nS1,\"Line one,\nline \"\"two\"\".\"\n";
    TraceSet set = TraceSet.read(dataset(tmp, "quoted", sources, "id,text\nT1,x\n", "source_id,target_id\nS1,T1\n"));
    assertThat(set.sources()).containsEntry("S1", "Line one,\nline \"two\".");
  }

  @Test
  void groupColumnIsOptional() throws Exception {
    TraceSet set =
        TraceSet.read(dataset(tmp, "nogroup", SOURCES, "id,text\nT1,Dimming.\nT2,Energy.\n", "source_id,target_id\nS1,T1\n"));
    assertThat(set.groups()).containsExactly("default");
    assertThat(set.targets()).extracting(TraceSet.Target::group).containsOnly("default");
  }

  @Test
  void blankGroupIsTheDefaultGroup() throws Exception {
    TraceSet set =
        TraceSet.read(dataset(tmp, "blank", SOURCES, "id,text,group\nT1,Dimming.,A\nT2,Energy.,\nT3,Other.,  \n", "source_id,target_id\n"));
    assertThat(set.groups()).containsExactly("A", "default");
    assertThat(set.links()).isEmpty();
  }

  @Test
  void groupsInOrderOfFirstAppearance() throws Exception {
    TraceSet set =
        TraceSet.read(
            dataset(tmp, "order", SOURCES, "id,text,group\nT1,a,zeta\nT2,b,alpha\nT3,c,zeta\nT4,d,mid\n", "source_id,target_id\n"));
    assertThat(set.groups()).containsExactly("zeta", "alpha", "mid");
  }

  @Test
  void windowsLineEndingsAndByteOrderMark() throws Exception {
    TraceSet set =
        TraceSet.read(
            dataset(tmp, "crlf", "\uFEFFid,text\r\nS1,dim\r\n", "id,text\r\nT1,dimming\r\n", "source_id,target_id\r\nS1,T1\r\n"));
    assertThat(set.sources()).containsOnlyKeys("S1");
    assertThat(set.linked("S1", "T1")).isTrue();
  }

  // ------------------------------------------------------------------ errors

  @Test
  void notAFolder() throws Exception {
    Path missing = tmp.resolve("nothing-here");
    assertThatThrownBy(() -> TraceSet.read(missing))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith(missing + ": not a folder");
    Path file = Files.writeString(tmp.resolve("file.csv"), "id,text\n");
    assertThatThrownBy(() -> TraceSet.read(file)).isInstanceOf(IOException.class).hasMessageContaining("not a folder");
  }

  @Test
  void missingFiles() throws Exception {
    Path noSources = dataset(tmp, "a", null, TARGETS, LINKS);
    assertThatThrownBy(() -> TraceSet.read(noSources))
        .isInstanceOf(IOException.class)
        .hasMessage(noSources.resolve("sources.csv") + ": missing");
    Path noTargets = dataset(tmp, "b", SOURCES, null, LINKS);
    assertThatThrownBy(() -> TraceSet.read(noTargets))
        .isInstanceOf(IOException.class)
        .hasMessage(noTargets.resolve("targets.csv") + ": missing");
    Path noLinks = dataset(tmp, "c", SOURCES, TARGETS, null);
    assertThatThrownBy(() -> TraceSet.read(noLinks))
        .isInstanceOf(IOException.class)
        .hasMessage(noLinks.resolve("links.csv") + ": missing");
  }

  @Test
  void missingColumns() throws Exception {
    Path d1 = dataset(tmp, "a", "id,body\nS1,x\n", TARGETS, LINKS);
    assertThatThrownBy(() -> TraceSet.read(d1))
        .isInstanceOf(IOException.class)
        .hasMessage(d1.resolve("sources.csv") + ": no column 'text' in the header");
    Path d2 = dataset(tmp, "b", SOURCES, "key,text,group\nT1,x,A\n", LINKS);
    assertThatThrownBy(() -> TraceSet.read(d2))
        .isInstanceOf(IOException.class)
        .hasMessage(d2.resolve("targets.csv") + ": no column 'id' in the header");
    Path d3 = dataset(tmp, "c", SOURCES, TARGETS, "source_id,target\nS1,T1\n");
    assertThatThrownBy(() -> TraceSet.read(d3))
        .isInstanceOf(IOException.class)
        .hasMessage(d3.resolve("links.csv") + ": no column 'target_id' in the header");
  }

  @Test
  void linkNamingAnUnknownTarget() throws Exception {
    Path d = dataset(tmp, "t", SOURCES, TARGETS, "source_id,target_id\nS1,T1\nS2,T2\nS2,T9\n");
    assertThatThrownBy(() -> TraceSet.read(d))
        .isInstanceOf(IOException.class)
        .hasMessage(d.resolve("links.csv") + ":4: link S2 \u2192 T9 names an unknown target");
  }

  @Test
  void linkNamingAnUnknownSource() throws Exception {
    Path d = dataset(tmp, "s", SOURCES, TARGETS, "source_id,target_id\nS7,T1\n");
    assertThatThrownBy(() -> TraceSet.read(d))
        .isInstanceOf(IOException.class)
        .hasMessage(d.resolve("links.csv") + ":2: link S7 \u2192 T1 names an unknown source");
  }

  @Test
  void linkFromATargetToASourceIsUnknown() throws Exception {
    Path d = dataset(tmp, "rev", SOURCES, TARGETS, "source_id,target_id\nT1,S1\n");
    assertThatThrownBy(() -> TraceSet.read(d))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("links.csv:2:")
        .hasMessageContaining("unknown source");
  }

  @Test
  void invalidCsv() throws Exception {
    Path unclosed = dataset(tmp, "a", "id,text\nS1,\"never closed\n", TARGETS, LINKS);
    assertThatThrownBy(() -> TraceSet.read(unclosed))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith(unclosed.resolve("sources.csv") + ": not valid CSV");
    Path extra = dataset(tmp, "b", "id,text\nS1,dim,extra\n", TARGETS, LINKS);
    assertThatThrownBy(() -> TraceSet.read(extra))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith(extra.resolve("sources.csv") + ":2: 3 field(s)");
    Path empty = dataset(tmp, "c", "", TARGETS, LINKS);
    assertThatThrownBy(() -> TraceSet.read(empty))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith(empty.resolve("sources.csv") + ":");
  }

  @Test
  void blankLinesAreSkipped() throws Exception {
    TraceSet set = TraceSet.read(dataset(tmp, "blank", SOURCES + "\n", TARGETS + "\n", LINKS + "\n"));
    assertThat(set.sources()).containsOnlyKeys("S1", "S2");
    assertThat(set.targets()).hasSize(3);
    assertThat(set.links()).hasSize(3);
  }

  @Test
  void shortRowIsReportedWithItsLine() throws Exception {
    Path first = dataset(tmp, "a", "id,text\nS1\nS2,x\n", TARGETS, "source_id,target_id\n");
    assertThatThrownBy(() -> TraceSet.read(first))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith(first.resolve("sources.csv") + ":2:");
    Path later = dataset(tmp, "b", "id,text\nS1,x\nS2\n", TARGETS, "source_id,target_id\n");
    assertThatThrownBy(() -> TraceSet.read(later))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith(later.resolve("sources.csv") + ":3:");
  }

  @Test
  void headerIsCheckedEvenWithoutRows() throws Exception {
    Path d = dataset(tmp, "h", SOURCES, TARGETS, "src,dst\n");
    assertThatThrownBy(() -> TraceSet.read(d))
        .isInstanceOf(IOException.class)
        .hasMessage(d.resolve("links.csv") + ": no column 'source_id' in the header");
  }
}
