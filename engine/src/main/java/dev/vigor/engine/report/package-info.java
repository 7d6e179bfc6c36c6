/**
 * Machine-readable reports of a verification run for CI and editors: SARIF 2.1.0 for code-scanning
 * viewers and JUnit XML for test dashboards. Both are written atomically.
 */
package dev.vigor.engine.report;
