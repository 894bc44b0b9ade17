import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.huggingface.tokenizers.Encoding;
import java.nio.file.*;
import java.util.*;
public class Ref {
  public static void main(String[] a) throws Exception {
    List<String> lines = Files.readAllLines(Path.of(a[0]));
    var model = new AllMiniLmL6V2EmbeddingModel();
    var tok = HuggingFaceTokenizer.newInstance(Path.of(System.getenv().getOrDefault("FT_DIR", "/tmp/specmirror-finetune") + "/jar/all-minilm-l6-v2-tokenizer.json"));
    StringBuilder sb = new StringBuilder();
    for (String s : lines) {
      if (s.isBlank()) continue;
      float[] v = model.embed(s).content().vector();
      Encoding e = tok.encode(s);
      StringJoiner ids = new StringJoiner(" ");
      for (long id : e.getIds()) if (id != 0) ids.add(Long.toString(id));
      StringJoiner vs = new StringJoiner(" ");
      for (float f : v) vs.add(Float.toString(f));
      sb.append(ids).append("\t").append(vs).append("\n");
    }
    Files.writeString(Path.of(a[1]), sb.toString());
  }
}
