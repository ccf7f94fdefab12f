package org.practitionersforum.core.internal.lesson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import org.practitionersforum.api.internal.Markdown;
import org.practitionersforum.api.lesson.Attribution;
import org.practitionersforum.api.lesson.FeedPage;
import org.practitionersforum.api.lesson.FeedQuery;
import org.practitionersforum.api.lesson.LessonSection;
import org.practitionersforum.api.lesson.PublishedLesson;

/**
 * Renders a feed page as a digest: JSON ({@value #FORMAT}) and Markdown for a newsletter. It shows
 * only what the page's published lessons show: kind, attribution, publication date and the
 * published text of each section. Stateless and thread-safe.
 */
final class LessonDigest {
  /** The JSON format's name and version. */
  static final String FORMAT = "practitioners-forum-lesson-digest/1";

  private static final ObjectMapper JSON = new ObjectMapper();

  private LessonDigest() {}

  /** The digest's title: whose lessons, at which tier. */
  static String title(FeedQuery query) {
    return switch (query.tier()) {
      case FORUM -> "Lessons from practice: forum " + query.forum().orElseThrow().value();
      case ORGANISATION ->
          "Lessons from practice: organisation " + query.organisation().orElseThrow().value();
      case NETWORK ->
          "Lessons from practice: the network"
              + query.organisation().map(o -> ", organisation " + o.value()).orElse("");
    };
  }

  /** The period the page's lessons were published in, as UTC dates, or a note that none were. */
  static String period(FeedPage page) {
    if (page.items().isEmpty()) {
      return "no lessons published";
    }
    LocalDate newest = date(page.items().get(0));
    LocalDate oldest = date(page.items().get(page.items().size() - 1));
    return oldest.equals(newest) ? oldest.toString() : oldest + " to " + newest;
  }

  /** Renders the page as Markdown for a newsletter. */
  static String markdown(FeedQuery query, FeedPage page) {
    StringBuilder out = new StringBuilder();
    out.append("# ").append(title(query)).append("\n\n");
    if (page.items().isEmpty()) {
      out.append("No lessons published.\n");
    } else {
      out.append("Published ").append(period(page)).append(". ");
      out.append(page.items().size()).append(page.items().size() == 1 ? " lesson" : " lessons");
      out.append(page.next().isPresent() ? "; more follow.\n" : ".\n");
    }
    int n = 0;
    for (PublishedLesson p : page.items()) {
      n++;
      out.append("\n## ")
          .append(n)
          .append(". ")
          .append(kind(p))
          .append(" (")
          .append(p.id().value());
      out.append(")\n\n");
      out.append("Told by: ").append(told(p)).append(". Published ").append(date(p)).append(".\n");
      for (Map.Entry<LessonSection, String> s : p.sections().asMap().entrySet()) {
        out.append("\n### ").append(s.getKey().title()).append("\n\n");
        out.append(Markdown.escape(s.getValue().strip())).append("\n");
      }
    }
    return out.toString();
  }

  /** Renders the page as JSON, format {@value #FORMAT}. */
  static String json(FeedQuery query, FeedPage page) {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", FORMAT);
    root.put("title", title(query));
    root.put("tier", query.tier().name());
    root.put("period", period(page));
    ArrayNode lessons = root.putArray("lessons");
    for (PublishedLesson p : page.items()) {
      ObjectNode l = lessons.addObject();
      l.put("id", p.id().value());
      l.put("kind", p.kind().name());
      l.put("publishedAt", p.publishedAt().toString());
      if (p.attribution().isPresent()) {
        l.put("attribution", p.attribution().get().describe());
      } else {
        l.putNull("attribution");
      }
      ArrayNode sections = l.putArray("sections");
      for (Map.Entry<LessonSection, String> s : p.sections().asMap().entrySet()) {
        sections
            .addObject()
            .put("section", s.getKey().name())
            .put("title", s.getKey().title())
            .put("text", s.getValue());
      }
    }
    if (page.next().isPresent()) {
      root.put("next", page.next().get().token());
    } else {
      root.putNull("next");
    }
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a digest could not be written as JSON", e);
    }
  }

  private static String kind(PublishedLesson p) {
    String name = p.kind().name();
    return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
  }

  private static String told(PublishedLesson p) {
    return p.attribution().map(Attribution::describe).orElse("not recorded");
  }

  private static LocalDate date(PublishedLesson p) {
    return LocalDate.ofInstant(p.publishedAt(), ZoneOffset.UTC);
  }
}
