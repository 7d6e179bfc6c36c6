package dev.vigor.app.cex;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code file:line[:col]} reference read from the front of engine text such as a C step
 * ({@code bridge.c:42:5: x = 3}, or a decision {@code bridge.c:42:5 !(x == 0)}) or a spec line
 * ({@code spec.py:7:3}).
 *
 * @param file as the engine wrote it (relative names are resolved against the NF folder)
 * @param line 1-based
 * @param rest the text after the reference, without the separating colon
 */
public record SourceRef(String file, int line, String rest) {
  // the rest follows a colon (a step, "f.c:4:5: x = 3") or a space (a concrete run's decision,
  // "f.c:4:5 !(x == 0)")
  private static final Pattern REF = Pattern.compile(
      "^(.+?):(\\d+)(?::(\\d+))?(?:(?::\\s?|\\s+)(.*))?$", Pattern.DOTALL);

  /** The reference at the start of text, if it starts with one. */
  public static Optional<SourceRef> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = REF.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(new SourceRef(m.group(1), Integer.parseInt(m.group(2)),
        m.group(4) == null ? "" : m.group(4)));
  }

  /** The file on disk: absolute as written, else inside the NF folder. */
  public Path resolveIn(Path nfDir) {
    Path p = Path.of(file);
    return p.isAbsolute() ? p : nfDir.resolve(p).normalize();
  }
}
