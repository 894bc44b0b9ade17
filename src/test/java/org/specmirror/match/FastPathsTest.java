package org.specmirror.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.specmirror.normalise.TermAnalyzer;
import org.specmirror.normalise.TextNormaliser;

/**
 * The speed-ups of the engine give the same numbers as the plain forms they replace: blocked dot
 * products, the sparse best-sentence pass, term-id postings.
 */
class FastPathsTest {

  @Test
  void blockedDotProductsAreBitIdenticalToThePlainLoop() {
    Random r = new Random(7);
    for (int n : new int[] {0, 1, 3, 4, 5, 9, 64}) {
      float[] x = vector(r, 384);
      float[][] rows = new float[n][];
      for (int b = 0; b < n; b++) {
        rows[b] = vector(r, 384);
      }
      float[] out = new float[n];
      Engine.dots(x, rows, out);
      for (int b = 0; b < n; b++) {
        float d = 0;
        for (int m = 0; m < x.length; m++) {
          d += x[m] * rows[b][m];
        }
        assertThat(Float.floatToIntBits(out[b])).as("row %d of %d", b, n).isEqualTo(Float.floatToIntBits(d));
      }
    }
  }

  private static float[] vector(Random r, int dim) {
    float[] v = new float[dim];
    for (int i = 0; i < dim; i++) {
      v[i] = (float) r.nextGaussian();
    }
    return v;
  }

  @Property(tries = 200)
  void sparseCosineEqualsDenseCosine(@ForAll("texts") List<String> targets, @ForAll("texts") List<String> queries) {
    Vocabulary vocabulary = new Vocabulary();
    TermAnalyzer analyzer = TermAnalyzer.standard();
    List<Bag> tb = new ArrayList<>();
    for (String t : targets) {
      tb.add(Bag.of(analyzer.terms(TextNormaliser.normalise(t)), vocabulary));
    }
    List<Bag> qb = new ArrayList<>();
    for (String q : queries) {
      qb.add(Bag.of(analyzer.terms(TextNormaliser.normalise(q)), vocabulary));
    }
    List<Bag> all = new ArrayList<>(tb);
    all.addAll(qb);
    LexicalIndex index = new LexicalIndex(tb, new TermStats(all, vocabulary));
    float[] dense = new float[tb.size()];
    float[] sparse = new float[tb.size()];
    int[] touched = new int[tb.size()];
    for (Bag q : qb) {
      index.cosine(q, dense);
      int n = index.cosineTouched(q, sparse, touched);
      for (int i = 0; i < tb.size(); i++) {
        assertThat(sparse[i]).isEqualTo(dense[i]);
      }
      // every non-zero score was reported as touched, once
      assertThat(java.util.Arrays.stream(touched, 0, n).distinct().count()).isEqualTo(n);
      for (int i = 0; i < n; i++) {
        sparse[touched[i]] = 0;
      }
      for (float f : sparse) {
        assertThat(f).isZero();
      }
    }
  }

  @Provide
  Arbitrary<List<String>> texts() {
    Arbitrary<String> word =
        Arbitraries.of(
            "luminaire", "dimming", "DALI-2", "report", "energy", "every", "15", "minutes", "IP66", "housing",
            "firmware", "signed", "shall", "the", "controller", "4096", "schedule", "entries", "LoRaWAN", "NB-IoT",
            "supports", "over-the-air", "_FlightPlan", "camelCase", "3.30", "V", "mA");
    return word.list().ofMinSize(0).ofMaxSize(12).map(ws -> String.join(" ", ws)).list().ofMinSize(1).ofMaxSize(8);
  }
}
