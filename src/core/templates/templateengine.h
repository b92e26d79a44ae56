#pragma once

#include "result.h"

#include <QHash>
#include <QList>
#include <QString>

namespace galley {

// The values a template is expanded with, by placeholder name ("sponsor.name").
using TemplateValues = QHash<QString, QString>;

// `{{name}}` templates for the issue skeleton, sponsor blocks, sections and items.
//
// Placeholders must be from knownPlaceholders() (documented in resources/templates/README.md):
// an unknown name is an Error naming it and its line, never silently dropped, because a typo in
// a template would otherwise ship an issue with a hole in it. A known name without a value
// expands to nothing. `{{{{` writes a literal `{{`; a `{{` without its `}}` is an Error.
class TemplateEngine
{
public:
    struct Placeholder
    {
        QString name;
        QString description; // translated
    };
    static QList<Placeholder> knownPlaceholders();
    static bool isKnown(const QString &name);

    // `templateName` is only used in error messages ("item template, line 2: ...").
    static Result<QString> expand(const QString &text, const TemplateValues &values,
                                  const QString &templateName = {});
    // Checks a template without expanding it (the Templates dialog and import use this).
    static Status validate(const QString &text, const QString &templateName = {});
};

} // namespace galley
