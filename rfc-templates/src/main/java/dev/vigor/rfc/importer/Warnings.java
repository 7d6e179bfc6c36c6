package dev.vigor.rfc.importer;

import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.diag.SourceLocation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The warnings of one import. Each kind is reported a bounded number of times, then summarised, so
 * a pathological file yields a readable list rather than a million lines.
 */
final class Warnings {
  private static final int PER_KIND = 10;

  private final String file;
  private final List<Diagnostic> list = new ArrayList<>();
  private final Map<String, Integer> counts = new LinkedHashMap<>();

  Warnings(String file) {
    this.file = file;
  }

  void add(String kind, int line, int column, String message) {
    int n = counts.merge(kind, 1, Integer::sum);
    if (n <= PER_KIND) {
      list.add(Diagnostic.warning(SourceLocation.of(file, Math.max(1, line), Math.max(1, column)), message));
    }
  }

  List<Diagnostic> finish() {
    List<Diagnostic> all = new ArrayList<>(list);
    counts.forEach(
        (kind, n) -> {
          if (n > PER_KIND) {
            all.add(
                Diagnostic.warning(
                    SourceLocation.of(file, 1, 1),
                    (n - PER_KIND) + " more warnings of the kind '" + kind + "' not shown"));
          }
        });
    return all;
  }
}
