package org.specmirror.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.specmirror.cli.CliTest;

/**
 * {@code eval trace --coverage} on a small three-product set written here: each product's coverage
 * of the sources against the truth, and their rank correlation.
 */
class TraceCoverageCliTest {

  @TempDir Path tmp;

  private static final String[][] TOPICS = {
    {"The controller shall dim the luminaire in steps of 1 %.", "Dims the luminaire in 1 % steps."},
    {"The controller shall report energy use every 15 minutes.", "Reports energy use every 15 minutes."},
    {"The housing shall be rated IP66.", "Housing rated IP66."},
    {"Firmware shall be updated over the air with signed images.", "Signed firmware images updated over the air."},
    {"The clock shall be synchronised by NTP.", "Clock synchronised by NTP."},
    {"The node shall log every relay operation with a time stamp.", "Logs each relay operation with its time stamp."},
    {"The photocell shall switch the lamp on below 35 lux.", "Photocell switches the lamp on under 35 lux."},
    {"A surge protection device shall withstand 10 kV.", "Surge protection device rated 10 kV."},
    {"The node shall keep its schedule for 72 h without mains power.", "Keeps the schedule for 72 h without mains."},
    {"Commissioning shall be possible over Bluetooth Low Energy.", "Bluetooth Low Energy commissioning."},
    {"The controller shall detect a lamp failure within 5 minutes.", "Detects lamp failures within 5 minutes."},
    {"Alarms shall be sent to the central management system.", "Sends alarms to the central management system."}
  };

  private static final String[] UNRELATED = {
    "Colour temperature 3000 K.", "Colour rendering index above 70.", "Pole height up to 12 m.", "Powder-coated grey finish.",
    "Weight 1.2 kg.", "Five-year warranty.", "Mounting bracket included.", "Cable length 2 m.", "Packaging of recycled card.",
    "Shipping in boxes of ten.", "Available in three colours.", "Designed in our own laboratory."
  };

  /** Three products: "full" restates all 12 requirements, "half" the first 6, "none" none; each adds unrelated lines. */
  private void write(Path dir) throws Exception {
    Files.createDirectories(dir);
    StringBuilder s = new StringBuilder("id,text\n");
    StringBuilder t = new StringBuilder("id,text,group\n");
    StringBuilder l = new StringBuilder("source_id,target_id\n");
    for (int i = 0; i < TOPICS.length; i++) {
      s.append("S").append(i).append(",\"").append(TOPICS[i][0]).append("\"\n");
      t.append("F").append(i).append(",\"").append(TOPICS[i][1]).append("\",full\n");
      l.append("S").append(i).append(",F").append(i).append("\n");
      if (i < 6) {
        t.append("H").append(i).append(",\"").append(TOPICS[i][1]).append("\",half\n");
        l.append("S").append(i).append(",H").append(i).append("\n");
      }
    }
    for (int u = 0; u < UNRELATED.length; u++) {
      if (u < 4) {
        t.append("FU").append(u).append(",\"").append(UNRELATED[u]).append("\",full\n");
      }
      if (u < 6) {
        t.append("HU").append(u).append(",\"").append(UNRELATED[u + 6]).append("\",half\n");
      }
      t.append("NU").append(u).append(",\"").append(UNRELATED[u]).append("\",none\n");
    }
    Files.writeString(dir.resolve("sources.csv"), s);
    Files.writeString(dir.resolve("targets.csv"), t);
    Files.writeString(dir.resolve("links.csv"), l);
  }

  @Test
  void coveragePerProductFollowsTheTruth() throws Exception {
    Path dir = tmp.resolve("three");
    write(dir);
    CliTest.Result r = CliTest.run("eval", "trace", dir.toString(), "--format", "json", "--no-semantic", "--coverage");
    assertThat(r.code()).isZero();
    JsonNode j = new ObjectMapper().readTree(r.out());
    List<String> keys = new ArrayList<>();
    j.fieldNames().forEachRemaining(keys::add);
    assertThat(keys).endsWith("groups", "coverage");
    JsonNode c = j.get("coverage");
    assertThat(c.get("threshold").asDouble()).isEqualTo(0.25);
    assertThat(c.get("groups")).hasSize(3);
    JsonNode full = c.at("/groups/0");
    assertThat(full.get("group").asText()).isEqualTo("full");
    assertThat(full.get("true").asDouble()).isEqualTo(1.0);
    assertThat(c.at("/groups/1/true").asDouble()).isEqualTo(0.5);
    assertThat(c.at("/groups/2/true").asDouble()).isEqualTo(0.0);
    // the engine ranks the three products as the truth does
    assertThat(c.at("/groups/0/predicted").asDouble()).isGreaterThan(c.at("/groups/1/predicted").asDouble());
    assertThat(c.at("/groups/1/predicted").asDouble()).isGreaterThanOrEqualTo(c.at("/groups/2/predicted").asDouble());
    assertThat(c.get("spearman").asDouble()).isGreaterThan(0.8);
  }
}
