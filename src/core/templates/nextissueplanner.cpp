#include "nextissueplanner.h"

#include "englishdate.h"
#include "frontmatter.h"
#include "issueblocks.h"
#include "newslettertext.h"
#include "templateengine.h"
#include "titlepattern.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace galley {

namespace {
struct NextIssuePlannerTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::NextIssuePlanner)
};
} // namespace

NextIssuePlanner::NextIssuePlanner(EffectiveProfile profile, SponsorBook sponsors,
                                   TemplateSet templates)
    : m_profile(std::move(profile))
    , m_sponsors(std::move(sponsors))
    , m_templates(std::move(templates))
{ }

QString NextIssuePlanner::introPlaceholder()
{
    return NextIssuePlannerTr::tr("TK intro");
}

Result<NextIssue> NextIssuePlanner::plan(const QList<ArchiveIssue> &archive,
                                         std::optional<int> number, std::optional<QDate> date,
                                         const QDate &today) const
{
    NextIssue next;
    const auto latest = latestIssue(archive);
    if (number)
        next.number = *number;
    else
        next.number = latest && latest->number ? *latest->number + 1 : 1;
    if (date)
        next.date = *date;
    else if (latest && latest->date.isValid())
        next.date = nextPublicationDate(latest->date, m_profile.cadence());
    else
        next.date = today;
    if (next.number < 1 || !next.date.isValid()) {
        Error e;
        e.message
            = NextIssuePlannerTr::tr("An issue needs a number of 1 or more and a valid date.");
        return e;
    }
    next.title = formatTitle(m_profile.titlePattern.value, next.number, next.date,
                             m_profile.name.value, m_profile.language);

    const IssueBlocks blocks(m_templates, m_profile.sponsorLabel);
    const auto top = m_sponsors.bookedFor(next.number, next.date, SponsorSlot::Top);
    const auto closing = m_sponsors.bookedFor(next.number, next.date, SponsorSlot::Closing);
    next.topSponsor = top ? top->name : QString();
    next.closingSponsor = closing ? closing->name : QString();
    const auto topBlock = blocks.sponsorBlock(SponsorSlot::Top, top);
    if (!topBlock)
        return topBlock.error();
    const auto closingBlock = blocks.sponsorBlock(SponsorSlot::Closing, closing);
    if (!closingBlock)
        return closingBlock.error();
    QStringList sections;
    for (const QString &name : m_profile.sections.value) {
        const auto s = blocks.section(name, {}, m_profile.headingStyle(name));
        if (!s)
            return s.error();
        sections << *s;
    }

    TemplateValues v;
    v[u"number"_s] = QString::number(next.number);
    v[u"date"_s] = next.date.toString(Qt::ISODate);
    v[u"date_long"_s] = newsletterLongDate(next.date, m_profile.language);
    v[u"title"_s] = next.title;
    v[u"newsletter"_s] = m_profile.name.value;
    v[u"intro"_s] = introPlaceholder();
    v[u"sponsor_top"_s] = *topBlock;
    v[u"sponsor_closing"_s] = *closingBlock;
    v[u"sections"_s] = sections.join(u"\n\n\n"_s);
    const auto body = TemplateEngine::expand(m_templates.skeleton, v, u"skeleton"_s);
    if (!body)
        return body.error();

    QString dateText = next.date.toString(Qt::ISODate);
    if (m_profile.publicationTime) {
        dateText = QDateTime(next.date, *m_profile.publicationTime, QTimeZone::systemTimeZone())
                       .toString(Qt::ISODateWithMs)
                       .replace(u".000"_s, QString());
    }
    next.document = u"---\ntitle: "_s + yamlScalar(next.title) + u"\ndate: "_s + dateText
        + u"\n---\n\n"_s + trimTrailingBlankLines(*body) + u'\n';
    return next;
}

} // namespace galley
