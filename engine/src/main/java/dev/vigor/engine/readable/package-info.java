/**
 * Counterexamples in the user's terms: C values rendered by the types the NF declared (structs with
 * named fields, MAC and IPv4 addresses, ports, protocols), times relative to the packet's arrival,
 * the packet's headers as a spec names them, the C trace with libVig's helper internals folded, and
 * why a spec's {@code pop_header} fallback decided. One model, {@link
 * dev.vigor.engine.readable.ReadableCounterexample}, feeds the CLI text, the JSON, SARIF, JUnit and
 * the workbench.
 */
package dev.vigor.engine.readable;
