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

QList<ArchiveIssue> archiveFromOutlines(const QList<IssueOutline> &outlines, bool sentOnly)
{
    QList<ArchiveIssue> archive;
    archive.reserve(outlines.size());
    for (const IssueOutline &o : outlines) {
        if (sentOnly && o.status != IssueStatus::Sent)
            continue;
        archive << ArchiveIssue {o.id, o.number, o.title, o.date, o.sections, {}};
    }
    return archive;
}

Result<QList<ArchiveIssue>> loadArchive(Store &store, bool sentOnly)
{
    // The store's outlines, not its documents: nothing is parsed here (issue 15, finding 6).
    const auto outlines = store.outlines();
    if (!outlines)
        return outlines.error();
    return archiveFromOutlines(*outlines, sentOnly);
}

} // namespace galley
