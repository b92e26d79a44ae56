#include "templateengine.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace galley {

namespace {
struct TemplateEngineTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::TemplateEngine)
};

Error templateError(const QString &templateName, int line, const QString &message)
{
    Error e;
    e.file = templateName;
    e.line = line;
    e.message = message;
    return e;
}
} // namespace

QList<TemplateEngine::Placeholder> TemplateEngine::knownPlaceholders()
{
    return {
        {u"number"_s, TemplateEngineTr::tr("The issue number, e.g. 104.")},
        {u"date"_s, TemplateEngineTr::tr("The publication date, ISO style: 2025-01-26.")},
        {u"date_long"_s, TemplateEngineTr::tr("The publication date in words: 26th January 2025.")},
        {u"title"_s, TemplateEngineTr::tr("The issue's title (the email subject).")},
        {u"newsletter"_s, TemplateEngineTr::tr("The newsletter's name.")},
        {u"intro"_s, TemplateEngineTr::tr("The editor's introduction (skeleton).")},
        {u"sponsor_top"_s, TemplateEngineTr::tr("The expanded top sponsor block (skeleton).")},
        {u"sponsor_closing"_s,
         TemplateEngineTr::tr("The expanded closing sponsor repeat (skeleton).")},
        {u"sections"_s, TemplateEngineTr::tr("The expanded sections, in order (skeleton).")},
        {u"sponsor.name"_s, TemplateEngineTr::tr("The sponsor's name.")},
        {u"sponsor.label"_s,
         TemplateEngineTr::tr("The sponsor heading, e.g. From our sponsor, Pagerly.")},
        {u"sponsor.underline"_s,
         TemplateEngineTr::tr("A line of = as long as the sponsor heading.")},
        {u"sponsor.copy"_s, TemplateEngineTr::tr("The sponsor's copy (Markdown).")},
        {u"sponsor.url"_s, TemplateEngineTr::tr("The sponsor's link.")},
        {u"sponsor.logo"_s, TemplateEngineTr::tr("The sponsor's logo URL (may be empty).")},
        {u"section"_s, TemplateEngineTr::tr("The section's name, e.g. News.")},
        {u"section.underline"_s,
         TemplateEngineTr::tr("A line of = as long as the section's name.")},
        {u"items"_s, TemplateEngineTr::tr("The section's items (empty in a new issue).")},
        {u"commentary"_s, TemplateEngineTr::tr("An item's commentary.")},
        {u"url"_s, TemplateEngineTr::tr("One link (link line template).")},
        {u"urls"_s,
         TemplateEngineTr::tr("An item's link lines, each from the link line template.")},
    };
}

bool TemplateEngine::isKnown(const QString &name)
{
    for (const Placeholder &p : knownPlaceholders()) {
        if (p.name == name)
            return true;
    }
    return false;
}

Result<QString> TemplateEngine::expand(const QString &text, const TemplateValues &values,
                                       const QString &templateName)
{
    QString out;
    out.reserve(text.size());
    int line = 1;
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c == u'{' && text.mid(i, 4) == u"{{{{") {
            out += u"{{"_s;
            i += 4;
            continue;
        }
        if (c == u'{' && i + 1 < text.size() && text.at(i + 1) == u'{') {
            const qsizetype close = text.indexOf(u"}}"_s, i + 2);
            const qsizetype newline = text.indexOf(u'\n', i + 2);
            if (close < 0 || (newline >= 0 && newline < close)) {
                return templateError(
                    templateName, line,
                    TemplateEngineTr::tr(
                        "'{{' is not closed by '}}' on the same line; write '{{{{' for a "
                        "literal '{{'."));
            }
            const QString name = text.mid(i + 2, close - i - 2).trimmed();
            if (!isKnown(name)) {
                return templateError(
                    templateName, line,
                    TemplateEngineTr::tr("unknown placeholder '{{%1}}'; see the list of "
                                         "placeholders in the Templates help.")
                        .arg(name));
            }
            out += values.value(name);
            i = close + 2;
            continue;
        }
        if (c == u'\n')
            ++line;
        out += c;
        ++i;
    }
    return out;
}

Status TemplateEngine::validate(const QString &text, const QString &templateName)
{
    const auto expanded = expand(text, {}, templateName);
    if (!expanded)
        return expanded.error();
    return Done {};
}

} // namespace galley
