package dev.vigor.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigor.engine.symex.Nfs;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code vigor traces}: counts, tree, JSON and exit codes 0 / 1 / 3. */
class TracesCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = VigorCli.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    return cl.execute(args);
  }

  @Test
  void cleanNfExitsZeroWithCountsTreeAndJson(@TempDir Path tmp) throws Exception {
    Path json = tmp.resolve("bridge.json");
    int code = run("traces", Nfs.catalog("bridge").toString(), "--tree", "--json", json.toString(),
        "--libvig-include", Nfs.libvigInclude().toString());
    assertEquals(ExitCodes.OK, code, err.toString());
    assertTrue(out.toString().contains("19 paths, 0 failed checks"), out.toString());
    assertTrue(out.toString().contains("symbolic execution"), out.toString());
    assertTrue(out.toString().contains("if (length < 14)  [vigor/packet.h:"), out.toString());
    assertTrue(out.toString().contains("NF_FLOOD"), out.toString());
    JsonNode root = new ObjectMapper().readTree(json.toFile());
    assertEquals(19, root.get("paths").asInt());
    assertEquals(19, root.get("traces").size());
    assertTrue(root.get("tree").has("condition"));
    assertTrue(root.get("traces").get(0).get("input").has("packet"));
  }

  @Test
  void failedCheckExitsOneAndPrintsWhereAndInput() {
    int code = run("traces", Nfs.broken("null_header").toString(),
        "--libvig-include", Nfs.libvigInclude().toString());
    assertEquals(ExitCodes.VIOLATED, code, err.toString());
    assertTrue(out.toString().contains("FAILED NULL_DEREFERENCE at null_header.c:12:"), out.toString());
    assertTrue(out.toString().contains("input: device="), out.toString());
  }

  @Test
  void rejectedNfExitsThreeWithLocatedDiagnostics() {
    int code = run("traces", Nfs.broken("unbounded_loop").toString(),
        "--libvig-include", Nfs.libvigInclude().toString());
    assertEquals(ExitCodes.BAD_INPUT, code);
    assertTrue(err.toString().contains("unbounded_loop.c:12:"), err.toString());
    assertFalse(err.toString().contains("Exception"), err.toString());
  }

  @Test
  void failingInitExitsThreeWithAMessage(@TempDir Path dir) throws Exception {
    java.nio.file.Files.writeString(dir.resolve("init.c"), String.join("\n",
        "#define NF_DEVICE_COUNT 2",
        "#include <vigor/nf.h>",
        "bool nf_init(void) {",
        "  return false;",
        "}",
        "int nf_process(uint16_t device, uint8_t *packet, uint16_t length, vigor_time_t now) {",
        "  (void)packet;",
        "  (void)length;",
        "  (void)now;",
        "  return device;",
        "}", ""));
    int code = run("traces", dir.toString(), "--libvig-include", Nfs.libvigInclude().toString());
    assertEquals(ExitCodes.BAD_INPUT, code);
    assertTrue(err.toString().contains("nf_init returned false"), err.toString());
  }
}
