#pragma once

#include "linkcheck/linkcheck.h"
#include "result.h"

#include <optional>

namespace galley {

class StoreDatabase;

// The link_checks table: the last check of each normalised URL, so that checking an issue again
// costs no request while its results are fresh, and an archive check that was stopped resumes
// where it stopped. Offline and skipped links are never stored: nothing was learnt about them.
class LinkCheckCache
{
public:
    explicit LinkCheckCache(StoreDatabase &db)
        : m_db(db)
    { }

    // The stored check of `url` (any form that normalises the same, with the same scheme) made
    // at or after `notBefore`; nullopt when there is none.
    Result<std::optional<LinkCheck>> fresh(const QString &url, const QDateTime &notBefore);
    Status save(const LinkCheck &check);

private:
    StoreDatabase &m_db;
};

} // namespace galley
