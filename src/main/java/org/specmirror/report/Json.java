package org.specmirror.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** One configured Jackson mapper: ordered keys as built, two-space indent, "\n" line ends. */
public final class Json {
  public static final ObjectMapper MAPPER =
      new ObjectMapper()
          .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
          .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);

  private static final ObjectWriter WRITER =
      MAPPER.writer(
          new DefaultPrettyPrinter()
              .withSeparators(
                  com.fasterxml.jackson.core.util.Separators.createDefaultInstance()
                      .withObjectFieldValueSpacing(com.fasterxml.jackson.core.util.Separators.Spacing.AFTER))
              .withObjectIndenter(new DefaultIndenter("  ", "\n"))
              .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private Json() {}

  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** The opening every specmirror JSON document shares: {@code schema}, then {@code tool} (name, version). */
  public static ObjectNode root(String schema, String version) {
    ObjectNode root = object();
    root.put("schema", schema);
    ObjectNode tool = root.putObject("tool");
    tool.put("name", "specmirror");
    tool.put("version", version);
    return root;
  }

  /** Pretty JSON text ending with a newline. */
  public static String write(Object node) {
    try {
      return WRITER.writeValueAsString(node) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Rounds to 4 decimals so that figures print the same on every machine. */
  public static double round(double v) {
    return Math.round(v * 10000.0) / 10000.0;
  }
}
