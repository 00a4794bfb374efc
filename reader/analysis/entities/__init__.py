"""Named entities (PER/ORG/LOC/MISC) from capitalisation, titles, cue words and gazetteers.

Neither backend has an Indonesian NER model, so this annotator is the entity layer for
Indonesian, and for English too when Stanza's NER is absent. It works on the shared token
layer, in three steps:

1. **Runs.** Per sentence, runs of capitalised tokens are candidate names, with lowercase
   particles where real ("bin", "van", "of" after "University"). Title phrases ("Presiden",
   "Menteri Luar Negeri", "Foreign Minister", "juru bicara") split runs and are never part of
   a span: the word after a title is a name.
2. **Labels.** Each run is labelled from the strongest evidence available: gazetteer names,
   organisation and place head/tail words ("Partai X", "X Tbk", "Kabupaten X", "X River"),
   acronyms (ORG unless the gazetteer knows a place: "AS", "UK"), demonyms (MISC), a title
   before it (PER), a speech verb next to it (PER), a cue noun before it ("perusahaan X",
   "kota X") or an apposition after it ("X, the vaccine alliance"), the workplace of a
   role ("analysts at X"), a place noun after it ("the X road"), a common given name
   ("Chris Sutton"), a place preposition ("di X", "in X"); "the X" is no person, a line of
   sports results names teams (and a name before a match score is one), the capitals that
   open a dateline ("SLEMAN, KOMPAS.com -", "LONDON 1996-08-30") are a place; a possessive
   may sit inside a name ("Women's Institute") or end a business's ("McDonald's said"), and a
   model number or a launch makes a product, MISC ("Boeing 777 jets", "meluncurkan X").
   Without evidence a run is a weak PER.
   A capitalised word that starts a sentence needs evidence to be a name at all (gazetteer,
   title, seen capitalised mid-sentence elsewhere, a speech verb after it, Stanza's PROPN).
3. **Consistency.** Weak labels take the label of a strongly labelled mention of the same
   words, or of a longer entity containing them ("Ratna" → "Ratna Suryaningsih" PER,
   "Rejang Lestari" → "Kabupaten Rejang Lestari" LOC). A results line's teams and acronyms
   defined in brackets ("Indeks Harga Saham Gabungan (IHSG)") set the label for every
   mention; a name in a shouting headline ("SELES", "TOUR DE FRANCE", "FOREST") takes its
   mention in the text ("Seles", "Tour de France", "Nottingham Forest").

When the backend brings NER spans (Stanza English), they are fused with ours: the NER span
and label first, but the gazetteer's label and our title/complement splits where they
disagree, and our strongly supported names (and parts of NER's names) where NER found none.
Title Case headlines are read word by word: only words with evidence of their own count,
or the headline's subject before its verb ("Jokowi Minta …", "Starmer Warns …"), and no
name runs across that verb.

Where things are
----------------
- :mod:`~.document`: :func:`find_entities`, which runs the rest; :mod:`~.context`: what the
  whole document tells each sentence, and one sentence reader per sentence;
  :mod:`~.consistency`: step 3; :mod:`~.truecase`: the capitals of names put back in a text
  written all in lowercase, before any of it.
- The sentence reader, one object per sentence, is built in layers, each a class in its own
  module that extends the one below and may call only the layers below it: :mod:`~.runs`
  (step 1), then the evidence of :mod:`~.things`, :mod:`~.places`, :mod:`~.sport`,
  :mod:`~.people` and :mod:`~.offices`, then :mod:`~.labels` (step 2), :mod:`~.headlines`,
  and :mod:`~.sentence` on top.
- What the layers share: :mod:`~.lexicon` (word lists), :mod:`~.word_bits` (facts about each
  distinct word, computed once) and :mod:`~.shapes` (what words look like on their own).

Names with a leading underscore belong to the package: its modules share them, nothing
outside it uses them (its tests aside).
"""

from reader.analysis.entities.document import find_entities

__all__ = ["find_entities"]
