"""Direct quotes and who said them.

Quotes are found by their marks (:mod:`reader.analysis.quote_marks`); quoted names are left
out (titles, nicknames, what a group calls something, scare-quoted modifiers: see
:meth:`_Attributor.names_something`); each other quote is then attributed
to a speaker, an actor id. "Speaker" means **the person whose words the quote are**: in "Trump
… menambahkan bahwa kepemilikan AS akan menjadi “perlindungan terbaik” …, kata Rubio", Rubio
reports Trump's words, so the speaker is Trump and Rubio is only the reporter. That is why a
speech verb directly framing the quote beats a "kata X" further away.

Attribution tries, in order, and keeps the first that names a speaker:

1. With a dependency parse (``doc.has_parse``): the speech verb linked to the quote by a
   dependency (the quote's head, or a verb heading into the quote), and that verb's ``nsubj``
   (climbing through ``conj``/``advcl``/``xcomp``/``parataxis`` for shared subjects) when it
   names a person or organisation or is a pronoun; otherwise the surface cues below decide.
2. A speech cue right after the quote, with only punctuation, the speaker's name or a pronoun
   in between: "…,” katanya / kata X / X said / said X / he added / menurut X / demikian X /
   as X put it"; with no speech verb, a person named just after a dash ("“…” – Jo Smith").
3. A framing cue before the quote in its sentence: "X: “…”", "X mengatakan … “…”",
   "X menggambarkan … sebagai “…”", "…, menambahkan bahwa … “…”" (the subject of the closest
   speech verb before the quote; for a verb with no subject of its own, the sentence's person
   subject, else the person the previous sentences are about), "menurut X, “…”"; a verb of
   believing frames a quote only for a subject named right before it ("X expects … “…”").
4. A speech cue later in the same sentence, not adjacent ("“…” untuk …, kata Rubio").
5. Continuation: a quote with no cue right after the previous quote in the same paragraph
   (at most a few words apart), or the next part of a quote running over paragraphs, keeps
   that quote's speaker. A cue found in a later part is given back to the earlier parts.
6. A quote opening a paragraph after one that ends in a colon ("the union said:") takes that
   sentence's framing cue.
7. A whole-sentence quote opening its sentence with no cue at all belongs to the person the
   text was just about, found as for a pronoun (news often names the speaker in the
   paragraph before).

8. A quote in the headline still without a speaker takes the story's: see
   :meth:`_Attributor.attribute_headline`.

Steps 5 to 7 are for quotes without a cue: a quote with a cue right after it whose speaker
is not named ("“…,” Baker's lawyer said", "“…,” the statement said") keeps no speaker. In an
interview whose writer asks in quotes ("“Why?” I asked") or tells of asking ("We asked her
how."), a cue-less question alone in its paragraph is the writer's, and the quote after it
the answer of the last person quoted. In a dialogue of two people ("“…?” asked the
prosecutor.\n\n“No,” Doyle replied."), a cue-less question alone in its paragraph after the
answer is the asker's again, and the quote alone after it the answerer's.

A speaker named only by role ("the minister said", "kata presiden itu") is the person actor
with that title mentioned last before it (:class:`reader.analysis.words.Roles`). A speaker
described but not by a known title ("the judge said", "said the 23-year-old", "kata
politikus PDI-P itu") is resolved as a pronoun; the description beats an organisation inside it.

A subject speaking for its owner ("Netanyahu's office said", "his campaign said") makes the
owner the speaker, and so does a spokesperson for someone named before ("a spokesperson for
the mayor said", "a Ryanair spokesman said"); another person described by an indefinite or a
possessive ("Baker's lawyer", "its owner") stays unnamed.

Pronouns ("ia", "dia", "beliau", "he", "she") and "-nya" on a speech verb ("tulisnya") resolve
to the most recent fitting person: the person subject of the current sentence before the cue,
else the person a description opening the sentence before names by age or by the noun that
introduced them ("The retired teacher said …", "The 64-year-old said …"), else, going back
up to three sentences, the speaker of a quote in that sentence or else its person subject;
failing that (or for "she" finding only an organisation), the person a role
names in the sentence before ("the minister paused"). "He"/"she"/"ia" are never an
organisation; "it" ("“…,” it said", "It warned that “…”") is the organisation its sentence or
the ones before are about (a quote's organisation speaker, the first organisation that is no
object, a report's issuer). "I"/"saya" is the writer, nobody quoted, except in an interview's
answer (after "A:" or a question standing alone) or a transcript's turn ("Marsh: …"), where
it is the person answering; a quote an answer label opens ("A: “…”") is that person's too.
"They"/"mereka" is a speaker only when it stands for an organisation speaking or opening the
sentence just before; people named before are several, none the speaker alone, so such a
quote keeps its cue but no speaker, as one a plural description gives ("the drivers said",
"Officials at the ministry said").

Where things are
----------------
- :mod:`~.document`: :func:`find_quotes`, which runs the rest: which quotes name something
  rather than quote anyone, then the steps above in order for each other quote, and step 8.
- The attributor, one object per document, is built in layers, each a class in its own
  module that extends the one below and may call only the layers below it:
  :mod:`~.lookups` (its state, the words before a quote, the lookups every layer makes),
  :mod:`~.parse` (step 1), :mod:`~.genders` and :mod:`~.pronouns` (whom "he", "she", "-nya"
  or "I" stands for), :mod:`~.bodies` ("it", a document's issuer), :mod:`~.descriptions` (a
  speaker named by role or description), :mod:`~.speakers` (a speaker named next to a cue),
  :mod:`~.framing` (step 3), :mod:`~.trailing` (steps 2 and 4), :mod:`~.without_cue` (steps
  5 to 7), and :mod:`~.document` on top.
- What the layers share: :mod:`~.shared` (the attribution a step returns, the limits and
  words several layers use, tests on the shape of a quote).

Names with a leading underscore belong to the package: its modules share them, nothing
outside it uses them.
"""

from __future__ import annotations

from reader.analysis.quotes.document import find_quotes

__all__ = ["find_quotes"]
