# expect: 2:22: syntax error: unexpected end of line; the line is incomplete
x = packet_size * 8 +
