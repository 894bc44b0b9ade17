package org.specmirror.normalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Built-in and user glossaries: folding names into one key, longest match, file errors with line numbers. */
class GlossaryTest {

  @TempDir Path dir;

  private static List<String> keys(Glossary g, String text) {
    List<String> out = new ArrayList<>();
    for (Term t : new TermAnalyzer(g).terms(TextNormaliser.normalise(text))) {
      out.add(t.key());
    }
    return out;
  }

  private static List<String> keys(String text) {
    return keys(Glossary.builtIn(), text);
  }

  private Path file(String name, String yaml) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, yaml, StandardCharsets.UTF_8);
    return p;
  }

  // ------------------------------------------------------------------ built-in entries

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "LED|light-emitting diode",
        "LED|light emitting diode",
        "LEDs|light-emitting diodes",
        "NB-IoT|narrowband IoT",
        "NB-IoT|narrow-band IoT",
        "NB-IoT|narrowband internet of things",
        "colour|color",
        "colours|colors",
        "metre|meter",
        "CCT|correlated color temperature",
        "CCT|colour temperature",
        "luminaire|light fixture",
        "OTA|over-the-air",
        "firmware update|software upgrade",
        "CMS|central management system",
        "GNSS|GPS",
        "IoT|internet of things",
        "RTC|real-time clock",
        "SPD|surge protective device",
        "MTBF|mean time between failures",
      })
  void bothNamesFoldIntoOneKey(String a, String b) {
    List<String> ka = keys(a);
    List<String> kb = keys(b);
    assertThat(ka).hasSize(1);
    assertThat(ka.get(0)).startsWith("=");
    assertThat(kb).isEqualTo(ka);
  }

  @Test
  void conceptKeyIsEqualsSignAndTheStemsOfThePreferredName() {
    assertThat(keys("light-emitting diode")).containsExactly("=led");
    assertThat(keys("narrowband IoT")).containsExactly("=nb_io_t");
    assertThat(keys("color")).containsExactly("=colour");
    assertThat(keys("central management software")).containsExactly("=cm"); // CMS stems to cm
  }

  @Test
  void foldingInsideASentence() {
    assertThat(keys("The LED driver shall report over NB-IoT."))
        .isEqualTo(keys("The light-emitting diode driver reports over narrowband internet of things."))
        .containsExactly("=led", "driver", "report", "over", "=nb_io_t");
  }

  @Test
  void longestMatchFirst() {
    // CCT ("colour temperature") is longer than colour
    assertThat(keys("colour temperature")).containsExactly("=cct");
    assertThat(keys("correlated colour temperature")).containsExactly("=cct");
    assertThat(keys("colour rendering index")).containsExactly("=cri");
    assertThat(keys("colour")).containsExactly("=colour");
    assertThat(keys("colour of the housing")).containsExactly("=colour", "hous");
    // ingress protection rating is longer than ingress protection
    assertThat(keys("ingress protection rating")).containsExactly("=ip_rate");
    assertThat(keys("ingress protection")).containsExactly("=ip_rate");
  }

  @Test
  void longestMatchFirstWithAUserEntryThatIsAPrefix() throws Exception {
    Glossary g = Glossary.builtIn().with(file("g.yml", "light: [lamp]\n"));
    assertThat(keys(g, "light fixture")).containsExactly("=luminair");
    assertThat(keys(g, "light-emitting diode")).containsExactly("=led");
    assertThat(keys(g, "light")).containsExactly("=light");
    assertThat(keys(g, "lamp")).containsExactly("=light");
    assertThat(keys(g, "light level")).containsExactly("=light", "level");
  }

  @Test
  void partialPhraseDoesNotFold() {
    assertThat(keys("light emitting")).containsExactly("light", "emit");
    assertThat(keys("correlated colour")).containsExactly("correl", "=colour");
  }

  @Test
  void emptyGlossaryFoldsNothing() {
    assertThat(keys(Glossary.empty(), "LED light-emitting diode colour color"))
        .containsExactly("led", "light", "emit", "diod", "colour", "color");
    assertThat(Glossary.empty().entries()).isEmpty();
  }

  @Test
  void builtInEntriesAreInFileOrder() {
    var entries = Glossary.builtIn().entries();
    assertThat(entries).containsKey("led").containsKey("nb-iot").containsKey("colour");
    assertThat(entries.get("led").name()).isEqualTo("LED");
    assertThat(entries.get("led").variants()).containsExactly("light-emitting diode", "light emitting diode");
    assertThat(entries.keySet()).first().isEqualTo("colour");
    assertThat(Glossary.builtIn()).isSameAs(Glossary.builtIn());
  }

  @Test
  void entriesAreUnmodifiable() {
    assertThatThrownBy(() -> Glossary.builtIn().entries().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  // ------------------------------------------------------------------ user file

  @Test
  void userFileAddsEntries() throws Exception {
    Path f = file("user.yml", "# site terms\nsmart node: [intelligent controller, smart controller]\nwidget: gizmo\n");
    Glossary base = Glossary.builtIn();
    Glossary g = base.with(f);
    assertThat(g.entries()).hasSize(base.entries().size() + 2);
    assertThat(g.entries().get("smart node").variants()).containsExactly("intelligent controller", "smart controller");
    assertThat(g.entries().get("widget").variants()).containsExactly("gizmo");
    assertThat(keys(g, "The intelligent controller")).containsExactly("=smart_node");
    assertThat(keys(g, "smart controller")).isEqualTo(keys(g, "smart node"));
    assertThat(keys(g, "gizmo")).isEqualTo(keys(g, "widget")).containsExactly("=widget");
    // the built-in entries still work
    assertThat(keys(g, "light-emitting diode")).containsExactly("=led");
    // the original is unchanged
    assertThat(keys(base, "gizmo")).containsExactly("gizmo");
    assertThat(base.entries()).doesNotContainKey("widget");
  }

  @Test
  void userFileOverridesAnEntryWithTheSamePreferredName() throws Exception {
    Glossary g = Glossary.builtIn().with(file("user.yml", "led: [lamp]\n"));
    assertThat(g.entries()).hasSameSizeAs(Glossary.builtIn().entries());
    assertThat(g.entries().get("led").name()).isEqualTo("led");
    assertThat(g.entries().get("led").variants()).containsExactly("lamp");
    assertThat(keys(g, "lamp")).containsExactly("=led");
    assertThat(keys(g, "LED")).containsExactly("=led");
    // the replaced entry's other names are gone
    assertThat(keys(g, "light-emitting diode")).containsExactly("light", "emit", "diod");
  }

  @Test
  void userEntryWinsOverABuiltInName() throws Exception {
    Glossary g = Glossary.builtIn().with(file("user.yml", "lamp: [LED]\n"));
    assertThat(keys(g, "LED")).isEqualTo(keys(g, "lamp"));
  }

  @Test
  void numbersAsOtherNamesAreAccepted() throws Exception {
    Glossary g = Glossary.empty().with(file("user.yml", "widget: [gizmo, 4096]\n"));
    assertThat(g.entries().get("widget").variants()).containsExactly("gizmo", "4096");
    assertThat(keys(g, "4096")).containsExactly("=widget");
  }

  @Test
  void blockListsAndQuotedNames() throws Exception {
    Glossary g =
        Glossary.empty()
            .with(file("user.yml", "\"smart node\":\n  - 'intelligent controller'\n  - smart controller\n"));
    assertThat(g.entries().get("smart node").variants()).containsExactly("intelligent controller", "smart controller");
  }

  @Test
  void emptyFileAddsNothing() throws Exception {
    Glossary g = Glossary.builtIn().with(file("empty.yml", ""));
    assertThat(g.entries()).isEqualTo(Glossary.builtIn().entries());
    Glossary c = Glossary.builtIn().with(file("comment.yml", "# nothing yet\n\n"));
    assertThat(c.entries()).isEqualTo(Glossary.builtIn().entries());
    assertThat(Glossary.empty().with(file("empty2.yml", "")).entries()).isEmpty();
  }

  // ------------------------------------------------------------------ errors

  @Test
  void notYaml() throws Exception {
    Path f = file("broken.yml", "widget: [gizmo]\nfoo: [bar\n  baz: : :\n");
    assertThatThrownBy(() -> Glossary.builtIn().with(f))
        .isInstanceOf(Glossary.GlossaryException.class)
        .hasMessageStartingWith(f + ":")
        .hasMessageContaining("not valid YAML")
        .message()
        .matches(m -> m.startsWith(f + ":2:") || m.startsWith(f + ":3:"), "names line 2 or 3");
  }

  @Test
  void listInsteadOfMap() throws Exception {
    Path f = file("list.yml", "- LED\n- light-emitting diode\n");
    assertThatThrownBy(() -> Glossary.builtIn().with(f))
        .isInstanceOf(Glossary.GlossaryException.class)
        .hasMessage(f + ":1: expected a map of 'name: [other names]'");
  }

  @Test
  void scalarInsteadOfMap() throws Exception {
    Path f = file("scalar.yml", "just some words\n");
    assertThatThrownBy(() -> Glossary.builtIn().with(f))
        .isInstanceOf(Glossary.GlossaryException.class)
        .hasMessageStartingWith(f + ":1: ");
  }

  @Test
  void entryWithNullValue() throws Exception {
    Path f = file("null.yml", "widget: [gizmo]\n\nsprocket:\ncog: [wheel]\n");
    assertThatThrownBy(() -> Glossary.builtIn().with(f))
        .isInstanceOf(Glossary.GlossaryException.class)
        .hasMessage(f + ":3: 'sprocket' has no other names; write 'name: [other name, ...]'");
  }

  @Test
  void entryWithNonStringListElement() throws Exception {
    Path f = file("nested.yml", "# c\nwidget: [gizmo]\n\nsprocket: [cog,\n  [x]]\n");
    assertThatThrownBy(() -> Glossary.builtIn().with(f))
        .isInstanceOf(Glossary.GlossaryException.class)
        .hasMessage(f + ":5: 'sprocket': each other name must be a string");
    Path g = file("block.yml", "widget:\n  - gizmo\n  - 7\n  - {a: b}\n");
    assertThatThrownBy(() -> Glossary.builtIn().with(g))
        .isInstanceOf(Glossary.GlossaryException.class)
        .hasMessage(g + ":4: 'widget': each other name must be a string");
  }

  @Test
  void entryWithAMapOrNumberAsValue() throws Exception {
    Path f = file("number.yml", "widget: [gizmo]\nsprocket: 3\n");
    assertThatThrownBy(() -> Glossary.builtIn().with(f))
        .isInstanceOf(Glossary.GlossaryException.class)
        .hasMessage(f + ":2: 'sprocket': expected a list of other names");
  }

  @Test
  void emptyNames() throws Exception {
    Path f = file("emptyname.yml", "widget: [gizmo, \"\"]\n");
    assertThatThrownBy(() -> Glossary.builtIn().with(f))
        .isInstanceOf(Glossary.GlossaryException.class)
        .hasMessage(f + ":1: 'widget': empty name in the list");
    Path g = file("emptykey.yml", "widget: [gizmo]\n\"\": [x]\n");
    assertThatThrownBy(() -> Glossary.builtIn().with(g))
        .isInstanceOf(Glossary.GlossaryException.class)
        .hasMessage(g + ":2: empty name");
  }

  @Test
  void nameMadeOnlyOfStopWords() throws Exception {
    Path f = file("stop.yml", "widget: [gizmo]\nthe: [a thing]\n");
    assertThatThrownBy(() -> Glossary.builtIn().with(f))
        .isInstanceOf(Glossary.GlossaryException.class)
        .hasMessage(f + ":2: 'the' is made only of stop words or modality words and cannot be matched");
    Path g = file("modal.yml", "widget: [gizmo]\n\nshall be: [x]\n");
    assertThatThrownBy(() -> Glossary.builtIn().with(g))
        .isInstanceOf(Glossary.GlossaryException.class)
        .hasMessageStartingWith(g + ":3: 'shall be' is made only of stop words");
  }

  @Test
  void duplicateNames() throws Exception {
    Path f = file("dup.yml", "widget: [gizmo]\nsprocket: [cog]\nwidget: [thing]\n");
    assertThatThrownBy(() -> Glossary.builtIn().with(f))
        .isInstanceOf(Glossary.GlossaryException.class)
        .hasMessage(f + ":3: 'widget' is defined twice");
    Path g = file("dupcase.yml", "widget: [gizmo]\nWidget: [thing]\n");
    assertThatThrownBy(() -> Glossary.builtIn().with(g))
        .isInstanceOf(Glossary.GlossaryException.class)
        .hasMessage(g + ":2: 'Widget' is defined twice");
  }

  @Test
  void secondYamlDocument() throws Exception {
    Path f = file("twodocs.yml", "widget: [gizmo]\n---\nsprocket: [cog]\n");
    assertThatThrownBy(() -> Glossary.builtIn().with(f))
        .isInstanceOf(Glossary.GlossaryException.class)
        .hasMessage(f + ":3: unexpected content after the glossary map");
  }

  @Test
  void missingFile() {
    Path f = dir.resolve("nope.yml");
    assertThatThrownBy(() -> Glossary.builtIn().with(f))
        .isInstanceOf(Glossary.GlossaryException.class)
        .hasMessage(f + ": glossary file not found");
  }

  @Test
  void folderInsteadOfFile() {
    assertThatThrownBy(() -> Glossary.builtIn().with(dir))
        .isInstanceOf(Glossary.GlossaryException.class)
        .hasMessageStartingWith(dir + ": ");
  }

  @Test
  void notUtf8() throws Exception {
    Path f = dir.resolve("latin1.yml");
    Files.write(f, "fa\u00e7ade: [front]\n".getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> Glossary.builtIn().with(f))
        .isInstanceOf(Glossary.GlossaryException.class)
        .hasMessage(f + ": glossary is not UTF-8 text");
  }

  @Test
  void utf8NamesAreFine() throws Exception {
    Glossary g = Glossary.empty().with(file("utf8.yml", "fa\u00e7ade: [front, \u201Cfront face\u201D]\n"));
    assertThat(keys(g, "front face")).isEqualTo(keys(g, "fa\u00e7ade"));
  }
}
