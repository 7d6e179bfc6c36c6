package dev.vigor.engine.report;

import dev.vigor.engine.exec.ConcreteInput;
import dev.vigor.engine.validate.TraceResult;
import dev.vigor.engine.validate.Verification;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The input packets of a run's confirmed findings, for a pcap: first each replayed low-level
 * failure, then each violated trace's counterexample, spec by spec in trace order. Unknown
 * findings are left out: their inputs did not replay.
 */
public final class CounterexamplePackets {
  private CounterexamplePackets() {}

  /** The packets, each cut to its length. */
  public static List<byte[]> of(Verification.Result result) {
    List<byte[]> out = new ArrayList<>();
    for (Verification.LowLevel l : result.lowLevel()) {
      if (l.confirmed() && l.input() != null) {
        out.add(packet(l.input()));
      }
    }
    for (Verification.SpecResult s : result.specs()) {
      for (TraceResult t : s.traces()) {
        t.counterexample().ifPresent(c -> out.add(packet(c.input())));
      }
    }
    return out;
  }

  /** Writes {@link #of(Verification.Result)} as a pcap file, atomically. */
  public static void write(Verification.Result result, Path file) throws IOException {
    PcapFile.write(file, of(result));
  }

  private static byte[] packet(ConcreteInput in) {
    byte[] p = in.packet();
    return p.length == in.length() ? p : Arrays.copyOf(p, Math.min(p.length, in.length()));
  }
}
