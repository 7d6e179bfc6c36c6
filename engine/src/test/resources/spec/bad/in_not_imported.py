# expect: 5:15: stat_map is not imported; add 'from state import stat_map' before its use
# mode: nf
# A property that forgot to import the base that imports the table.
h = pop_header(ether, on_mismatch=DROP)
if h.daddr in stat_map:
    pass
