package vn.campaignkit.derive.print;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.campaignkit.check.OutputClaims;
import vn.campaignkit.derive.DeriveJob;
import vn.campaignkit.derive.DerivePlanner;
import vn.campaignkit.derive.SharedRender;
import vn.campaignkit.model.School;
import vn.campaignkit.model.Site;
import vn.campaignkit.model.print.PrintFormat;
import vn.campaignkit.model.print.Printable;
import vn.campaignkit.problem.Problems;
import vn.campaignkit.render.SiteView;
import vn.campaignkit.source.AssetCatalog;

/**
 * Plans every print file: each printable in each of its variants with a PNG preview, one zip of all
 * of them (the campaign kit), and for every school the per-school copies and a zip of the school's
 * kit (with the school's frame PNGs when an earlier planner made them).
 */
public final class PrintPlanner implements DerivePlanner {
    static final String FOLDER = "downloads/print/";
    static final String CAMPAIGN_KIT = "downloads/bo-an-pham-in.zip";
    static final String SCHOOL_FOLDER = "an-pham/";
    private static final String FONTS = "assets/fonts/";

    @Override
    public List<DeriveJob> plan(Site site, AssetCatalog assets, Problems problems) {
        return plan(site, assets, problems, List.of());
    }

    @Override
    public List<DeriveJob> plan(Site site, AssetCatalog assets, Problems problems, List<DeriveJob> earlier) {
        if (site.printables().isEmpty()) {
            return List.of();
        }
        Optional<FontSet> fonts = fonts(assets, site.printables().get(0), problems);
        if (fonts.isEmpty()) {
            return List.of();
        }
        PrintSite printSite = PrintSiteFactory.of(site);
        PrintableRenderer renderer = new PrintableRenderer(fonts.get(), printSite);
        PrintFingerprints prints = new PrintFingerprints(fonts.get(), printSite);
        SharedRenders shared = new SharedRenders();
        List<DeriveJob> jobs = new ArrayList<>();
        Map<String, DeriveJob> campaignKit = new LinkedHashMap<>();
        for (Printable p : site.printables()) {
            for (Variant v : PrintableRenderer.variants(p.format())) {
                String name = p.slug() + "-" + v.suffix() + ".pdf";
                String path = FOLDER + name;
                boolean previewed = v == Variant.PRINT_SHOP;
                String preview = FOLDER + p.slug() + ".png";
                SiteView.Download listing = new SiteView.Download("print", p.title() + " — " + DownloadNotes.label(v),
                        path, preview, DownloadNotes.size(p.format(), v), DownloadNotes.note(p.format(), v));
                PdfJob pdf = new PdfJob(path, prints.of(p, v, Optional.empty()), new PdfRequest(renderer, p, v, Optional.empty()),
                        shared, previewed ? 3 : 2, Optional.of(listing));
                jobs.add(pdf);
                campaignKit.put(name, pdf);
                if (previewed) {
                    jobs.add(new PreviewJob(preview, pdf));
                }
            }
        }
        jobs.add(new KitZipJob(CAMPAIGN_KIT, campaignKit, Optional.of(new SiteView.Download("kits",
                "Bộ ấn phẩm in của chiến dịch", CAMPAIGN_KIT, "", campaignKit.size() + " tệp PDF",
                "Tất cả ấn phẩm in ở trên, bản gửi nhà in và bản in văn phòng, trong một tệp zip."))));
        List<Printable> perSchool = site.printables().stream().filter(Printable::perSchool).toList();
        if (!perSchool.isEmpty()) {
            Map<String, List<Integer>> schoolImages = schoolImages(earlier);
            for (School school : site.schools()) {
                PrintSiteFactory.stamp(site, school).ifPresent(stamp ->
                        jobs.addAll(schoolKit(school, stamp, perSchool, renderer, prints, shared, earlier, schoolImages, problems)));
            }
        }
        return jobs;
    }

