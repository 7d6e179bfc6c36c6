# A property built on two others; learn reaches it twice (directly and through
# no_loop) and is included once.
import learn
import no_loop
if h.daddr in dyn_emap:
    pass
