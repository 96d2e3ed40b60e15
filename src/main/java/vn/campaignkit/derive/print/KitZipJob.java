package vn.campaignkit.derive.print;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.campaignkit.derive.DeriveJob;
import vn.campaignkit.derive.Fingerprints;
import vn.campaignkit.derive.kit.DeterministicZip;
import vn.campaignkit.problem.Problems;
import vn.campaignkit.render.SiteView;

/** A zip of other derived files (a school's kit, the campaign's kit), named inside by {@code members}' keys. */
record KitZipJob(String outputPath, Map<String, DeriveJob> members, Optional<SiteView.Download> listing) implements DeriveJob {

    @Override
    public String fingerprint() {
        List<String> parts = new ArrayList<>();
        parts.add("zip");
        members.forEach((name, job) -> {
            parts.add(name);
            parts.add(job.fingerprint());
        });
        return Fingerprints.of(parts.toArray(String[]::new));
    }

    @Override
    public byte[] render(Problems problems) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        members.forEach((name, job) -> files.put(name, job instanceof PdfJob pdf ? pdf.bytes(problems) : job.render(problems)));
        return DeterministicZip.zip(files);
    }

    @Override
    public void check(Problems problems) {
        // nothing to report: its members report
    }
}
