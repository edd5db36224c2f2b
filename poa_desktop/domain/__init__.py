"""The value types and the one vocabulary that every layer shares.

The bottom layer: it imports nothing else of the application (only the standard library), so
the catalog, the store, the files that leave the machine, the services, the window and the
command line can all speak the same words. A status, a provenance or an answer field is defined
here once; everything else takes it from here.
"""
