# Spec skeleton for a stateful firewall (allow replies, block unsolicited inbound), from the Vigor
# Workbench "firewall" template. Fill in the properties in props/ one behaviour at a time. The
# names imported from state must be the names the NF exports; wan_device is its configuration.
# Each property imports the state it mentions; this file only includes them (see
# docs/spec-language.md#composition-pay-as-you-go-properties).
EXP_TIME = 60 * 1000 * 1000 * 1000
import fw_outbound
import fw_replies
import fw_block_unsolicited
import fw_expiry