    private static List<DeriveJob> schoolKit(School school, SchoolStamp stamp, List<Printable> printables,
                                             PrintableRenderer renderer, PrintFingerprints prints, SharedRenders shared,
                                             List<DeriveJob> earlier, Map<String, List<Integer>> schoolImages,
                                             Problems problems) {
        String route = school.route().sitePath();
        String section = "school:" + route;
        List<DeriveJob> jobs = new ArrayList<>();
        Map<String, DeriveJob> kit = new LinkedHashMap<>();
        for (Printable p : printables) {
            for (Variant v : schoolVariants(p.format())) {
                String name = p.slug() + "-" + v.suffix() + ".pdf";
                String path = route + SCHOOL_FOLDER + name;
                String preview = v == schoolVariants(p.format()).get(0) ? FOLDER + p.slug() + ".png" : "";
                SiteView.Download listing = new SiteView.Download(section, p.title() + " — " + DownloadNotes.label(v), path, preview,
                        DownloadNotes.size(p.format(), v), DownloadNotes.note(p.format(), v));
                PdfJob pdf = new PdfJob(path, prints.of(p, v, Optional.of(stamp)), new PdfRequest(renderer, p, v, Optional.of(stamp)),
                        shared, 2, Optional.of(listing));
                jobs.add(pdf);
                kit.put(name, pdf);
            }
        }
        for (int i : schoolImages.getOrDefault(section, List.of())) {
            DeriveJob other = earlier.get(i);
            kit.put("khung-anh/" + other.outputPath().substring(other.outputPath().lastIndexOf('/') + 1), shared(earlier, i));
        }
        String unzipped = "bo-an-pham-" + school.info().slug().value();
        String zip = route + SCHOOL_FOLDER + unzipped + ".zip";
        kit.keySet().stream().map(entry -> unzipped + "/" + entry).filter(p -> p.length() > OutputClaims.PATH_BUDGET).findFirst()
                .ifPresent(p -> problems.add(school.info().source(), school.info().sourceLine(), 1, "unzipped, the school's kit has the path "
                        + p + " of " + p.length() + " characters; paths stay within " + OutputClaims.PATH_BUDGET
                        + " so that schools can unzip it on Windows", "shorten the school's, printable's or frame's slug"));
        jobs.add(new KitZipJob(zip, kit, Optional.of(new SiteView.Download(section, "Bộ ấn phẩm của trường (tệp zip)", zip, "",
                kit.size() + " tệp", "Tất cả ấn phẩm mang tên trường trong một tệp, tiện gửi nhà in hoặc lưu lại."))));
        return jobs;
    }

    /**
     * The earlier job at {@code index}, replaced by a {@link SharedRender} so it is drawn once for its
     * own file and the zip; callers that hand over a read-only list get the job itself (drawn twice).
     */
    private static DeriveJob shared(List<DeriveJob> earlier, int index) {
        SharedRender frame = SharedRender.of(earlier.get(index), 2);
        try {
            earlier.set(index, frame);
            return frame;
        } catch (UnsupportedOperationException readOnly) {
            return earlier.get(index);
        }
    }

    /** Earlier jobs listed on a school's page that are PNG images (its frames), by listing section. */
    private static Map<String, List<Integer>> schoolImages(List<DeriveJob> earlier) {
        Map<String, List<Integer>> found = new java.util.HashMap<>();
        for (int i = 0; i < earlier.size(); i++) {
            DeriveJob job = earlier.get(i);
            int index = i;
            job.listing().filter(d -> d.section().startsWith("school:") && job.outputPath().endsWith(".png"))
                    .ifPresent(d -> found.computeIfAbsent(d.section(), k -> new ArrayList<>()).add(index));
        }
        return found;
    }

    /** What each school gets of a per-school printable: posters for the print shop and the office, bookmarks as the A4 sheet. */
    static List<Variant> schoolVariants(PrintFormat format) {
        return format == PrintFormat.BOOKMARK ? List.of(Variant.SHEET) : List.of(Variant.PRINT_SHOP, Variant.OFFICE);
    }

    private static Optional<FontSet> fonts(AssetCatalog assets, Printable first, Problems problems) {
        List<byte[]> files = new ArrayList<>();
        for (String name : FontSet.fileNames()) {
            Optional<AssetCatalog.Asset> asset = assets.get(FONTS + name);
            if (asset.isEmpty()) {
                problems.add(first.path(), 1, 1, "printables need the font file " + FONTS + name,
                        "copy the Be Vietnam Pro TTF files into " + FONTS);
                return Optional.empty();
            }
            files.add(asset.get().bytes());
        }
        try {
            return Optional.of(FontCache.get(files));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
