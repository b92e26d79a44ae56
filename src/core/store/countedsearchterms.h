#pragma once

#include <QList>
#include <QString>

#include <utility>

namespace galley {

// An issue's search terms counted ahead of its write, on an import's worker threads, for a search
// index that stores each term's count itself (PostgreSQL's, PgSearch): the writing thread, whose
// time adds to every batch's, then only sends them. The title and text they were counted from are
// kept (shared, not copied), so that terms counted from other words are never written.
struct CountedSearchTerms
{
    QString title; // as the index takes them (IssueFacts::title, IssueFacts::searchText)
    QString text;
    QString titleWords; // searchWords() of each
    QString bodyWords;
    int words = 0; // the tokens of both
    QList<std::pair<QString, int>> f; // each term once (an engine's own ones included), its f
};

// Counts an issue's terms as an engine's index takes them; pure, so any thread may call it
// (StoreEngine::searchTermCounter()).
using SearchTermCounter = CountedSearchTerms (*)(const QString &title, const QString &text);

} // namespace galley
