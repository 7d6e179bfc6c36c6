/**
 * The typed IR of an NF, produced by {@link dev.vigor.engine.c.CFrontEnd} and walked by the
 * symbolic executor and the concrete interpreter.
 *
 * <p><b>Shape.</b> A {@link dev.vigor.engine.ir.Program} holds {@link dev.vigor.engine.ir.Function}s
 * (bodies are lists of {@link dev.vigor.engine.ir.Stmt}), struct layouts, libVig objects, constant
 * globals and NF_DEVICE_COUNT. Expressions ({@link dev.vigor.engine.ir.Expr}) are pure; every state
 * change is a statement: {@code Store}, {@code Call} (NF function, to be inlined or interpreted),
 * {@code LibVigCall} (bound to a contract by function name). Every node has the
 * {@link dev.vigor.engine.diag.SourceLocation} the user wrote (for macro-expanded code, the macro use).
 *
 * <p><b>Memory.</b> A pointer value is a (region, byte offset) pair. Regions: each local/parameter
 * of the running call ({@code LocalAddress}), each constant global ({@code GlobalAddress},
 * read-only, initial bytes in {@link dev.vigor.engine.ir.ConstGlobal#init()}), the packet (the
 * {@code packet} argument of nf_process points to its byte 0, {@code length} bytes long), and every
 * element a libVig call lends ({@code vector_borrow}) or copies into (out-parameters point into
 * locals). {@code FieldAddress} and {@code ElementAddress} move within a region; {@code Load} and
 * {@code Store} read/write {@code type.size()} bytes (little-endian scalars; struct values copy
 * bytes), and must be checked: in bounds of the region, not through NULL, not a write to a
 * read-only region. {@code ElementAddress} with {@code arrayLength >= 0} additionally requires
 * {@code 0 <= index < arrayLength} (array indexing, also inside structs).
 *
 * <p><b>Integers.</b> Types are explicit: binary operands are already converted
 * ({@code Convert}) to the operation's type, so an interpreter never applies C's rules itself.
 * Signed ADD/SUB/MUL/NEG that overflow, DIV/REM by zero (and INT_MIN / -1), shifts by a negative
 * amount or at least the width, and left shifts of negative values or into the sign bit are defects
 * to report; unsigned arithmetic wraps. {@code Convert} to an integer type truncates or extends;
 * to {@code _Bool} it yields 0/1. Comparisons and LOGICAL_AND/OR (lazy) yield int 0/1.
 *
 * <p><b>Control.</b> {@code If} branches on an int 0/1 condition. {@code Loop} carries the
 * iteration bound the front-end proved from the loop's shape; {@code Break}/{@code Continue} refer
 * to the innermost Loop. {@code Return} ends the function; a non-void function returns on every
 * path (checked). Locals other than parameters start with unknown contents: an interpreter may
 * flag a scalar read before any store, but whole-struct copies legitimately carry never-written
 * bytes (padding, fields the NF did not set).
 */
package dev.vigor.engine.ir;
