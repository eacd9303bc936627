package org.mpstudio.template;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.mpstudio.model.ChapterText;
import org.mpstudio.template.placeholder.PlaceholderExtension;

import java.util.List;

/** The one flexmark configuration used for chapters everywhere (check, export, preview). Thread-safe. */
public final class ChapterParser {

    private static final Parser PARSER = Parser.builder(new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(PlaceholderExtension.create()))).build();

    private ChapterParser() {
    }

    /** The chapter's full Markdown as a drafter sees it: the title line, an empty line, then the body. */
    public static String markdown(ChapterText text) {
        return "# " + text.title() + "\n\n" + text.body();
    }

    public static Document parse(String markdown) {
        return PARSER.parse(markdown);
    }
}
