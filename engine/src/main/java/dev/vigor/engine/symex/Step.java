package dev.vigor.engine.symex;

import com.microsoft.z3.Expr;
import dev.vigor.engine.diag.SourceLocation;

/** One statement of the linear C trace: where, what ran, and the stored value's term (or null). */
public record Step(SourceLocation loc, String what, Expr<?> value) {}
