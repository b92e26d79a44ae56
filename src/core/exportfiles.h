#pragma once

#include "email/emailsettings.h"
#include "exporter.h"
#include "issuedocument.h"
#include "result.h"

#include <QList>
#include <QString>

namespace galley {

// One file of an export: the format and where it goes.
struct ExportFile
{
    ExportFormat format = ExportFormat::Html;
    QString path;
};

// What writing one file came to: the path and, when it failed, why.
struct ExportFileOutcome
{
    QString path;
    std::optional<Error> error;
};

// The file name suffix of a format, without the dot: html, md, txt, eml (fragment: html).
QString exportFileSuffix(ExportFormat format);

// A file name (without suffix) for an issue: its title as lower-case words joined by dashes,
// with the issue number when the title does not carry it ("ops-weekly-issue-104-26th-january-
// 2025", "issue-7-spring-notes"); "issue" when there is neither.
QString defaultExportBaseName(const IssueDocument &doc);

// Renders each file's format from `doc` with `settings` (the same bytes `galley export` writes)
// and writes it atomically. A failed file does not stop the others; each outcome says what
// happened. Does work that grows with the document: call it off the GUI thread.
QList<ExportFileOutcome> writeExportFiles(const IssueDocument &doc, const EmailSettings &settings,
                                          const QList<ExportFile> &files);

} // namespace galley
