package org.mpstudio.template.placeholder;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * The flexmark extension for Migration Profile placeholders: inline figures {@code {{value ...}}},
 * {@code {{latest-period ...}}}, {@code {{change ...}}}, cross-references {@code @fig:ID} and citations
 * {@code [@source]}. Chart and table blocks are ordinary fenced code blocks with the info strings {@code chart}
 * and {@code table}; they are read by the resolver, not the parser. See ADR 0002.
 */
public final class PlaceholderExtension implements Parser.ParserExtension {

    private PlaceholderExtension() {
    }

    public static PlaceholderExtension create() {
        return new PlaceholderExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        // no options yet
    }

    @Override
    public void extend(Parser.Builder parserBuilder) {
        parserBuilder.customInlineParserExtensionFactory(new PlaceholderInlineParser.Factory());
    }
}
