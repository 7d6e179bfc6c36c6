# Five independent errors: all are reported.
from state import dyn_emap, nothing_here
h = pop_header(ether, on_mismatch=DROP)
now = 3
while True:
    pass
x = h.bogus
y = 'text'
