package dev.vigor.engine.spec.check;

import java.util.HashSet;
import java.util.Set;
import org.python.antlr.Visitor;
import org.python.antlr.ast.Name;
import org.python.antlr.ast.expr_contextType;
import org.python.antlr.base.mod;

/**
 * The names a file assigns anywhere, found before lowering it: a name read before its assignment is
 * then reported as such, instead of being mistaken for a configuration value of the NF.
 */
final class AssignedNames extends Visitor {
  private final Set<String> names = new HashSet<>();

  static Set<String> of(mod module) {
    AssignedNames v = new AssignedNames();
    try {
      v.visit(module);
    } catch (Exception e) {
      // Jython's visitor declares Exception; a failed scan only makes messages less precise.
    }
    return v.names;
  }

  @Override
  public Object visitName(Name node) throws Exception {
    if (node.getInternalCtx() == expr_contextType.Store || node.getInternalCtx() == expr_contextType.AugStore) {
      names.add(node.getInternalId());
    }
    return super.visitName(node);
  }
}
