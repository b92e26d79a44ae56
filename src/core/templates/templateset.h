#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace galley {

// The templates an issue is built from. Defaults match the fixtures' layout and are kept, as
// files, in resources/templates/ (a test checks that the two agree).
struct TemplateSet
{
    QString skeleton; // the body: {{intro}}, {{sponsor_top}}, {{sections}}, {{sponsor_closing}}
    QString sponsorTop;
    QString sponsorClosing;
    QString section;
    QString item;
    QString link; // one link line of an item: <br>[{{url}}]({{url}})

    static TemplateSet defaults();
    // The names used in the export file and in resources/templates/<name>.md.
    static QStringList names();
    QString byName(const QString &name) const;
    void setByName(const QString &name, const QString &text);

    // Every template checked with TemplateEngine::validate; the first error wins.
    Status validate() const;

    // The whole set as one JSON file to share between machines.
    QByteArray toJson() const;
    // Missing templates take the default; unknown placeholders are refused.
    static Result<TemplateSet> fromJson(const QByteArray &json, const QString &fileName = {});

    friend bool operator==(const TemplateSet &, const TemplateSet &) = default;
};

} // namespace galley
