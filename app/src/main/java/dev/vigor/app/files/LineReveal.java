package dev.vigor.app.files;

/**
 * A request to show and highlight a line of an open file. The sequence number makes two requests
 * for the same line distinct, so asking twice scrolls twice.
 *
 * @param line 1-based line
 * @param sequence increasing per request
 */
public record LineReveal(int line, long sequence) {}
