#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace galley {

// One word of a search as the full-text index compares it.
struct SearchTerm
{
    QString text; // as typed
    bool prefix = true; // also matches longer words
};

// The words of whatever a person typed: split at white space, without the words that have no
// letter or digit, each word once. A word ending in a single letter or digit ("a", "e-") is not
// a prefix: "a*" would be every word starting with "a", no use to anyone and a merge of
// thousands of lists.
QList<SearchTerm> searchTerms(const QString &userText);

// Turns whatever a person typed into an FTS5 MATCH expression that cannot be a syntax error:
// every word of searchTerms() becomes a quoted string, with a `*` when it is a prefix, so `"`,
// `-`, `*`, `(`, `NEAR`, `AND` and friends are searched as text, never read as operators. Words
// are ANDed. Returns an empty string when nothing searchable is left (the caller then finds
// nothing).
QString toFtsQuery(const QString &userText);

// Text as the FTS5 index's `unicode61 remove_diacritics 2` tokenizer sees it, for an engine
// whose own parser splits words differently (PostgreSQL keeps `foo-bar`, `github.com` and
// e-mail addresses whole, and its `simple` configuration keeps diacritics): the runs of letters
// and digits, case-folded, decomposed (NFKD) without their non-spacing marks, joined by single
// spaces. "Café-Bar, naïve!" gives "cafe bar naive". The same rules as searchSnippet()'s, so its
// marks fall on what such an index matched.
QString searchWords(const QString &text);

// The text of a Markdown body as the full-text index stores it: link syntax reduced to the link's
// text, HTML tags and heading underlines dropped, so snippets read like prose.
QString searchableText(const QString &markdownBody);

} // namespace galley
