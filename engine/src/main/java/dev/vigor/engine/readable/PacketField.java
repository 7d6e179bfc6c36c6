package dev.vigor.engine.readable;

/**
 * One decoded packet field as a spec names it ({@code ipv4}, {@code saddr}), its value as people
 * write it, and where it lies in the packet (byte offset and width).
 */
public record PacketField(String header, String field, String value, int offset, int width) {}
