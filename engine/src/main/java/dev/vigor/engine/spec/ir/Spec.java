package dev.vigor.engine.spec.ir;

import dev.vigor.engine.diag.SourceLocation;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A checked spec with its imported properties inlined: the top-level block, the state objects it
 * imports (whose final state is compared on every path that does not pass), the configuration
 * values it names, the files it was read from (the root first), and their texts as checked, by
 * the name messages show (an editor buffer may differ from the disk).
 */
public record Spec(
    Path file,
    List<Stmt> body,
    Map<String, StateObject> stateObjects,
    Set<String> configNames,
    List<Path> files,
    Map<String, String> texts) {
  public Spec {
    texts = Map.copyOf(texts);
    body = List.copyOf(body);
    // Ordered copies: messages and interpreters see objects in import order.
    stateObjects = Collections.unmodifiableMap(new LinkedHashMap<>(stateObjects));
    configNames = Collections.unmodifiableSet(new LinkedHashSet<>(configNames));
    files = List.copyOf(files);
  }

  /** A spec whose texts are not kept. */
  public Spec(Path file, List<Stmt> body, Map<String, StateObject> stateObjects,
      Set<String> configNames, List<Path> files) {
    this(file, body, stateObjects, configNames, files, Map.of());
  }

  /** A state object named in {@code from state import}, with its kind and where it was first imported. */
  public record StateObject(String name, StateKind kind, SourceLocation importedAt) {}
}
