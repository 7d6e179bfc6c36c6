/* machine_model.h: the PC NFOS is verified on (machine_model.c), as its harness and NF model see it. */
#ifndef NFOS_MACHINE_MODEL_H
#define NFOS_MACHINE_MODEL_H

#include <stdbool.h>

/* Power on: the PCI bus as QEMU's pc machine builds it, with up to NF_DEVICE_COUNT 82540EMs,
 * and a COM2 or not. */
void machine_model_power_on(void);
/* Halting is right from now on (nf_init failed). */
void machine_model_halt_expected(void);

#endif
