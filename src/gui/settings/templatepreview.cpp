#include "settings/templatepreview.h"

#include "issueblocks.h"
#include "newsletterprofile.h"
#include "newslettertext.h"
#include "templateengine.h"
#include "titlepattern.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace galley::gui {

TemplateSamples TemplateSamples::example(const QString &language)
{
    TemplateSamples s;
    s.language = language;
    s.newsletter = u"OPS WEEKLY"_s;
    s.title = formatTitle(u"OPS WEEKLY ISSUE #{number} - {date_long}"_s, s.number, s.date,
                          s.newsletter, language);
    s.sponsorLabel = defaultSponsorLabel(language);
    s.sections = {newsletterText(language, QT_TRANSLATE_NOOP("galley::NewsletterText", "News")),
                  newsletterText(language, QT_TRANSLATE_NOOP("galley::NewsletterText", "Tools"))};
    s.sponsor.name = u"Pagerly"_s;
    s.sponsor.copy = newsletterText(
        language,
        QT_TRANSLATE_NOOP("galley::NewsletterText",
                          "On-call rotations that fit how your team actually works."));
    s.sponsor.link = u"https://pagerly.example.com/weekly"_s;
    return s;
}

Result<QString> expandWithSamples(const TemplateSet &set, const QString &name,
                                  const TemplateSamples &samples)
{
    const IssueBlocks blocks(set, samples.sponsorLabel);
    const auto item = [&] {
        return blocks.item(
            newsletterText(samples.language,
                           QT_TRANSLATE_NOOP("galley::NewsletterText",
                                             "A clear write-up of why egress filtering matters, "
                                             "with examples of what it would have caught.")),
            {u"https://security.example.org/egress"_s, u"https://news.example.com/item?id=1"_s});
    };
    const auto section = [&](const QString &sectionName) -> Result<QString> {
        const auto items = item();
        if (!items)
            return items;
        return blocks.section(sectionName, *items);
    };
    const QString firstSection = samples.sections.value(0, u"News"_s);
    if (name == u"sponsor-top")
        return blocks.sponsorBlock(SponsorSlot::Top, samples.sponsor);
    if (name == u"sponsor-closing")
        return blocks.sponsorBlock(SponsorSlot::Closing, samples.sponsor);
    if (name == u"section")
        return section(firstSection);
    if (name == u"item")
        return item();
    if (name == u"link")
        return TemplateEngine::expand(set.link, {{u"url"_s, u"https://example.com/a-link"_s}},
                                      u"link"_s);

    const auto top = blocks.sponsorBlock(SponsorSlot::Top, samples.sponsor);
    if (!top)
        return top;
    const auto closing = blocks.sponsorBlock(SponsorSlot::Closing, samples.sponsor);
    if (!closing)
        return closing;
    QStringList sections;
    for (qsizetype i = 0; i < std::max<qsizetype>(1, samples.sections.size()); ++i) {
        const auto s = i == 0 ? section(firstSection) : blocks.section(samples.sections.at(i));
        if (!s)
            return s;
        sections << *s;
    }
    TemplateValues v;
    v[u"number"_s] = QString::number(samples.number);
    v[u"date"_s] = samples.date.toString(Qt::ISODate);
    v[u"date_long"_s] = newsletterLongDate(samples.date, samples.language);
    v[u"title"_s] = samples.title;
    v[u"newsletter"_s] = samples.newsletter;
    v[u"intro"_s] = newsletterText(samples.language,
                                   QT_TRANSLATE_NOOP("galley::NewsletterText",
                                                     "This week: a bit of "
                                                     "everything."));
    v[u"sponsor_top"_s] = *top;
    v[u"sponsor_closing"_s] = *closing;
    v[u"sections"_s] = sections.join(u"\n\n\n"_s);
    return TemplateEngine::expand(set.skeleton, v, u"skeleton"_s);
}

TextPosition firstTemplateError(const QString &text)
{
    const QStringList lines = text.split(u'\n');
    for (int l = 0; l < lines.size(); ++l) {
        const QString &line = lines.at(l);
        qsizetype i = 0;
        while ((i = line.indexOf(u"{{"_s, i)) >= 0) {
            if (line.mid(i, 4) == u"{{{{") {
                i += 4;
                continue;
            }
            const qsizetype close = line.indexOf(u"}}"_s, i + 2);
            if (close < 0)
                return {l + 1, int(i) + 1, int(line.size() - i)};
            if (!TemplateEngine::isKnown(line.mid(i + 2, close - i - 2).trimmed()))
                return {l + 1, int(i) + 1, int(close + 2 - i)};
            i = close + 2;
        }
    }
    return {};
}

} // namespace galley::gui
