package dev.vigor.engine.readable;

import dev.vigor.engine.exec.ConcreteInput;
import dev.vigor.engine.ir.LibVigObject;
import dev.vigor.engine.specexec.AbstractState;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A counterexample in the user's terms, the one model every report shows: the input (device,
 * length, {@code now} in seconds), the whole packet in hex and its headers as a spec names them,
 * the state before the packet with values rendered from the NF's C types and times relative to
 * {@code now}, what the NF's run and the spec's changed in each object, why a {@code pop_header}
 * fallback decided (empty when none did), and the C trace with helper internals folded.
 *
 * @param payloadStart where the bytes after the last decoded header start
 * @param nfAfter per exported object, the entries the NF changed (empty entries: unchanged)
 * @param specAfter per object the spec imports, the entries the spec changed
 */
public record ReadableCounterexample(int device, int length, long now, String nowText,
    String packetHex, List<PacketField> headers, int payloadStart, List<ObjectEntries> before,
    List<ObjectEntries> nfAfter, List<ObjectEntries> specAfter, String mismatch,
    List<FoldedStep> trace, List<String> configuration) {
  private static final int PAYLOAD_SHOWN = 48;

  /** A counterexample with every configuration value fixed by nf.properties. */
  public ReadableCounterexample(int device, int length, long now, String nowText, String packetHex,
      List<PacketField> headers, int payloadStart, List<ObjectEntries> before,
      List<ObjectEntries> nfAfter, List<ObjectEntries> specAfter, String mismatch,
      List<FoldedStep> trace) {
    this(device, length, now, nowText, packetHex, headers, payloadStart, before, nfAfter,
        specAfter, mismatch, trace, List.of());
  }

  public ReadableCounterexample {
    // absent from runs saved before open configuration values existed
    configuration = configuration == null ? List.of() : List.copyOf(configuration);
    headers = List.copyOf(headers);
    before = List.copyOf(before);
    nfAfter = List.copyOf(nfAfter);
    specAfter = List.copyOf(specAfter);
    trace = List.copyOf(trace);
    mismatch = mismatch == null ? "" : mismatch;
  }

  /**
   * The same counterexample with the open configuration values it was found with, each as
   * {@code NAME = VALUE}.
   */
  public ReadableCounterexample withConfiguration(List<String> values) {
    return new ReadableCounterexample(device, length, now, nowText, packetHex, headers, payloadStart,
        before, nfAfter, specAfter, mismatch, trace, values);
  }

  /**
   * The readable form of a replayed input. {@code types} are the NF's objects by C name;
   * {@code pre}, {@code nfPost} and {@code specPost} are abstract states by the name the spec
   * imports an object under (the replay's tables before, after the NF, after the spec).
   */
  public static ReadableCounterexample of(ConcreteInput in, Map<String, LibVigObject> types,
      Map<String, AbstractState> pre, Map<String, AbstractState> nfPost,
      Map<String, AbstractState> specPost, Optional<String> mismatch, List<String> steps) {
    List<ObjectEntries> before = in.objects().stream()
        .map(o -> StateText.before(types.get(o.object()), o, in.now())).toList();
    List<ObjectEntries> nf = new ArrayList<>();
    List<ObjectEntries> spec = new ArrayList<>();
    for (LibVigObject o : types.values()) {
      String name = o.exportName();
      if (name == null || !pre.containsKey(name)) {
        continue;
      }
      if (nfPost.containsKey(name)) {
        nf.add(StateText.changes(o, o.name(), pre.get(name), nfPost.get(name), in.now()));
      }
      if (specPost.containsKey(name)) {
        spec.add(StateText.changes(o, o.name(), pre.get(name), specPost.get(name), in.now()));
      }
    }
    return new ReadableCounterexample(in.device(), in.length(), in.now(),
        TimeText.absolute(in.now()), HexFormat.of().formatHex(in.packet()),
        PacketFields.decode(in.packet(), in.length()),
        PacketFields.payloadStart(in.packet(), in.length()), before, nf, spec,
        mismatch.orElse(""), StepFolding.fold(steps));
  }

  /** The readable form of an input whose objects' C types are not known (entries in hex). */
  public static ReadableCounterexample untyped(ConcreteInput in, List<String> steps) {
    return of(in, Map.of(), Map.of(), Map.of(), Map.of(), Optional.empty(), steps);
  }

  /** The packet's bytes. */
  public byte[] packet() {
    return HexFormat.of().parseHex(packetHex);
  }

  /**
   * The entries of {@code mine} that the other side's listing of the same object does not have:
   * where the NF and the spec leave that object differently. Empty when the other side does not
   * list the object (it says nothing about it).
   */
  public static Set<String> differing(ObjectEntries mine, List<ObjectEntries> theirs) {
    Optional<ObjectEntries> other = theirs.stream()
        .filter(t -> t.object().equals(mine.object())).findFirst();
    if (other.isEmpty()) {
      return Set.of();
    }
    return mine.entries().stream().filter(e -> !other.get().entries().contains(e))
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  // ---- text: what the CLI, JUnit and SARIF print -----------------------------------------------

  /** {@code input: device 2, 1024 bytes, now = 4611686018.427387904 s (…)}, then the packet. */
  public List<String> inputLines() {
    List<String> out = new ArrayList<>();
    out.add("input: device " + device + ", " + length + " bytes, now = " + nowText);
    if (!configuration.isEmpty()) {
      // values nf.properties leaves open (config.NAME = any): the ones this input needs
      out.add("configuration: " + String.join(", ", configuration));
    }
    String header = null;
    StringBuilder line = null;
    for (PacketField f : headers) {
      if (!f.header().equals(header)) {
        if (line != null) {
          out.add(line.toString());
        }
        header = f.header();
        line = new StringBuilder(String.format("  %-6s", header));
      }
      line.append(' ').append(f.field()).append('=').append(f.value());
    }
    if (line != null) {
      out.add(line.toString());
    }
    int rest = Math.max(0, length - payloadStart);
    if (headers.isEmpty()) {
      out.add("  no Ethernet header (" + length + " bytes): " + hexFrom(0));
    } else if (rest > 0) {
      out.add("  payload (" + rest + " bytes): " + hexFrom(payloadStart));
    }
    return out;
  }

  private String hexFrom(int start) {
    int from = 2 * Math.min(start, length);
    if (packetHex.substring(from, Math.min(packetHex.length(), 2 * length)).chars()
        .allMatch(c -> c == '0')) {
      return "all zero";
    }
    int to = Math.min(packetHex.length(), from + 2 * PAYLOAD_SHOWN);
    return packetHex.substring(from, to) + (to < 2 * length ? "…" : "");
  }

  /** The state before the packet: a heading per object, then its entries. */
  public List<String> beforeLines() {
    List<String> out = new ArrayList<>();
    out.add("state before:");
    if (before.isEmpty()) {
      out.add("  no libVig entry was needed: the tables may be empty");
    }
    for (ObjectEntries o : before) {
      out.add("  " + o.heading() + ":");
      o.entries().forEach(e -> out.add("    " + e));
    }
    return out;
  }

  /** What the NF's run and the spec's left changed, entries that differ marked with ≠. */
  public List<String> afterLines() {
    List<String> out = new ArrayList<>();
    out.addAll(side("state after, NF:", nfAfter, specAfter));
    out.addAll(specAfter.isEmpty() ? List.of("state after, spec: the spec imports no state")
        : side("state after, spec:", specAfter, nfAfter));
    return out;
  }

  private static List<String> side(String title, List<ObjectEntries> mine,
      List<ObjectEntries> theirs) {
    List<String> out = new ArrayList<>();
    out.add(title);
    for (ObjectEntries o : mine) {
      Set<String> differs = differing(o, theirs);
      if (o.entries().isEmpty()) {
        out.add("  " + o.object() + ": unchanged");
        continue;
      }
      out.add("  " + o.object() + ":");
      o.entries().forEach(e -> out.add((differs.contains(e) ? "  ≠ " : "    ") + e));
    }
    if (mine.isEmpty()) {
      out.add("  nothing exported");
    }
    return out;
  }

  /** The C trace; helper internals folded under the NF's step unless {@code full}. */
  public List<String> traceLines(boolean full) {
    List<String> out = new ArrayList<>();
    boolean folded = trace.stream().anyMatch(s -> !s.inner().isEmpty());
    out.add(full || !folded ? "C trace:"
        : "C trace (steps inside libVig and packet.h folded; --full-trace shows them):");
    for (FoldedStep s : trace) {
      out.add("  " + (full ? s.step() : s.summary()));
      if (full) {
        s.inner().forEach(i -> out.add("    " + i));
        if (!s.result().isEmpty()) {
          out.add("  " + s.result());
        }
      }
    }
    return out;
  }
}
