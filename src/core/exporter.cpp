#include "exporter.h"

#include "plaintextrenderer.h"

using namespace Qt::StringLiterals;

namespace galley {

std::optional<ExportFormat> exportFormatFromName(const QString &name)
{
    const QString n = name.toLower();
    if (n == u"fragment")
        return ExportFormat::Fragment;
    if (n == u"html")
        return ExportFormat::Html;
    if (n == u"markdown" || n == u"md")
        return ExportFormat::Markdown;
    if (n == u"text" || n == u"txt")
        return ExportFormat::Text;
    return std::nullopt;
}

QStringList exportFormatNames()
{
    return {u"fragment"_s, u"html"_s, u"markdown"_s, u"text"_s};
}

QByteArray htmlDocument(const IssueDocument &doc, const QByteArray &fragment)
{
    const QString title = doc.subject().isEmpty() ? u"Galley"_s : doc.subject();
    QByteArray out;
    out.reserve(fragment.size() + 1024);
    out += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
           "<title>";
    out += title.toHtmlEscaped().toUtf8();
    out += "</title>\n</head>\n<body>\n";
    out += fragment;
    out += "</body>\n</html>\n";
    return out;
}

QByteArray exportDocument(const IssueDocument &doc, ExportFormat format,
                          const RenderOptions &options)
{
    switch (format) {
    case ExportFormat::Markdown:
        return doc.toMarkdown().toUtf8();
    case ExportFormat::Fragment:
        return renderFragment(doc.body().toUtf8(), options);
    case ExportFormat::Html:
        return htmlDocument(doc, renderFragment(doc.body().toUtf8(), options));
    case ExportFormat::Text: {
        const MarkdownTree tree(doc.body().toUtf8());
        QString text;
        if (!doc.subject().isEmpty())
            text = doc.subject() + u'\n' + QString(doc.subject().size(), u'=') + u"\n\n"_s;
        return (text + PlainTextRenderer(72).render(tree.root())).toUtf8();
    }
    }
    return {};
}

} // namespace galley
