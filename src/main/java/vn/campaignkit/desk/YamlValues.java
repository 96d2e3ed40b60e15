package vn.campaignkit.desk;

import java.util.List;

/**
 * Writes one front-matter key and its value as YAML lines ({@code title: "…"}, a list, a list of groups),
 * quoting whatever YAML would otherwise read differently ({@code "#tag"}, {@code "yes"}, {@code "a: b"}).
 * Values are strings, booleans, integers, lists and maps of those.
 */
interface YamlValues {
    List<String> lines(String key, Object value);
}
