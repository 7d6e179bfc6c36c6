package dev.vigor.engine.catalog;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One NF folder: its name, one-line description, device count, and the files a user works with.
 *
 * @param name the NF's name (nf.properties {@code name}, else the folder name)
 * @param description one line saying what it does
 * @param directory the NF's folder
 * @param devices how many devices it drives, or 0 when nf.properties does not say
 * @param sources the C sources and headers, sorted
 * @param spec the full spec ({@code spec.py}), or null when there is none
 * @param init the init spec ({@code init.py}: the tables after nf_init), or null when there is none
 * @param properties the pay-as-you-go properties in {@code props/}, sorted
 * @param settings every key of nf.properties, as written
 */
public record NfDescriptor(
    String name,
    String description,
    Path directory,
    int devices,
    List<Path> sources,
    Path spec,
    Path init,
    List<Path> properties,
    Map<String, String> settings) {

  public NfDescriptor {
    sources = List.copyOf(sources);
    properties = List.copyOf(properties);
    settings = Map.copyOf(settings);
  }
}
