/**
 * The spec front-end: Python-syntax specs and properties to a checked, typed spec IR.
 *
 * <p>Entry point: {@link dev.vigor.engine.spec.check.SpecChecker#check} (a file) or
 * {@link dev.vigor.engine.spec.check.SpecChecker#checkText} (an editor buffer), with an
 * {@link dev.vigor.engine.spec.imports.ImportSearch} for {@code import NAME} and, optionally, the
 * {@link dev.vigor.engine.spec.NfInterface} the C front-end extracts from an NF. The result holds
 * every diagnostic and, when there is no error, the {@link dev.vigor.engine.spec.ir.Spec}.
 *
 * <p>Packages: {@code parse} (Jython's parser, {@code ...} masking, source locations),
 * {@code imports} (property lookup), {@code check} (lowering with checks; package-private except
 * the entry point), {@code ir} (immutable records both interpreters walk, a walker and a printer).
 * The user's guide is {@code docs/spec-language.md}.
 */
package dev.vigor.engine.spec;
