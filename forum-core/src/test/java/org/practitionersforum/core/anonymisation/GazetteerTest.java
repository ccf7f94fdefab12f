package org.practitionersforum.core.anonymisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.anonymisation.Anonymised;
import org.practitionersforum.api.anonymisation.Anonymiser;
import org.practitionersforum.api.anonymisation.AnonymiserSettings;
import org.practitionersforum.api.anonymisation.Confidence;
import org.practitionersforum.api.anonymisation.DirectoryEntry;
import org.practitionersforum.api.anonymisation.Finding;
import org.practitionersforum.api.anonymisation.IdentifierType;
import org.practitionersforum.api.anonymisation.NameDirectory;
import org.practitionersforum.api.anonymisation.Operator;

/**
 * The bundled gazetteer of UK local authority areas: every area is found and generalised to its
 * region, checked against the source data read here with a parser of its own; names that are also
 * words or people's names need context; the controls apply to it as to every detector.
 */
class GazetteerTest {
  private static final List<String> REGIONS =
      List.of(
          "North East",
          "North West",
          "Yorkshire and The Humber",
          "East Midlands",
          "West Midlands",
          "East of England",
          "London",
          "South East",
          "South West",
          "Wales",
          "Scotland",
          "Northern Ireland");

  private final Anonymiser generalising = anonymiser(AnonymiserSettings.builder());

  private static Anonymiser anonymiser(AnonymiserSettings.Builder settings) {
    return Anonymisers.builder()
        .settings(settings.operator(IdentifierType.PLACE, Operator.GENERALISE).build())
        .build();
  }

  private String out(String text) {
    return generalising.anonymise(text).text();
  }

  private List<Finding> places(Anonymiser anonymiser, String text) {
    return anonymiser.anonymise(text).report().findings().stream()
        .filter(f -> f.type() == IdentifierType.PLACE)
        .toList();
  }

  @Test
  void everyCurrentAreaOfTheSourceGeneralisesToItsRegion() {
    List<String[]> rows = csv("mysociety-uk-local-authorities.csv");
    List<String> header = List.of(rows.get(0));
    int code = header.indexOf("gss-code");
    int name = header.indexOf("nice-name");
    int region = header.indexOf("region");
    int current = header.indexOf("current-authority");
    int lower = header.indexOf("lower-or-unitary");
    Map<Character, Integer> byCountry = new HashMap<>();
    int areas = 0;
    for (String[] row : rows.subList(1, rows.size())) {
      if (!row[current].equals("True") || !row[lower].equals("True")) {
        continue;
      }
      areas++;
      byCountry.merge(row[code].charAt(0), 1, Integer::sum);
      // The source names one area by its council ("Dorset Council"), an organisation: the area's
      // name is the rest.
      String written = row[name].trim().replaceFirst(" Council$", "");
      String article = written.startsWith("The ") ? "The " : "";
      assertThat(out("Our team in " + written + " grew."))
          .as(row[code])
          .startsWith("Our team in " + article + row[region]);
      assertThat(Gazetteer.places())
          .as(row[code])
          .anyMatch(p -> p.code().equals(row[code]) && p.region().equals(row[region]));
    }
    assertThat(areas).isEqualTo(361);
    assertThat(byCountry).containsEntry('E', 296).containsEntry('W', 22);
    assertThat(byCountry).containsEntry('S', 32).containsEntry('N', 11);
    assertThat(Gazetteer.places().stream().filter(p -> p.kind().equals("area")).count())
        .isEqualTo(areas);
    assertThat(Gazetteer.places()).allMatch(p -> REGIONS.contains(p.region()));
  }

  @Test
  void everyDistrictOfTheOnsLookupOf2018GeneralisesToItsRegionThen() {
    List<String[]> rows = csv("ons-lad18-rgn18.csv");
    assertThat(rows.get(0)).containsExactly("LAD18CD", "LAD18NM", "RGN18NM");
    for (String[] row : rows.subList(1, rows.size())) {
      // Former districts are kept (with the region they had); their names still locate people.
      assertThat(out("Our team in " + row[1] + " grew."))
          .as(row[0])
          .startsWith("Our team in " + row[2]);
    }
    assertThat(rows).hasSize(349);
  }

