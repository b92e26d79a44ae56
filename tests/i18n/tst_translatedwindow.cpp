// The editor window in German and French: menu titles and actions come from the embedded .qm
// files, Qt's own dialog buttons match, shortcuts survive translation. Saves screenshots
// (window-de.png, window-fr.png) as test artifacts to look at.
#include "editor/markdowneditor.h"
#include "preview/previewwidget.h"
#include "uilanguage.h"
#include "window/actionregistry.h"
#include "window/mainwindow.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace galley;
using namespace galley::gui;

namespace {
QStringList menuTitles(MainWindow &window)
{
    QStringList titles;
    for (QAction *a : window.menuBar()->actions())
        titles << a->text();
    return titles;
}

std::unique_ptr<MainWindow> openWindow(const QString &storePath)
{
    auto window = std::make_unique<MainWindow>(storePath);
    QSignalSpy ready(window.get(), &MainWindow::storeReady);
    window->show();
    if (!ready.wait(20000) || !ready.first().first().toBool())
        return nullptr;
    return window;
}
} // namespace

class TestTranslatedWindow : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void cleanup() { installTranslators(QLocale::c()); }

    void menusFollowTheTranslator_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QStringList>("titles");
        QTest::newRow("en") << u"en"_s << QStringList {u"&File"_s, u"&Edit"_s,  u"&Insert"_s,
                                                       u"&View"_s, u"I&ssue"_s, u"&Help"_s};
        QTest::newRow("de") << u"de"_s
                            << QStringList {u"&Datei"_s,   u"&Bearbeiten"_s, u"&Einfügen"_s,
                                            u"&Ansicht"_s, u"A&usgabe"_s,    u"&Hilfe"_s};
        QTest::newRow("fr") << u"fr"_s
                            << QStringList {u"&Fichier"_s,   u"&Édition"_s, u"&Insertion"_s,
                                            u"&Affichage"_s, u"&Numéro"_s,  u"Ai&de"_s};
    }
    void menusFollowTheTranslator()
    {
        QFETCH(QString, lang);
        QFETCH(QStringList, titles);
        QCOMPARE(installTranslators(QLocale(lang)), lang != u"en");
        auto window = openWindow(m_dir.filePath(lang + u".sqlite"_s));
        QVERIFY(window);
        QCOMPARE(menuTitles(*window), titles);
        // Qt's own buttons speak the same language (qtbase_<lang>.qm).
        QDialogButtonBox box(QDialogButtonBox::Cancel);
        const QString cancel = box.button(QDialogButtonBox::Cancel)->text().remove(u'&');
        if (lang == u"de")
            QCOMPARE(cancel, u"Abbrechen"_s);
        else if (lang == u"fr")
            QCOMPARE(cancel, u"Annuler"_s);
        else
            QCOMPARE(cancel, u"Cancel"_s);

        QTRY_VERIFY_WITH_TIMEOUT(window->preview()->appliedSequence() > 0, 20000);
        QDir().mkpath(QStringLiteral(GALLEY_TEST_ARTIFACTS));
        QVERIFY(window->grab().save(QStringLiteral(GALLEY_TEST_ARTIFACTS) + u"/window-"_s + lang
                                    + u".png"_s));
    }

    void translatedActionsDifferFromEnglish()
    {
        QStringList english;
        {
            auto window = openWindow(m_dir.filePath(u"english.sqlite"_s));
            QVERIFY(window);
            for (QAction *a : window->actions()->all())
                english << a->text();
        }
        for (const QString &lang : {u"de"_s, u"fr"_s}) {
            QVERIFY(installTranslators(QLocale(lang)));
            auto window = openWindow(m_dir.filePath(u"actions-"_s + lang + u".sqlite"_s));
            QVERIFY(window);
            const QList<QAction *> actions = window->actions()->all();
            QCOMPARE(actions.size(), english.size());
            QStringList same;
            for (qsizetype i = 0; i < actions.size(); ++i) {
                // Only a few words are the same in both languages ("Sponsor", "Code").
                if (actions.at(i)->text() == english.at(i))
                    same << english.at(i);
            }
            QVERIFY2(same.size() <= 3, qPrintable(lang + u": "_s + same.join(u", "_s)));
        }
    }

    void shortcutsSurviveTranslation()
    {
        QList<QList<QKeySequence>> english;
        {
            auto window = openWindow(m_dir.filePath(u"keys.sqlite"_s));
            QVERIFY(window);
            for (QAction *a : window->actions()->all())
                english << a->shortcuts();
        }
        for (const QString &lang : {u"de"_s, u"fr"_s}) {
            QVERIFY(installTranslators(QLocale(lang)));
            auto window = openWindow(m_dir.filePath(u"keys-"_s + lang + u".sqlite"_s));
            QVERIFY(window);
            const QList<QAction *> actions = window->actions()->all();
            for (qsizetype i = 0; i < actions.size(); ++i)
                QCOMPARE(actions.at(i)->shortcuts(), english.value(i));
        }
    }

    void noTranslationForOtherLanguages()
    {
        QVERIFY(!installTranslators(QLocale(QLocale::Spanish)));
        QVERIFY(!installTranslators(QLocale(QLocale::English, QLocale::UnitedKingdom)));
        QVERIFY(installTranslators(QLocale(QLocale::German, QLocale::Switzerland)));
        QVERIFY(installTranslators(QLocale(QLocale::French, QLocale::Canada)));
        QCOMPARE(ActionRegistry::tr("&File"), u"&Fichier"_s);
        QVERIFY(!installTranslators(QLocale::c()));
        QCOMPARE(ActionRegistry::tr("&File"), u"&File"_s);
    }
};

QTEST_MAIN(TestTranslatedWindow)
#include "tst_translatedwindow.moc"
