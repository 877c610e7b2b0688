"""Sync with the ICB: merge, PostgreSQL hub and bundles.

Only the bundle file names live here, so that the command line can recognise a bundle
it is asked to open without importing the sync engine.
"""

# The file name ending the installers associate with PlaceBoard (opening one offers to
# load it); any name is read, so bundles first written as .pbbundle still load.
BUNDLE_SUFFIX = ".pbsync"
BUNDLE_SUFFIXES = (BUNDLE_SUFFIX, ".pbbundle")
