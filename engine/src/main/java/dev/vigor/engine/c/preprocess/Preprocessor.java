package dev.vigor.engine.c.preprocess;

import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.diag.DiagnosticException;
import dev.vigor.engine.diag.SourceLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The C preprocessor for NF code: includes (NF-local, libVig, and the engine's built-in standard
 * headers; nothing else), object- and function-like macros, conditional inclusion, #error. Defines
 * {@code VIGOR_ANALYSIS} so libVig's instantiation macros stay unexpanded language forms.
 *
 * <p>File names in locations are relative: to the NF directory for NF files, to the libVig include
 * directory for its headers (e.g. {@code vigor/packet.h}), {@code <built-in>/stdint.h} for ours.
 */
public final class Preprocessor {
  /** The display-name prefix of the engine's own headers. */
  public static final String BUILTIN_PREFIX = "<built-in>/";
  private static final int MAX_INCLUDE_DEPTH = 40;
  /** Larger than any NF source or header: a bigger file is not read (nor lexed for minutes). */
  private static final long MAX_SOURCE_BYTES = 4 << 20;

  /**
   * The token stream of one translation unit, the macros defined at its end, its warnings, and
   * every file it read (absolute, in the order first read: the unit, then its headers), so a cache
   * of what the unit means can go stale when any of them changes.
   */
  public record Result(List<PpToken> tokens, Map<String, Macro> macros, List<Diagnostic> warnings,
      List<Path> files) {
    /** The value of an object-like macro as an #if expression, if defined. */
    public java.util.OptionalLong macroValue(String name) throws DiagnosticException {
      Macro m = macros.get(name);
      if (m == null || m.functionLike()) {
        return java.util.OptionalLong.empty();
      }
      return java.util.OptionalLong.of(PpExpression.evaluate(new MacroExpander(macros).expand(m.body()), m.loc()));
    }

    /**
     * The value of an object-like macro that is an integer constant expression of numbers alone
     * after expansion (no names left, which #if would read as 0, no casts); empty otherwise.
     */
    public java.util.OptionalLong integerValue(String name) {
      Macro m = macros.get(name);
      if (m == null || m.functionLike() || m.body().isEmpty()) {
        return java.util.OptionalLong.empty();
      }
      try {
        List<PpToken> expanded = new MacroExpander(macros).expand(m.body());
        if (expanded.stream().anyMatch(t -> t.kind() == PpToken.Kind.IDENTIFIER
            || t.kind() == PpToken.Kind.STRING || t.kind() == PpToken.Kind.CHAR)) {
          return java.util.OptionalLong.empty();
        }
        return java.util.OptionalLong.of(PpExpression.evaluate(expanded, m.loc()));
      } catch (DiagnosticException | RuntimeException notAConstant) {
        return java.util.OptionalLong.empty();
      }
    }
  }

  private final Path nfDir;
  private final Path libvigInclude;
  private final Map<String, Macro> macros = new LinkedHashMap<>();
  private final List<PpToken> output = new ArrayList<>();
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final Set<Path> onceFiles = new HashSet<>();
  private final Set<Path> read = new java.util.LinkedHashSet<>();
  private int depth;

  /** Further folders holding {@code vigor/...} headers (a stack layer's: io.h, verify.h), searched after libVig's. */
  private final List<Path> layerIncludes;

  private Preprocessor(Path nfDir, Path libvigInclude, List<Path> layerIncludes, Map<String, String> defines) {
    this.nfDir = nfDir.toAbsolutePath().normalize();
    this.libvigInclude = libvigInclude.toAbsolutePath().normalize();
    this.layerIncludes = layerIncludes.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    SourceLocation pre = SourceLocation.of("<built-in>", 1, 1);
    defines.forEach((name, value) -> macros.put(name, new Macro(name, null, false,
        List.of(new PpToken(PpToken.Kind.NUMBER, value, pre, true, Set.of())), pre)));
    for (String[] d : new String[][] {
      {"VIGOR_ANALYSIS", "1"}, {"__STDC__", "1"}, {"__STDC_VERSION__", "201112L"},
      {"__LP64__", "1"}, {"__CHAR_BIT__", "8"}}) {
      macros.put(d[0], new Macro(d[0], null, false,
          List.of(new PpToken(PpToken.Kind.NUMBER, d[1], pre, true, Set.of())), pre));
    }
    // GCC spellings NF code may carry for the C compiler: attributes mean nothing to the analysis
    macros.put("__attribute__", new Macro("__attribute__", List.of("x"), false, List.of(), pre));
    for (String[] alias : new String[][] {{"__inline__", "inline"}, {"__inline", "inline"}, {"__restrict", "restrict"},
        {"__restrict__", "restrict"}, {"__const", "const"}}) {
      macros.put(alias[0], new Macro(alias[0], null, false,
          List.of(new PpToken(PpToken.Kind.IDENTIFIER, alias[1], pre, true, Set.of())), pre));
    }
  }

