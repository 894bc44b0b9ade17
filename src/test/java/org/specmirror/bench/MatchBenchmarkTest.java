package org.specmirror.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.specmirror.match.Statement;
import org.specmirror.model.Modality;

class MatchBenchmarkTest {

  @Test
  void generatesTheRequestedStatements() {
    MatchCorpus.Data d = MatchCorpus.generate(50, 500, 7);

    assertThat(d.sources()).hasSize(50).allMatch(s -> s.modality() == Modality.MUST);
    assertThat(d.targets()).hasSize(500).allMatch(s -> s.modality() == Modality.OFFERS);
    assertThat(d.sources()).extracting(Statement::id).doesNotHaveDuplicates();
    assertThat(d.targets()).extracting(Statement::id).doesNotHaveDuplicates();
    assertThat(d.sources()).allSatisfy(s -> assertThat(s.text().split(" ")).hasSizeBetween(8, 30));
  }

  @Test
  void plantsCopiesOfAboutTwoThirdsOfTheSources() {
    MatchCorpus.Data d = MatchCorpus.generate(50, 500, 7);

    assertThat(d.planted()).hasSize(50);
    Set<Integer> copies = new HashSet<>();
    d.planted().forEach(p -> Arrays.stream(p).forEach(copies::add));
    assertThat(copies).hasSize(d.plantedPairs()).allMatch(t -> t >= 0 && t < 500);
    long withCopies = d.planted().stream().filter(p -> p.length > 0).count();
    assertThat(withCopies).isBetween(25L, 45L);
  }

  @Test
  void theSameSeedGivesTheSameStatements() {
    MatchCorpus.Data a = MatchCorpus.generate(50, 500, 7);
    MatchCorpus.Data b = MatchCorpus.generate(50, 500, 7);
    MatchCorpus.Data other = MatchCorpus.generate(50, 500, 8);

    assertThat(b.sources()).isEqualTo(a.sources());
    assertThat(b.targets()).isEqualTo(a.targets());
    assertThat(b.planted().toArray(new int[0][])).isDeepEqualTo(a.planted().toArray(new int[0][]));
    assertThat(other.sources()).isNotEqualTo(a.sources());
  }

  @Test
  void lexicalRunsScoreEverySourceAndFindThePlantedCopies() throws Exception {
    MatchBenchmark.Options o =
        MatchBenchmark.parse(
            new String[] {"--modes", "lexical", "--sources", "50", "--sizes", "200,500", "--warmup", "1", "--repeat", "2"});
    StringBuilder out = new StringBuilder();

    MatchBenchmark.Result r = MatchBenchmark.run(o, null, out::append);

    assertThat(r.rows()).extracting(MatchBenchmark.Row::targets).containsExactly(200, 500);
    for (MatchBenchmark.Row row : r.rows()) {
      assertThat(row.walls()).hasSize(2).allMatch(w -> w > 0);
      assertThat(row.median().embedding()).isNull();
      assertThat(row.median().copiesInTop10()).isPositive().isLessThanOrEqualTo(row.plantedPairs());
      assertThat(row.median().firstIsCopy()).isPositive().isLessThanOrEqualTo(row.sourcesWithCopies());
    }
    assertThat(r.scaling()).singleElement().satisfies(s -> assertThat(s.targets()).isEqualTo(500));
    assertThat(r.cache()).isEmpty();
    assertThat(out.toString()).contains("| lexical", "scaling  : lexical, 500 against 200 targets");
  }

  @Test
  void rejectsUnknownModes() {
    assertThatThrownBy(() -> MatchBenchmark.parse(new String[] {"--modes", "fuzzy"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fuzzy");
    assertThat(MatchBenchmark.parse(new String[] {"--semantic-sizes", "10000,100000"}).semanticSizes())
        .isEqualTo(List.of(10_000, 100_000));
  }
}
