package dev.vigor.engine.c.lower;

import dev.vigor.engine.diag.SourceLocation;
import dev.vigor.engine.ir.CType;
import dev.vigor.engine.ir.Expr;
import dev.vigor.engine.ir.LibVigObject;
import java.util.List;
import java.util.Map;

/**
 * Checks the {@code void *} arguments of libVig calls against the object's declared types: the
 * prototypes cannot say that emap_get's key must point to the emap's key type, but the
 * instantiation does, and a mismatch would make the contract read or write the wrong bytes.
 */
final class LibVigArgumentTypes {
  private LibVigArgumentTypes() {}

  private enum Role { KEY, VALUE, ELEMENT_SLOT }

  /** For each libVig function with untyped pointers: argument index -> what it must point to. */
  private static final Map<String, Map<Integer, Role>> ROLES = Map.ofEntries(
      Map.entry("emap_get", Map.of(1, Role.KEY)),
      Map.entry("emap_add", Map.of(1, Role.KEY)),
      Map.entry("emap_erase", Map.of(1, Role.KEY)),
      Map.entry("emap_get_key", Map.of(2, Role.KEY)),
      Map.entry("vector_borrow", Map.of(2, Role.ELEMENT_SLOT)),
      Map.entry("vector_return", Map.of(2, Role.VALUE)),
      Map.entry("vector_get", Map.of(2, Role.VALUE)),
      Map.entry("vector_set", Map.of(2, Role.VALUE)),
      Map.entry("map_get", Map.of(1, Role.KEY, 2, Role.VALUE)),
      Map.entry("map_has", Map.of(1, Role.KEY)),
      Map.entry("map_put", Map.of(1, Role.KEY, 2, Role.VALUE)),
      Map.entry("map_erase", Map.of(1, Role.KEY)));

  static void check(String function, LibVigObject object, List<Expr> args, List<SourceLocation> argLocs) {
    Map<Integer, Role> roles = ROLES.get(function);
    if (roles == null || object == null) {
      return;
    }
    roles.forEach((index, role) -> {
      if (index >= args.size()) {
        return;
      }
      CType expected = role == Role.KEY ? object.keyType() : object.valueType();
      if (expected == null) {
        return;
      }
      CType given = unconverted(args.get(index));
      if (role == Role.ELEMENT_SLOT) {
        // vector_borrow(v, i, (void **)&elem): elem must be a pointer to the element type
        if (given instanceof CType.Pointer slot && slot.target() instanceof CType.Pointer p
            && !(p.target() instanceof CType.Void) && !p.target().equals(expected)) {
          throw new CompileError(argLocs.get(index), "argument " + (index + 1) + " of " + function + " receives a pointer to "
              + p.target().cName() + ", but the elements of " + object.name() + " are " + expected.cName()
              + "; borrow into a " + new CType.Pointer(expected, false).cName() + " variable");
        }
        return;
      }
      if (given instanceof CType.Pointer p && !(p.target() instanceof CType.Void) && !p.target().equals(expected)) {
        String what = role == Role.KEY ? "keys" : object.kind() == dev.vigor.engine.ir.LibVigKind.MAP ? "values" : "elements";
        throw new CompileError(argLocs.get(index), "argument " + (index + 1) + " of " + function + " points to "
            + p.target().cName() + ", but the " + what + " of " + object.name() + " are " + expected.cName()
            + "; pass the address of a " + expected.cName());
      }
    });
  }

  /** The type an argument had before conversions to void pointers (explicit or implicit). */
  private static CType unconverted(Expr e) {
    while (e instanceof Expr.Convert c && c.operand().type() instanceof CType.Pointer) {
      e = c.operand();
    }
    return e.type();
  }
}
