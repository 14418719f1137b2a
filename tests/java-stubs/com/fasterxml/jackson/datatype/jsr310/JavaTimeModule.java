package com.fasterxml.jackson.datatype.jsr310;

public class JavaTimeModule extends com.fasterxml.jackson.databind.module.SimpleModule {
    private static final long serialVersionUID = 1L;
}
