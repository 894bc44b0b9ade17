import ai.onnxruntime.*;
import java.nio.file.*;
import java.util.*;
// Runs $FT_DIR/classifier.onnx with onnxruntime (Java) on the padded batch in check_inputs.tsv and compares with PyTorch logits.
public class OnnxCheck {
  public static void main(String[] a) throws Exception {
    List<String> lines = Files.readAllLines(Path.of(System.getenv().getOrDefault("FT_DIR", "/tmp/specmirror-finetune") + "/check_inputs.tsv"));
    int B = lines.size(), T = lines.get(0).split("\t")[0].split(" ").length;
    long[][] ids = new long[B][T], mask = new long[B][T], tt = new long[B][T];
    float[][] ref = new float[B][];
    for (int i = 0; i < B; i++) {
      String[] p = lines.get(i).split("\t");
      String[] x = p[0].split(" "), m = p[1].split(" "), r = p[2].split(" ");
      for (int j = 0; j < T; j++) { ids[i][j] = Long.parseLong(x[j]); mask[i][j] = Long.parseLong(m[j]); }
      ref[i] = new float[r.length];
      for (int j = 0; j < r.length; j++) ref[i][j] = Float.parseFloat(r[j]);
    }
    var env = OrtEnvironment.getEnvironment();
    try (var s = env.createSession(System.getenv().getOrDefault("FT_DIR", "/tmp/specmirror-finetune") + "/classifier.onnx", new OrtSession.SessionOptions())) {
      Map<String, OnnxTensor> in = Map.of("input_ids", OnnxTensor.createTensor(env, ids),
          "attention_mask", OnnxTensor.createTensor(env, mask), "token_type_ids", OnnxTensor.createTensor(env, tt));
      try (var res = s.run(in)) {
        float[][] out = (float[][]) res.get(0).getValue();
        double maxd = 0;
        for (int i = 0; i < B; i++) for (int j = 0; j < 2; j++) maxd = Math.max(maxd, Math.abs(out[i][j] - ref[i][j]));
        for (int i = 0; i < B; i++) System.out.println(Arrays.toString(out[i]) + " vs pytorch " + Arrays.toString(ref[i]));
        System.out.println("max abs diff " + maxd);
      }
    }
  }
}
