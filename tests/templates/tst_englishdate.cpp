// Dates in the newsletter's language, whatever the UI locale.
#include "englishdate.h"
#include "titlepattern.h"

#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace galley;

class TestEnglishDate : public QObject
{
    Q_OBJECT
private slots:
    void ordinals_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("expected");
        const QList<std::pair<int, const char *>> cases
            = {{1, "1st"},   {2, "2nd"},   {3, "3rd"},   {4, "4th"},     {11, "11th"},
               {12, "12th"}, {13, "13th"}, {21, "21st"}, {22, "22nd"},   {23, "23rd"},
               {24, "24th"}, {30, "30th"}, {31, "31st"}, {101, "101st"}, {111, "111th"}};
        for (const auto &[n, s] : cases)
            QTest::addRow("%d", n) << n << QString::fromLatin1(s);
    }
    void ordinals()
    {
        QFETCH(int, n);
        QFETCH(QString, expected);
        QCOMPARE(englishOrdinal(n), expected);
    }

    void longDateIgnoresTheUiLocale()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(englishLongDate(QDate(2025, 1, 26)), u"26th January 2025"_s);
        QCOMPARE(englishLongDate(QDate(2024, 2, 29)), u"29th February 2024"_s);
        QCOMPARE(englishLongDate(QDate(2025, 12, 1)), u"1st December 2025"_s);
        QLocale::setDefault(before);
        QCOMPARE(englishLongDate(QDate()), QString());
    }

    void findsLongDates()
    {
        QCOMPARE(findEnglishLongDate(u"OPS WEEKLY ISSUE #103 - 19th January 2025"_s),
                 QDate(2025, 1, 19));
        QCOMPARE(findEnglishLongDate(u"on 2 march 2024"_s), QDate(2024, 3, 2));
        QVERIFY(!findEnglishLongDate(u"31st February 2025"_s));
        QVERIFY(!findEnglishLongDate(u"no date here"_s));
    }

    void titlePatterns()
    {
        const QString title = u"OPS WEEKLY ISSUE #103 - 19th January 2025"_s;
        const QString pattern = titlePatternFromTitle(title, 103, QDate(2025, 1, 19));
        QCOMPARE(pattern, u"OPS WEEKLY ISSUE #{number} - {date_long}"_s);
        QCOMPARE(formatTitle(pattern, 104, QDate(2025, 1, 26)),
                 u"OPS WEEKLY ISSUE #104 - 26th January 2025"_s);
        QCOMPARE(titlePatternFromTitle(u"Weekly 7 (2025-03-02)"_s, 7, QDate(2025, 3, 2)),
                 u"Weekly {number} ({date})"_s);
        // The 3 of "2023" must not be taken for issue 3.
        QCOMPARE(titlePatternFromTitle(u"News 2023 #3"_s, 3, QDate()), u"News 2023 #{number}"_s);
        QCOMPARE(titlePatternFromTitle(u"Hello"_s, 3, QDate(2025, 1, 1)), QString());
        QCOMPARE(formatTitle(u"{newsletter} {date}"_s, 1, QDate(2025, 1, 2), u"X"_s),
                 u"X 2025-01-02"_s);
        QCOMPARE(newsletterNameFromTitle(title), u"OPS WEEKLY"_s);
        QCOMPARE(newsletterNameFromTitle(u"Cron Digest No. 12"_s), u"Cron Digest"_s);
        const TitleFacts facts = readTitle(title);
        QCOMPARE(facts.number, std::optional<int>(103));
        QCOMPARE(facts.date, std::optional<QDate>(QDate(2025, 1, 19)));
        QVERIFY(!readTitle(u"Untitled"_s).number);
    }
};

QTEST_GUILESS_MAIN(TestEnglishDate)
#include "tst_englishdate.moc"
