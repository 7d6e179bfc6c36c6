/** Parsing spec text with Jython's Python 2.7 parser, never executing it. */
package dev.vigor.engine.spec.parse;
