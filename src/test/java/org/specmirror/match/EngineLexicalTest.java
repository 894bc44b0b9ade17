package org.specmirror.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.specmirror.extract.param.ParameterParser;
import org.specmirror.match.ParameterCheck.Outcome;
import org.specmirror.model.Modality;

/** The matching engine without embeddings: determinism, score range, ranking, empty input, parameters. */
class EngineLexicalTest {

  private static final MatchOptions LEXICAL = MatchOptions.defaults().withEmbeddings(null);
  private static final ParameterParser PARSER = ParameterParser.defaults();

  private static Statement req(String id, String text) {
    return new Statement(id, text, Modality.MUST, PARSER.parse(text));
  }

  private static Statement offer(String id, String text) {
    return new Statement(id, text, Modality.OFFERS, PARSER.parse(text));
  }

  private static final List<Statement> SOURCES =
      List.of(
          req("R1", "The luminaire shall support dimming via DALI-2."),
          req("R2", "The controller shall report energy consumption to the central management system every 15 minutes."),
          req("R3", "The housing shall be rated IP66 and withstand impacts of IK08."),
          req("R4", "Firmware shall be updated over the air with signed images."));

  private static final List<Statement> TARGETS =
      List.of(
          offer("T1", "Remote firmware upgrade over-the-air; images are signed and verified before installation."),
          offer("T2", "Die-cast aluminium housing, IP66, IK08 impact resistance."),
          offer("T3", "Dimming through the DALI-2 interface of the luminaire."),
          offer("T4", "Energy consumption is reported to the CMS every 15 minutes."),
          offer("T5", "Colour temperature 3000 K, colour rendering index above 70."));

