# expect: 4:15: mac_table is not imported; add 'from state import mac_table' before its use
# A property that forgot to import the base that imports the table.
h = pop_header(ether, on_mismatch=DROP)
if h.daddr in mac_table:
    pass
