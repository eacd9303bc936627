package org.mpstudio.template.placeholder;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises {@code {{...}}} placeholders, {@code @fig:/@tbl:/@sec:} cross-references and {@code [@id]} citations.
 * Only complete forms are accepted; anything else returns {@code false} so normal text parsing continues.
 */
final class PlaceholderInlineParser implements InlineParserExtension {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([^{}\\n]*)}}");
    private static final Pattern REFERENCE = Pattern.compile("@(fig|tbl|sec):([A-Za-z0-9](?:[A-Za-z0-9_-]*[A-Za-z0-9])?)");
    private static final Pattern CITATION =
            Pattern.compile("\\[@[A-Za-z0-9][A-Za-z0-9_-]*(?:\\s*;\\s*@[A-Za-z0-9][A-Za-z0-9_-]*)*]");

    private PlaceholderInlineParser() {
    }

    @Override
    public void finalizeDocument(InlineParser inlineParser) {
        // nothing collected across blocks
    }

    @Override
    public void finalizeBlock(InlineParser inlineParser) {
        // nothing to finish per block
    }

    @Override
    public boolean parse(LightInlineParser p) {
        char c = p.peek();
        if (c == '{' && p.peek(1) == '{') {
            return parsePlaceholder(p);
        }
        if (c == '@') {
            return parseReference(p);
        }
        if (c == '[' && p.peek(1) == '@') {
            return parseCitation(p);
        }
        return false;
    }

    private static boolean parsePlaceholder(LightInlineParser p) {
        BasedSequence[] groups = p.matchWithGroups(PLACEHOLDER);
        if (groups == null) {
            return false;
        }
        p.flushTextNode();
        BasedSequence all = groups[0];
        p.getBlock().appendChild(PlaceholderSyntax.parse(all, all.subSequence(0, 2), groups[1],
                all.subSequence(all.length() - 2)));
        return true;
    }

    private static boolean parseReference(LightInlineParser p) {
        int index = p.getIndex();
        if (index > 0) {
            char before = p.getInput().charAt(index - 1);
            if (Character.isLetterOrDigit(before) || before == '_' || before == '.') {
                return false; // part of an e-mail address or a word
            }
        }
        BasedSequence[] groups = p.matchWithGroups(REFERENCE);
        if (groups == null) {
            return false;
        }
        p.flushTextNode();
        p.getBlock().appendChild(new Reference(groups[0], groups[1], groups[2]));
        return true;
    }

    private static boolean parseCitation(LightInlineParser p) {
        BasedSequence match = p.match(CITATION);
        if (match == null) {
            return false;
        }
        p.flushTextNode();
        List<String> ids = new ArrayList<>();
        for (String part : match.subSequence(1, match.length() - 1).toString().split(";")) {
            ids.add(part.strip().substring(1));
        }
        p.getBlock().appendChild(new Citation(match, ids));
        return true;
    }

    /** Creates the parser for each document; triggered on the three characters that can start our syntax. */
    public static final class Factory implements InlineParserExtensionFactory {

        @Override
        public CharSequence getCharacters() {
            return "{@[";
        }

        @Override
        public InlineParserExtension apply(LightInlineParser inlineParser) {
            return new PlaceholderInlineParser();
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }
    }
}
