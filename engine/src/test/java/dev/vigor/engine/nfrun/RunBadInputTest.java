package dev.vigor.engine.nfrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Bad input to {@code vigor run}: a clear message, exit 3, and no hang. */
@Timeout(120)
class RunBadInputTest {
  @TempDir static Path tmp;
  static final String BRIDGE = RunFixture.CATALOG.resolve("bridge").toString();

  @BeforeAll
  static void gcc() {
    RunFixture.assumeGcc();
  }

  @Test
  void missingCapture() {
    RunFixture.Cli r = RunFixture.run(BRIDGE, "--pcap", tmp.resolve("none.pcap").toString(),
        "--out", tmp.resolve("o.pcapng").toString());
    assertEquals(3, r.exit());
    assertTrue(r.err().contains("no capture file"), r.err());
  }

  @Test
  void notACapture() throws Exception {
    Path text = Files.writeString(tmp.resolve("notes.pcap"), "hello, not a capture\n");
    RunFixture.Cli r = RunFixture.run(BRIDGE, "--pcap", text.toString(), "--check");
    assertEquals(3, r.exit());
    assertTrue(r.err().contains("is not a pcap or pcapng capture"), r.err());
  }

  @Test
  void truncatedCaptureIsReportedByTheBinary() throws Exception {
    Path full = tmp.resolve("full.pcapng");
    assertEquals(0, RunFixture.run(BRIDGE, "--generate", "50", "--out", full.toString()).exit());
    byte[] bytes = Files.readAllBytes(full);
    Path cut = Files.write(tmp.resolve("cut.pcapng"), Arrays.copyOf(bytes, bytes.length - 7));
    RunFixture.Cli plain = RunFixture.run(BRIDGE, "--pcap", cut.toString(), "--out",
        tmp.resolve("o.pcapng").toString());
    assertEquals(3, plain.exit(), plain.all());
    assertTrue(plain.err().contains("truncated"), plain.err());
    RunFixture.Cli checked = RunFixture.run(BRIDGE, "--pcap", cut.toString(), "--check");
    assertEquals(3, checked.exit(), checked.all());
    assertTrue(checked.err().contains("truncated"), checked.err());
  }

  @Test
  void trafficOptionsWithoutGenerate() {
    RunFixture.Cli r = RunFixture.run(BRIDGE, "--pcap", "x.pcap", "--check", "--fill-tables");
    assertEquals(3, r.exit());
    assertTrue(r.err().contains("--fill-tables shapes generated traffic"), r.err());
    RunFixture.Cli f = RunFixture.run(BRIDGE, "--pcap", "x.pcap", "--check", "--flows", "9");
    assertEquals(3, f.exit());
    assertTrue(f.err().contains("--flows shapes generated traffic"), f.err());
  }

  @Test
  void fillTablesNeedsEnoughPacketsAndATable() throws Exception {
    RunFixture.Cli few = RunFixture.run(BRIDGE, "--generate", "1000", "--fill-tables", "--out",
        tmp.resolve("few.pcapng").toString());
    assertEquals(3, few.exit(), few.all());
    assertTrue(few.err().contains("--generate needs at least 147456 packets"), few.err());
    assertTrue(Files.notExists(tmp.resolve("few.pcapng")), "nothing written");
    RunFixture.Cli nop = RunFixture.run(RunFixture.CATALOG.resolve("nop").toString(),
        "--generate", "1000", "--fill-tables", "--out", tmp.resolve("nop.pcapng").toString());
    assertEquals(3, nop.exit(), nop.all());
    assertTrue(nop.err().contains("declares no table"), nop.err());
  }

  @Test
  void noOutput() {
    RunFixture.Cli r = RunFixture.run(BRIDGE, "--pcap", "x.pcap");
    assertEquals(3, r.exit());
    assertTrue(r.err().contains("--pcap needs --out"), r.err());
  }

  @Test
  void noInput() {
    RunFixture.Cli r = RunFixture.run(BRIDGE, "--out", "x.pcapng");
    assertEquals(3, r.exit());
    assertTrue(r.err().contains("--pcap IN"), r.err());
  }

  @Test
  void notAnNfFolder() {
    RunFixture.Cli r = RunFixture.run(tmp.toString(), "--generate", "5", "--out", "x.pcapng");
    assertEquals(3, r.exit());
    assertTrue(r.err().contains("is not an NF folder"), r.err());
  }

  @Test
  void gccErrorsAreShownAtFileLineColumn() throws Exception {
    Path nf = dev.vigor.engine.FolderCopy.copyTree(Path.of(BRIDGE), tmp.resolve("broken"));
    Path c = nf.resolve("bridge.c");
    // the engine accepts an unused variable; gcc -Werror does not
    Files.writeString(c, Files.readString(c).replace(
        "  struct ether_hdr *eth = nf_ether_header(packet, length);",
        "  int unused_here = 0;\n  struct ether_hdr *eth = nf_ether_header(packet, length);"));
    Path traffic = tmp.resolve("t.pcapng");
    assertEquals(0, RunFixture.run(BRIDGE, "--generate", "5", "--out", traffic.toString()).exit());
    RunFixture.Cli r = RunFixture.run(nf.toString(), "--pcap", traffic.toString(), "--out",
        tmp.resolve("o.pcapng").toString());
    assertEquals(3, r.exit(), r.all());
    assertTrue(r.err().matches("(?s).*bridge\\.c:\\d+:\\d+: error: unused variable.*"), r.err());
  }

  @Test
  void missingCompiler() throws Exception {
    Path traffic = tmp.resolve("t2.pcapng");
    assertEquals(0, RunFixture.run(BRIDGE, "--generate", "5", "--out", traffic.toString()).exit());
    RunFixture.Cli r = RunFixture.run(BRIDGE, "--pcap", traffic.toString(), "--out",
        tmp.resolve("o.pcapng").toString(), "--cc", "/nonexistent/gcc");
    assertEquals(3, r.exit());
    assertTrue(r.err().contains("needs gcc"), r.err());
  }
}
