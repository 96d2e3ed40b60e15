package vn.campaignkit.derive.social;

import java.util.Optional;
import vn.campaignkit.derive.Fingerprints;
import vn.campaignkit.derive.image.GlyphCoverage;
import vn.campaignkit.derive.image.TypeFaces;
import vn.campaignkit.model.Site;
import vn.campaignkit.problem.Problems;
import vn.campaignkit.source.AssetCatalog;

/**
 * What every social image is drawn with: the fonts, the campaign's branding (its texts checked against
 * the fonts) and the fingerprint part they contribute.
 */
record SocialBrand(TypeFaces faces, GlyphCoverage coverage, Brand brand, String baseFingerprint) {

    /** Empty when a branding text has a glyph the font lacks (already reported). */
    static Optional<SocialBrand> prepare(Site site, AssetCatalog assets, Problems problems, String version) {
        TypeFaces faces = TypeFaces.from(assets);
        GlyphCoverage coverage = new GlyphCoverage(faces);
        Brand brand = BrandBuilder.build(site.config(), site.language(), assets, problems);
        // check every text, so all missing glyphs are reported in one run
        if (brand.texts().stream().filter(t -> !coverage.check(t, problems)).count() > 0) {
            return Optional.empty();
        }
        return Optional.of(new SocialBrand(faces, coverage, brand,
                Fingerprints.of(version, faces.digest(), BrandBuilder.digest(brand, assets))));
    }
}
