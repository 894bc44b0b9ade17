package org.specmirror.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.specmirror.eval.TraceEvaluator.Pair;
import org.specmirror.eval.TraceResult.Cut;
import org.specmirror.extract.param.ParameterParser;
import org.specmirror.match.Engine;
import org.specmirror.match.MatchOptions;

/** Metrics of the trace evaluation (hand-computed), calibration fit, and an end-to-end run in lexical mode. */
class TraceEvaluatorTest {

  private static final double EPS = 1e-12;

  @TempDir Path tmp;

  private static Pair p(int group, double score, boolean link) {
    return new Pair(group, 0, 0, score, 0, link, true);
  }

  private static void assertCut(Cut c, double threshold, double precision, double recall, double f1, double f2) {
    assertThat(c.threshold()).as("threshold").isCloseTo(threshold, within(EPS));
    assertThat(c.precision()).as("precision").isCloseTo(precision, within(EPS));
    assertThat(c.recall()).as("recall").isCloseTo(recall, within(EPS));
    assertThat(c.f1()).as("F1").isCloseTo(f1, within(EPS));
    assertThat(c.f2()).as("F2").isCloseTo(f2, within(EPS));
  }

  // ------------------------------------------------------------------ best cuts, one group

  /**
   * Scores 0.9 T, 0.8 F, 0.7 T, 0.6 F, 0.5 F, 0.45 F, 0.4 T, 0.3 F (3 links). Cuts: top 3 gives P = R = 2/3,
   * F1 = F2 = 2/3 (best F1); top 7 gives P = 3/7, R = 1, F1 = 0.6, F2 = 5·(3/7)/(4·3/7 + 1) = 15/19 (best F2).
   */
  @Test
  void bestF1AndBestF2OneGroup() {
    List<Pair> pairs =
        List.of(p(0, 0.5, false), p(0, 0.9, true), p(0, 0.3, false), p(0, 0.7, true), p(0, 0.8, false),
            p(0, 0.45, false), p(0, 0.6, false), p(0, 0.4, true));
    Cut[] best = TraceEvaluator.bestCuts(pairs, 1);
    assertCut(best[0], 0.7, 2 / 3.0, 2 / 3.0, 2 / 3.0, 2 / 3.0);
    assertCut(best[1], 0.4, 3 / 7.0, 1.0, 0.6, 15 / 19.0);
  }

  @Test
  void tiedScoresAreCutTogether() {
    // the link and the non-link at 0.9 cannot be separated: P = 1/2, R = 1
    List<Pair> pairs = List.of(p(0, 0.9, true), p(0, 0.9, false), p(0, 0.2, false));
    Cut[] best = TraceEvaluator.bestCuts(pairs, 1);
    assertCut(best[0], 0.9, 0.5, 1.0, 2 / 3.0, 5 * 0.5 / (4 * 0.5 + 1));
  }

  @Test
  void perfectSeparation() {
    List<Pair> pairs = List.of(p(0, 0.95, true), p(0, 0.9, true), p(0, 0.1, false), p(0, 0.05, false));
    Cut[] best = TraceEvaluator.bestCuts(pairs, 1);
    assertCut(best[0], 0.9, 1, 1, 1, 1);
    assertCut(best[1], 0.9, 1, 1, 1, 1);
  }

  @Test
  void noPairsOrNoLinks() {
    Cut[] none = TraceEvaluator.bestCuts(List.of(), 1);
    assertCut(none[0], 1, 0, 0, 0, 0);
    assertCut(none[1], 1, 0, 0, 0, 0);
    Cut[] noLinks = TraceEvaluator.bestCuts(List.of(p(0, 0.9, false), p(0, 0.1, false)), 1);
    assertCut(noLinks[0], 1, 0, 0, 0, 0);
    assertCut(TraceEvaluator.cutAt(List.of(), 1, 0.3), 0.3, 0, 0, 0, 0);
  }

  // ------------------------------------------------------------------ cut at a threshold

