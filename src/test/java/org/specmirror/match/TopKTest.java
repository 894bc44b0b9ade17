package org.specmirror.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Indices of the k largest values, ties by lower index. */
class TopKTest {

  @Test
  void topThree() {
    double[] v = {0.1, 0.9, 0.3, 0.7, 0.5};
    assertThat(TopK.select(v, 3)).containsExactly(1, 3, 4);
  }

  @Test
  void tiesGoToTheLowerIndex() {
    double[] v = {0.5, 0.9, 0.5, 0.9, 0.5};
    assertThat(TopK.select(v, 1)).containsExactly(1);
    assertThat(TopK.select(v, 2)).containsExactly(1, 3);
    assertThat(TopK.select(v, 3)).containsExactly(1, 3, 0);
    assertThat(TopK.select(v, 4)).containsExactly(1, 3, 0, 2);
    assertThat(TopK.select(new double[] {1, 1, 1, 1}, 2)).containsExactly(0, 1);
  }

  @Test
  void kLargerThanN() {
    double[] v = {0.2, 0.8, 0.5};
    assertThat(TopK.select(v, 10)).containsExactly(1, 2, 0);
    assertThat(TopK.select(v, 3)).containsExactly(1, 2, 0);
    assertThat(TopK.select(v, Integer.MAX_VALUE)).containsExactly(1, 2, 0);
  }

  @Test
  void kZeroOrNegativeOrEmptyInput() {
    assertThat(TopK.select(new double[] {1, 2, 3}, 0)).isEmpty();
    assertThat(TopK.select(new double[] {1, 2, 3}, -1)).isEmpty();
    assertThat(TopK.select(new double[0], 5)).isEmpty();
    assertThat(TopK.select(new double[0], 0)).isEmpty();
  }

  @Test
  void negativeAndInfiniteValues() {
    double[] v = {-1, Double.NEGATIVE_INFINITY, -0.5, Double.POSITIVE_INFINITY, -3};
    assertThat(TopK.select(v, 5)).containsExactly(3, 2, 0, 4, 1);
  }

  @Test
  void inputIsNotModified() {
    double[] v = {3, 1, 2};
    TopK.select(v, 2);
    assertThat(v).containsExactly(3, 1, 2);
  }

  /** Reference: a full sort by value (descending), ties by index, cut to k. */
  private static int[] reference(double[] v, int k) {
    Comparator<Integer> order =
        (a, b) -> v[a] == v[b] ? Integer.compare(a, b) : (v[a] > v[b] ? -1 : 1);
    return IntStream.range(0, v.length).boxed().sorted(order).limit(Math.max(0, k)).mapToInt(Integer::intValue).toArray();
  }

  @Property(tries = 1000)
  void agreesWithAFullSort(@ForAll("values") double[] v, @ForAll @IntRange(min = 0, max = 40) int k) {
    assertThat(TopK.select(v, k)).containsExactly(reference(v, k));
  }

  @Property(tries = 300)
  void resultIsSortedAndDistinct(@ForAll("values") double[] v, @ForAll @IntRange(min = 0, max = 40) int k) {
    int[] top = TopK.select(v, k);
    assertThat(top).hasSize(Math.min(k, v.length));
    assertThat(Arrays.stream(top).distinct().count()).isEqualTo(top.length);
    for (int i = 1; i < top.length; i++) {
      assertThat(v[top[i - 1]]).isGreaterThanOrEqualTo(v[top[i]]);
    }
  }

  /** Arrays with many ties (values from a small set) and arrays of arbitrary finite doubles. */
  @Provide
  Arbitrary<double[]> values() {
    Arbitrary<Double> fewValues = Arbitraries.of(List.of(-1.0, 0.0, 0.25, 0.5, 1.0, 2.0));
    Arbitrary<Double> anyFinite = Arbitraries.doubles().between(-1e6, 1e6);
    Arbitrary<Double> element = Arbitraries.oneOf(fewValues, anyFinite);
    return Arbitraries.oneOf(
        fewValues.array(Double[].class).ofMaxSize(30).map(TopKTest::unbox),
        element.array(Double[].class).ofMaxSize(60).map(TopKTest::unbox));
  }

  private static double[] unbox(Double[] a) {
    double[] out = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      out[i] = a[i];
    }
    return out;
  }
}
