package com.fasterxml.jackson.datatype.jsr310.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAccessor;
import java.util.function.BiFunction;
import java.util.function.Function;

public class InstantDeserializer<T extends Temporal> extends JsonDeserializer<T> {
    public static class FromIntegerArguments {
        public final long value = 0;
        public final ZoneId zoneId = null;
    }

    public static class FromDecimalArguments {
        public final long integer = 0;
        public final int fraction = 0;
        public final ZoneId zoneId = null;
    }

    protected InstantDeserializer(
            Class<T> supportedType,
            DateTimeFormatter formatter,
            Function<TemporalAccessor, T> parsedToValue,
            Function<FromIntegerArguments, T> fromMilliseconds,
            Function<FromDecimalArguments, T> fromNanoseconds,
            BiFunction<T, ZoneId, T> adjust,
            boolean replaceZeroOffsetAsZ,
            boolean normalizeZoneId,
            boolean readNumericStringsAsTimestamp) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    protected T _fromString(JsonParser p, DeserializationContext ctxt, String string0) throws IOException {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
