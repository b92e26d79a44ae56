#include "exporter.h"

#include "email/emaildocument.h"
#include "email/emailtext.h"
#include "email/emlmessage.h"
#include "textdecoding.h"

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
    if (n == u"eml")
        return ExportFormat::Eml;
    return std::nullopt;
}

QStringList exportFormatNames()
{
    return {u"fragment"_s, u"html"_s, u"markdown"_s, u"text"_s, u"eml"_s};
}

std::optional<QByteArray>
exportFragmentFromFileBytes(QByteArrayView bytes, const RenderOptions &options, TreeMemory memory)
{
    // A file that starts with "---" may open front matter (IssueDocument::fromText decides); the
    // usual way handles it.
    if (bytes.startsWith("---") || !decodesToItself(bytes))
        return std::nullopt;
    return renderFragment(bytes, options, memory);
}

Result<QByteArray> exportEml(const IssueDocument &doc, const EmailSettings &settings,
                             const QString &subjectPrefix)
{
    return buildEmlMessage({subjectPrefix + doc.subject(), emailTextPart(doc, settings),
                            emailHtmlDocument(doc, settings)},
                           settings);
}

QByteArray exportDocument(const IssueDocument &doc, ExportFormat format,
                          const RenderOptions &options, const EmailSettings &settings)
{
    switch (format) {
    case ExportFormat::Markdown: {
        QString markdown;
        if (doc.hasFrontMatter() && looksMailboxQuoted(doc.body())) {
            // A file is read with its mbox quoting undone (IssueDocument::fromFileText): quote
            // once more, or reading the export back would take a `>` off the writer's lines.
            IssueDocument quoted = doc;
            quoted.setBody(mboxFromQuoted(doc.body()));
            markdown = quoted.toMarkdown();
        } else {
            markdown = doc.toMarkdown();
        }
        // As a file is read (decodeText): a control character pasted into the editor would
        // otherwise make the export, read back, a warning or even "not a text file".
        replaceControlCharacters(&markdown);
        removeLeadingByteOrderMarks(&markdown);
        return markdown.toUtf8();
    }
    case ExportFormat::Fragment:
        return renderFragment(doc.body().toUtf8(), options);
    case ExportFormat::Html:
        return emailHtmlDocument(doc, settings, options);
    case ExportFormat::Text:
        return emailTextPart(doc, settings).toUtf8();
    case ExportFormat::Eml: {
        Result<QByteArray> eml = exportEml(doc, settings);
        return eml ? std::move(eml).value() : QByteArray();
    }
    }
    return {};
}

} // namespace galley
