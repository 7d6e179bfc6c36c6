/**
 * The spec interpreters: one walk of the spec IR ({@link dev.vigor.engine.specexec.SpecRun}) over a
 * value domain, run symbolically (Z3 terms, every path enumerated) for the validator and concretely
 * (numbers, the one path the inputs take) for counterexample replay. Header layouts and validity,
 * record encodings and outcome agreement are written once over the domain and shared by both.
 */
package dev.vigor.engine.specexec;
