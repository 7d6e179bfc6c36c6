# Statements after a return are checked (and warned about) but not part of the IR.
h = pop_header(ether, on_mismatch=DROP)
if h.type == 1:
    return DROP
    x = 1
    y = h.bogus
return ([0], [ether(h)])
