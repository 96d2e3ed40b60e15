package vn.campaignkit.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.campaignkit.source.DidYouMean;
import vn.campaignkit.source.schema.ContentSchema;
import vn.campaignkit.source.schema.FieldSpec;

/**
 * The columns of a school list and the headers that name them: the keys of a school file ({@code title},
 * {@code province}…) and the Vietnamese headings education departments use ("Tên trường", "Tỉnh/Thành phố",
 * "Xã/Phường"…). Headers are compared without accents, case, spaces or punctuation, so "TỈNH / THÀNH PHỐ" and
 * "Tinh, thanh pho" name the province too.
 */
final class SchoolColumns {
    static final List<String> KEYS = ContentSchema.SCHOOL_ROW.stream().map(FieldSpec::key).toList();
    static final Set<String> REQUIRED = ContentSchema.SCHOOL_ROW.stream().filter(FieldSpec::required).map(FieldSpec::key)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** The Vietnamese headings accepted for each key, as written in department lists. */
    static final Map<String, List<String>> ALIASES = aliases();
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^a-z0-9]+");

    private SchoolColumns() {
    }

    private static Map<String, List<String>> aliases() {
        Map<String, List<String>> a = new LinkedHashMap<>();
        a.put("title", List.of("Tên trường", "Tên trường học", "Tên đơn vị"));
        a.put("province", List.of("Tỉnh/Thành phố", "Tỉnh", "Tỉnh/TP", "Thành phố"));
        a.put("district", List.of("Xã/Phường", "Phường/Xã", "Xã, phường", "Xã", "Phường", "Đặc khu"));
        a.put("level", List.of("Cấp học", "Cấp"));
        a.put("address", List.of("Địa chỉ"));
        a.put("website", List.of("Trang web", "Website của trường"));
        a.put("fanpage", List.of("Trang Facebook", "Facebook"));
        a.put("local_hotline", List.of("Đường dây nóng", "Đường dây nóng địa phương", "Tổng đài địa phương"));
        a.put("tags", List.of("Thẻ"));
        a.put("summary", List.of("Giới thiệu", "Tóm tắt"));
        return Map.copyOf(a);
    }

    /** The key a header names, by key or heading. */
    static Optional<String> keyOf(String header) {
        String h = compact(header);
        for (String key : KEYS) {
            if (compact(key).equals(h)) {
                return Optional.of(key);
            }
        }
        return ALIASES.entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(alias -> compact(alias).equals(h)))
                .map(Map.Entry::getKey).findFirst();
    }

    /**
     * For a header that names no column: the key it is a near miss of ("provnce", "Dia chi" is not one: it is
     * the heading itself), which makes it an error rather than a column left out. Near means one letter off
     * in a name of up to 6 letters, two in a longer one, so that "Mã trường", "STT" or "TT" stay other columns.
     */
    static Optional<String> misspelt(String header) {
        String h = compact(header);
        if (h.length() < 3) {
            return Optional.empty();
        }
        int allowed = h.length() <= 6 ? 1 : 2;
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String key : KEYS) {
            List<String> names = new ArrayList<>(List.of(key));
            names.addAll(ALIASES.getOrDefault(key, List.of()));
            for (String name : names) {
                int d = DidYouMean.distance(h, compact(name));
                if (d <= allowed && d < bestDistance) {
                    best = key;
                    bestDistance = d;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** How a key is written in a hint: {@code 'province' (Tỉnh/Thành phố)}. */
    static String describe(String key) {
        List<String> aliases = ALIASES.getOrDefault(key, List.of());
        return "'" + key + "'" + (aliases.isEmpty() ? "" : " (" + aliases.get(0) + ")");
    }

    /** Lower-case ASCII letters and digits only: "Tỉnh / Thành phố" → {@code tinhthanhpho}. */
    static String compact(String header) {
        return NOT_LETTER_OR_DIGIT.matcher(SlugRules.fold(header)).replaceAll("");
    }
}
