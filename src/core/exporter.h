#pragma once

#include "issuedocument.h"
#include "markdowntree.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace galley {

enum class ExportFormat {
    Fragment, // the body's HTML only: the cmark-gfm contract
    Html, // a complete standalone HTML document
    Markdown, // the normalised document with its front matter
    Text, // plain text
};

std::optional<ExportFormat> exportFormatFromName(const QString &name);
QStringList exportFormatNames();

// The one rendering pipeline: the CLI, the exports and the preview all call this, so they produce
// the same bytes. The preview asks for source positions and nothing else differs.
QByteArray exportDocument(const IssueDocument &doc, ExportFormat format,
                          const RenderOptions &options = {});

// The standalone HTML page around a rendered fragment.
QByteArray htmlDocument(const IssueDocument &doc, const QByteArray &fragment);

} // namespace galley
