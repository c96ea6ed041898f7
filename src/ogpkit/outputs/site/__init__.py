"""The plan's static website (`ogpkit site`): pages, an Atom feed, a search index; where later sections plug in is in build.py. Imports ogpkit.outputs.render and the stages below ogpkit.outputs."""
