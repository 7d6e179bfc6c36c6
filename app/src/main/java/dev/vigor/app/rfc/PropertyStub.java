package dev.vigor.app.rfc;

import dev.vigor.engine.diag.SourceLocation;
import dev.vigor.rfc.model.Requirement;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The text of a new property file for one requirement: a {@code # covers:} line, the requirement
 * sentence as a comment, the NF's state objects as an import to copy (commented out: an object
 * imported and never mentioned is still compared) and a {@code pass} body the checker accepts.
 */
public final class PropertyStub {
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final int WIDTH = 96;
  /** The guide's sections the stub points to (a test holds every such link to the docs). */
  static final String GUIDE_STEPS = "spec-language.md#writing-a-property-step-by-step";
  static final String GUIDE_STATE = "spec-language.md#state";

  private PropertyStub() {}

  /** A property name derived from the id: {@code rfc3022#4.1-2} → {@code rfc3022_4_1_2}. */
  public static String suggestedName(Requirement requirement) {
    String n = requirement.id().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    n = n.replaceAll("^_+|_+$", "");
    return Character.isDigit(n.isEmpty() ? '0' : n.charAt(0)) ? "req_" + n : n;
  }

  /** Why {@code name} cannot name a property file, or null when it can. */
  public static String nameProblem(String name) {
    if (name == null || name.isBlank()) {
      return "Give the property a name, e.g. nat_outbound";
    }
    if (!NAME.matcher(name).matches()) {
      return "'" + name + "' is not a valid property name: use letters, digits and _, not starting with a digit";
    }
    return null;
  }

  /** The file text; {@code stateNames} are what the NF exports (none: no import hint). */
  public static String text(String name, Requirement requirement, List<String> stateNames) {
    StringBuilder b = new StringBuilder();
    b.append("# Property ").append(name).append(": ").append(requirement.keyword().text())
        .append(" requirement ").append(requirement.id()).append('\n');
    b.append("# covers: ").append(requirement.id()).append('\n');
    SourceLocation at = requirement.location();
    b.append("#\n# The requirement (").append(Path.of(at.file()).getFileName()).append(':')
        .append(at.line()).append("):\n");
    for (String line : wrap(requirement.sentence(), WIDTH - 4)) {
      b.append("#   ").append(line).append('\n');
    }
    b.append("#\n# Replace `pass` by what the NF must do for the packets this sentence is about,\n")
        .append("# and let every other packet pass (see docs/").append(GUIDE_STEPS).append(",\n")
        .append("# also under Help ▸ Spec language guide).\n");
    if (!stateNames.isEmpty()) {
      // An imported object is compared at the end of every path that does not pass, mentioned or
      // not: importing all of them made an obvious property false wherever the NF changed one.
      b.append("# Import only the state the property mentions (docs/").append(GUIDE_STATE).append("):\n")
          .append("# its whole final state is compared at the end of every path that does not pass.\n")
          .append("# The NF exports:\n");
      b.append("# from state import ").append(String.join(", ", stateNames)).append('\n');
    }
    b.append("\npass\n");
    return b.toString();
  }

  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.strip().split("\\s+")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() == 0 ? "" : " ").append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }
}
