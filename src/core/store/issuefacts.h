#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace galley {

struct CountedSearchTerms;

struct ExtractedLink
{
    QString url; // as written
    QString normalized; // normalizeUrl(url)
    QString section; // the heading above it; empty in the intro
    bool sponsor = false;
};

// What the store derives from a document on every save: the columns lists show, the text the
// full-text index holds and the links. Pure, so the importer computes it on worker threads.
struct IssueFacts
{
    std::optional<int> number;
    QString title;
    QString date; // as written in the front matter
    std::optional<qint64> dateMs; // the date in ms since the epoch, when it parses
    QString searchText; // searchableText() of the body
    QList<ExtractedLink> links;
    // What the checks and the next issue's plan read instead of the document (issue_outlines,
    // issue 15 finding 6): the date's day as written (in its own offset) and the section
    // headings in order. nullopt when the front matter cannot be read: such an issue is no part
    // of the archive they compare with (as archiveIssueFromDocument leaves it out).
    std::optional<qint64> day; // a Julian day
    std::optional<QStringList> sections;
    // The search terms counted on an import's worker thread, for an engine that wants them
    // (ArchiveImporter, StoreEngine::searchTermCounter()); null otherwise.
    std::shared_ptr<const CountedSearchTerms> countedTerms;
};

// A draft with broken front matter is still saved (losing typing is worse than a bad title): its
// facts then come from the text as a whole.
IssueFacts readIssueFacts(const QString &document);

// readIssueFacts(document).searchText without the rest: what the full-text index holds for it.
QString indexedText(const QString &document);

} // namespace galley
