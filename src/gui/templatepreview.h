#pragma once

#include "result.h"
#include "sponsorbook.h"
#include "templateset.h"

#include <QDate>
#include <QString>

namespace galley::gui {

// What the Templates dialog expands its templates with: an issue number and date, a title, a
// sponsor (the library's first, else an example) and a section with two items.
struct TemplateSamples
{
    int number = 104;
    QDate date = QDate(2025, 1, 26);
    QString title;
    QString newsletter;
    QString sponsorLabel; // the newsletter's default sponsor heading
    Sponsor sponsor;

    static TemplateSamples example();
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
