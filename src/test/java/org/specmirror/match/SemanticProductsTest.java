package org.specmirror.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.specmirror.extract.param.ParameterParser;
import org.specmirror.model.Modality;

/**
 * The semantic signal gives the same ranking and (to float rounding) the same scores whether the
 * sentence-pair products come from ONNX Runtime's GEMM or from Java loops, and the GEMM path gives
 * the same scores with one thread or several.
 */
class SemanticProductsTest {

  private static final ParameterParser PARSER = ParameterParser.defaults();

  private static List<Statement> statements(String prefix, Modality m, String... texts) {
    List<Statement> out = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      out.add(new Statement(prefix + i, texts[i], m, PARSER.parse(texts[i])));
    }
    return out;
  }

  private static final List<Statement> SOURCES =
      statements(
          "R",
          Modality.MUST,
          "The luminaire shall support dimming via DALI-2. Dimming steps shall be 1 % or finer.",
          "The controller shall report energy consumption every 15 minutes.",
          "The housing shall be rated IP66.",
          "Firmware shall be updated over the air with signed images.",
          "The node shall keep its schedule during a power loss of up to 72 h.",
          "Clock drift shall stay below 2 s per day when the network is lost.");

  private static final List<Statement> TARGETS =
      statements(
          "T",
          Modality.OFFERS,
          "Remote firmware upgrade over-the-air; images are signed and verified before installation.",
          "Die-cast aluminium housing, IP66. IK08 impact resistance.",
          "Dimming through the DALI-2 interface of the luminaire, in 1 % steps.",
          "Energy consumption is reported to the CMS every 15 minutes.",
          "Schedules survive outages of 96 h thanks to a supercapacitor.",
          "Real-time clock with 1 s/day accuracy, synchronised by NTP.",
          "Colour temperature 3000 K. Colour rendering index above 70.");

  @Test
  void gemmAndJavaLoopsAgree() {
    MatchOptions o = MatchOptions.defaults();
    Scored gemm = new Engine(o, 2, false).score(SOURCES, TARGETS, List.of());
    Scored loops = new Engine(o, 2, true).score(SOURCES, TARGETS, List.of());
    for (int i = 0; i < SOURCES.size(); i++) {
      List<Candidate> a = gemm.rows().get(i);
      List<Candidate> b = loops.rows().get(i);
      assertThat(a.get(0).target()).as("best target of %s", SOURCES.get(i).id()).isEqualTo(b.get(0).target());
      for (Candidate c : a) {
        assertThat(c.score()).isCloseTo(loops.score(i, c.target()), within(1e-5));
        assertThat(c.semantic()).isCloseTo(b.stream().filter(x -> x.target() == c.target()).findFirst().orElseThrow().semantic(), within(1e-5));
      }
    }
  }

  @Test
  void gemmScoresDoNotDependOnTheThreadCount() {
    // 60 requirements: several chunks of 16, so with 4 threads the blocks really run in parallel
    List<Statement> many = new ArrayList<>();
    for (int k = 0; k < 10; k++) {
      for (Statement s : SOURCES) {
        String text = s.text().replace(".", " in zone " + (k + 1) + ".");
        many.add(new Statement(s.id() + "-" + k, text, Modality.MUST, PARSER.parse(text)));
      }
    }
    MatchOptions o = MatchOptions.defaults();
    Scored one = new Engine(o, 1, false).score(many, TARGETS, List.of());
    Scored four = new Engine(o, 4, false).score(many, TARGETS, List.of());
    assertThat(many).hasSizeGreaterThan(2 * Engine.chunkSize(TARGETS.size()));
    for (int i = 0; i < many.size(); i++) {
      for (Candidate c : one.rows().get(i)) {
        assertThat(four.score(i, c.target())).isEqualTo(c.score());
      }
    }
  }
}
