# Imports a property that is not in props/.
import no_such_property
return 1 - received_on_port, pkt
