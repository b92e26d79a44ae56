#pragma once

#include <QString>

#include <optional>

namespace galley {

// How a section's heading is written in a new issue: underlined with `=` as the archive does
// ("News\n===="), or as an ATX heading `## News` / `### News`.
enum class HeadingStyle { Underline, Atx2, Atx3 };

// "=", "##" or "###": what the settings' JSON stores.
QString headingStyleMarker(HeadingStyle style);
std::optional<HeadingStyle> headingStyleFromMarker(const QString &marker);

// The heading as Markdown, for the preview in Preferences and for the planner.
QString sectionHeading(const QString &name, HeadingStyle style);

} // namespace galley
