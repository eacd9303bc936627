package org.mpstudio.model.doc;

import java.util.List;
import java.util.Objects;

/**
 * The resolved profile that every output renders: front-matter facts, blocks in reading order with numbers and
 * ids, the sources cited, and acronyms. Renderers never parse Markdown and never query the store.
 *
 * @param words generated words in the document language (Figure, Table, Contents, Source, Draft ...), by key
 */
public record Document(Meta meta, List<Block> blocks, List<SourceEntry> sources, List<Acronym> acronyms,
                       java.util.Map<String, String> words) {

    /** Cover facts. */
    public record Meta(String title, String country, String ministry, int edition, String lang, String exportDate) {
    }

    /** One entry of the sources list, in order of first citation (or of the figures used). */
    public record SourceEntry(String id, String text, String url) {
    }

    /** An acronym and its expansion. */
    public record Acronym(String acronym, String expansion) {
    }

    public Document {
        Objects.requireNonNull(meta, "meta");
        blocks = List.copyOf(blocks);
        sources = List.copyOf(sources);
        acronyms = List.copyOf(acronyms);
        words = java.util.Map.copyOf(words);
    }

    public String word(String key) {
        return words.getOrDefault(key, key);
    }
}
