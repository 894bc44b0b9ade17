package org.specmirror.match.semantic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Matrix products through ONNX Runtime agree with the plain loop and are repeatable. */
class OnnxMatMulTest {

  @Test
  void productsAgreeWithThePlainLoopAndRepeatBitForBit() {
    OnnxMatMul mm = OnnxMatMul.shared();
    assertThat(mm).as("ONNX Runtime loads on this machine (it ships with the embedding model)").isNotNull();
    Random r = new Random(3);
    int d = 384;
    float[][] a = new float[37][d];
    float[][] b = new float[53][d];
    for (float[] v : a) for (int m = 0; m < d; m++) v[m] = (float) r.nextGaussian();
    for (float[] v : b) for (int m = 0; m < d; m++) v[m] = (float) r.nextGaussian();
    try (OnnxMatMul.Matrix cols = mm.columns(b, d)) {
      float[] out = new float[10 * b.length];
      mm.multiply(a, 5, 10, cols, out);
      for (int i = 0; i < 10; i++) {
        for (int j = 0; j < b.length; j++) {
          double e = 0;
          for (int m = 0; m < d; m++) e += (double) a[5 + i][m] * b[j][m];
          assertThat((double) out[i * b.length + j]).isCloseTo(e, within(1e-3));
        }
      }
      float[] again = new float[10 * b.length];
      mm.multiply(a, 5, 10, cols, again);
      assertThat(again).containsExactly(out);
    }
  }
}
