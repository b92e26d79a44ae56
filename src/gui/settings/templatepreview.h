#pragma once

#include "result.h"
#include "sponsorbook.h"
#include "templateset.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace galley::gui {

// What the Templates dialog expands its templates with: an issue number and date, a title, a
// sponsor (the library's first, else an example) and a section with two items. All of it in the
// newsletter's language, as a new issue would be written (not the interface's).
struct TemplateSamples
{
    int number = 104;
    QDate date = QDate(2025, 1, 26);
    QString language = QStringLiteral("en"); // the newsletter's
    QString title;
    QString newsletter;
    QString sponsorLabel; // the newsletter's default sponsor heading
    QStringList sections; // the newsletter's sections; the first gets the sample item
    Sponsor sponsor;

    static TemplateSamples example(const QString &language = QStringLiteral("en"));
};

// The template `name` (one of TemplateSet::names()) expanded the way a new issue or Add Link
// would expand it, with the other templates of `set` for the blocks it contains.
Result<QString> expandWithSamples(const TemplateSet &set, const QString &name,
                                  const TemplateSamples &samples);

// Where in `text` the engine's first error is: 1-based line and column of the offending `{{`
// (column 0 when the text has no error). Helps the editor point at the placeholder itself.
struct TextPosition
{
    int line = 0;
    int column = 0;
    int length = 0; // of the offending placeholder, up to the line's end when unclosed
};
TextPosition firstTemplateError(const QString &text);

} // namespace galley::gui
