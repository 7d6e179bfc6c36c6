package dev.vigor.engine.nfrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.exec.NfConfig;
import dev.vigor.engine.nf.LoadedNf;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Live mode (AF_PACKET) in a private network namespace, so the machine's interfaces are never
 * touched: two veth pairs, the bridge binary on one end of each, frames injected on the other
 * end of the first pair come out of the second (flooded: the destination is unknown). Needs
 * root (CAP_NET_ADMIN for the namespace, CAP_NET_RAW for the sockets), unshare and python3;
 * skipped otherwise.
 */
class RunLiveTest {
  @TempDir Path tmp;

  private static final String INJECT = String.join("\n",
      "import socket",
      "a = socket.socket(socket.AF_PACKET, socket.SOCK_RAW, socket.htons(3)); a.bind(('a0', 0))",
      "b = socket.socket(socket.AF_PACKET, socket.SOCK_RAW, socket.htons(3)); b.bind(('b0', 0))",
      "b.settimeout(1.0)",
      "frame = bytes.fromhex('020000000bbb020000000aaa0800') + b'\\x45' + b'\\x00' * 45",
      "for i in range(5): a.send(frame)",
      "got = 0",
      "try:",
      "    while True:",
      "        if b.recv(2048)[:12] == frame[:12]: got += 1",
      "except socket.timeout: pass",
      "print('flooded', got)");

  @Test
  void framesOnOneInterfaceAreFloodedToTheOther() throws Exception {
    RunFixture.assumeGcc();
    Assumptions.assumeTrue(works("unshare", "-n", "true"),
        "needs root and unshare to make a private network namespace");
    Assumptions.assumeTrue(works("python3", "-c", "import socket"), "needs python3 to inject frames");
    Path nfDir = RunFixture.CATALOG.resolve("bridge");
    LoadedNf nf = LoadedNf.load(nfDir);
    Path binary = RunFixture.build().build(nf, ConfigSource.of(nf.program(), NfConfig.load(nfDir)));
    Path inject = Files.writeString(tmp.resolve("inject.py"), INJECT);
    Path out = tmp.resolve("live.pcapng");
    String script = String.join(" && ",
        "ip link add a0 type veth peer name a1", "ip link add b0 type veth peer name b1",
        "for i in a0 a1 b0 b1; do ip link set $i up; done",
        "(" + binary + " --iface a1,b1 --out " + out + " 2>" + tmp.resolve("nf.err") + " & echo $! > "
            + tmp.resolve("pid") + ")",
        "sleep 1", "python3 " + inject,
        "kill -INT $(cat " + tmp.resolve("pid") + ")", "sleep 1");
    Process p = new ProcessBuilder("unshare", "-n", "bash", "-c", script)
        .redirectErrorStream(true).start();
    String printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), printed);
    assertTrue(printed.contains("flooded 5"), printed);
    String summary = Files.readString(tmp.resolve("nf.err"));
    assertTrue(summary.contains("packets:"), "the binary stopped on SIGINT and said so: " + summary);
    List<CapturedPacket> sent = Pcapng.read(Files.readAllBytes(out));
    assertTrue(sent.stream().filter(s -> s.device() == 1).count() >= 5, sent.size() + " sent");
  }

  private static boolean works(String... cmd) {
    try {
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (Exception e) {
      return false;
    }
  }
}
