# expect: 4:5: dyn_vals is not imported; add 'from state import dyn_vals' before its use
# mode: nf
h = pop_header(ether, on_mismatch=DROP)
v = dyn_vals[3]
