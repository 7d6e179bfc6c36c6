# The no-op NF keeps no state: nf_init builds nothing and must simply succeed.
