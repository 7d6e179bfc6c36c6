package dev.vigor.rfc.importer;

/**
 * A section heading found in the text: its number without a trailing dot ("4.1", "A", "A.2"; empty
 * when unnumbered), its title, and the 0-based column where the title starts.
 */
record Heading(String number, String title, int titleColumn) {}
