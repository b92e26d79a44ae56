#include "newslettersettings.h"

#include "store/store.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace galley {

NewsletterSettings::NewsletterSettings(Store &store)
    : m_store(store)
{ }

QString NewsletterSettings::newsletterKey()
{
    return u"newsletter"_s;
}
QString NewsletterSettings::sponsorsKey()
{
    return u"sponsors"_s;
}
QString NewsletterSettings::bookingsKey()
{
    return u"bookings"_s;
}
QString NewsletterSettings::templatesKey()
{
    return u"templates"_s;
}

Result<NewsletterProfile> NewsletterSettings::profile()
{
    const auto json = m_store.setting(newsletterKey());
    if (!json)
        return json.error();
    return NewsletterProfile::fromJson(json->toUtf8());
}

Status NewsletterSettings::setProfile(const NewsletterProfile &profile)
{
    return m_store.setSetting(newsletterKey(), QString::fromUtf8(profile.toJson()));
}

Result<SponsorBook> NewsletterSettings::sponsorBook()
{
    const auto sponsors = m_store.setting(sponsorsKey());
    if (!sponsors)
        return sponsors.error();
    const auto bookings = m_store.setting(bookingsKey());
    if (!bookings)
        return bookings.error();
    SponsorBook book;
    auto s = SponsorBook::sponsorsFromJson(sponsors->toUtf8());
    if (!s)
        return s.error();
    auto b = SponsorBook::bookingsFromJson(bookings->toUtf8());
    if (!b)
        return b.error();
    book.sponsors = std::move(s.value());
    book.bookings = std::move(b.value());
    return book;
}

Status NewsletterSettings::setSponsorBook(const SponsorBook &book)
{
    const Status s = m_store.setSetting(
        sponsorsKey(), QString::fromUtf8(QJsonDocument(book.sponsorsToJson()).toJson()));
    if (!s)
        return s;
    return m_store.setSetting(bookingsKey(),
                              QString::fromUtf8(QJsonDocument(book.bookingsToJson()).toJson()));
}

Result<TemplateSet> NewsletterSettings::templates()
{
    const auto json = m_store.setting(templatesKey());
    if (!json)
        return json.error();
    if (json->trimmed().isEmpty())
        return TemplateSet::defaults();
    return TemplateSet::fromJson(json->toUtf8(), templatesKey());
}

Status NewsletterSettings::setTemplates(const TemplateSet &templates)
{
    const Status valid = templates.validate();
    if (!valid)
        return valid;
    return m_store.setSetting(templatesKey(), QString::fromUtf8(templates.toJson()));
}

Result<EffectiveProfile> NewsletterSettings::effectiveProfile(const QList<ArchiveIssue> &archive)
{
    const auto set = profile();
    if (!set)
        return set.error();
    return resolveProfile(*set, inferFromArchive(archive));
}

Result<QList<ArchiveIssue>> loadArchive(Store &store, bool sentOnly)
{
    const auto list = store.listIssues();
    if (!list)
        return list.error();
    QList<ArchiveIssue> archive;
    for (const IssueSummary &summary : *list) {
        if (sentOnly && summary.status != IssueStatus::Sent)
            continue;
        const auto stored = store.issue(summary.id);
        if (!stored)
            return stored.error();
        if (auto issue = archiveIssueFromDocument(stored->document, summary.id))
            archive << *issue;
    }
    return archive;
}

} // namespace galley
