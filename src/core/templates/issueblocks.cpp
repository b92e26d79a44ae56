#include "issueblocks.h"

#include "templateengine.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace galley {

namespace {
struct IssueBlocksTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::IssueBlocks)
};
} // namespace

QString emptySponsorMarker()
{
    return u"TK sponsor"_s;
}

QString trimTrailingBlankLines(const QString &text)
{
    qsizetype end = text.size();
    while (end > 0 && text.at(end - 1).isSpace())
        --end;
    return text.left(end);
}

IssueBlocks::IssueBlocks(TemplateSet templates, QString defaultSponsorLabel)
    : m_templates(std::move(templates))
    , m_defaultSponsorLabel(std::move(defaultSponsorLabel))
{ }

Result<QString> IssueBlocks::sponsorBlock(SponsorSlot slot,
                                          const std::optional<Sponsor> &sponsor) const
{
    TemplateValues v;
    if (sponsor) {
        v[u"sponsor.name"_s] = sponsor->name;
        v[u"sponsor.label"_s] = sponsor->headingLabel(m_defaultSponsorLabel);
        v[u"sponsor.copy"_s] = trimTrailingBlankLines(sponsor->copy);
        v[u"sponsor.url"_s] = sponsor->link;
        v[u"sponsor.logo"_s] = sponsor->logoUrl;
    } else {
        Sponsor empty;
        empty.name = emptySponsorMarker();
        v[u"sponsor.name"_s] = empty.name;
        v[u"sponsor.label"_s] = empty.headingLabel(m_defaultSponsorLabel);
        v[u"sponsor.copy"_s]
            = IssueBlocksTr::tr("TK sponsor copy: no sponsor is booked for this issue.");
        v[u"sponsor.url"_s] = u"TK"_s;
    }
    v[u"sponsor.underline"_s] = QString(v.value(u"sponsor.label"_s).size(), u'=');
    const bool top = slot == SponsorSlot::Top;
    const auto out
        = TemplateEngine::expand(top ? m_templates.sponsorTop : m_templates.sponsorClosing, v,
                                 top ? u"sponsor-top"_s : u"sponsor-closing"_s);
    if (!out)
        return out;
    return trimTrailingBlankLines(*out);
}

Result<QString> IssueBlocks::section(const QString &name, const QString &items,
                                     HeadingStyle style) const
{
    TemplateValues v;
    v[u"section"_s] = name;
    v[u"section.underline"_s] = QString(std::max<qsizetype>(name.size(), 3), u'=');
    v[u"items"_s] = items;
    const auto out = TemplateEngine::expand(m_templates.section, v, u"section"_s);
    if (!out)
        return out;
    QString text = *out;
    if (style != HeadingStyle::Underline) {
        const QString underlined = sectionHeading(name, HeadingStyle::Underline);
        const qsizetype at = text.indexOf(underlined);
        if (at >= 0)
            text.replace(at, underlined.size(), sectionHeading(name, style));
    }
    return trimTrailingBlankLines(text);
}

Result<QString> IssueBlocks::item(const QString &commentary, const QStringList &urls) const
{
    QStringList lines;
    for (const QString &url : urls) {
        const auto line = TemplateEngine::expand(m_templates.link, {{u"url"_s, url}}, u"link"_s);
        if (!line)
            return line;
        lines << trimTrailingBlankLines(*line);
    }
    TemplateValues v;
    v[u"commentary"_s] = commentary.trimmed();
    v[u"urls"_s] = lines.join(u'\n');
    v[u"url"_s] = urls.value(0);
    const auto out = TemplateEngine::expand(m_templates.item, v, u"item"_s);
    if (!out)
        return out;
    return trimTrailingBlankLines(*out);
}

} // namespace galley