  @Test
  void cutAtIsInclusive() {
    List<Pair> pairs =
        List.of(p(0, 0.9, true), p(0, 0.8, false), p(0, 0.7, true), p(0, 0.6, false), p(0, 0.4, true));
    // scores >= 0.7: 3 predicted, 2 true, 3 links
    assertCut(TraceEvaluator.cutAt(pairs, 1, 0.7), 0.7, 2 / 3.0, 2 / 3.0, 2 / 3.0, 2 / 3.0);
    // nothing predicted: P = 0 by convention
    assertCut(TraceEvaluator.cutAt(pairs, 1, 0.95), 0.95, 0, 0, 0, 0);
    // everything predicted: P = 3/5, R = 1
    double f2 = 5 * 0.6 / (4 * 0.6 + 1);
    assertCut(TraceEvaluator.cutAt(pairs, 1, 0.0), 0.0, 0.6, 1, 0.75, f2);
  }

  // ------------------------------------------------------------------ macro average over groups

  /**
   * Group 0: 0.9 T, 0.6 F; group 1: 0.8 F, 0.7 T; group 2 (no links): 0.95 F. Best global threshold 0.7:
   * group 0 P = R = 1; group 1 P = 1/2, R = 1, F1 = 2/3, F2 = 5/6; group 2 has no links and is left out.
   */
  @Test
  void macroAverageOverGroups() {
    List<Pair> pairs =
        List.of(p(0, 0.9, true), p(0, 0.6, false), p(1, 0.8, false), p(1, 0.7, true), p(2, 0.95, false));
    Cut[] best = TraceEvaluator.bestCuts(pairs, 3);
    assertCut(best[0], 0.7, 0.75, 1.0, (1 + 2 / 3.0) / 2, (1 + 5 / 6.0) / 2);
    assertCut(best[1], 0.7, 0.75, 1.0, (1 + 2 / 3.0) / 2, (1 + 5 / 6.0) / 2);
    // the same pairs without the linkless group give the same figures
    Cut[] two = TraceEvaluator.bestCuts(pairs.subList(0, 4), 2);
    assertThat(two[0]).isEqualTo(best[0]);
    // at 0.75: group 0 perfect, group 1 predicts only its non-link
    assertCut(TraceEvaluator.cutAt(pairs, 3, 0.75), 0.75, 0.5, 0.5, 0.5, 0.5);
    // at 0.65: group 0 perfect, group 1 P = 1/2, R = 1
    assertCut(TraceEvaluator.cutAt(pairs, 3, 0.65), 0.65, 0.75, 1.0, (1 + 2 / 3.0) / 2, (1 + 5 / 6.0) / 2);
  }

  @Test
  void macroIsNotMicro() {
    // group 0: 1 link found of 1; group 1: 1 of 3 found, with one false positive
    List<Pair> pairs =
        List.of(
            p(0, 0.9, true),
            p(1, 0.9, true), p(1, 0.9, false), p(1, 0.1, true), p(1, 0.1, true));
    Cut c = TraceEvaluator.cutAt(pairs, 2, 0.5);
    double p1 = 0.5;
    double r1 = 1 / 3.0;
    assertCut(c, 0.5, (1 + p1) / 2, (1 + r1) / 2, (1 + 2 * p1 * r1 / (p1 + r1)) / 2, (1 + 5 * p1 * r1 / (4 * p1 + r1)) / 2);
  }

  // ------------------------------------------------------------------ calibration

  @Test
  void fitCalibrationRecoversAKnownLogistic() {
    Random rnd = new Random(20240611L);
    List<double[]> samples = new ArrayList<>();
    for (int i = 0; i < 20000; i++) {
      double x = -3 + 6 * rnd.nextDouble();
      double prob = 1 / (1 + Math.exp(-(2 * x - 1)));
      samples.add(new double[] {x, rnd.nextDouble() < prob ? 1 : 0});
    }
    double[] ab = TraceEvaluator.fitCalibration(samples);
    assertThat(ab).hasSize(2);
    assertThat(ab[0]).isCloseTo(2.0, within(0.2));
    assertThat(ab[1]).isCloseTo(-1.0, within(0.2));
  }

