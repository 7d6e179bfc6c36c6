# Spec skeleton for a token-bucket policer, from the Vigor Workbench "policer" template. Fill in
# the properties in props/ one behaviour at a time. The names imported from state must be the
# names the NF exports; rate, burst and wan_device are its configuration.
# Each property imports the state it mentions; this file only includes them (see
# docs/spec-language.md#composition-pay-as-you-go-properties).
EXP_TIME = 10 * 1000 * 1000 * 1000
import pol_inside_passes
import pol_conforming
import pol_exceeding
import pol_new_bucket
