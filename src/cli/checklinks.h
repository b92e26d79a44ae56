#pragma once

#include "issuedocument.h"
#include "preflight.h"

#include <QCommandLineParser>
#include <QJsonArray>

namespace galley {
class Store;
}

namespace galley::cli {

// `galley check --links`: the document's link problems (to join the preflight's), and each
// checked link as JSON in `links` (when not null). `store` may be null (a file without a store:
// no cache, default settings).
QList<Problem> checkDocumentLinks(Store *store, const IssueDocument &doc, QJsonArray *links);

// `galley check --archive --links [--since DATE]`: link rot across the sent issues, grouped by
// issue, with a progress line on stderr; resumable, every result is cached as it comes.
int runArchiveLinkCheck(const QCommandLineParser &parser, Store &store);

} // namespace galley::cli