  @Test
  void aPlaceGeneralisesToItsRegionAndIsReportedWithItsConfidence() {
    Anonymised result =
        generalising.anonymise("Leeds has grown. The team in Leeds met staff from Calderdale.");
    assertThat(result.text())
        .isEqualTo(
            "Yorkshire and The Humber has grown. The team in Yorkshire and The Humber met staff"
                + " from Yorkshire and The Humber.");
    assertThat(result.report().findings())
        .extracting(Finding::rule, Finding::confidence, Finding::operator)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                Gazetteer.RULE, Confidence.MEDIUM, Operator.GENERALISE),
            org.assertj.core.groups.Tuple.tuple(
                Gazetteer.RULE, Confidence.HIGH, Operator.GENERALISE),
            org.assertj.core.groups.Tuple.tuple(
                Gazetteer.RULE, Confidence.HIGH, Operator.GENERALISE));
    // Regions are what places generalise to: the output is a fixed point.
    assertThat(out(result.text())).isEqualTo(result.text());
    assertThat(out("Services across the North West, Wales and Scotland."))
        .isEqualTo("Services across the North West, Wales and Scotland.");
  }

  @Test
  void namesAreMatchedAcrossTheirPunctuationAndKeepOnePlaceholder() {
    assertThat(
            out(
                "Newry, Mourne and Down; St. Helens; King's Lynn and West Norfolk; Stoke on Trent."))
        .isEqualTo("Northern Ireland; North West; East of England; West Midlands.");
    assertThat(out("Bath and North East Somerset, Kingston upon Hull and Na h-Eileanan Siar."))
        .isEqualTo("South West, Yorkshire and The Humber and Scotland.");
    Anonymiser placeholders = Anonymisers.builder().build();
    assertThat(
            placeholders.anonymise("Stoke-on-Trent, then Calderdale, then Stoke on Trent.").text())
        .isEqualTo("[PLACE-1], then [PLACE-2], then [PLACE-1].");
  }

  @Test
  void namesThatAreAlsoWordsOrPeoplesNamesNeedContext() {
    String text =
        "Reading is a skill we value. Bath time was calm. Preston said so. Kent agreed.\n"
            + "We met Mr Bolton and Dr. Preston, then Dudley Moore and Harrow Smith.\n"
            + "Sheffield Road and the Leeds Building Society are not places.\n"
            + "A reading of the report. The isle of wight-coloured paint.\n";
    assertThat(places(generalising, text)).isEmpty();
    assertThat(out("She moved to a flat in Reading near Bath, at Preston, in Kent."))
        .isEqualTo(
            "She moved to a flat in South East near South West, at North West, in South East.");
    assertThat(out("In Reading the council works with Harrow council."))
        .isEqualTo("In South East the council works with London council.");
    assertThat(Gazetteer.needsContext("reading")).isTrue();
    assertThat(Gazetteer.needsContext("bath")).isTrue();
    assertThat(Gazetteer.needsContext("castle point")).isTrue();
    assertThat(Gazetteer.needsContext("leeds")).isFalse();
    assertThat(Gazetteer.needsContext("wellingborough")).isFalse();
  }

  @Test
  void aPlaceInALongerNameLeavesItToThatName() {
    assertThat(
            Anonymisers.builder()
                .build()
                .anonymise("Leeds City Council and the University of Leeds met.")
                .text())
        .isEqualTo("[ORGANISATION-1] and the [ORGANISATION-2] met.");
  }

  @Test
  void theControlsApplyToTheGazetteer() {
    String text = "Leeds has grown; the team in Calderdale too.";
    assertThat(anonymiser(AnonymiserSettings.builder().allow("Leeds")).anonymise(text).text())
        .isEqualTo("Leeds has grown; the team in Yorkshire and The Humber too.");
    Anonymised off =
        anonymiser(AnonymiserSettings.builder().disable(IdentifierType.PLACE)).anonymise(text);
    assertThat(off.text()).isEqualTo(text);
    Anonymised held =
        anonymiser(AnonymiserSettings.builder().minimumConfidence(Confidence.HIGH)).anonymise(text);
    assertThat(held.text()).isEqualTo("Leeds has grown; the team in Yorkshire and The Humber too.");
    assertThat(held.report().heldForReview())
        .extracting(Finding::rule, Finding::confidence)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Gazetteer.RULE, Confidence.MEDIUM));
    Anonymiser noHeuristics =
        Anonymisers.builder()
            .settings(AnonymiserSettings.builder().nameHeuristics(false).build())
            .build();
    assertThat(noHeuristics.anonymise(text).text()).isEqualTo(text);
  }

  @Test
  void aDirectoryPlaceWinsOverTheGazetteer() {
    Anonymiser withDirectory =
        Anonymisers.builder()
            .directory(
                NameDirectory.of(
                    List.of(DirectoryEntry.place("place-1", "Leeds", "West Yorkshire"))))
            .settings(
                AnonymiserSettings.builder()
                    .operator(IdentifierType.PLACE, Operator.GENERALISE)
                    .build())
            .build();
    assertThat(withDirectory.anonymise("The team in Leeds and Calderdale.").text())
        .isEqualTo("The team in West Yorkshire and Yorkshire and The Humber.");
  }

  /** A small CSV reader of its own: quoted fields, doubled quotes, comment lines starting '#'. */
  private static List<String[]> csv(String name) {
    String path = "/anonymisation/gazetteer/" + name;
    String content;
    try (InputStream in = GazetteerTest.class.getResourceAsStream(path)) {
      content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String[]> rows = new ArrayList<>();
    for (String line : content.split("\n")) {
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      List<String> fields = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        if (quoted) {
          if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else if (c == '"') {
            quoted = false;
          } else {
            field.append(c);
          }
        } else if (c == '"') {
          quoted = true;
        } else if (c == ',') {
          fields.add(field.toString());
          field.setLength(0);
        } else {
          field.append(c);
        }
      }
      fields.add(field.toString());
      rows.add(fields.toArray(String[]::new));
    }
    return rows;
  }
}
