/*
 * nfos_harness.c: NFOS after boot, verified: the machine and its NICs power on, then nfos_main
 * runs as boot.S starts it (PCI scan, each NIC brought up, nf_init, the packet loop for one pass,
 * halting when the machine asks it to stop), on the machine model, the NIC model and an NF model.
 */
#include <vigor/verify.h>

#include "../../driver/verify/nic_model.h"
#include "../nfos.h"
#include "machine_model.h"

void nfos_main(void);

void nfos_layer_verify(void) {
  nic_model_power_on();
  machine_model_power_on();
  nfos_main();
  vig_assert(false); /* nfos_main returned: boot.S would run off its end */
}
