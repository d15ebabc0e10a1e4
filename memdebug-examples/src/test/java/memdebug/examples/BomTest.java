package memdebug.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The BOM manages every memdebug library artifact at the project's version, and nothing else; it
 * has no parent, so importing it brings no other dependency management along.
 */
class BomTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private static Document read(Path pom) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
    }

    private static String child(Element e, String name) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && c.getTagName().equals(name)) {
                return c.getTextContent().trim();
            }
        }
        return null;
    }

    @Test
    void bomListsEveryLibraryArtifactAtTheProjectVersionAndNothingElse() throws Exception {
        Element root = read(ROOT.resolve("pom.xml")).getDocumentElement();
        String version = child(root, "version");
        TreeSet<String> libraries = new TreeSet<>();
        NodeList modules = root.getElementsByTagName("module");
        for (int i = 0; i < modules.getLength(); i++) {
            String module = modules.item(i).getTextContent().trim();
            Path main = ROOT.resolve(module).resolve("src/main/java/module-info.java");
            if (Files.exists(main) && !module.equals("memdebug-examples")) {
                libraries.add(module);
            }
        }
        assertEquals(new TreeSet<>(List.of("memdebug-api", "memdebug-asyncprofiler", "memdebug-html", "memdebug-jfr", "memdebug-jmx",
                "memdebug-pdf", "memdebug-pprof")),
                libraries);

        Element bom = read(ROOT.resolve("memdebug-bom/pom.xml")).getDocumentElement();
        assertEquals(version, child(bom, "version"), "the BOM's own version");
        assertEquals(0, bom.getElementsByTagName("parent").getLength(), "no parent: nothing inherited");
        TreeMap<String, String> managed = new TreeMap<>();
        NodeList deps = bom.getElementsByTagName("dependency");
        List<String> groups = new ArrayList<>();
        for (int i = 0; i < deps.getLength(); i++) {
            Element d = (Element) deps.item(i);
            groups.add(child(d, "groupId"));
            managed.put(child(d, "artifactId"), child(d, "version"));
        }
        assertTrue(groups.stream().allMatch("io.github.memdebug"::equals), groups.toString());
        assertEquals(libraries, new TreeSet<>(managed.keySet()));
        managed.values().forEach(v -> assertEquals(version, v));
    }
}