  /** Preprocesses the translation unit mainFile (inside nfDir). */
  public static Result run(Path nfDir, Path mainFile, Path libvigInclude) throws DiagnosticException {
    return run(nfDir, mainFile, libvigInclude, List.of(), Map.of());
  }

  /**
   * Preprocesses a translation unit of a stack layer (inside root): {@code <vigor/...>} headers
   * come from libVig's folder, then from layerIncludes; defines are predefined numeric macros
   * (gcc's -D, e.g. NF_DEVICE_COUNT).
   */
  public static Result run(Path root, Path mainFile, Path libvigInclude, List<Path> layerIncludes,
      Map<String, String> defines) throws DiagnosticException {
    Preprocessor p = new Preprocessor(root, libvigInclude, layerIncludes, defines);
    try {
      p.includeFile(mainFile.toAbsolutePath().normalize(), null);
    } catch (DiagnosticException e) {
      p.diagnostics.addAll(e.diagnostics());
    }
    if (p.diagnostics.stream().anyMatch(Diagnostic::isError)) {
      throw new DiagnosticException(p.diagnostics);
    }
    return new Result(List.copyOf(p.output), Map.copyOf(p.macros), List.copyOf(p.diagnostics),
        List.copyOf(p.read));
  }

  private String displayName(Path file) {
    // headers first: a layer's root (the checkout) holds libVig's folder too
    if (file.startsWith(libvigInclude)) {
      return libvigInclude.relativize(file).toString().replace('\\', '/');
    }
    for (Path dir : layerIncludes) {
      if (file.startsWith(dir)) {
        return dir.relativize(file).toString().replace('\\', '/');
      }
    }
    if (file.startsWith(nfDir)) {
      return nfDir.relativize(file).toString().replace('\\', '/');
    }
    return file.toString();
  }

  private void includeFile(Path file, SourceLocation from) throws DiagnosticException {
    if (onceFiles.contains(file)) {
      return;
    }
    if (!Files.exists(file)) {
      SourceLocation at = from != null ? from : SourceLocation.of(displayName(file), 1, 1);
      throw new DiagnosticException(Diagnostic.error(at, "cannot read " + file + "; check that the file exists and is readable"));
    }
    // binary, UTF-16, huge or non-UTF-8 files are errors at the offending byte
    dev.vigor.engine.diag.TextFile.Read read = dev.vigor.engine.diag.TextFile.read(file,
        displayName(file), "C source text", MAX_SOURCE_BYTES);
    if (!read.ok()) {
      throw new DiagnosticException(read.problem());
    }
    String text = read.text();
    this.read.add(file);
    processText(displayName(file), file, text, from);
  }

  private void processText(String name, Path file, String text, SourceLocation from) throws DiagnosticException {
    if (++depth > MAX_INCLUDE_DEPTH) {
      throw new DiagnosticException(Diagnostic.error(from,
          "#include nested more than " + MAX_INCLUDE_DEPTH + " deep; do the headers include each other? Add include guards"));
    }
    List<PpToken> toks = PpLexer.lex(name, text);
    Deque<Conditional> conds = new ArrayDeque<>();
    List<PpToken> chunk = new ArrayList<>();
    int i = 0;
    while (i < toks.size()) {
      int end = i;
      while (toks.get(end).kind() != PpToken.Kind.NEWLINE) {
        end++;
      }
      List<PpToken> line = toks.subList(i, end);
      i = end + 1;
      if (line.isEmpty()) {
        continue;
      }
      if (line.get(0).is("#")) {
        boolean active = conds.isEmpty() || conds.peek().active;
        if (active) {
          flush(chunk);
        }
        try {
          directive(line, conds, file, active);
        } catch (DiagnosticException e) {
          diagnostics.addAll(e.diagnostics());
        }
      } else if (conds.isEmpty() || conds.peek().active) {
        chunk.addAll(line);
      }
    }
    flush(chunk);
    if (!conds.isEmpty()) {
      diagnostics.add(Diagnostic.error(conds.peek().loc, "#" + "if without #endif; close it with #endif"));
    }
    depth--;
  }

  private void flush(List<PpToken> chunk) throws DiagnosticException {
    if (!chunk.isEmpty()) {
      output.addAll(new MacroExpander(macros).expand(chunk));
      chunk.clear();
    }
  }

  /** One #if group: whether its current branch is taken, whether any was, whether #else was seen. */
  private static final class Conditional {
    final boolean parentActive;
    boolean active;
    boolean taken;
    boolean sawElse;
    final SourceLocation loc;

    Conditional(boolean parentActive, boolean cond, SourceLocation loc) {
      this.parentActive = parentActive;
      this.active = parentActive && cond;
      this.taken = cond;
      this.loc = loc;
    }
  }

