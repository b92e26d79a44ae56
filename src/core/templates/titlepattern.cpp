#include "titlepattern.h"

#include "englishdate.h"
#include "newslettertext.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace galley {

QString formatTitle(const QString &pattern, int number, const QDate &date,
                    const QString &newsletter, const QString &language)
{
    QString title = pattern;
    title.replace(u"{number}"_s, QString::number(number));
    title.replace(u"{date_long}"_s, newsletterLongDate(date, language));
    title.replace(u"{date}"_s, date.toString(Qt::ISODate));
    title.replace(u"{newsletter}"_s, newsletter);
    return title;
}

QString titlePatternFromTitle(const QString &title, std::optional<int> number, const QDate &date)
{
    QString pattern = title.trimmed();
    bool found = false;
    if (date.isValid()) {
        // The date may be written without its ordinal suffix or with another case: find it by
        // meaning, then replace the text as written.
        static const QRegularExpression longDate(
            uR"(\b\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+,?\s+\d{4}\b)"_s);
        auto it = longDate.globalMatch(pattern);
        while (it.hasNext()) {
            const auto m = it.next();
            if (findEnglishLongDate(m.captured(0)) == date) {
                pattern.replace(m.capturedStart(0), m.capturedLength(0), u"{date_long}"_s);
                found = true;
                break;
            }
        }
        const QString iso = date.toString(Qt::ISODate);
        if (!found && pattern.contains(iso)) {
            pattern.replace(iso, u"{date}"_s);
            found = true;
        }
    }
    if (number) {
        const QRegularExpression numberRe(u"(?<!\\d)"_s + QString::number(*number) + u"(?!\\d)"_s);
        const auto m = numberRe.match(pattern);
        if (m.hasMatch()) {
            pattern.replace(m.capturedStart(0), m.capturedLength(0), u"{number}"_s);
            found = true;
        }
    }
    return found ? pattern : QString();
}

QString newsletterNameFromTitle(const QString &title)
{
    static const QRegularExpression beforeNumber(
        uR"(^(.*?)\s*(?:[-:|,]\s*)?(?:issue|no\.?|number|#)\s*#?\s*\d)"_s,
        QRegularExpression::CaseInsensitiveOption);
    const auto m = beforeNumber.match(title.trimmed());
    QString name = m.hasMatch() ? m.captured(1) : title.section(u" - "_s, 0, 0);
    static const QRegularExpression trailing(uR"([\s\-:|,#]+$)"_s);
    name.remove(trailing);
    return name.trimmed();
}

TitleFacts readTitle(const QString &title)
{
    TitleFacts facts;
    static const QRegularExpression number(uR"((?:#|\bissue\s+|\bno\.?\s*)(\d+))"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    const auto m = number.match(title);
    if (m.hasMatch())
        facts.number = m.captured(1).toInt();
    facts.date = findEnglishLongDate(title);
    return facts;
}

} // namespace galley
