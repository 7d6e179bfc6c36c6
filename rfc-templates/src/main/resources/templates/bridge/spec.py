# Spec skeleton for a MAC-learning bridge (IEEE 802.1D learning and forwarding), from the Vigor
# Workbench "bridge" template. Fill in the properties in props/ one behaviour at a time. The names
# imported from state must be the names the NF exports with NF_EXPORT_STATE.
# Each property imports the state it mentions; this file only includes them (see
# docs/spec-language.md#composition-pay-as-you-go-properties).
EXP_TIME = 300 * 1000 * 1000 * 1000
import bridge_learn
import bridge_forward_known
import bridge_flood_unknown
import bridge_filter_same_port
