package dev.vigor.engine.layers;

/**
 * A slice of the NF's software stack that a verification can cover.
 *
 * @param id short name used on the command line and in results ({@code nf}, {@code libvig}, …)
 * @param title the name shown to people
 * @param covers what a proof that includes this layer tells you, one sentence
 * @param alwaysSelected whether every verification includes it (the NF itself)
 */
public record Layer(String id, String title, String covers, boolean alwaysSelected) {
  public Layer {
    if (id == null || id.isBlank() || title == null || covers == null) {
      throw new IllegalArgumentException("a layer needs an id, a title and what it covers");
    }
  }
}