  @Test
  void fitCalibrationOnDegenerateInput() {
    assertThat(TraceEvaluator.fitCalibration(List.of())).containsExactly(0, 0);
    // separable data: the slope grows but stays finite and positive
    List<double[]> separable = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      separable.add(new double[] {-1 - i * 0.1, 0});
      separable.add(new double[] {1 + i * 0.1, 1});
    }
    double[] ab = TraceEvaluator.fitCalibration(separable);
    assertThat(ab[0]).isFinite().isPositive();
    assertThat(ab[1]).isFinite();
    // all labels equal: the intercept goes towards -infinity, no NaN
    List<double[]> allZero = List.of(new double[] {0.5, 0}, new double[] {1.5, 0}, new double[] {-2, 0});
    double[] z = TraceEvaluator.fitCalibration(allZero);
    assertThat(z[0]).isNotNaN();
    assertThat(z[1]).isNotNaN();
  }

  // ------------------------------------------------------------------ end to end

  private static TraceEvaluator lexicalEvaluator() {
    return new TraceEvaluator(new Engine(MatchOptions.defaults().withEmbeddings(null), 1), t -> List.of());
  }

  private static final String SOURCES =
      "id,text\n"
          + "S1,The luminaire shall support dimming via the DALI-2 interface.\n"
          + "S2,The controller shall report energy consumption to the CMS every 15 minutes.\n"
          + "S3,The housing shall be made of die-cast aluminium and rated IP66.\n";

  @Test
  void endToEndOneGroup() throws Exception {
    Path dir =
        TraceSetTest.dataset(
            tmp,
            "tiny",
            SOURCES,
            "id,text\n"
                + "T1,Die-cast aluminium housing rated IP66.\n"
                + "T2,Dimming via the DALI-2 interface is supported by the luminaire.\n"
                + "T3,Energy consumption is reported to the CMS every 15 minutes.\n",
            "source_id,target_id\nS1,T2\nS2,T3\nS3,T1\n");
    TraceSet set = TraceSet.read(dir);
    TraceResult r = lexicalEvaluator().evaluate(set);
    assertThat(r.name()).isEqualTo("tiny");
    assertThat(r.sources()).isEqualTo(3);
    assertThat(r.targets()).isEqualTo(3);
    assertThat(r.links()).isEqualTo(3);
    assertThat(r.map()).isEqualTo(1.0);
    assertThat(r.mrr()).isEqualTo(1.0);
    assertThat(r.recallAt1()).isEqualTo(1.0);
    assertThat(r.recallAt5()).isEqualTo(1.0);
    assertThat(r.recallAt10()).isEqualTo(1.0);
    assertThat(r.bestF1().f1()).isEqualTo(1.0);
    assertThat(r.bestF1().precision()).isEqualTo(1.0);
    assertThat(r.bestF1().recall()).isEqualTo(1.0);
    assertThat(r.bestF2().f2()).isEqualTo(1.0);
    assertThat(r.atDefault()).isNotNull();
    assertThat(r.atDefault().threshold()).isEqualTo(MatchOptions.MET);
    assertThat(r.groups()).singleElement().satisfies(g -> {
      assertThat(g.name()).isEqualTo("default");
      assertThat(g.sources()).isEqualTo(3);
      assertThat(g.targets()).isEqualTo(3);
      assertThat(g.links()).isEqualTo(3);
      assertThat(g.map()).isEqualTo(1.0);
      assertThat(g.atDefault()).isEqualTo(r.atDefault());
      assertThat(g.groups()).isEmpty();
    });
    // every pair is a candidate (3 x 3) and labelled
    List<double[]> signals = lexicalEvaluator().signals(set);
    assertThat(signals).hasSize(9);
    assertThat(signals.stream().filter(s -> s[1] == 1).count()).isEqualTo(3);
  }

  @Test
  void endToEndTwoGroups() throws Exception {
    Path dir =
        TraceSetTest.dataset(
            tmp,
            "two",
            SOURCES,
            "id,text,group\n"
                + "A1,Die-cast aluminium housing rated IP66.,vendorA\n"
                + "A2,Dimming via the DALI-2 interface is supported by the luminaire.,vendorA\n"
                + "A3,Energy consumption is reported to the CMS every 15 minutes.,vendorA\n"
                + "B1,The luminaire supports DALI-2 dimming.,vendorB\n"
                + "B2,Housing: die-cast aluminium IP66.,vendorB\n",
            "source_id,target_id\nS1,A2\nS2,A3\nS3,A1\nS1,B1\nS3,B2\n");
    TraceSet set = TraceSet.read(dir);
    TraceResult r = lexicalEvaluator().evaluate(set);
    assertThat(r.name()).isEqualTo("two");
    assertThat(r.sources()).isEqualTo(3);
    assertThat(r.targets()).isEqualTo(5);
    assertThat(r.links()).isEqualTo(5);
    assertThat(r.map()).isEqualTo(1.0);
    assertThat(r.mrr()).isEqualTo(1.0);
    assertThat(r.groups()).hasSize(2);
    assertThat(r.groups()).extracting(TraceResult::name).containsExactly("vendorA", "vendorB");
    assertThat(r.groups()).extracting(TraceResult::targets).containsExactly(3, 2);
    assertThat(r.groups()).extracting(TraceResult::links).containsExactly(3, 2);
    assertThat(r.groups()).extracting(TraceResult::sources).containsExactly(3, 3);
    assertThat(r.groups()).extracting(TraceResult::map).containsExactly(1.0, 1.0);
    assertThat(lexicalEvaluator().signals(set)).hasSize(3 * 3 + 3 * 2);
  }

  /**
   * S1 is linked (on purpose) to the unrelated T2 only, which ranks second: AP = RR = 1/2, recall@1 = 0;
   * S2 finds its link first. MAP = MRR = 3/4, recall@1 = 1/2, recall@5 = 1.
   */
  @Test
  void endToEndWithAMissedLink() throws Exception {
    Path dir =
        TraceSetTest.dataset(
            tmp,
            "missed",
            "id,text\nS1,The luminaire shall support dimming via DALI-2.\nS2,The controller shall report energy every 15 minutes.\n",
            "id,text\nT1,The luminaire supports dimming via DALI-2.\nT2,The controller reports energy every 15 minutes.\n",
            "source_id,target_id\nS1,T2\nS2,T2\n");
    TraceResult r = lexicalEvaluator().evaluate(TraceSet.read(dir));
    assertThat(r.map()).isCloseTo(0.75, within(EPS));
    assertThat(r.mrr()).isCloseTo(0.75, within(EPS));
    assertThat(r.recallAt1()).isCloseTo(0.5, within(EPS));
    assertThat(r.recallAt5()).isCloseTo(1.0, within(EPS));
    assertThat(r.recallAt10()).isCloseTo(1.0, within(EPS));
  }

  @Test
  void sourcesWithoutLinksDoNotCountInMap() throws Exception {
    Path dir =
        TraceSetTest.dataset(
            tmp,
            "unlinked",
            SOURCES,
            "id,text\nT1,Die-cast aluminium housing rated IP66.\nT2,Dimming via the DALI-2 interface.\n",
            "source_id,target_id\nS1,T2\nS3,T1\n");
    TraceResult r = lexicalEvaluator().evaluate(TraceSet.read(dir));
    assertThat(r.links()).isEqualTo(2);
    assertThat(r.map()).isEqualTo(1.0);
    assertThat(r.mrr()).isEqualTo(1.0);
  }

  @Test
  void parametersFunctionIsUsed() throws Exception {
    Path dir =
        TraceSetTest.dataset(
            tmp,
            "params",
            "id,text\nS1,The battery shall keep the clock for at least 72 h.\nS2,The housing shall be IP66.\n",
            "id,text\nT1,The battery keeps the clock for 96 h.\nT2,Housing IP67.\n",
            "source_id,target_id\nS1,T1\nS2,T2\n");
    TraceSet set = TraceSet.read(dir);
    List<double[]> without = lexicalEvaluator().signals(set);
    ParameterParser parser = ParameterParser.defaults();
    List<double[]> with =
        new TraceEvaluator(new Engine(MatchOptions.defaults().withEmbeddings(null), 1), parser::parse).signals(set);
    assertThat(with).hasSameSizeAs(without);
    double sumWithout = 0;
    double sumWith = 0;
    for (int i = 0; i < with.size(); i++) {
      if (with.get(i)[1] == 1) {
        sumWithout += without.get(i)[0];
        sumWith += with.get(i)[0];
      }
    }
    // both linked pairs meet their requirement: +1 each on the fused signal
    assertThat(sumWith - sumWithout).isCloseTo(2.0, within(1e-9));
  }

  // ------------------------------------------------------------------ coverage per group

  private static Pair q(int group, int source, double score, boolean link) {
    return new Pair(group, source, 0, score, 0, link, true);
  }

  /**
   * Two groups, four sources. Group a: sources 0, 1, 2 linked; 0 and 1 score above the threshold, and
   * so does 3 (not linked): true 3/4, predicted 3/4, agreement 2/4. Group b: only source 3 linked and
   * nothing above: true 1/4, predicted 0, agreement 3/4.
   */
  @Test
  void coveragePerGroupAgainstTheTruth() {
    List<Pair> pairs =
        List.of(q(0, 0, 0.9, true), q(0, 1, 0.3, true), q(0, 2, 0.1, true), q(0, 3, 0.5, false),
            q(1, 0, 0.1, false), q(1, 1, 0.2, false), q(1, 3, 0.24, true));
    List<TraceEvaluator.GroupCoverage> c = TraceEvaluator.coverage(pairs, List.of("a", "b"), 4, 0.25);
    assertThat(c).extracting(TraceEvaluator.GroupCoverage::group).containsExactly("a", "b");
    assertThat(c.get(0).trueCoverage()).isEqualTo(0.75);
    assertThat(c.get(0).predicted()).isEqualTo(0.75);
    assertThat(c.get(0).agreement()).isEqualTo(0.5);
    assertThat(c.get(1).trueCoverage()).isEqualTo(0.25);
    assertThat(c.get(1).predicted()).isEqualTo(0.0);
    assertThat(c.get(1).agreement()).isEqualTo(0.75);
  }

  @Test
  void spearmanRanksWithTies() {
    assertThat(TraceEvaluator.ranks(new double[] {0.5, 0.1, 0.5, 0.9})).containsExactly(2.5, 1.0, 2.5, 4.0);
    List<TraceEvaluator.GroupCoverage> same =
        List.of(new TraceEvaluator.GroupCoverage("a", 0.2, 0.1, 1), new TraceEvaluator.GroupCoverage("b", 0.5, 0.3, 1),
            new TraceEvaluator.GroupCoverage("c", 0.9, 0.8, 1));
    assertThat(TraceEvaluator.spearman(same)).isCloseTo(1.0, within(EPS));
    List<TraceEvaluator.GroupCoverage> reversed =
        List.of(new TraceEvaluator.GroupCoverage("a", 0.2, 0.8, 1), new TraceEvaluator.GroupCoverage("b", 0.5, 0.3, 1),
            new TraceEvaluator.GroupCoverage("c", 0.9, 0.1, 1));
    assertThat(TraceEvaluator.spearman(reversed)).isCloseTo(-1.0, within(EPS));
    assertThat(TraceEvaluator.spearman(same.subList(0, 2))).isNaN();
  }
}
