# expect: 3:14: syntax error: unexpected end of line, expected ':'; end the line of an if, elif or else with ':'
h = pop_header(ether, on_mismatch=DROP)
if h.type > 1
    pass
