#pragma once

#include "result.h"
#include "sectionheading.h"
#include "sponsorbook.h"
#include "templateset.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace galley {

// The text that marks an unfilled slot: the preflight check flags it (`TK`), so a draft cannot
// go out with it by accident.
QString emptySponsorMarker();

// The blocks of an issue, each expanded from its template. Trailing blank lines are dropped so
// blocks can be joined with the fixtures' two blank lines.
class IssueBlocks
{
public:
    IssueBlocks(TemplateSet templates, QString defaultSponsorLabel);

    // With no sponsor, a clearly marked empty slot (`TK sponsor`).
    Result<QString> sponsorBlock(SponsorSlot slot, const std::optional<Sponsor> &sponsor) const;
    // With an ATX style, the template's underlined heading (`{{section}}` then
    // `{{section.underline}}`) is written as `## name` instead.
    Result<QString> section(const QString &name, const QString &items = {},
                            HeadingStyle style = HeadingStyle::Underline) const;
    Result<QString> item(const QString &commentary, const QStringList &urls) const;

    const TemplateSet &templates() const { return m_templates; }

private:
    TemplateSet m_templates;
    QString m_defaultSponsorLabel;
};

QString trimTrailingBlankLines(const QString &text);

} // namespace galley
