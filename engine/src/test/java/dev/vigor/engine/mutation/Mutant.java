package dev.vigor.engine.mutation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A semantic bug planted in a catalog NF by a textual patch of its C: find (which must occur
 * exactly once) is replaced; {@code specLines} are the spec.py lines of which one must decide a
 * replayed counterexample (several when the bug shows in more than one place, e.g. an expiry bug
 * in the output or in the table).
 */
public record Mutant(String name, String bug, String find, String replace,
    List<Integer> specLines) {
  public Mutant {
    specLines = List.copyOf(specLines);
  }

  /** The mutant called {@code name} in {@code mutation/<nf>-mutants.txt}. */
  public static Mutant named(String nf, String name) throws IOException {
    return load(MutantVerdicts.LISTS.resolve(nf + "-mutants.txt")).stream()
        .filter(m -> m.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no mutant " + name + " of " + nf));
  }

  /** A copy of the catalog NF {@code nf} (C file {@code nf}.c) with this bug, in {@code into}. */
  public Path plantIn(String nf, Path into) throws IOException {
    return plant(MutantVerdicts.CATALOG.resolve(nf), nf + ".c", into);
  }

  @Override
  public String toString() {
    return name;
  }

  /** The patched C text; fails when find does not occur exactly once (the catalog moved on). */
  public String apply(String c) {
    int at = c.indexOf(find);
    if (at < 0 || c.indexOf(find, at + 1) >= 0) {
      throw new IllegalStateException("mutant " + name + ": the text to find occurs "
          + (at < 0 ? "nowhere" : "more than once") + " in the C: " + find);
    }
    return c.substring(0, at) + replace + c.substring(at + find.length());
  }

  /**
   * Copies the NF folder (C, nf.properties, spec.py, props/) into {@code into} and patches its C
   * file {@code cFile}; returns the copy.
   */
  public Path plant(Path nfDir, String cFile, Path into) throws IOException {
    Path dir = dev.vigor.engine.FolderCopy.copyTree(nfDir, into.resolve(name));
    Path c = dir.resolve(cFile);
    Files.writeString(c, "/* MUTANT " + name + ": " + bug + " */\n" + apply(Files.readString(c)));
    return dir;
  }

  /** Reads a mutant list: blocks of "mutant", "bug", "find", "replace", "line" lines. */
  public static List<Mutant> load(Path list) throws IOException {
    List<Mutant> out = new ArrayList<>();
    String name = null;
    String bug = null;
    String find = null;
    String replace = null;
    int n = 0;
    for (String raw : Files.readAllLines(list)) {
      n++;
      if (raw.isBlank() || raw.startsWith("#")) {
        continue;
      }
      int space = raw.indexOf(' ');
      String key = space < 0 ? raw : raw.substring(0, space);
      String value = space < 0 ? "" : raw.substring(space + 1).replace("\\n", "\n");
      switch (key) {
        case "mutant" -> name = value;
        case "bug" -> bug = value;
        case "find" -> find = value;
        case "replace" -> replace = value;
        case "line" -> {
          if (name == null || bug == null || find == null || replace == null) {
            throw new IllegalArgumentException(list + ":" + n + ": incomplete mutant before line");
          }
          List<Integer> lines = java.util.Arrays.stream(value.strip().split("\\s+"))
              .map(Integer::parseInt).toList();
          out.add(new Mutant(name, bug, find, replace, lines));
          name = bug = find = replace = null;
        }
        default -> throw new IllegalArgumentException(list + ":" + n + ": unknown key " + key);
      }
    }
    return out;
  }
}
