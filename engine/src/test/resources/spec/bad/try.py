# expect: 2:1: try is not part of the spec language
try:
    h = pop_header(ether, on_mismatch=DROP)
except:
    pass
