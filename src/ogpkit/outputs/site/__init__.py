"""The plan's static website (`ogpkit site`): pages, an Atom feed of changes, a search index.

Built from the compiled plan and the render views (`ogpkit.outputs.render`), so it imports
render and the stages below ogpkit.outputs. Where later work plugs in:

- a section of a page: a template name in `sections.SECTIONS` (home, commitment, theme,
  agency); a template that has nothing to show renders nothing;
- a page of its own (the forum and consultation record): an entry of `pages.EXTRA_PAGES`;
- an edition in another language: `editions.site_editions`, which the language switch reads;
- data a section needs beyond the compiled plan: a field of `context.SiteData`.
"""
