package dev.vigor.engine.readable;

import dev.vigor.engine.c.preprocess.Preprocessor;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Folds a C trace for reading: steps in libVig's headers and the engine's built-in headers (files
 * the preprocessor names {@code vigor/...} and {@code <built-in>/...}, not the NF's sources) go
 * under the NF step that called into them, so the trace reads as the NF's own lines.
 */
public final class StepFolding {
  private static final Pattern FILE = Pattern.compile("^(.+?):\\d+(?::\\d+)?:");
  private static final Pattern LOCATION = Pattern.compile("^.+?:\\d+:\\d+:");
  /** The display-name prefix of libVig's headers in locations. */
  static final String LIBVIG_PREFIX = "vigor/";

  private StepFolding() {}

  /**
   * The steps grouped under the NF's own steps, in order. A call into helpers and the NF's next
   * step at the same {@code file:line:col} (the assignment of its result) become one step.
   */
  public static List<FoldedStep> fold(List<String> steps) {
    List<FoldedStep> out = new ArrayList<>();
    String head = null;
    List<String> inner = new ArrayList<>();
    for (String s : steps) {
      if (isLibrary(s) && head != null) {
        inner.add(s);
        continue;
      }
      // steps without a file:line:col: prefix (a concrete run's decisions) never pair up
      if (head != null && !inner.isEmpty() && !location(s).isEmpty()
          && location(s).equals(location(head))) {
        out.add(new FoldedStep(head, inner, s));
        head = null;
        inner = new ArrayList<>();
        continue;
      }
      if (head != null) {
        out.add(new FoldedStep(head, inner, ""));
      }
      head = s;
      inner = new ArrayList<>();
    }
    if (head != null) {
      out.add(new FoldedStep(head, inner, ""));
    }
    return out;
  }

  /** The {@code file:line:col} a step starts with ("" when none). */
  private static String location(String step) {
    Matcher m = LOCATION.matcher(step);
    return m.find() ? m.group() : "";
  }


  /** Whether a step ({@code file:line:col: what}) is inside libVig or a built-in header. */
  public static boolean isLibrary(String step) {
    Matcher m = FILE.matcher(step);
    if (!m.find()) {
      return false;
    }
    String file = m.group(1);
    return file.startsWith(LIBVIG_PREFIX) || file.startsWith(Preprocessor.BUILTIN_PREFIX);
  }
}
