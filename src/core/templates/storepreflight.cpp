#include "storepreflight.h"

#include "emailprofile.h"
#include "issuedocument.h"
#include "newslettersettings.h"
#include "store/scalarsettings.h"
#include "store/store.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace galley {

Result<PreflightContext> preflightContextFromStore(Store &store, const IssueDocument &doc,
                                                   qint64 selfId)
{
    PreflightContext context;
    context.selfId = selfId;
    // The archive's only part the checks read: the title's number against duplicates and the
    // previous issue (preflight::checkTitle). Without a number nothing of it is read.
    const auto number = doc.issueNumber();
    if (number) {
        const auto around = store.outlinesAround(*number);
        if (!around)
            return around.error();
        context.archive = archiveFromOutlines(*around, false);
        // A file is the archived issue with its number.
        if (selfId == 0) {
            for (const IssueOutline &o : *around)
                context.sent
                    = context.sent || (o.number == number && o.status == IssueStatus::Sent);
        }
    }
    if (selfId != 0) {
        const auto self = store.issue(selfId);
        if (!self && self.error().code != Error::NotFound)
            return self.error();
        context.sent = self && !self->deleted && self->status == IssueStatus::Sent;
    }
    NewsletterSettings settings(store);
    const auto book = settings.sponsorBook();
    if (!book)
        return book.error();
    context.sponsors = *book;
    // The checks read the sponsor label and the merge tags, which are settings, never inferred
    // from the archive (resolveProfile): no archive to infer from is needed.
    const auto set = settings.profile();
    if (!set)
        return set.error();
    const EffectiveProfile profile = resolveProfile(*set, ArchiveInference {});
    context.sponsorLabelPrefix = profile.sponsorLabelPrefix();
    context.mergeTagSyntax
        = mergeTagSyntax(emailSettingsFromProfile(profile).mergeTags.unsubscribe);
    const int weeks = scalarSetting(store, staleInboxWeeksKey());
    if (const Status stale = addStaleInbox(store, weeks, &context); !stale)
        return stale.error();
    context.linkHistory = [&store](const QString &url) {
        QList<EarlierFeature> out;
        const auto uses = store.linkUses(url, Store::LinkScope::OutlinedOnly);
        if (!uses)
            return out;
        // One feature per issue, as its first use of the link (in the sponsor block or not),
        // however often the issue repeats it: as archiveLinkHistory() counts.
        QSet<qint64> seen;
        for (const LinkUse &u : *uses) {
            if (!seen.contains(u.issueId)) {
                seen.insert(u.issueId);
                out << EarlierFeature {u.issueId, u.number, u.title, u.date.date(), u.sponsor};
            }
        }
        return out;
    };
    return context;
}

QString staleInboxWeeksKey()
{
    return u"inbox.remindWeeks"_s;
}

Status addStaleInbox(Store &store, int weeks, PreflightContext *context)
{
    context->staleInboxWeeks = weeks;
    context->staleInboxCount = 0;
    context->staleInboxOldest.clear();
    context->staleInboxSince = {};
    if (weeks <= 0)
        return Done {};
    const auto waiting
        = store.inboxWaitingSince(QDateTime::currentDateTimeUtc().addDays(-7 * qint64(weeks)));
    if (!waiting)
        return waiting.error();
    context->staleInboxCount = waiting->count;
    for (const InboxItem &item : waiting->oldest)
        context->staleInboxOldest << item.url;
    if (!waiting->oldest.isEmpty())
        context->staleInboxSince = waiting->oldest.first().added;
    return Done {};
}

} // namespace galley
