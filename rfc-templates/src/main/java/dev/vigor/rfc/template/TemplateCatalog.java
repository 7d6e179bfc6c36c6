package dev.vigor.rfc.template;

import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.diag.DiagnosticException;
import dev.vigor.engine.diag.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The spec templates shipped in this module ({@code templates/<name>/} on the class path, listed in
 * {@code templates/index.txt}), and instantiation of one into an NF folder.
 */
public final class TemplateCatalog {
  private static final String ROOT = "templates/";

  private final List<Template> templates;

  private TemplateCatalog(List<Template> templates) {
    this.templates = List.copyOf(templates);
  }

  /** The templates on the class path. A broken template is a packaging bug, hence unchecked. */
  public static TemplateCatalog load() {
    String index = resource(ROOT + "index.txt");
    List<Template> list = new ArrayList<>();
    for (String name : index.split("\n")) {
      if (!name.isBlank()) {
        list.add(describe(name.strip()));
      }
    }
    return new TemplateCatalog(list);
  }

  public List<Template> templates() {
    return templates;
  }

  public Optional<Template> find(String name) {
    return templates.stream().filter(t -> t.name().equals(name)).findFirst();
  }

  /** The text of one of a template's files. */
  public String content(Template template, String file) {
    return resource(ROOT + template.name() + "/" + file);
  }

  /**
   * Writes the template's files into {@code target} (created if missing). Refuses, writing nothing,
   * when a file exists already and {@code overwrite} is false. Returns the files written.
   */
  public List<Path> instantiate(Template template, Path target, boolean overwrite)
      throws DiagnosticException, IOException {
    if (Files.exists(target) && !Files.isDirectory(target)) {
      throw new DiagnosticException(
          Diagnostic.error(SourceLocation.of(target.toString(), 1, 1), "exists and is not a folder"));
    }
    List<Diagnostic> clashes = new ArrayList<>();
    for (String f : template.files()) {
      Path p = target.resolve(f);
      if (Files.exists(p) && !overwrite) {
        clashes.add(
            Diagnostic.error(
                SourceLocation.of(p.toString(), 1, 1),
                "exists already; not overwritten (use --force to replace the template's files)"));
      }
    }
    if (!clashes.isEmpty()) {
      throw new DiagnosticException(clashes);
    }
    List<Path> written = new ArrayList<>();
    for (String f : template.files()) {
      Path p = target.resolve(f);
      Files.createDirectories(p.getParent());
      Files.writeString(
          p,
          content(template, f),
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.TRUNCATE_EXISTING,
          StandardOpenOption.WRITE);
      written.add(p);
    }
    return written;
  }

  private static Template describe(String name) {
    Properties p = new Properties();
    try (InputStream in = open(ROOT + name + "/template.properties")) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Template(
        name,
        p.getProperty("title", name),
        p.getProperty("standard", ""),
        p.getProperty("description", ""),
        list(p.getProperty("files", "")),
        list(p.getProperty("state", "")));
  }

  private static List<String> list(String commaSeparated) {
    return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static String resource(String path) {
    try (InputStream in = open(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream open(String path) throws IOException {
    InputStream in = TemplateCatalog.class.getClassLoader().getResourceAsStream(path);
    if (in == null) {
      throw new IOException("missing template resource " + path);
    }
    return in;
  }
}
