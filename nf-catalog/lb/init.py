# The load balancer's tables after nf_init: no backend has sent a heartbeat and no client flow
# has been seen, so all four are empty. (nf_init also fills the Maglev table with cht_fill; a
# cht is not something a spec builds, and the engine refuses an NF whose nf_init leaves it
# unfilled.)
from state import flow_emap, flow_id_to_backend_id, backends, backend_ip_emap
