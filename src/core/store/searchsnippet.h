#pragma once

#include "ftsquery.h"

#include <QList>
#include <QString>

namespace galley {

// The piece of `text` (an issue's searchable text) a search hit shows: about `tokens` words
// around the place where most of the search's words occur together, the matched words wrapped in
// `[` and `]`, `…` where the text was cut, white space collapsed. Words are compared the way the
// full-text index compares them (letters and digits, case and diacritics ignored), so the marks
// fall on what the index matched.
//
// FTS5's snippet() does the same but scores every window against every occurrence of every
// word: for a common word ("the" 250 times in an issue) that is tens of thousands of steps per
// hit, 3 ms each, 60 ms for a page of results. This is one pass over the text.
QString searchSnippet(const QString &text, const QList<SearchTerm> &terms, int tokens = 16);

// The text a hit's snippet is cut from, given the document: searchableText() of the body,
// the front matter skipped by its fences alone. A snippet need not be cut from the indexed text
// to the letter, and reading every hit's front matter as YAML was a third of a search's time.
QString searchSnippetSource(const QString &document);

} // namespace galley