  private void directive(List<PpToken> line, Deque<Conditional> conds, Path file, boolean active)
      throws DiagnosticException {
    PpToken hash = line.get(0);
    if (line.size() == 1) {
      return; // the null directive
    }
    PpToken nameTok = line.get(1);
    String name = nameTok.text();
    List<PpToken> rest = line.subList(2, line.size());
    switch (name) {
      case "if":
        conds.push(new Conditional(active, active && condition(rest, nameTok), nameTok.loc()));
        return;
      case "ifdef":
      case "ifndef":
        if (active && (rest.isEmpty() || rest.get(0).kind() != PpToken.Kind.IDENTIFIER)) {
          throw error(nameTok, "#" + name + " needs a macro name");
        }
        boolean def = active && macros.containsKey(rest.get(0).text());
        conds.push(new Conditional(active, name.equals("ifdef") == def, nameTok.loc()));
        return;
      case "elif":
      case "else":
        if (conds.isEmpty()) {
          throw error(nameTok, "#" + name + " without #if; remove it or add the #if");
        }
        Conditional c = conds.peek();
        if (c.sawElse) {
          throw error(nameTok, "#" + name + " after #else; an #if group has at most one #else, last");
        }
        if (name.equals("else")) {
          c.sawElse = true;
          c.active = c.parentActive && !c.taken;
          c.taken = true;
        } else {
          boolean v = c.parentActive && !c.taken && condition(rest, nameTok);
          c.active = v;
          c.taken |= v;
        }
        return;
      case "endif":
        if (conds.isEmpty()) {
          throw error(nameTok, "#endif without #if; remove it");
        }
        conds.pop();
        return;
      default:
        break;
    }
    if (!active) {
      return;
    }
    switch (name) {
      case "define":
        define(rest, nameTok);
        return;
      case "undef":
        if (rest.isEmpty() || rest.get(0).kind() != PpToken.Kind.IDENTIFIER) {
          throw error(nameTok, "#undef needs a macro name");
        }
        macros.remove(rest.get(0).text());
        return;
      case "include":
        include(rest, nameTok, file);
        return;
      case "error":
        throw new DiagnosticException(Diagnostic.error(hash.loc(), "#error " + joined(rest)));
      case "warning":
        diagnostics.add(Diagnostic.warning(hash.loc(), "#warning " + joined(rest)));
        return;
      case "pragma":
        if (!rest.isEmpty() && rest.get(0).is("once")) {
          onceFiles.add(file);
        }
        return;
      case "line":
        return;
      default:
        throw error(nameTok, "unknown preprocessor directive #" + name
            + "; the engine supports #include, #define, #undef, #if, #ifdef, #ifndef, #elif, #else, #endif, #error, #pragma once");
    }
  }

  private static String joined(List<PpToken> toks) {
    StringBuilder sb = new StringBuilder();
    for (PpToken t : toks) {
      if (sb.length() > 0 && t.spaceBefore()) {
        sb.append(' ');
      }
      sb.append(t.text());
    }
    String s = sb.toString();
    return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
  }

  private boolean condition(List<PpToken> rest, PpToken at) throws DiagnosticException {
    List<PpToken> replaced = new ArrayList<>();
    for (int k = 0; k < rest.size(); k++) {
      PpToken t = rest.get(k);
      if (t.is("defined")) {
        boolean paren = k + 1 < rest.size() && rest.get(k + 1).is("(");
        int n = k + (paren ? 2 : 1);
        if (n >= rest.size() || rest.get(n).kind() != PpToken.Kind.IDENTIFIER || (paren && (n + 1 >= rest.size() || !rest.get(n + 1).is(")")))) {
          throw error(t, "'defined' needs a macro name, as in defined(NAME)");
        }
        replaced.add(new PpToken(PpToken.Kind.NUMBER, macros.containsKey(rest.get(n).text()) ? "1" : "0", t.loc(), true, Set.of()));
        k = n + (paren ? 1 : 0);
      } else {
        replaced.add(t);
      }
    }
    return PpExpression.evaluate(new MacroExpander(macros).expand(replaced), at.loc()) != 0;
  }

