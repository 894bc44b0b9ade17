package org.specmirror.match.semantic;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.ByteArrayOutputStream;
import java.nio.FloatBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Dense matrix products through ONNX Runtime, which ships with the embedding model: its GEMM uses
 * the CPU's vector instructions, which plain Java loops on Java 17 cannot. The model is one
 * {@code MatMul} node, written here in ONNX's protobuf encoding (no file, nothing downloaded). One
 * thread per product (callers run several products in parallel), so each product always adds in
 * the same order: the same inputs give the same bits.
 */
public final class OnnxMatMul implements AutoCloseable {

  private final OrtEnvironment env;
  private final OrtSession session;

  private OnnxMatMul() throws OrtException {
    env = OrtEnvironment.getEnvironment();
    OrtSession.SessionOptions o = new OrtSession.SessionOptions();
    o.setIntraOpNumThreads(1);
    o.setInterOpNumThreads(1);
    session = env.createSession(model(), o);
  }

  private static final class Holder {
    static final OnnxMatMul INSTANCE = create();

    private static OnnxMatMul create() {
      try {
        return new OnnxMatMul();
      } catch (OrtException | RuntimeException | LinkageError e) {
        return null; // no native runtime here: callers fall back to Java loops
      }
    }
  }

  /** The shared instance, or null when ONNX Runtime cannot be loaded on this machine. */
  public static OnnxMatMul shared() {
    return Holder.INSTANCE;
  }

  /** A right-hand matrix held by the runtime, reused across products. */
  public final class Matrix implements AutoCloseable {
    private final OnnxTensor tensor;
    private final int rows;
    private final int cols;

    private Matrix(OnnxTensor tensor, int rows, int cols) {
      this.tensor = tensor;
      this.rows = rows;
      this.cols = cols;
    }

    public int cols() {
      return cols;
    }

    @Override
    public void close() {
      tensor.close();
    }
  }

  /** {@code vectors} (n rows of length d) as the d × n matrix whose columns they are. */
  public Matrix columns(float[][] vectors, int d) {
    int n = vectors.length;
    float[] t = new float[d * n];
    for (int j = 0; j < n; j++) {
      float[] v = vectors[j];
      for (int m = 0; m < d; m++) {
        t[m * n + j] = v[m];
      }
    }
    try {
      return new Matrix(OnnxTensor.createTensor(env, FloatBuffer.wrap(t), new long[] {d, n}), d, n);
    } catch (OrtException e) {
      throw new IllegalStateException("ONNX Runtime: " + e.getMessage(), e);
    }
  }

  /**
   * {@code out[i * b.cols() + j] = rows[from + i] · column j of b} for {@code i < count}.
   *
   * @param out at least {@code count * b.cols()} floats
   */
  public void multiply(float[][] rows, int from, int count, Matrix b, float[] out) {
    int d = b.rows;
    float[] a = new float[count * d];
    for (int i = 0; i < count; i++) {
      System.arraycopy(rows[from + i], 0, a, i * d, d);
    }
    try (OnnxTensor at = OnnxTensor.createTensor(env, FloatBuffer.wrap(a), new long[] {count, d});
        OrtSession.Result r = session.run(Map.of("A", at, "B", b.tensor))) {
      FloatBuffer c = ((OnnxTensor) r.get(0)).getFloatBuffer();
      c.get(out, 0, count * b.cols);
    } catch (OrtException e) {
      throw new IllegalStateException("ONNX Runtime: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() throws OrtException {
    session.close();
  }

  // ---------------------------------------------------------------- the model, in protobuf

  /** ModelProto: ir_version 7, opset 13, a graph with C = MatMul(A, B), all dimensions symbolic. */
  static byte[] model() {
    Proto node = new Proto().string(1, "A").string(1, "B").string(2, "C").string(4, "MatMul");
    Proto graph =
        new Proto()
            .message(1, node)
            .string(2, "matmul")
            .message(11, value("A", "m", "k"))
            .message(11, value("B", "k", "n"))
            .message(12, value("C", "m", "n"));
    return new Proto()
        .varint(1, 7)
        .message(7, graph)
        .message(8, new Proto().string(1, "").varint(2, 13))
        .bytes();
  }

  /** ValueInfoProto of a float tensor with two symbolic dimensions. */
  private static Proto value(String name, String rows, String cols) {
    Proto shape =
        new Proto().message(1, new Proto().string(2, rows)).message(1, new Proto().string(2, cols));
    Proto tensor = new Proto().varint(1, 1).message(2, shape); // elem_type FLOAT
    return new Proto().string(1, name).message(2, new Proto().message(1, tensor));
  }

  /** Just enough of protobuf's wire format: varints and length-delimited fields. */
  private static final class Proto {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    Proto varint(int field, long v) {
      raw((field << 3) | 0);
      raw(v);
      return this;
    }

    Proto string(int field, String s) {
      return bytes(field, s.getBytes(StandardCharsets.UTF_8));
    }

    Proto message(int field, Proto p) {
      return bytes(field, p.bytes());
    }

    private Proto bytes(int field, byte[] b) {
      raw((field << 3) | 2);
      raw(b.length);
      out.write(b, 0, b.length);
      return this;
    }

    private void raw(long v) {
      while ((v & ~0x7FL) != 0) {
        out.write((int) ((v & 0x7F) | 0x80));
        v >>>= 7;
      }
      out.write((int) v);
    }

    byte[] bytes() {
      return out.toByteArray();
    }
  }
}
