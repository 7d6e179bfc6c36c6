package dev.vigor.app.rfc;

import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.rfc.model.Level;
import dev.vigor.rfc.model.Paragraph;
import dev.vigor.rfc.model.Requirement;
import dev.vigor.rfc.model.RfcDocument;
import dev.vigor.rfc.model.Section;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * One section's text, paragraph by paragraph, with its requirement sentences highlighted in the
 * colour of their keyword level. Only the levels the filter shows are highlighted.
 */
final class SectionTextView extends ScrollPane {
  private final VBox paragraphs = new VBox(10);

  SectionTextView() {
    setId("rfc-section-text");
    getStyleClass().add("rfc-section-text");
    setFitToWidth(true);
    paragraphs.getStyleClass().add("rfc-paragraphs");
    setContent(paragraphs);
  }

  /** Shows a section of {@code doc} ({@code highlighted} picks the sentences to colour); the root shows a summary. */
  void show(RfcDocument doc, Section section, Predicate<Requirement> highlighted) {
    paragraphs.getChildren().clear();
    if (doc == null || section == null) {
      return;
    }
    if (section.isRoot()) {
      summary(doc);
      return;
    }
    Text heading = new Text((section.number() + "  " + section.title()).strip());
    heading.getStyleClass().add("rfc-section-heading");
    paragraphs.getChildren().add(new TextFlow(heading));
    List<Requirement> own = doc.requirements().stream()
        .filter(r -> r.section().equals(section.anchor()) && highlighted.test(r)).toList();
    for (Paragraph p : section.paragraphs()) {
      paragraphs.getChildren().add(flow(p.text(), own));
    }
    if (section.paragraphs().isEmpty()) {
      Text none = new Text(section.children().isEmpty()
          ? "(this section has no text)" : "(the text is in its subsections)");
      none.getStyleClass().add("rfc-muted");
      paragraphs.getChildren().add(new TextFlow(none));
    }
    setVvalue(0);
  }

  private void summary(RfcDocument doc) {
    Text heading = new Text(doc.id() + " — " + doc.title());
    heading.getStyleClass().add("rfc-section-heading");
    paragraphs.getChildren().add(new TextFlow(heading));
    StringBuilder counts = new StringBuilder();
    for (Level level : Level.values()) {
      long n = doc.requirements().stream().filter(r -> r.level() == level).count();
      counts.append(counts.length() == 0 ? "" : ", ").append(n).append(' ').append(level.name());
    }
    Text body = new Text((doc.root().flatten().size() - 1) + " sections and " + doc.requirements().size()
        + " requirement sentences (" + counts + ").\n\nPick a section on the left to read it with its"
        + " requirement sentences in colour, or a requirement below to see which properties cover it.");
    paragraphs.getChildren().add(new TextFlow(body));
    for (Diagnostic w : doc.warnings()) {
      Text warning = new Text(w.format());
      warning.getStyleClass().add("rfc-muted");
      paragraphs.getChildren().add(new TextFlow(warning));
    }
    setVvalue(0);
  }

  // Requirement sentences are whitespace-normalised like paragraphs, so they are found verbatim.
  private static TextFlow flow(String text, List<Requirement> requirements) {
    record Span(int start, int end, Requirement r) {}
    List<Span> spans = new ArrayList<>();
    for (Requirement r : requirements) {
      int at = text.indexOf(r.sentence());
      if (at >= 0) {
        spans.add(new Span(at, at + r.sentence().length(), r));
      }
    }
    spans.sort(Comparator.comparingInt(Span::start));
    TextFlow flow = new TextFlow();
    flow.getStyleClass().add("rfc-paragraph");
    int pos = 0;
    for (Span s : spans) {
      if (s.start() < pos) {
        continue; // overlaps the previous highlight
      }
      if (s.start() > pos) {
        flow.getChildren().add(new Text(text.substring(pos, s.start())));
      }
      Text sentence = new Text(text.substring(s.start(), s.end()));
      sentence.getStyleClass().addAll("rfc-requirement-text", LevelStyle.of(s.r().level()));
      sentence.setUserData(s.r().id());
      flow.getChildren().add(sentence);
      pos = s.end();
    }
    if (pos < text.length()) {
      flow.getChildren().add(new Text(text.substring(pos)));
    }
    return flow;
  }
}
