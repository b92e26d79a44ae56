#pragma once

#include "archiveinference.h"
#include "email/utmtagger.h"
#include "result.h"
#include "sectionheading.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

namespace galley {

// The newsletter's settings as the person set them; an unset field is inferred from the archive
// (see resolveProfile). Stored as one JSON document under the settings key `newsletter`.
struct NewsletterProfile
{
    std::optional<QString> name;
    std::optional<QString> titlePattern;
    std::optional<int> weekday; // 1 = Monday ... 7 = Sunday
    std::optional<int> intervalDays;
    std::optional<QTime> publicationTime;
    std::optional<QStringList> sections;
    // Per section name; a section without an entry is underlined (HeadingStyle::Underline).
    QHash<QString, HeadingStyle> sectionHeadings;
    std::optional<QString> sponsorLabel; // "From our sponsor, {name}"
    std::optional<QString> footer;
    std::optional<QString> sender;
    std::optional<QString> replyTo;
    // The email's settings (EmailSettings). mergeTagPreset is a preset name
    // (EmailSettings::mergeTagPresetNames()) or "custom", which uses the two tags below.
    std::optional<QString> mergeTagPreset;
    std::optional<QString> unsubscribeTag;
    std::optional<QString> viewOnlineTag;
    std::optional<QString> language; // BCP 47 tag for <html lang> and dates; "en" when unset
    // The spell checker's language ("en-GB"); the content language when unset (issue 19).
    std::optional<QString> spellLanguage;
    std::optional<QString> to; // the .eml's To address
    // UTM tagging of the email's links (UtmSettings); off unless utmEnabled is true.
    std::optional<bool> utmEnabled;
    std::optional<QString> utmSource;
    std::optional<QString> utmMedium;
    std::optional<QString> utmCampaign;
    std::optional<QStringList> utmNeverTag;

    QByteArray toJson() const;
    static Result<NewsletterProfile> fromJson(const QByteArray &json);
    friend bool operator==(const NewsletterProfile &, const NewsletterProfile &) = default;
};

// A setting's value and whether it came from the archive rather than from the person, so the
// Preferences form can show what was inferred.
template<typename T> struct Setting
{
    T value {};
    bool inferred = false;
};

struct EffectiveProfile
{
    Setting<QString> name;
    Setting<QString> titlePattern;
    Setting<int> weekday; // 0 when neither set nor inferable
    Setting<int> intervalDays;
    Setting<QStringList> sections;
    QHash<QString, HeadingStyle> sectionHeadings;
    HeadingStyle headingStyle(const QString &section) const
    {
        return sectionHeadings.value(section, HeadingStyle::Underline);
    }
    QString sponsorLabel;
    std::optional<QTime> publicationTime;
    QString footer;
    QString sender;
    QString replyTo;
    // "mailchimp" when unset or unknown; "custom" when the person set their own tags. The two
    // tags are the ones the email carries: the preset's, or the custom ones.
    QString mergeTagPreset;
    QString unsubscribeTag;
    QString viewOnlineTag;
    QString language; // "en" when unset
    QString spellLanguage; // `language` when unset
    QString to;
    UtmSettings utm; // an empty source: the newsletter's name as a slug, when the email is made

    // The text before the sponsor's name in the label: what analyseIssue looks for.
    QString sponsorLabelPrefix() const;
    Cadence cadence() const { return Cadence {weekday.value, intervalDays.value}; }
};

// "From our sponsor, {name}", in the newsletter's language.
QString defaultSponsorLabel(const QString &language = QStringLiteral("en"));

EffectiveProfile resolveProfile(const NewsletterProfile &set, const ArchiveInference &inferred);

} // namespace galley
