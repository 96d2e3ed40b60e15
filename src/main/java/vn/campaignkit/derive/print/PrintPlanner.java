package vn.campaignkit.derive.print;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.campaignkit.derive.DeriveJob;
import vn.campaignkit.derive.DerivePlanner;
import vn.campaignkit.derive.Fingerprints;
import vn.campaignkit.model.Messages;
import vn.campaignkit.model.School;
import vn.campaignkit.model.Site;
import vn.campaignkit.model.print.PrintFormat;
import vn.campaignkit.model.print.Printable;
import vn.campaignkit.problem.Problems;
import vn.campaignkit.render.SiteView;
import vn.campaignkit.source.AssetCatalog;

/**
 * Plans every print file: each printable in each of its variants with a PNG preview, one zip of all
 * of them (the campaign kit), and for every school one PDF of the school's copies (its kit, beside the
 * school's frame that the frames planner lists on the same page).
 */
public final class PrintPlanner implements DerivePlanner {
    /** Where a language's print files are, below its part of the site ({@code en/downloads/print/}). */
    static final String FOLDER = "downloads/print/";
    static final String CAMPAIGN_KIT = "downloads/bo-an-pham-in.zip";
    static final String SCHOOL_FOLDER = "an-pham/";
    private static final String FONTS = "assets/fonts/";

    @Override
    public List<DeriveJob> plan(Site site, AssetCatalog assets, Problems problems) {
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
        Messages messages = site.language().messages();
        DownloadNotes notes = new DownloadNotes(messages);
        String folder = site.language().routePrefix() + FOLDER;
        List<DeriveJob> jobs = new ArrayList<>();
        Map<String, DeriveJob> campaignKit = new LinkedHashMap<>();
        for (Printable p : site.printables()) {
            for (Variant v : PrintableRenderer.variants(p.format())) {
                String name = p.slug() + "-" + v.suffix() + ".pdf";
                String path = folder + name;
                boolean previewed = v == Variant.PRINT_SHOP;
                String preview = folder + p.slug() + ".png";
                SiteView.Download listing = new SiteView.Download("print", p.title() + " — " + notes.label(v),
                        path, preview, notes.size(p.format(), v), notes.note(p.format(), v));
                PdfJob pdf = new PdfJob(path, prints.of(p, v, Optional.empty()), new PdfRequest(renderer, p, v, Optional.empty()),
                        shared, previewed ? 3 : 2, Optional.of(listing));
                jobs.add(pdf);
                campaignKit.put(name, pdf);
                if (previewed) {
                    jobs.add(new PreviewJob(preview, pdf));
                }
            }
        }
        String kit = site.language().routePrefix() + CAMPAIGN_KIT;
        jobs.add(new KitZipJob(kit, campaignKit, Optional.of(new SiteView.Download("kits", messages.text("print_files.kit"), kit, "",
                messages.fill("print_files.kit_size", "count", campaignKit.size()), messages.text("print_files.kit_note")))));
        List<Printable> perSchool = site.printables().stream().filter(Printable::perSchool).toList();
        if (!perSchool.isEmpty()) {
            SchoolKitContents contents = SchoolKitContents.of(perSchool, notes);
            for (School school : site.schools()) {
                PrintSiteFactory.stamp(site, school).ifPresent(stamp -> jobs.add(schoolKit(school, stamp, contents, renderer, prints)));
            }
        }
        return jobs;
    }

    private static DeriveJob schoolKit(School school, SchoolStamp stamp, SchoolKitContents contents, PrintableRenderer renderer,
                                       PrintFingerprints prints) {
        String route = school.route().sitePath();
        List<String> parts = new ArrayList<>();
        parts.add("school-kit");
        for (PrintableRenderer.Part part : contents.parts()) {
            parts.add(prints.of(part.printable(), part.variant(), Optional.of(stamp)));
        }
        parts.addAll(contents.titles());
        String path = route + SCHOOL_FOLDER + "bo-an-pham-" + school.info().slug().value() + ".pdf";
        SiteView.Download listing = new SiteView.Download("school:" + route, "Bộ ấn phẩm in của trường (PDF)", path,
                contents.preview(), contents.size(), contents.note());
        return new SchoolKitJob(path, Fingerprints.of(parts.toArray(String[]::new)), renderer, contents.parts(), contents.titles(),
                stamp, "Bộ ấn phẩm in – " + stamp.name().text(), Optional.of(listing));
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
