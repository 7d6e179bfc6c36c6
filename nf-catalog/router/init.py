# The router's table after nf_init: nf_init succeeds (every configured route has a length of at
# most 32 and one of the router's devices, and fits the table). An init spec cannot state an lpm's
# contents yet, so the routes themselves are not compared here; the packet specs hold for any
# table.
