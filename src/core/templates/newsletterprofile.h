#pragma once

#include "archiveinference.h"
#include "result.h"

#include <QByteArray>
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
    std::optional<QString> sponsorLabel; // "From our sponsor, {name}"
    std::optional<QString> footer;
    std::optional<QString> sender;
    std::optional<QString> replyTo;

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
    QString sponsorLabel;
    std::optional<QTime> publicationTime;
    QString footer;
    QString sender;
    QString replyTo;

    // The text before the sponsor's name in the label: what analyseIssue looks for.
    QString sponsorLabelPrefix() const;
    Cadence cadence() const { return Cadence {weekday.value, intervalDays.value}; }
};

QString defaultSponsorLabel();

EffectiveProfile resolveProfile(const NewsletterProfile &set, const ArchiveInference &inferred);

} // namespace galley
