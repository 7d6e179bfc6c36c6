package dev.vigor.app.results;

import dev.vigor.engine.symex.ExecutionTree;
import dev.vigor.engine.validate.Verdict;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One verification run: which NF, when, with which layers, each property's outcome; the execution
 * tree when the run happened in this session (saved runs do not keep it).
 */
public record RunRecord(Path nfDir, LocalDateTime started, List<String> layers,
    List<PropertyOutcome> properties, ExecutionTree tree) {
  public RunRecord {
    layers = List.copyOf(layers);
    properties = List.copyOf(properties);
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

  /** e.g. {@code spec.py proved, no_loop.py violated}. */
  public String verdictSummary() {
    return properties.stream()
        .map(p -> p.name() + " " + p.verdict().name().toLowerCase())
        .collect(Collectors.joining(", "));
  }

  /** The worst verdict over the properties (unknown when there are none). */
  public Verdict verdict() {
    return properties.isEmpty() ? Verdict.UNKNOWN
        : properties.stream().map(PropertyOutcome::verdict).reduce(Verdict.PROVED, Verdict::worst);
  }
}
