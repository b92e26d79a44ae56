#pragma once

#include "newsletterprofile.h"
#include "result.h"
#include "sponsorbook.h"
#include "templateset.h"

namespace galley {

class Store;
struct IssueOutline;

// Typed access to the newsletter's settings, kept as JSON documents in the store's key/value
// settings table (keys `newsletter`, `sponsors`, `bookings`, `templates`), so they travel with
// the archive rather than with one machine's config file.
class NewsletterSettings
{
public:
    explicit NewsletterSettings(Store &store);

    static QString newsletterKey();
    static QString sponsorsKey();
    static QString bookingsKey();
    static QString templatesKey();

    // What the person set; unset fields stay empty (resolve them with the archive).
    Result<NewsletterProfile> profile();
    Status setProfile(const NewsletterProfile &profile);

    Result<SponsorBook> sponsorBook();
    Status setSponsorBook(const SponsorBook &book);

    // The stored set, or the defaults when none was stored.
    Result<TemplateSet> templates();
    Status setTemplates(const TemplateSet &templates);

    // The profile with unset fields inferred from the store's archive (sent issues first;
    // drafts only when nothing was sent), each marked inferred or set.
    Result<EffectiveProfile> effectiveProfile(const QList<ArchiveIssue> &archive);

private:
    Store &m_store;
};

// The store's issues as plain structs for the planner and the inference, read from the facts the
// store keeps for them (Store::outlines: no document is parsed), so their `links` are empty: the
// check takes links from the store (Store::linkUses). With `sentOnly`, drafts are left out (they
// are not part of the sequence yet). Issues whose front matter cannot be read are left out.
Result<QList<ArchiveIssue>> loadArchive(Store &store, bool sentOnly);
QList<ArchiveIssue> archiveFromOutlines(const QList<IssueOutline> &outlines, bool sentOnly);

} // namespace galley
