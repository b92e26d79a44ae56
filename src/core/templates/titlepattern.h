#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace galley {

// Title patterns use single braces, as people write them in settings:
// `OPS WEEKLY ISSUE #{number} - {date_long}`. Known names: {number}, {date} (ISO), {date_long},
// {newsletter}.
// {date_long} is written in `language` (the newsletter's, not the interface's).
QString formatTitle(const QString &pattern, int number, const QDate &date,
                    const QString &newsletter = {}, const QString &language = QStringLiteral("en"));

// The pattern behind a real title: the number and date (long or ISO) become
// placeholders. `OPS WEEKLY ISSUE #103 - 19th January 2025` -> `OPS WEEKLY ISSUE #{number} -
// {date_long}`. Empty when neither the number nor the date is found in the title.
QString titlePatternFromTitle(const QString &title, std::optional<int> number, const QDate &date);

// "OPS WEEKLY" from "OPS WEEKLY ISSUE #103 - ...": the words before the issue number, without a
// trailing "Issue"/"No." and punctuation.
QString newsletterNameFromTitle(const QString &title);

// What a title says about its issue, for checking it against the front matter and the archive.
struct TitleFacts
{
    std::optional<int> number; // the `#N` (or `Issue N`)
    std::optional<QDate> date; // the first English long date
};
TitleFacts readTitle(const QString &title);

} // namespace galley
