#include "exportfiles.h"

#include "atomicfile.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace galley {

namespace {
struct ExportFilesTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::ExportFiles)
};

QString slug(const QString &text)
{
    // Letters of any script stay (file systems take UTF-8); the rest becomes single dashes.
    QString out;
    bool dash = false;
    for (const QChar c : text.normalized(QString::NormalizationForm_C)) {
        if (c.isLetterOrNumber()) {
            if (dash && !out.isEmpty())
                out += u'-';
            out += c.toLower();
            dash = false;
        } else {
            dash = true;
        }
    }
    constexpr int maxLength = 80;
    if (out.size() > maxLength) {
        out.truncate(maxLength);
        const qsizetype lastDash = out.lastIndexOf(u'-');
        if (lastDash > maxLength / 2)
            out.truncate(lastDash);
    }
    return out;
}
} // namespace

QString exportFileSuffix(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Fragment:
    case ExportFormat::Html:
        return u"html"_s;
    case ExportFormat::Markdown:
        return u"md"_s;
    case ExportFormat::Text:
        return u"txt"_s;
    case ExportFormat::Eml:
        return u"eml"_s;
    }
    return u"html"_s;
}

QString defaultExportBaseName(const IssueDocument &doc)
{
    QString base = slug(doc.title());
    if (const auto number = doc.issueNumber()) {
        const QString n = QString::number(*number);
        static const QRegularExpression digits(u"\\d+"_s);
        bool carried = false;
        for (const auto &m : digits.globalMatch(base))
            carried = carried || m.captured() == n;
        if (!carried)
            base = base.isEmpty() ? QString(u"issue-"_s + n)
                                  : QString(u"issue-"_s + n + u'-' + base);
    }
    return base.isEmpty() ? u"issue"_s : base;
}

QList<ExportFileOutcome> writeExportFiles(const IssueDocument &doc, const EmailSettings &settings,
                                          const QList<ExportFile> &files)
{
    QList<ExportFileOutcome> outcomes;
    for (const ExportFile &file : files) {
        ExportFileOutcome outcome {file.path, std::nullopt};
        QByteArray bytes;
        if (file.format == ExportFormat::Eml) {
            Result<QByteArray> eml = exportEml(doc, settings);
            if (!eml) {
                Error e = eml.error();
                e.file = file.path;
                e.message
                    = ExportFilesTr::tr("The email message cannot be built: %1 Check the addresses "
                                        "in Preferences.")
                          .arg(eml.error().toString());
                outcome.error = e;
                outcomes << outcome;
                continue;
            }
            bytes = std::move(eml).value();
        } else {
            bytes = exportDocument(doc, file.format, {}, settings);
        }
        if (const Status written = writeFileAtomically(file.path, bytes); !written)
            outcome.error = written.error();
        outcomes << outcome;
    }
    return outcomes;
}

} // namespace galley
