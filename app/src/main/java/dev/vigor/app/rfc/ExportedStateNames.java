package dev.vigor.app.rfc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The state names an NF folder's C exports ({@code NF_EXPORT_STATE(object, "name")}), read from
 * the text: enough to tell whether a template's properties can be checked against that NF without
 * compiling it while the wizard is open.
 */
final class ExportedStateNames {
  private static final Pattern EXPORT =
      Pattern.compile("NF_EXPORT_STATE\\s*\\(\\s*\\w+\\s*,\\s*\"(\\w+)\"");

  private ExportedStateNames() {}

  /** Every exported name in folder's .c and .h files; empty when the folder cannot be read. */
  static Set<String> of(Path folder) {
    Set<String> out = new TreeSet<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".c") || p.toString().endsWith(".h"))
          .toList()) {
        Matcher m = EXPORT.matcher(Files.readString(f));
        while (m.find()) {
          out.add(m.group(1));
        }
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      return Set.of();
    }
    return out;
  }
}
