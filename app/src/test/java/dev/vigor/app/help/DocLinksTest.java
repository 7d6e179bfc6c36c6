package dev.vigor.app.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.app.rfc.PropertyStub;
import dev.vigor.engine.diag.SourceLocation;
import dev.vigor.rfc.model.Keyword;
import dev.vigor.rfc.model.Requirement;
import dev.vigor.rfc.template.Template;
import dev.vigor.rfc.template.TemplateCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every link to the docs that a user meets in a file the workbench writes (template files, the RFC
 * view's property stub), in the engine's and the app's messages, and in the docs themselves,
 * names a file that exists and, with {@code #anchor}, a heading of that file.
 */
class DocLinksTest {
  private static final Path REPO = Path.of(System.getProperty("vigor.catalog")).getParent();
  /** {@code docs/NAME.md} or {@code docs/NAME.md#anchor}, as written in comments and messages. */
  private static final Pattern DOCS_LINK = Pattern.compile("(?<![\\w/.])docs/([A-Za-z0-9_-]+\\.md)(#[A-Za-z0-9_-]+)?");
  /** A Markdown link's target, {@code ](target)}. */
  private static final Pattern MD_LINK = Pattern.compile("]\\(([^)\\s]+)\\)");

  @Test
  void linksInTemplatesAndStubsResolve() throws IOException {
    TemplateCatalog catalog = TemplateCatalog.load();
    List<String> problems = new ArrayList<>();
    int links = 0;
    for (Template t : catalog.templates()) {
      for (String f : t.files()) {
        links += checkDocsLinks("templates/" + t.name() + "/" + f, catalog.content(t, f), problems);
      }
    }
    SourceLocation at = SourceLocation.of("rfc.txt", 1, 1);
    String stub = PropertyStub.text("p", new Requirement("rfc1#1-1", Keyword.MUST, "It MUST work.", "1", at, at),
        List.of("flows"));
    int inStub = checkDocsLinks("the RFC view's property stub", stub, problems);
    assertEquals(List.of(), problems);
    assertTrue(inStub >= 2, "the stub points to the guide: " + stub);
    assertTrue(links >= 20, "every template file points to the guide; found " + links);
  }

  @Test
  void linksInMessagesResolve() throws IOException {
    List<String> problems = new ArrayList<>();
    for (String module : List.of("engine", "rfc-templates", "spec-editor", "app")) {
      try (Stream<Path> files = Files.walk(REPO.resolve(module).resolve("src/main"))) {
        for (Path f : files.filter(Files::isRegularFile).toList()) {
          checkDocsLinks(REPO.relativize(f).toString(), Files.readString(f), problems);
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void linksBetweenTheDocsResolve() throws IOException {
    List<String> problems = new ArrayList<>();
    List<Path> pages = new ArrayList<>(List.of(REPO.resolve("README.md")));
    try (Stream<Path> docs = Files.list(REPO.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).forEach(pages::add);
    }
    for (Path page : pages) {
      Matcher m = MD_LINK.matcher(Files.readString(page));
      while (m.find()) {
        String target = m.group(1);
        if (target.matches("[a-z]+:.*")) {
          continue; // a web page
        }
        int hash = target.indexOf('#');
        Path file = hash == 0 ? page : page.getParent().resolve(hash < 0 ? target : target.substring(0, hash)).normalize();
        check(REPO.relativize(page) + ": " + target, file, hash < 0 ? null : target.substring(hash + 1), problems);
      }
    }
    assertEquals(List.of(), problems);
  }

  private static int checkDocsLinks(String where, String text, List<String> problems) throws IOException {
    Matcher m = DOCS_LINK.matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
      check(where + ": " + m.group(), REPO.resolve("docs").resolve(m.group(1)),
          m.group(2) == null ? null : m.group(2).substring(1), problems);
    }
    return n;
  }

  private static void check(String link, Path file, String anchor, List<String> problems) throws IOException {
    if (!Files.exists(file)) {
      problems.add(link + ": no file " + file);
      return;
    }
    if (anchor != null && !anchors(file).contains(anchor)) {
      problems.add(link + ": no heading with anchor #" + anchor + " in " + file.getFileName());
    }
  }

  private static Set<String> anchors(Path markdown) throws IOException {
    Set<String> out = new HashSet<>();
    if (markdown.toString().endsWith(".md")) {
      for (MarkdownBlocks.Block b : MarkdownBlocks.parse(Files.readString(markdown))) {
        if (b instanceof MarkdownBlocks.Heading h) {
          out.add(h.anchor());
        }
      }
    }
    return out;
  }
}
