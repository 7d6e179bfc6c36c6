# Spec skeleton for a Maglev load balancer, from the Vigor Workbench "maglev" template. Fill in
# the properties in props/ one behaviour at a time. The names imported from state must be the
# names the NF exports with NF_EXPORT_STATE.
# Each property imports the state it mentions; this file only includes them (see
# docs/spec-language.md#composition-pay-as-you-go-properties).
FLOW_EXP_TIME = 10 * 1000 * 1000 * 1000
BACKEND_EXP_TIME = 3600 * 1000 * 1000 * 1000
import lb_flow_affinity
import lb_new_flow
import lb_backend_liveness
import lb_drop_non_ipv4
