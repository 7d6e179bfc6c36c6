package dev.vigor.rfc.importer;

import dev.vigor.rfc.model.Keyword;

/** One use of a requirement keyword in a text: which one, and its offset and length. */
record KeywordUse(Keyword keyword, int offset, int length) {}
