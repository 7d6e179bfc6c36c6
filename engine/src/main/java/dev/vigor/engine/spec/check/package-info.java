/**
 * Lowering of Jython's syntax tree to the spec IR, checking the subset, names, kinds, arities,
 * fields, outcomes and imports as it goes and collecting every diagnostic.
 */
package dev.vigor.engine.spec.check;
