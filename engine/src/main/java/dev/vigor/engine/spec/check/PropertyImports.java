package dev.vigor.engine.spec.check;

import dev.vigor.engine.diag.SourceLocation;
import dev.vigor.engine.spec.NfInterface;
import dev.vigor.engine.spec.imports.ImportSearch;
import dev.vigor.engine.spec.ir.Spec;
import dev.vigor.engine.spec.ir.StateKind;
import dev.vigor.engine.spec.ir.Stmt;
import dev.vigor.engine.spec.parse.SourceFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.python.antlr.PythonTree;
import org.python.antlr.ast.Import;
import org.python.antlr.ast.ImportFrom;
import org.python.antlr.ast.alias;

/**
 * The two imports of the language: {@code from state import a, b} binds the NF's state objects;
 * {@code import NAME} finds a property file and includes its statements in place (each keeping
 * its own file:line:col), once per spec, reporting missing files and import cycles.
 */
final class PropertyImports {
  private final SourceFile file;
  private final CheckSession session;

  PropertyImports(SourceFile file, CheckSession session) {
    this.file = file;
    this.session = session;
  }

  private SourceLocation at(PythonTree node) {
    return file.at(node);
  }


  void importState(ImportFrom from) {
    String module = from.getInternalModule();
    Integer level = from.getInternalLevel();
    if (!"state".equals(module) || (level != null && level > 0)) {
      session.error(at(from), "only 'from state import a, b' is allowed (it names the NF's state objects);"
          + " to include a property write 'import NAME'");
      return;
    }
    for (alias a : from.getInternalNames()) {
      PythonTree where = a.getInternalNameNodes() != null && !a.getInternalNameNodes().isEmpty()
          ? a.getInternalNameNodes().get(0) : from;
      String name = a.getInternalName();
      if (name.equals("*")) {
        session.error(at(from), "'from state import *' is not allowed; name the state objects the spec constrains");
        continue;
      }
      if (a.getInternalAsname() != null) {
        session.error(at(where), "'as' is not allowed: state objects keep the names the NF exports them under");
        continue;
      }
      if (session.stateObjects.containsKey(name)) {
        continue; // imported again by another property: the same object
      }
      if (session.variables.containsKey(name)) {
        session.error(at(where), name + " is already a variable of the spec; a state object needs its own name");
        continue;
      }
      StateKind kind = StateKind.UNKNOWN;
      if (session.nf.isPresent()) {
        NfInterface.ExportedState exported = session.nf.get().stateObjects().get(name);
        if (exported == null) {
          String suggestion = Names.suggest(name, session.nf.get().stateObjects().keySet());
          List<String> all = new ArrayList<>(session.nf.get().stateObjects().keySet());
          session.error(at(where), "unknown state object " + name
              + (session.nf.get().unexported().contains(name) ? "; the NF's C has a libVig object "
                  + name + " but does not export it: add NF_EXPORT_STATE(" + name + ", \"" + name
                  + "\") after its declaration"
                  : (suggestion != null ? "; did you mean " + suggestion + "?" : "")
                  + "; the NF exports " + (all.isEmpty() ? "no state objects" : String.join(", ", all))));
          continue;
        }
        kind = exported.kind();
      }
      session.stateObjects.put(name, new Spec.StateObject(name, kind, at(where)));
    }
  }

  void importProperties(Import imp, List<Stmt> out) {
    for (alias a : imp.getInternalNames()) {
      String name = a.getInternalName();
      PythonTree where = a.getInternalNameNodes() != null && !a.getInternalNameNodes().isEmpty()
          ? a.getInternalNameNodes().get(0) : imp;
      if (name.contains(".")) {
        session.error(at(where), "'import " + name + "': only properties can be imported, by a plain name"
            + " (import NAME finds NAME.py); Python modules are not part of the spec language");
        continue;
      }
      if (a.getInternalAsname() != null) {
        session.error(at(where), "'as' is not allowed in imports: a property is included in place, it has no name to bind");
        continue;
      }
      if (name.equals("state")) {
        session.error(at(where), "write 'from state import a, b' to name the NF's state objects");
        continue;
      }
      include(name, imp, at(where), out);
    }
  }

  private void include(String name, Import imp, SourceLocation where, List<Stmt> out) {
    Path importingDir = Optional.ofNullable(Path.of(file.displayName()).getParent()).orElse(Path.of(""));
    ImportSearch.Resolution found = session.search.resolve(name, importingDir);
    if (found.file().isEmpty()) {
      String dirs = found.lookedIn().stream().map(PropertyImports::showDir).collect(Collectors.joining(", "));
      session.error(where, "cannot find property " + name + ": no " + name + ".py or paygo-" + name + ".py in "
          + dirs + "; check the name, or put the property next to this file or in the NF's"
          + " props/ folder (vigor check also takes --search-path and --props)"
          + " (Python modules cannot be imported in specs)");
      return;
    }
    Path shown = found.file().get();
    Path absolute = shown.toAbsolutePath().normalize();
    if (session.chain.contains(absolute)) {
      List<String> cycle = new ArrayList<>();
      boolean inCycle = false;
      for (Path p : session.chain) {
        inCycle |= p.equals(absolute);
        if (inCycle) {
          cycle.add(p.getFileName().toString());
        }
      }
      cycle.add(absolute.getFileName().toString());
      session.error(where, "import cycle: " + String.join(" imports ", cycle) + "; remove one of these imports");
      return;
    }
    if (!session.included.add(absolute)) {
      return; // already included once: its statements and names are in place
    }
    Optional<SourceFile> parsed = SpecChecker.read(shown, absolute, session, Optional.of(where));
    if (parsed.isEmpty()) {
      return;
    }
    session.chain.addLast(absolute);
    try {
      out.addAll(new FileLowering(parsed.get(), session).lowerFile());
    } finally {
      session.chain.removeLast();
    }
  }

  private static String showDir(Path dir) {
    String s = dir.toString();
    return s.isEmpty() ? "." : s;
  }
}
