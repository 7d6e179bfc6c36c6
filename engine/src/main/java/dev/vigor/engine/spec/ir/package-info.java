/**
 * The spec IR: immutable records, each node with its own file:line:col (imported properties keep
 * theirs) and expressions with their static type. A spec is a block of {@link
 * dev.vigor.engine.spec.ir.Stmt}s with imports inlined and Vigor's implicit else branches made
 * explicit, so an interpreter walks a plain tree: a path ends at a {@code Return} (outcome fixed,
 * final state still compared), a {@code Pass} (released) or the end of the block. State updates
 * carry the libVig contract operation they stand for ({@link
 * dev.vigor.engine.spec.ir.StateMethod#contractOperation()}).
 */
package dev.vigor.engine.spec.ir;
