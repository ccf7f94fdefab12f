package org.practitionersforum.buildchecks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What a repository such as Maven Central asks of every published pom: a licence, the source
 * repository, a project address, its developers and a description. The parent carries them for
 * every module that inherits from it; the BOM, standalone, carries its own. Modules that are not
 * for hosts are neither installed nor deployed.
 */
class PublicationMetadataTest {

  private static final Path ROOT = ModuleUnderTest.current().baseDir().getParent();

  /** Modules that hosts do not use: the build's own checks, the examples and the benchmarks. */
  private static final List<String> NOT_PUBLISHED =
      List.of(
          "forum-build-checks", "forum-examples", "forum-benchmarks", "forum-spring-boot-example");

  @Test
  void theLicenceFileIsTheApacheLicence() throws Exception {
    String licence = Files.readString(ROOT.resolve("LICENSE"));

    assertThat(licence)
        .contains("Apache License")
        .contains("Version 2.0, January 2004")
        .contains("END OF TERMS AND CONDITIONS");
  }

  @Test
  void theParentAndTheBomCarryTheMetadataOfAPublishedPom() throws Exception {
    for (Path pom : List.of(ROOT.resolve("pom.xml"), ROOT.resolve("forum-bom/pom.xml"))) {
      Element project = read(pom).getDocumentElement();

      assertThat(text(project, "description")).as("%s description", pom).isNotBlank();
      assertThat(text(project, "url")).as("%s url", pom).startsWith("https://");
      assertThat(text(project, "licenses/license/name"))
          .as("%s licence", pom)
          .isEqualTo("Apache-2.0");
      assertThat(text(project, "licenses/license/url"))
          .as("%s licence url", pom)
          .isEqualTo("https://www.apache.org/licenses/LICENSE-2.0.txt");
      assertThat(text(project, "developers/developer/name")).as("%s developer", pom).isNotBlank();
      assertThat(text(project, "scm/connection")).as("%s scm", pom).startsWith("scm:git:");
      assertThat(text(project, "scm/developerConnection")).as("%s scm", pom).startsWith("scm:git:");
      assertThat(text(project, "scm/url")).as("%s scm url", pom).startsWith("https://");
    }
  }

  @Test
  void everyModuleInheritsTheMetadataOrIsTheBom() throws Exception {
    for (String module : modules()) {
      Element project = read(ROOT.resolve(module).resolve("pom.xml")).getDocumentElement();
      if (module.equals("forum-bom")) {
        assertThat(child(project, "parent")).as(module).isNull();
      } else {
        assertThat(text(project, "parent/artifactId")).as(module).isEqualTo("forum-parent");
        assertThat(text(project, "description")).as("%s description", module).isNotBlank();
        // A module's own licences or scm would replace the parent's, not add to them.
        assertThat(child(project, "licenses")).as(module).isNull();
        assertThat(child(project, "scm")).as(module).isNull();
      }
    }
  }

  @Test
  void onlyModulesForHostsAreInstalledAndDeployed() throws Exception {
    Map<String, String> skip = new TreeMap<>();
    for (String module : modules()) {
      Element project = read(ROOT.resolve(module).resolve("pom.xml")).getDocumentElement();
      skip.put(module, text(project, "properties/forum.publish.skip"));
    }
    Element parent = read(ROOT.resolve("pom.xml")).getDocumentElement();

    assertThat(text(parent, "properties/maven.install.skip")).isEqualTo("${forum.publish.skip}");
    assertThat(text(parent, "properties/maven.deploy.skip")).isEqualTo("${forum.publish.skip}");
    assertThat(text(parent, "properties/forum.publish.skip")).isEqualTo("false");
    skip.forEach(
        (module, value) -> {
          if (NOT_PUBLISHED.contains(module)) {
            assertThat(value).as("%s is not published", module).isEqualTo("true");
          } else {
            assertThat(value).as("%s is published", module).isNull();
          }
        });
    assertThat(skip.keySet()).containsAll(NOT_PUBLISHED.subList(0, 3));
  }

  @Test
  void onlyTheStarterAndItsExampleKnowSpring() throws Exception {
    List<String> withSpring = new ArrayList<>();
    for (String module : modules()) {
      Element project = read(ROOT.resolve(module).resolve("pom.xml")).getDocumentElement();
      NodeList groups = project.getElementsByTagName("groupId");
      for (int i = 0; i < groups.getLength(); i++) {
        if (groups.item(i).getTextContent().trim().startsWith("org.springframework")) {
          withSpring.add(module);
          break;
        }
      }
    }

    assertThat(withSpring)
        .contains("forum-spring-boot-starter")
        .isSubsetOf("forum-spring-boot-starter", "forum-spring-boot-example");
  }

  private static List<String> modules() throws Exception {
    Element parent = read(ROOT.resolve("pom.xml")).getDocumentElement();
    NodeList nodes = child(parent, "modules").getElementsByTagName("module");
    List<String> modules = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      modules.add(nodes.item(i).getTextContent().trim());
    }
    return modules;
  }

  private static Document read(Path pom) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(pom.toFile());
  }

  private static String text(Element element, String path) {
    Element at = element;
    for (String name : path.split("/")) {
      at = child(at, name);
      if (at == null) {
        return null;
      }
    }
    return at.getTextContent().trim();
  }

  private static Element child(Element element, String name) {
    for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element && node.getNodeName().equals(name)) {
        return (Element) node;
      }
    }
    return null;
  }
}
