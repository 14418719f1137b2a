package com.fasterxml.jackson.datatype.jsr310;

public enum JavaTimeFeature {
    NORMALIZE_DESERIALIZED_ZONE_ID,
    ALWAYS_ALLOW_STRINGIFIED_DATE_TIMESTAMPS;

    public boolean enabledByDefault() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
