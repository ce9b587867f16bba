"""Words in the family's language: Fluent translations of every line, text and screen.

* ``languages``: the languages a family can choose (``levels/i18n/languages.toml``);
* ``fluent``: the Fluent bundles, a file at a time, by key (``Translations``);
* ``translator``: one family's words in one language (``ctx.tr``, ``ctx.say``, ``ctx.text``, ``ctx.t``);
* ``check``: what ``dropoff-buddy check`` reports about translations.

The English source of every line lives with its content (``levels/*.toml``), the screens' own
words in ``levels/i18n/en-US``; see ``docs/TRANSLATING.md``.
"""
