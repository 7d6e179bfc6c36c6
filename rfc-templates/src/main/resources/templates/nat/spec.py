# Spec skeleton for a traditional NAT (NAPT, RFC 3022), from the Vigor Workbench "nat" template.
# Fill in the properties in props/ one behaviour at a time; each says what it must say and which
# requirements (requirements.txt) it covers. The names imported from state must be the names the
# NF exports with NF_EXPORT_STATE; ext_ip, start_port, wan_device are the NF's configuration.
# Each property imports the state it mentions; this file only includes them (see
# docs/spec-language.md#composition-pay-as-you-go-properties).
EXP_TIME = 10 * 1000 * 1000 * 1000
import nat_outbound
import nat_inbound
import nat_unknown_inbound
import nat_expiry
