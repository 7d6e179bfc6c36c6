package dev.vigor.engine.nfrun;

import dev.vigor.engine.concrete.ConcreteInterpreter;
import dev.vigor.engine.concrete.ConcreteRun;
import dev.vigor.engine.exec.ConcreteInput;
import dev.vigor.engine.exec.NfConfig;
import dev.vigor.engine.ir.LibVigKind;
import dev.vigor.engine.ir.LibVigObject;
import dev.vigor.engine.nf.LoadedNf;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * A counterexample's packet run through the NF's built binary from the counterexample's tables
 * (loaded with {@code nf --state}, vigor/state.h), next to what the engine's concrete run of the
 * same C does with it: the two agree unless the engine's model of C or libVig is wrong.
 */
public final class BinaryReplay {
  private BinaryReplay() {}

  /**
   * What the binary did (verdict: a device, -1 drop, -2 flood; its output bytes) and what the
   * engine's concrete run did (null verdict when it failed a low-level check, with why), and
   * whether the counterexample assumed vig_hash values the binary computes itself.
   */
  public record Outcome(int binaryVerdict, byte[] binaryOutput, Long engineVerdict,
      byte[] engineOutput, String engineFailure, boolean assumedHashes) {
    /** Whether the binary did what the engine's run did. */
    public boolean agrees() {
      return engineVerdict != null && engineVerdict == binaryVerdict
          && Arrays.equals(engineOutput, binaryOutput);
    }

    /** One sentence: what the binary did, and whether that is what the counterexample says. */
    public String describe(byte[] input) {
      String binary = "The binary " + verdictText(binaryVerdict, input, binaryOutput);
      if (agrees()) {
        return binary + ", as the counterexample says.";
      }
      String engine = engineVerdict == null ? "stopped at a failed check (" + engineFailure + ")"
          : verdictText(engineVerdict.intValue(), input, engineOutput);
      return binary + "; the engine's run of the same C " + engine + (assumedHashes
          ? ". The counterexample assumes vig_hash values the binary computes otherwise, which"
              + " can explain it." : ". This is a bug in the tool: please report it.");
    }
  }

  /** The counterexample's input replayed on the NF of nfDir, built (gcc) under buildCache. */
  public static Outcome run(Path nfDir, ConcreteInput input, Path buildCache)
      throws RunFailure, InterruptedException {
    if (input.isBeforeInit()) {
      throw new RunFailure(3, "this counterexample is nf_init's, not a packet's: nothing to replay");
    }
    NfSetup setup = NfSetup.load(nfDir);
    LoadedNf nf = setup.nf();
    NfConfig config = setup.config();
    ConcreteRun engine = new ConcreteInterpreter(nf.program(), config).replay(input);
    Path binary = NfBuild.binaryOf(nfDir, nf, config, buildCache);
    Path dir;
    try {
      dir = Files.createTempDirectory("vigor-replay-");
    } catch (IOException e) {
      throw new RunFailure(3, "no temporary folder: " + e.getMessage());
    }
    try {
      Path state = dir.resolve("state.txt");
      Path in = dir.resolve("packet.pcapng");
      Files.writeString(state, stateFile(nf, input));
      Pcapng.write(in, List.of(new CapturedPacket(input.device(), input.now(),
          Arrays.copyOf(input.packet(), input.length()))), nf.descriptor().devices());
      CheckRecord r = runOnce(binary, List.of("--pcap", in.toString(), "--out",
          dir.resolve("out.pcapng").toString(), "--state", state.toString(), "--check"));
      return new Outcome(r.verdict(), r.output(), engine.verdict(), engine.output(),
          engine.failed() ? engine.failedCheck() + " at " + engine.failedAt() : null,
          !input.hashes().isEmpty());
    } catch (IOException e) {
      throw new RunFailure(3, "cannot write the replay's files: " + e.getMessage());
    } finally {
      try (var files = Files.list(dir)) {
        for (Path f : files.toList()) {
          Files.deleteIfExists(f);
        }
        Files.deleteIfExists(dir);
      } catch (IOException e) {
        // temporary files left behind
      }
    }
  }

  private static CheckRecord runOnce(Path binary, List<String> args)
      throws RunFailure, InterruptedException {
    try (NfProcess p = NfProcess.start(binary, args)) {
      DataInputStream in = new DataInputStream(new BufferedInputStream(p.stdout()));
      Optional<CheckRecord> r;
      try {
        r = CheckRecord.read(in);
        in.transferTo(java.io.OutputStream.nullOutputStream());
      } catch (IOException e) {
        r = Optional.empty();
      }
      int status = p.waitFor();
      NfProcess.Outcome o = NfProcess.outcome(status, p.stderr());
      if (status != 0 || r.isEmpty()) {
        throw new RunFailure(o.exitCode() == 0 ? 2 : o.exitCode(), o.message().isEmpty()
            ? "the binary processed no packet" : o.message());
      }
      return r.get();
    }
  }

  /**
   * The input's tables as {@code nf --state} reads them: every object but a cht reset (a replay
   * starts from the counterexample's tables alone, as the engine's does), then its entries, then
   * a full table's other entries made up.
   */
  static String stateFile(LoadedNf nf, ConcreteInput input) {
    HexFormat hex = HexFormat.of();
    StringBuilder s = new StringBuilder("# the tables before the counterexample's packet\n");
    for (LibVigObject o : nf.program().objects()) {
      if (o.kind() != LibVigKind.CHT) {
        s.append("reset ").append(o.name()).append('\n');
      }
    }
    for (ConcreteInput.ObjectState o : input.objects()) {
      for (ConcreteInput.Entry e : o.entries()) {
        switch (o.kind()) {
          case "emap" -> s.append("emap ").append(o.object()).append(' ').append(e.index())
              .append(' ').append(e.time()).append(' ').append(hex.formatHex(e.key()));
          case "vector" -> s.append("vector ").append(o.object()).append(' ').append(e.index())
              .append(' ').append(hex.formatHex(e.value()));
          case "map" -> s.append("map ").append(o.object()).append(' ')
              .append(hex.formatHex(e.key())).append(' ').append(hex.formatHex(e.value()));
          case "dchain" -> s.append("dchain ").append(o.object()).append(' ').append(e.index())
              .append(' ').append(e.time());
          case "lpm" -> {
            long prefix = new BigInteger(1, e.key()).longValue();
            s.append("lpm ").append(o.object()).append(' ').append(prefix >>> 24 & 0xFF)
                .append('.').append(prefix >>> 16 & 0xFF).append('.').append(prefix >>> 8 & 0xFF)
                .append('.').append(prefix & 0xFF).append(' ').append(e.index()).append(' ')
                .append(new BigInteger(1, e.value()).intValue());
          }
          default -> {
            continue;
          }
        }
        s.append('\n');
      }
      if (o.full() && !o.kind().equals("vector") && !o.kind().equals("cht")
          && !o.kind().equals("lpm")) {
        s.append("fill ").append(o.object()).append(' ').append(input.now()).append('\n');
      }
    }
    return s.toString();
  }

  private static String verdictText(long v, byte[] in, byte[] out) {
    return (v == -1 ? "dropped it" : v == -2 ? "flooded it" : "sent it on device " + v)
        + (v == -1 ? "" : Arrays.equals(in, out) ? " (unchanged)" : " (rewritten)");
  }
}
