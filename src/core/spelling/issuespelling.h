#pragma once

#include "preflight.h"
#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace galley {

class IssueDocument;
class SpellChecker;
class Store;

// The front matter key holding the words "Ignore in This Issue" added: kept in the draft's own
// text, so the choice travels with the issue (a file, an exported copy, a revision, undo) and
// `galley spell FILE` honours it without a store.
inline constexpr char IgnoredWordsKey[] = "spelling-ignore";

QStringList ignoredWords(const IssueDocument &doc);
// `document` with `word` added to its ignore list; front matter is added when it has none.
// Unchanged when the front matter cannot be read.
QString withIgnoredWord(const QString &document, const QString &word);

// The language an issue is checked in: `override` (the command line's --lang) when set, else the
// front matter's `lang:`, else the newsletter's setting (`settingLanguage`).
QString spellingLanguage(const IssueDocument &doc, const QString &settingLanguage,
                         const QString &override = {});

// A checker ready for `doc`: the dictionary of its language, and as known words the store's (the
// personal dictionary and the archive's vocabulary; none without a store) and the issue's ignored
// words. The error (no dictionary: which package to install) leaves the checker off.
Status prepareSpellChecker(SpellChecker &checker, Store *store, const IssueDocument &doc,
                           const QString &override = {});

struct Misspelling
{
    int line = 0; // 1-based, in the whole text (front matter included)
    int column = 0; // 1-based, in UTF-16 code units
    QString word;
    QStringList suggestions; // only when asked for
};

// The unknown words of a whole issue's text, in order; each with up to `suggestions`
// suggestions (computing them is the slow part: ask only when they are shown).
QList<Misspelling> findMisspellings(const SpellChecker &checker, const QString &text,
                                    int suggestions = 0);

// The misspellings as preflight notes (rule "spelling", Severity::Notice): worth a look, never a
// reason to hold the issue back. At most `max`, then one note saying how many more there are.
QList<Problem> spellingNotes(const QList<Misspelling> &misspellings, int max = 100);

// What the preflight adds for an issue (`galley check`, the Check panel): its spelling notes, with
// a checker prepared as prepareSpellChecker() does. When no checker can be had (no dictionary),
// no notes, and `*notice` says why.
QList<Problem> spellingNotesFor(Store *store, const IssueDocument &doc, QString *notice);

} // namespace galley
