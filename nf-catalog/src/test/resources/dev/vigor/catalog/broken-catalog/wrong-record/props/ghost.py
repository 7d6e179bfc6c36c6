# Imports a property (which exists) that builds a record type the C code does not declare.
import ghost_record
