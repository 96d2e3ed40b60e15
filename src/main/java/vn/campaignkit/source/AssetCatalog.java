package vn.campaignkit.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The site's assets: its own {@code assets/} over the built-in ones shipped in the jar. Build-only
 * files (TTF/OTF fonts, READMEs) are available to the build but not published.
 */
public final class AssetCatalog {
    private static final String BUILT_IN = "campaignkit/assets/";

    /** One asset: its bytes come from the site folder or from the jar. */
    public record Asset(String outputPath, Optional<Path> file, String resource) {
        public byte[] bytes() {
            try {
                if (file.isPresent()) {
                    return Files.readAllBytes(file.get());
                }
                try (InputStream in = AssetCatalog.class.getClassLoader().getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new IOException("missing built-in asset " + resource);
                    }
                    return in.readAllBytes();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public boolean published() {
            String p = outputPath.toLowerCase(java.util.Locale.ROOT);
            return !(p.endsWith(".ttf") || p.endsWith(".otf") || p.endsWith("readme.md"));
        }
    }

    private final Map<String, Asset> assets;
    private final Map<String, String> versions = new TreeMap<>();

    private AssetCatalog(Map<String, Asset> assets) {
        this.assets = assets;
    }

    public static AssetCatalog of(SourceTree tree) {
        Map<String, Asset> all = new TreeMap<>();
        builtIns().forEach(p -> all.put(p, new Asset(p, Optional.empty(), BUILT_IN + p.substring("assets/".length()))));
        for (SourceFile f : tree.assets()) {
            all.put(f.path(), new Asset(f.path(), Optional.of(f.file()), ""));
        }
        return new AssetCatalog(all);
    }

    public Map<String, Asset> all() {
        return assets;
    }

    public Optional<Asset> get(String outputPath) {
        return Optional.ofNullable(assets.get(outputPath));
    }

    /** A short content hash per published asset, for cache-busting URLs. */
    public synchronized Map<String, String> versions() {
        if (versions.isEmpty()) {
            assets.values().stream().filter(Asset::published).forEach(a -> versions.put(a.outputPath(), version(a.bytes())));
        }
        return versions;
    }

    /** The version of a file with {@code bytes}: the start of its SHA-256. */
    public static String version(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Stream<String> builtIns() {
        try {
            Path location = Path.of(AssetCatalog.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(location)) {
                Path dir = location.resolve(BUILT_IN);
                if (!Files.isDirectory(dir)) {
                    return Stream.empty();
                }
                try (Stream<Path> walk = Files.walk(dir)) {
                    return walk.filter(Files::isRegularFile)
                            .map(p -> "assets/" + SourceScanner.relative(dir, p))
                            .sorted().toList().stream();
                }
            }
            try (JarFile jar = new JarFile(location.toFile())) {
                return jar.stream().filter(e -> !e.isDirectory() && e.getName().startsWith(BUILT_IN))
                        .map(JarEntry::getName)
                        .map(n -> "assets/" + n.substring(BUILT_IN.length()))
                        .sorted().toList().stream();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
