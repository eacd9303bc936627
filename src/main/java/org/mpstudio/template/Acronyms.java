package org.mpstudio.template;

import org.mpstudio.model.doc.Block;
import org.mpstudio.model.doc.Document;
import org.mpstudio.model.doc.Inline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Collects acronyms where the text introduces them, "Department of Overseas Labour (DOLAB)": the expansion is the
 * shortest run of words before the parentheses whose first word starts with the acronym's first letter and which
 * holds its capital letters in order. Sorted alphabetically; the first definition wins.
 */
final class Acronyms {

    private static final Pattern DEFINED = Pattern.compile("\\(([A-Z][A-Za-z&]{1,9})\\)");
    private static final Set<String> SMALL = Set.of("of", "and", "for", "the", "on", "in", "to", "&", "de", "du");

    private Acronyms() {
    }

    static List<Document.Acronym> collect(List<Block> blocks) {
        Map<String, String> found = new TreeMap<>();
        for (Block b : blocks) {
            if (b instanceof Block.Paragraph p) {
                scan(Inline.plain(p.runs()), found);
            } else if (b instanceof Block.ListBlock l) {
                l.items().forEach(i -> scan(Inline.plain(i.runs()), found));
            }
        }
        List<Document.Acronym> out = new ArrayList<>();
        found.forEach((a, e) -> out.add(new Document.Acronym(a, e)));
        return out;
    }

    static void scan(String text, Map<String, String> into) {
        Matcher m = DEFINED.matcher(text);
        while (m.find()) {
            String acronym = m.group(1);
            if (into.containsKey(acronym) || acronym.chars().filter(Character::isUpperCase).count() < 2) {
                continue;
            }
            String before = text.substring(0, m.start()).stripTrailing();
            before = before.substring(Math.max(Math.max(before.lastIndexOf('('), before.lastIndexOf(')')),
                    Math.max(before.lastIndexOf(';'), before.lastIndexOf(':'))) + 1);
            String[] words = before.split("[\\s\u00a0]+");
            for (int n = 1; n <= Math.min(12, words.length); n++) {
                String[] run = Arrays.copyOfRange(words, words.length - n, words.length);
                if (matches(acronym, run)) {
                    into.put(acronym, String.join(" ", run).replaceAll("^[^\\p{L}]+|[,;:]+$", ""));
                    break;
                }
            }
        }
    }

    /**
     * True when the words spell the acronym: each word gives its initial and may give the letters that follow it
     * ("Overseas Labour" gives O, LAB); small words may be skipped or give their initial ("of" in MOLISA).
     */
    private static boolean matches(String acronym, String[] run) {
        List<String> words = new ArrayList<>();
        for (String w : run) {
            String word = w.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return !words.isEmpty() && !SMALL.contains(words.get(0).toLowerCase(Locale.ROOT))
                && spell(acronym.toUpperCase(Locale.ROOT), 0, words, 0);
    }

    private static boolean spell(String letters, int at, List<String> words, int w) {
        if (w == words.size()) {
            return at == letters.length();
        }
        String word = words.get(w);
        boolean small = SMALL.contains(word.toLowerCase(Locale.ROOT));
        if (small && spell(letters, at, words, w + 1)) {
            return true;
        }
        if (at >= letters.length() || Character.toUpperCase(word.charAt(0)) != letters.charAt(at)) {
            return false;
        }
        int extra = 0;
        while (!small && extra + 1 < word.length() && at + 1 + extra < letters.length()
                && Character.toUpperCase(word.charAt(extra + 1)) == letters.charAt(at + 1 + extra)) {
            extra++;
        }
        for (int k = extra; k >= 0; k--) {
            if (spell(letters, at + 1 + k, words, w + 1)) {
                return true;
            }
        }
        return false;
    }
}
