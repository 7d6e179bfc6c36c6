# expect: 4:4: dyn_emap is not imported; add 'from state import dyn_emap'
# mode: nf
h = pop_header(ether, on_mismatch=DROP)
if dyn_emap.has(h.saddr):
    pass
