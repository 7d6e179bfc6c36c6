# expect: 4:10: there is no device 7: the NF has 2 devices, 0 to 1
# mode: nf
h = pop_header(ether, on_mismatch=DROP)
return ([7], [ether(h)])
