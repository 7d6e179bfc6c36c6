package dev.vigor.app.results;

import dev.vigor.engine.symex.ExecutionTree;
import dev.vigor.engine.validate.Verdict;
import dev.vigor.engine.validate.Verification;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One verification run: which NF, when, with which layers, each property's outcome, the NF's
 * low-level findings (failed or undecided checks; saved runs keep them without their inputs), and
 * the execution tree when the run happened in this session (saved runs do not keep it).
 */
public record RunRecord(Path nfDir, LocalDateTime started, List<String> layers,
    List<PropertyOutcome> properties, List<Verification.LowLevel> lowLevel, ExecutionTree tree,
    List<dev.vigor.engine.layers.LayerResult> lowerLayers) {
  public RunRecord {
    layers = List.copyOf(layers);
    properties = List.copyOf(properties);
    lowLevel = List.copyOf(lowLevel);
    lowerLayers = List.copyOf(lowerLayers);
  }

  /** A run of the NF layer only (no layer below it verified). */
  public RunRecord(Path nfDir, LocalDateTime started, List<String> layers,
      List<PropertyOutcome> properties, List<Verification.LowLevel> lowLevel, ExecutionTree tree) {
    this(nfDir, started, layers, properties, lowLevel, tree, List.of());
  }

  /** A run with no low-level finding. */
  public RunRecord(Path nfDir, LocalDateTime started, List<String> layers,
      List<PropertyOutcome> properties, ExecutionTree tree) {
    this(nfDir, started, layers, properties, List.of(), tree);
  }

  /** The NF's name: its folder's. */
  public String nfName() {
    Path name = nfDir.getFileName();
    return name == null ? nfDir.toString() : name.toString();
  }

  /** The properties' file names, comma-separated. */
  public String propertyNames() {
    return properties.stream().map(PropertyOutcome::name).collect(Collectors.joining(", "));
  }

  /**
   * What needs attention first, then how much holds: e.g. {@code violated: no_loop.py; 10
   * proved}, or {@code all 11 proved}.
   */
  public String verdictSummary() {
    List<String> parts = new java.util.ArrayList<>();
    for (Verdict v : List.of(Verdict.VIOLATED, Verdict.UNKNOWN)) {
      String names = java.util.stream.Stream.concat(
              properties.stream().filter(p -> p.verdict() == v).map(PropertyOutcome::name),
              lowerLayers.stream().filter(l -> l.verdict() == v).map(l -> "layer " + l.layer()))
          .collect(Collectors.joining(", "));
      if (!names.isEmpty()) {
        parts.add(v.name().toLowerCase() + ": " + names);
      }
    }
    long proved = properties.stream().filter(p -> p.verdict() == Verdict.PROVED).count();
    // the lower layers proved, after the properties: "all 11 proved; layer io proved"
    String layersProved = lowerLayers.stream().filter(l -> l.verdict() == Verdict.PROVED)
        .map(l -> "; layer " + l.layer() + " proved").collect(Collectors.joining());
    if (parts.isEmpty()) {
      return (proved == 1 ? properties.get(0).name() + " proved" : "all " + proved + " proved")
          + layersProved;
    }
    if (proved > 0) {
      parts.add(proved + " proved");
    }
    return String.join("; ", parts) + layersProved;
  }

  /** The names of the files whose unsaved editor text this run verified, in order, once each. */
  public List<String> unsavedFiles() {
    return properties.stream().flatMap(p -> p.sources().stream())
        .filter(dev.vigor.engine.spec.SourceHash::unsaved)
        .map(h -> String.valueOf(h.file().getFileName())).distinct().toList();
  }

  /** The worst verdict over the properties and lower layers (unknown when there are no properties). */
  public Verdict verdict() {
    return properties.isEmpty() ? Verdict.UNKNOWN
        : java.util.stream.Stream.concat(properties.stream().map(PropertyOutcome::verdict),
            lowerLayers.stream().map(dev.vigor.engine.layers.LayerResult::verdict))
            .reduce(Verdict.PROVED, Verdict::worst);
  }
}
