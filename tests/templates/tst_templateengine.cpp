// Template expansion: every placeholder, unknown names and unterminated braces as errors with
// their line, the `{{{{` escape, and the default template set (resources/ and JSON files).
#include "templateengine.h"
#include "templateset.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace galley;

class TestTemplateEngine : public QObject
{
    Q_OBJECT
private slots:
    void everyKnownPlaceholderExpands()
    {
        const auto known = TemplateEngine::knownPlaceholders();
        QVERIFY(known.size() >= 15);
        for (const auto &p : known) {
            QVERIFY2(!p.description.isEmpty(), qPrintable(p.name));
            const QString value = u"<"_s + p.name + u">"_s;
            const auto out
                = TemplateEngine::expand(u"a {{"_s + p.name + u"}} b"_s, {{p.name, value}});
            QVERIFY2(out.ok(), qPrintable(p.name));
            QCOMPARE(*out, u"a "_s + value + u" b"_s);
        }
        for (const QString &name :
             {u"number"_s, u"date"_s, u"date_long"_s, u"title"_s, u"newsletter"_s,
              u"sponsor.name"_s, u"sponsor.copy"_s, u"sponsor.url"_s, u"sponsor.label"_s,
              u"section"_s, u"url"_s, u"urls"_s, u"commentary"_s})
            QVERIFY2(TemplateEngine::isKnown(name), qPrintable(name));
    }

    void spacesInsideBracesAndMissingValues()
    {
        const auto out
            = TemplateEngine::expand(u"#{{ number }}: {{title}}."_s, {{u"number"_s, u"104"_s}});
        QVERIFY(out.ok());
        QCOMPARE(*out, u"#104: ."_s);
    }

    void unknownPlaceholderIsAnErrorWithItsLine()
    {
        const auto out = TemplateEngine::expand(u"line one\n{{number}}\nsee {{sponsor.nmae}}\n"_s,
                                                {{u"number"_s, u"1"_s}}, u"item"_s);
        QVERIFY(!out.ok());
        QCOMPARE(out.error().line, 3);
        QVERIFY(out.error().message.contains(u"sponsor.nmae"_s));
        QVERIFY(out.error().toString().contains(u"item"_s));
        QVERIFY(!TemplateEngine::validate(u"{{nope}}"_s).ok());
        QVERIFY(TemplateEngine::validate(u"{{number}}"_s).ok());
    }

    void unterminatedBracesAreAnError()
    {
        auto out = TemplateEngine::expand(u"ok\n{{number"_s, {});
        QVERIFY(!out.ok());
        QCOMPARE(out.error().line, 2);
        // The closing braces must be on the same line.
        out = TemplateEngine::expand(u"{{number\n}}"_s, {});
        QVERIFY(!out.ok());
        QCOMPARE(out.error().line, 1);
    }

    void quadrupleBracesWriteLiteralBraces()
    {
        const auto out = TemplateEngine::expand(u"{{{{number}} is {{number}}, }} stays"_s,
                                                {{u"number"_s, u"7"_s}});
        QVERIFY(out.ok());
        QCOMPARE(*out, u"{{number}} is 7, }} stays"_s);
        // A single brace is plain text.
        QCOMPARE(*TemplateEngine::expand(u"{a} {"_s, {}), u"{a} {"_s);
    }

    void defaultsMatchTheResourceFiles()
    {
        const TemplateSet defaults = TemplateSet::defaults();
        QVERIFY(defaults.validate().ok());
        for (const QString &name : TemplateSet::names()) {
            QFile f(QStringLiteral(GALLEY_RESOURCES) + u"/templates/"_s + name + u".md"_s);
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
            QCOMPARE(QString::fromUtf8(f.readAll()), defaults.byName(name));
        }
    }

    void readmeDocumentsEveryPlaceholder()
    {
        QFile f(QStringLiteral(GALLEY_RESOURCES) + u"/templates/README.md"_s);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString readme = QString::fromUtf8(f.readAll());
        for (const auto &p : TemplateEngine::knownPlaceholders())
            QVERIFY2(readme.contains(u"`{{"_s + p.name + u"}}`"_s), qPrintable(p.name));
    }

    void jsonRoundTripAndRefusals()
    {
        TemplateSet set = TemplateSet::defaults();
        set.item = u"* {{commentary}} {{urls}}"_s;
        const auto back = TemplateSet::fromJson(set.toJson());
        QVERIFY(back.ok());
        QVERIFY(*back == set);

        QVERIFY(!TemplateSet::fromJson("not json").ok());
        QVERIFY(!TemplateSet::fromJson(R"({"format":"other","templates":{}})").ok());
        const auto unknownName = TemplateSet::fromJson(
            R"({"format":"galley-templates","version":1,"templates":{"footer":"x"}})");
        QVERIFY(!unknownName.ok());
        QVERIFY(unknownName.error().message.contains(u"footer"_s));
        const auto badPlaceholder = TemplateSet::fromJson(
            R"({"format":"galley-templates","version":1,"templates":{"item":"{{comentary}}"}})",
            u"set.json"_s);
        QVERIFY(!badPlaceholder.ok());
        QVERIFY(badPlaceholder.error().message.contains(u"comentary"_s));
        QCOMPARE(badPlaceholder.error().file, u"set.json"_s);
        // Missing templates take the defaults.
        const auto partial = TemplateSet::fromJson(
            R"({"format":"galley-templates","version":1,"templates":{"link":"- <{{url}}>"}})");
        QVERIFY(partial.ok());
        QCOMPARE(partial->link, u"- <{{url}}>"_s);
        QCOMPARE(partial->skeleton, TemplateSet::defaults().skeleton);
    }
};

QTEST_GUILESS_MAIN(TestTemplateEngine)
#include "tst_templateengine.moc"
