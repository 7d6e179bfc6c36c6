/** Finding the property file an {@code import NAME} names. */
package dev.vigor.engine.spec.imports;
