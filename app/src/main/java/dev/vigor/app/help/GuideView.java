package dev.vigor.app.help;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A Markdown document shown readably: headings, paragraphs, lists, code and tables as JavaFX
 * nodes. A link to a heading of the same document ({@code #anchor}) scrolls to it; a link
 * elsewhere is shown with its target, since the guide is read inside the app.
 */
public final class GuideView extends ScrollPane {
  private final VBox content = new VBox(8);
  private final Map<String, Node> anchors = new HashMap<>();

  /** The rendered {@code markdown}. */
  public GuideView(String markdown) {
    getStyleClass().add("guide-view");
    content.getStyleClass().add("guide-content");
    content.setPadding(new Insets(16, 24, 24, 24));
    content.setFillWidth(true);
    for (MarkdownBlocks.Block block : MarkdownBlocks.parse(markdown)) {
      content.getChildren().add(render(block));
    }
    setContent(content);
    setFitToWidth(true);
  }

  /** The anchors of the document's headings, e.g. {@code state}. */
  public java.util.Set<String> anchors() {
    return anchors.keySet();
  }

  /** Scrolls so the heading with {@code anchor} is at the top; false when there is none. */
  public boolean scrollTo(String anchor) {
    Node target = anchors.get(anchor);
    if (target == null) {
      return false;
    }
    applyCss();
    layout();
    double contentHeight = content.getBoundsInLocal().getHeight();
    double viewport = getViewportBounds().getHeight();
    double y = target.getBoundsInParent().getMinY();
    setVvalue(contentHeight <= viewport ? 0 : Math.min(1, y / (contentHeight - viewport)));
    return true;
  }

  private Node render(MarkdownBlocks.Block block) {
    if (block instanceof MarkdownBlocks.Heading h) {
      TextFlow flow = inline(h.text());
      flow.getStyleClass().addAll("guide-heading", "guide-h" + h.level());
      anchors.putIfAbsent(h.anchor(), flow);
      return flow;
    }
    if (block instanceof MarkdownBlocks.Paragraph p) {
      return styled(inline(p.text()), "guide-paragraph");
    }
    if (block instanceof MarkdownBlocks.ListItem item) {
      TextFlow flow = inline(item.text());
      flow.getChildren().add(0, new Text(item.marker() + "  "));
      flow.setPadding(new Insets(0, 0, 0, 16 + 20 * item.depth()));
      return styled(flow, "guide-list-item");
    }
    if (block instanceof MarkdownBlocks.Code code) {
      Label l = new Label(code.text());
      l.getStyleClass().add("guide-code-block");
      l.setMaxWidth(Double.MAX_VALUE);
      l.setWrapText(false);
      return l;
    }
    MarkdownBlocks.Table table = (MarkdownBlocks.Table) block;
    GridPane grid = new GridPane();
    grid.getStyleClass().add("guide-table");
    grid.setHgap(14);
    grid.setVgap(4);
    addRow(grid, 0, table.header(), "guide-table-header");
    for (int r = 0; r < table.rows().size(); r++) {
      addRow(grid, r + 1, table.rows().get(r), "guide-table-cell");
    }
    for (int c = 0; c < table.header().size(); c++) {
      ColumnConstraints cc = new ColumnConstraints();
      cc.setHgrow(c == table.header().size() - 1 ? Priority.ALWAYS : Priority.SOMETIMES);
      grid.getColumnConstraints().add(cc);
    }
    return grid;
  }

  private void addRow(GridPane grid, int row, List<String> cells, String style) {
    for (int c = 0; c < cells.size(); c++) {
      TextFlow cell = inline(cells.get(c));
      cell.getStyleClass().add(style);
      cell.setMaxWidth(c == cells.size() - 1 ? Double.MAX_VALUE : 360);
      grid.add(cell, c, row);
    }
  }

  private static Node styled(Node n, String style) {
    n.getStyleClass().add(style);
    return n;
  }

  private TextFlow inline(String text) {
    TextFlow flow = new TextFlow();
    for (MarkdownInline.Span span : MarkdownInline.parse(text)) {
      if (span.kind() == MarkdownInline.Kind.LINK) {
        flow.getChildren().add(link(span));
        continue;
      }
      Text t = new Text(span.text());
      t.getStyleClass().add("guide-" + span.kind().name().toLowerCase(java.util.Locale.ROOT));
      flow.getChildren().add(t);
    }
    return flow;
  }

  private Node link(MarkdownInline.Span span) {
    String href = span.href();
    if (href.startsWith("#")) {
      Hyperlink h = new Hyperlink(span.text());
      h.getStyleClass().add("guide-link");
      h.setOnAction(e -> scrollTo(href.substring(1)));
      return h;
    }
    // Another document or a web page: the guide is read in the app, so say where it is.
    Text t = new Text(span.text() + " (" + href + ")");
    t.getStyleClass().add("guide-plain");
    return t;
  }
}
