package dev.vigor.rfc.trace;

import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.diag.DiagnosticException;
import dev.vigor.engine.diag.SourceLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads the {@code # covers:} annotations of an NF folder: its {@code spec.py} (property
 * {@code spec}) and every {@code props/*.py} (property named after the file), in name order.
 */
public final class NfAnnotations {
  private NfAnnotations() {}

  /** The properties found and their annotations; a folder with neither file is bad input. */
  public record Result(List<String> properties, AnnotationScan scan) {
    public Result {
      properties = List.copyOf(properties);
    }
  }

  public static Result read(Path nfDir) throws DiagnosticException {
    String name = nfDir.toString();
    if (!Files.isDirectory(nfDir)) {
      throw new DiagnosticException(
          Diagnostic.error(SourceLocation.of(name, 1, 1), "not an NF folder (no such folder)"));
    }
    List<Path> files = new ArrayList<>();
    Path spec = nfDir.resolve("spec.py");
    if (Files.isRegularFile(spec)) {
      files.add(spec);
    }
    Path props = nfDir.resolve("props");
    if (Files.isDirectory(props)) {
      try (Stream<Path> s = Files.list(props)) {
        s.filter(p -> p.getFileName().toString().endsWith(".py") && Files.isRegularFile(p))
            .sorted()
            .forEach(files::add);
      } catch (IOException e) {
        throw new DiagnosticException(
            Diagnostic.error(SourceLocation.of(props.toString(), 1, 1), "cannot list: " + e.getMessage()));
      }
    }
    if (files.isEmpty()) {
      throw new DiagnosticException(
          Diagnostic.error(
              SourceLocation.of(name, 1, 1), "no spec.py and no props/*.py: not an NF folder"));
    }
    List<String> properties = new ArrayList<>();
    List<CoversAnnotation> annotations = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (Path f : files) {
      String property = propertyName(f);
      properties.add(property);
      String text;
      try {
        text = Files.readString(f, StandardCharsets.UTF_8);
      } catch (IOException e) {
        diagnostics.add(
            Diagnostic.error(SourceLocation.of(f.toString(), 1, 1), "cannot read: " + e.getMessage()));
        continue;
      }
      AnnotationScan scan = AnnotationScanner.scan(f.toString(), property, text);
      annotations.addAll(scan.annotations());
      diagnostics.addAll(scan.diagnostics());
    }
    return new Result(properties, new AnnotationScan(annotations, diagnostics));
  }

  /** {@code props/nat_translate.py} → {@code nat_translate}. */
  static String propertyName(Path file) {
    String n = file.getFileName().toString();
    return n.endsWith(".py") ? n.substring(0, n.length() - 3) : n;
  }
}
