package org.mpstudio.template;

import org.mpstudio.i18n.Messages;
import org.mpstudio.model.Indicator;
import org.mpstudio.model.Observation;
import org.mpstudio.model.Period;
import org.mpstudio.template.placeholder.Placeholder;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves {@code value}, {@code latest-period} and {@code change} placeholders to formatted text. When a
 * placeholder cannot be resolved, a problem is reported and the text is a visible marker such as
 * {@code [missing figure: value x period=2023]}, so a draft never hides a gap.
 */
final class InlineResolver {

    private static final Map<String, Set<String>> RESERVED = Map.of(
            "value", Set.of("period"),
            "latest-period", Set.of(),
            "change", Set.of("from", "to", "as"));

    private final FigureSource figures;
    private final FigureFormatter format;
    private final Messages words;
    private final ProblemSink sink;

    InlineResolver(FigureSource figures, FigureFormatter format, ProblemSink sink) {
        this.figures = figures;
        this.format = format;
        this.words = Messages.forLanguage("en");
        this.sink = sink;
    }

    String resolve(Placeholder p, int line, int column) {
        Optional<String> text = tryResolve(p, line, column);
        return text.orElseGet(() -> words.get("missing.value", p.getChars().toString()
                .substring(2, p.getChars().length() - 2).strip()));
    }

    private Optional<String> tryResolve(Placeholder p, int line, int column) {
        if (!p.malformed().isEmpty()) {
            sink.error(p.malformed(), line, column, p.getChars().toString());
            return Optional.empty();
        }
        String kind = p.getKind().toString();
        String id = p.getKey().toString();
        Optional<Indicator> indicator = figures.indicator(id);
        if (indicator.isEmpty()) {
            sink.error("placeholder.unknownIndicator", line, column, id);
            return Optional.empty();
        }
        Map<String, String> dims = new LinkedHashMap<>();
        for (Map.Entry<String, String> arg : p.args().entrySet()) {
            if (RESERVED.get(kind).contains(arg.getKey())) {
                continue;
            }
            if (!indicator.get().dimensions().contains(arg.getKey())) {
                sink.error("placeholder.unknownDimension", line, column, arg.getKey(), id,
                        String.join(", ", indicator.get().dimensions()));
                return Optional.empty();
            }
            dims.put(arg.getKey(), arg.getValue());
        }
        FigureQuery query = new FigureQuery(figures.observations(id), dims);
        return switch (kind) {
            case "value" -> value(p, indicator.get(), query, line, column);
            case "latest-period" -> latest(query, id, line, column).map(o -> o.period().toString());
            default -> change(p, indicator.get(), query, line, column);
        };
    }

    private Optional<String> value(Placeholder p, Indicator ind, FigureQuery query, int line, int column) {
        String period = p.args().get("period");
        if (period == null) {
            sink.error("placeholder.missingArgument", line, column, "period", "value");
            return Optional.empty();
        }
        return observation(query, ind.id(), period, line, column).map(o -> format.value(ind, o.value()));
    }

    private Optional<String> change(Placeholder p, Indicator ind, FigureQuery query, int line, int column) {
        for (String required : new String[]{"from", "to"}) {
            if (!p.args().containsKey(required)) {
                sink.error("placeholder.missingArgument", line, column, required, "change");
                return Optional.empty();
            }
        }
        String as = p.args().getOrDefault("as", "percent");
        if (!as.equals("percent") && !as.equals("difference")) {
            sink.error("placeholder.badChangeForm", line, column, as);
            return Optional.empty();
        }
        Optional<Observation> from = observation(query, ind.id(), p.args().get("from"), line, column);
        Optional<Observation> to = observation(query, ind.id(), p.args().get("to"), line, column);
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        if (as.equals("percent") && from.get().value() == 0) {
            sink.error("placeholder.changeFromZero", line, column, ind.id(), from.get().period().toString());
            return Optional.empty();
        }
        double a = from.get().value();
        double b = to.get().value();
        return Optional.of(as.equals("percent") ? format.percentChange(a, b) : format.difference(ind, a, b));
    }

    private Optional<Observation> observation(FigureQuery query, String id, String period, int line, int column) {
        if (period.equals("latest")) {
            return latest(query, id, line, column);
        }
        Optional<Period> parsed = Period.parse(period);
        if (parsed.isEmpty()) {
            sink.error("placeholder.badPeriod", line, column, period);
            return Optional.empty();
        }
        Optional<Observation> found = query.at(parsed.get());
        if (found.isEmpty()) {
            sink.error("placeholder.noData", line, column, id, period);
        }
        return found;
    }

    private Optional<Observation> latest(FigureQuery query, String id, int line, int column) {
        Optional<Observation> found = query.latest();
        if (found.isEmpty()) {
            sink.error("placeholder.noData", line, column, id, "latest");
        }
        return found;
    }
}