  /** Many sources and targets with shared vocabulary, so that rows and columns have real spread. */
  private static List<Statement> manySources(int n) {
    String[] topics = {"dimming of the light output", "energy metering and reporting", "photocell control at dusk",
      "firmware update over the air", "fault reporting to the CMS", "clock synchronisation with NTP"};
    List<Statement> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(req("S" + i, "The node shall support " + topics[i % topics.length] + " for luminaire group " + (100 + i)
          + " and keep " + (i % 3 == 0 ? "a log of events" : "its schedule") + " during power loss."));
    }
    return out;
  }

  private static List<Statement> manyTargets(int n) {
    String[] topics = {"dimming", "energy metering", "photocell input", "over-the-air firmware upgrade", "alarm reports",
      "NTP time", "colour temperature", "surge protection"};
    List<Statement> out = new ArrayList<>();
    for (int j = 0; j < n; j++) {
      out.add(offer("T" + j, "Our controller offers " + topics[j % topics.length] + (j % 2 == 0 ? " and event logging" : "")
          + " for group " + (100 + 2 * j) + "; schedule kept in memory."));
    }
    return out;
  }

  // ------------------------------------------------------------------ ranking

  @Test
  void obviouslyMatchingTargetRanksFirst() {
    Scored s = new Engine(LEXICAL, 1).score(SOURCES, TARGETS, List.of());
    assertThat(s.semantic()).isFalse();
    assertThat(s.rows()).hasSize(SOURCES.size());
    assertThat(s.rows().get(0).get(0).target()).isEqualTo(2);
    assertThat(s.rows().get(1).get(0).target()).isEqualTo(3);
    assertThat(s.rows().get(2).get(0).target()).isEqualTo(1);
    assertThat(s.rows().get(3).get(0).target()).isEqualTo(0);
    for (int i = 0; i < SOURCES.size(); i++) {
      Candidate best = s.rows().get(i).get(0);
      assertThat(best.score()).as("row %d", i).isGreaterThan(s.rows().get(i).get(1).score());
      assertThat(s.score(i, best.target())).isEqualTo(best.score());
    }
  }

  @Test
  void candidatesAreOrderedBestFirstAndCoverEveryTarget() {
    Scored s = new Engine(LEXICAL, 1).score(SOURCES, TARGETS, List.of());
    for (List<Candidate> row : s.rows()) {
      assertThat(row).hasSize(TARGETS.size());
      assertThat(row).isSortedAccordingTo(Candidate.ORDER);
      assertThat(row).extracting(Candidate::target).doesNotHaveDuplicates();
      for (Candidate c : row) {
        assertThat(c.semantic()).isNaN();
        assertThat(c.lexical()).isBetween(0.0, 1.0 + 1e-6);
      }
    }
  }

  @Test
  void candidateLimitKeepsTheBestAndOthersScoreZero() {
    Scored all = new Engine(LEXICAL, 1).score(SOURCES, TARGETS, List.of());
    Scored two = new Engine(LEXICAL.withCandidates(2), 1).score(SOURCES, TARGETS, List.of());
    for (int i = 0; i < SOURCES.size(); i++) {
      List<Candidate> row = two.rows().get(i);
      assertThat(row).hasSize(2);
      assertThat(row.get(0).target()).isEqualTo(all.rows().get(i).get(0).target());
      for (int j = 0; j < TARGETS.size(); j++) {
        final int jj = j;
        if (row.stream().noneMatch(c -> c.target() == jj)) {
          assertThat(two.score(i, j)).isZero();
        }
      }
    }
  }

  // ------------------------------------------------------------------ scores

  @Test
  void scoresAreInTheUnitInterval() {
    List<Statement> src = manySources(15);
    List<Statement> tgt = manyTargets(11);
    Scored s = new Engine(LEXICAL, 2).score(src, tgt, List.of());
    assertThat(s.rows()).hasSize(15);
    for (List<Candidate> row : s.rows()) {
      assertThat(row).hasSize(11);
      for (Candidate c : row) {
        assertThat(c.score()).isBetween(0.0, 1.0).isNotNaN();
        assertThat(c.z()).isFinite();
      }
    }
  }

  @Test
  void identicalStatementsAndUnrelatedOnes() {
    List<Statement> src = List.of(req("R1", "The node shall log every dimming command."), req("R2", "Completely unrelated zebra words."));
    List<Statement> tgt = List.of(offer("T1", "The node shall log every dimming command."), offer("T2", "Housing colour grey."));
    Scored s = new Engine(LEXICAL, 1).score(src, tgt, List.of());
    Candidate same = s.rows().get(0).get(0);
    assertThat(same.target()).isZero();
    assertThat(same.lexical()).isCloseTo(1.0, within(1e-5));
    for (List<Candidate> row : s.rows()) {
      for (Candidate c : row) {
        assertThat(c.score()).isBetween(0.0, 1.0);
      }
    }
    assertThat(s.score(1, 1)).isLessThan(same.score());
  }

  // ------------------------------------------------------------------ empty input

  @Test
  void noSourcesGiveNoRows() {
    Scored s = new Engine(LEXICAL, 2).score(List.of(), TARGETS, List.of());
    assertThat(s.rows()).isEmpty();
    assertThat(s.sources()).isEmpty();
    assertThat(s.targets()).hasSize(TARGETS.size());
  }

  @Test
  void noTargetsGiveEmptyRows() {
    Scored s = new Engine(LEXICAL, 2).score(SOURCES, List.of(), List.of());
    assertThat(s.rows()).hasSize(SOURCES.size()).allSatisfy(r -> assertThat(r).isEmpty());
    assertThat(s.score(0, 0)).isZero();
  }

  @Test
  void bothEmpty() {
    Scored s = new Engine(LEXICAL, 1).score(List.of(), List.of(), List.of());
    assertThat(s.rows()).isEmpty();
  }

  @Test
  void emptyTexts() {
    List<Statement> src = List.of(req("R1", ""), req("R2", "The node shall dim."));
    List<Statement> tgt = List.of(offer("T1", ""), offer("T2", "Dimming supported."));
    Scored s = new Engine(LEXICAL, 1).score(src, tgt, List.of());
    assertThat(s.rows()).hasSize(2);
    for (List<Candidate> row : s.rows()) {
      for (Candidate c : row) {
        assertThat(c.score()).isBetween(0.0, 1.0).isNotNaN();
      }
    }
    assertThat(s.rows().get(1).get(0).target()).isEqualTo(1);
  }

  @Test
  void singleSourceAndSingleTarget() {
    Scored s = new Engine(LEXICAL, 4).score(List.of(SOURCES.get(0)), List.of(TARGETS.get(2)), List.of());
    assertThat(s.rows()).singleElement().satisfies(row -> assertThat(row).singleElement().satisfies(c -> {
      assertThat(c.target()).isZero();
      assertThat(c.score()).isBetween(0.0, 1.0).isNotNaN();
    }));
  }

  // ------------------------------------------------------------------ determinism

  @Test
  void sameResultWithOneAndTwoThreadsOnFewSources() {
    Scored one = new Engine(LEXICAL, 1).score(SOURCES, TARGETS, List.of());
    Scored two = new Engine(LEXICAL, 2).score(SOURCES, TARGETS, List.of());
    assertThat(two.rows()).isEqualTo(one.rows());
  }

  @Test
  void repeatedRunsAreIdentical() {
    List<Statement> src = manySources(20);
    List<Statement> tgt = manyTargets(13);
    Engine e = new Engine(LEXICAL, 2);
    assertThat(e.score(src, tgt, List.of()).rows()).isEqualTo(e.score(src, tgt, List.of()).rows());
  }

  @Test
  void sameRankingAndNearlySameScoresWithOneToEightThreads() {
    List<Statement> src = manySources(20);
    List<Statement> tgt = manyTargets(13);
    Scored one = new Engine(LEXICAL, 1).score(src, tgt, List.of());
    for (int threads : new int[] {2, 3, 8}) {
      Scored other = new Engine(LEXICAL, threads).score(src, tgt, List.of());
      for (int i = 0; i < src.size(); i++) {
        List<Candidate> a = one.rows().get(i);
        List<Candidate> b = other.rows().get(i);
        assertThat(b).extracting(Candidate::target).as("threads %d row %d", threads, i)
            .isEqualTo(a.stream().map(Candidate::target).toList());
        for (int c = 0; c < a.size(); c++) {
          assertThat(b.get(c).score()).isCloseTo(a.get(c).score(), within(1e-12));
          assertThat(b.get(c).lexical()).isEqualTo(a.get(c).lexical());
        }
      }
    }
  }

  @Test
  void exactlySameScoresWithOneAndTwoThreads() {
    List<Statement> src = manySources(20);
    List<Statement> tgt = manyTargets(13);
    Scored one = new Engine(LEXICAL, 1).score(src, tgt, List.of());
    Scored two = new Engine(LEXICAL, 2).score(src, tgt, List.of());
    assertThat(two.rows()).isEqualTo(one.rows());
  }

  // ------------------------------------------------------------------ parameters

  @Test
  void parameterConflictLowersTheScore() {
    List<Statement> src =
        List.of(
            req("R1", "The controller battery shall keep the clock running for at least 72 h without mains power."),
            req("R2", "The luminaire shall support dimming via DALI-2."));
    List<Statement> tgt =
        List.of(
            offer("T48", "The controller battery keeps the clock running for 48 h without mains power."),
            offer("T96", "The controller battery keeps the clock running for 96 h without mains power."),
            offer("T3", "Dimming through the DALI-2 interface of the luminaire."));
    Scored s = new Engine(LEXICAL, 1).score(src, tgt, List.of());
    List<Candidate> row = s.rows().get(0);
    Candidate c48 = row.stream().filter(c -> c.target() == 0).findFirst().orElseThrow();
    Candidate c96 = row.stream().filter(c -> c.target() == 1).findFirst().orElseThrow();
    // the two statements differ only by a small number, which is not a term
    assertThat(c48.lexical()).isEqualTo(c96.lexical());
    assertThat(c48.checks()).extracting(ParameterCheck::outcome).containsExactly(Outcome.CONFLICTS);
    assertThat(c96.checks()).extracting(ParameterCheck::outcome).containsExactly(Outcome.SATISFIED);
    assertThat(c48.parameters()).isEqualTo(-1.0);
    assertThat(c96.parameters()).isEqualTo(1.0);
    assertThat(c48.score()).isLessThan(c96.score());
    assertThat(row.get(0).target()).isEqualTo(1);
  }

  @Test
  void parameterConflictLowersTheScoreInSeparateRuns() {
    Statement r = req("R1", "The controller battery shall keep the clock running for at least 72 h without mains power.");
    Statement other = offer("T2", "Dimming through the DALI-2 interface of the luminaire.");
    Statement third = offer("T3", "Housing IP66 with surge protection.");
    double conflict =
        new Engine(LEXICAL, 1)
            .score(List.of(r), List.of(offer("T", "The controller battery keeps the clock running for 48 h without mains power."), other, third), List.of())
            .score(0, 0);
    double satisfied =
        new Engine(LEXICAL, 1)
            .score(List.of(r), List.of(offer("T", "The controller battery keeps the clock running for 96 h without mains power."), other, third), List.of())
            .score(0, 0);
    double none =
        new Engine(LEXICAL, 1)
            .score(List.of(r), List.of(offer("T", "The controller battery keeps the clock running without mains power."), other, third), List.of())
            .score(0, 0);
    assertThat(conflict).isLessThan(none);
    assertThat(none).isLessThan(satisfied);
  }

  @Test
  void parameterTermIsCapped() {
    List<ParameterCheck> four = new ArrayList<>();
    var p = PARSER.parse("IP66").get(0);
    for (int i = 0; i < 4; i++) {
      four.add(new ParameterCheck(p, p, Outcome.EQUAL));
    }
    assertThat(Engine.parameterTerm(four)).isEqualTo(2.0);
    List<ParameterCheck> bad = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      bad.add(new ParameterCheck(p, p, Outcome.CONFLICTS));
    }
    assertThat(Engine.parameterTerm(bad)).isEqualTo(-2.0);
    assertThat(Engine.parameterTerm(List.of(new ParameterCheck(p, null, Outcome.ABSENT), new ParameterCheck(p, p, Outcome.OVERLAPS))))
        .isZero();
    assertThat(Engine.parameterTerm(List.of())).isZero();
  }

  // ------------------------------------------------------------------ analysis

  @Test
  void contextStatementsOnlyChangeTermRarity() {
    Scored without = new Engine(LEXICAL, 1).score(SOURCES, TARGETS, List.of());
    Scored with =
        new Engine(LEXICAL, 1)
            .score(SOURCES, TARGETS, List.of(offer("C1", "The luminaire supports dimming."), offer("C2", "Dimming via DALI-2.")));
    assertThat(with.rows()).hasSameSizeAs(without.rows());
    for (int i = 0; i < SOURCES.size(); i++) {
      assertThat(with.rows().get(i)).hasSameSizeAs(without.rows().get(i));
    }
  }

  @Test
  void glossaryMakesAcronymAndLongNameMatch() {
    List<Statement> src = List.of(req("R1", "The controller shall use NB-IoT."), req("R2", "The housing shall be grey."));
    List<Statement> tgt =
        List.of(offer("T1", "Housing painted grey."), offer("T2", "Connectivity: narrowband internet of things modem."));
    Scored s = new Engine(LEXICAL, 1).score(src, tgt, List.of());
    assertThat(s.rows().get(0).get(0).target()).isEqualTo(1);
    assertThat(s.rows().get(0).get(0).lexical()).isGreaterThan(0);
  }
}