  private void define(List<PpToken> rest, PpToken at) throws DiagnosticException {
    if (rest.isEmpty() || rest.get(0).kind() != PpToken.Kind.IDENTIFIER) {
      throw error(at, "#define needs a macro name");
    }
    PpToken name = rest.get(0);
    int k = 1;
    List<String> params = null;
    boolean variadic = false;
    if (rest.size() > 1 && rest.get(1).is("(") && !rest.get(1).spaceBefore()) {
      params = new ArrayList<>();
      k = 2;
      while (true) {
        if (k >= rest.size()) {
          throw error(name, "unterminated parameter list of macro " + name.text() + "; close it with ')'");
        }
        PpToken p = rest.get(k++);
        if (p.is(")") && params.isEmpty()) {
          break;
        }
        if (p.is("...")) {
          variadic = true;
          params.add("...");
        } else if (p.kind() == PpToken.Kind.IDENTIFIER) {
          params.add(p.text());
        } else {
          throw error(p, "expected a parameter name in macro " + name.text());
        }
        if (k >= rest.size()) {
          throw error(name, "unterminated parameter list of macro " + name.text() + "; close it with ')'");
        }
        PpToken sep = rest.get(k++);
        if (sep.is(")")) {
          break;
        }
        if (!sep.is(",") || variadic) {
          throw error(sep, "expected ',' or ')' in the parameter list of macro " + name.text());
        }
      }
    }
    Macro m = new Macro(name.text(), params, variadic, List.copyOf(rest.subList(k, rest.size())), name.loc());
    Macro old = macros.get(name.text());
    if (old != null && !sameDefinition(old, m)) {
      diagnostics.add(Diagnostic.warning(name.loc(), "macro " + name.text() + " redefined (first defined at " + old.loc() + ")"));
    }
    macros.put(name.text(), m);
  }

  private static boolean sameDefinition(Macro a, Macro b) {
    if (!java.util.Objects.equals(a.params(), b.params()) || a.body().size() != b.body().size()) {
      return false;
    }
    for (int i = 0; i < a.body().size(); i++) {
      if (!a.body().get(i).text().equals(b.body().get(i).text())) {
        return false;
      }
    }
    return true;
  }

  private void include(List<PpToken> rest, PpToken at, Path file) throws DiagnosticException {
    if (rest.isEmpty()) {
      throw error(at, "#include needs a header name, as in #include \"flow.h\" or #include <vigor/nf.h>");
    }
    PpToken first = rest.get(0);
    if (first.kind() == PpToken.Kind.STRING) {
      String name = first.text().substring(1, first.text().length() - 1);
      Path local = file.getParent().resolve(name).normalize();
      if (Files.isRegularFile(local)) {
        includeFile(local, first.loc());
        return;
      }
      if (name.startsWith("vigor/") && Files.isRegularFile(libvigInclude.resolve(name))) {
        includeFile(libvigInclude.resolve(name).normalize(), first.loc());
        return;
      }
      throw new DiagnosticException(Diagnostic.error(first.loc(),
          "cannot find header \"" + name + "\" (looked in " + displayName(file.getParent()) + "/); check the name, or add the file to the NF's directory"));
    }
    if (first.is("<")) {
      StringBuilder sb = new StringBuilder();
      int k = 1;
      while (k < rest.size() && !rest.get(k).is(">")) {
        sb.append(rest.get(k++).text());
      }
      if (k >= rest.size()) {
        throw error(first, "unterminated header name; close it with '>'");
      }
      String name = sb.toString();
      if (name.startsWith("vigor/") && !Files.isRegularFile(libvigInclude.resolve(name))) {
        for (Path dir : layerIncludes) {
          Path p = dir.resolve(name).normalize();
          if (p.startsWith(dir) && Files.isRegularFile(p)) {
            includeFile(p, first.loc());
            return;
          }
        }
      }
      if (name.startsWith("vigor/")) {
        Path p = libvigInclude.resolve(name).normalize();
        if (!Files.isDirectory(libvigInclude)) {
          throw new DiagnosticException(Diagnostic.error(first.loc(), "the libVig include directory " + libvigInclude
              + " does not exist; point the engine at libvig/include"));
        }
        if (!p.startsWith(libvigInclude) || !Files.isRegularFile(p)) {
          throw new DiagnosticException(Diagnostic.error(first.loc(),
              "libVig has no header <" + name + ">; the libVig headers are <vigor/nf.h>, <vigor/libvig.h> and <vigor/packet.h>"));
        }
        includeFile(p, first.loc());
        return;
      }
      var builtin = BuiltinHeaders.text(name);
      if (builtin.isPresent()) {
        Path key = Path.of(BUILTIN_PREFIX + name);
        if (!onceFiles.contains(key)) {
          processText(BUILTIN_PREFIX + name, key, builtin.get(), first.loc());
        }
        return;
      }
      throw new DiagnosticException(Diagnostic.error(first.loc(),
          "system header <" + name + "> is not available to NF code; the engine provides only "
              + BuiltinHeaders.names() + " and the libVig headers <vigor/...>: keep state in libVig, "
              + "use the packet helpers of <vigor/packet.h>, and remove this include"));
    }
    throw error(first, "#include expects \"file.h\" or <file.h>; computed includes are not supported");
  }

  private static DiagnosticException error(PpToken at, String msg) {
    return new DiagnosticException(Diagnostic.error(at.loc(), msg));
  }
}
