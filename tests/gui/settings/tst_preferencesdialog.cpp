// The Preferences dialog on a store with the fixture archive: inferred settings shown and marked,
// accepted or edited through the widgets, what Save writes to the store, bad input refused with
// nothing written; and the window's actions open the three settings dialogs.
#include "newslettersettings.h"
#include "settings/preferencesdialog.h"
#include "settings/sponsorsdialog.h"
#include "settings/templatesdialog.h"
#include "settingsfixture.h"
#include "uilanguage.h"
#include "widgettesting.h"
#include "window/actionregistry.h"
#include "windowfixture.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace galley;
using namespace galley::gui;
using galley::testsupport::child;
using galley::testsupport::clickSave;
using galley::testsupport::replaceText;
using galley::testsupport::snap;

class TestPreferencesDialog : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    static QStringList sectionNames(QTableWidget *table)
    {
        QStringList names;
        for (int row = 0; row < table->rowCount(); ++row)
            names << table->item(row, 0)->text();
        return names;
    }

private slots:
    void inferredValuesAcceptedEditedAndSaved()
    {
        const QString path = m_dir.filePath(u"prefs.sqlite"_s);
        QVERIFY(test::importFixtureArchive(path));
        test::ClientThread thread;
        QVERIFY(thread.open(path));

        PreferencesDialog dialog(thread.client());
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isLoaded(), 15000);

        // Nothing is set: what the archive says is shown, marked as inferred.
        auto *name = child<QLineEdit>(&dialog, "nameEdit");
        auto *pattern = child<QLineEdit>(&dialog, "titlePatternEdit");
        auto *weekday = child<QComboBox>(&dialog, "weekdayCombo");
        auto *interval = child<QSpinBox>(&dialog, "intervalSpin");
        auto *sections = child<QTableWidget>(&dialog, "sectionTable");
        QCOMPARE(name->text(), u"OPS WEEKLY"_s);
        QCOMPARE(pattern->text(), u"OPS WEEKLY ISSUE #{number} - {date_long}"_s);
        QCOMPARE(weekday->currentData().toInt(), 7); // the fixtures come out on Sundays
        QCOMPARE(interval->value(), 7);
        QCOMPARE(sectionNames(sections), QStringList({u"News"_s, u"Events"_s, u"Tools"_s}));
        for (auto field :
             {PreferencesDialog::Name, PreferencesDialog::TitlePattern, PreferencesDialog::Weekday,
              PreferencesDialog::Interval, PreferencesDialog::Sections}) {
            QVERIFY(dialog.isInferred(field));
            QVERIFY(!dialog.inferredMarker(field)->isHidden());
            QCOMPARE(dialog.inferredMarker(field)->text(), u"inferred from the archive"_s);
            QVERIFY(!dialog.acceptButton(field)->isHidden());
        }
        QVERIFY(name->font().italic());
        QCOMPARE(child<QLabel>(&dialog, "titlePreview")->text(),
                 u"Next issue: OPS WEEKLY ISSUE #104 - 26th January 2025"_s);
        snap(&dialog, u"/tmp/preferences-inferred.png"_s);

        // Accept one, edit another, leave the rest inferred.
        QTest::mouseClick(dialog.acceptButton(PreferencesDialog::TitlePattern), Qt::LeftButton);
        QVERIFY(!dialog.isInferred(PreferencesDialog::TitlePattern));
        QVERIFY(dialog.inferredMarker(PreferencesDialog::TitlePattern)->isHidden());
        QVERIFY(!pattern->font().italic());
        replaceText(name, u"Ops Weekly"_s);
        QVERIFY(!dialog.isInferred(PreferencesDialog::Name));
        QVERIFY(dialog.inferredMarker(PreferencesDialog::Name)->isHidden());
        QCOMPARE(child<QLabel>(&dialog, "titlePreview")->text(),
                 u"Next issue: OPS WEEKLY ISSUE #104 - 26th January 2025"_s);

        // Sections: move Events up, give it `##`, add Jobs, remove Tools.
        child<QTabWidget>(&dialog, "tabs")->setCurrentIndex(1);
        sections->selectRow(1);
        QTest::mouseClick(child<QPushButton>(&dialog, "moveSectionUp"), Qt::LeftButton);
        QCOMPARE(sectionNames(sections), QStringList({u"Events"_s, u"News"_s, u"Tools"_s}));
        QVERIFY(!dialog.isInferred(PreferencesDialog::Sections));
        auto *style = qobject_cast<QComboBox *>(sections->cellWidget(0, 1));
        QVERIFY(style);
        style->setFocus();
        QTest::keyClick(style, Qt::Key_Down);
        QCOMPARE(style->currentText(), u"## Level 2"_s);
        auto *add = child<QPushButton>(&dialog, "addSection");
        QVERIFY(!add->isEnabled());
        QTest::keyClicks(child<QLineEdit>(&dialog, "newSectionEdit"), u"Jobs"_s);
        QTest::mouseClick(add, Qt::LeftButton);
        sections->selectRow(2);
        QTest::mouseClick(child<QPushButton>(&dialog, "removeSection"), Qt::LeftButton);
        QCOMPARE(sectionNames(sections), QStringList({u"Events"_s, u"News"_s, u"Jobs"_s}));
        snap(&dialog, u"/tmp/preferences-sections.png"_s);

        // Email page: a bad address is refused with a message, and nothing reaches the store.
        child<QTabWidget>(&dialog, "tabs")->setCurrentIndex(3);
        auto *sender = child<QLineEdit>(&dialog, "senderEdit");
        QTest::keyClicks(sender, u"the editor"_s);
        QSignalSpy failed(&dialog, &PreferencesDialog::saveFailed);
        clickSave(&dialog);
        QCOMPARE(failed.size(), 1);
        QVERIFY2(dialog.statusText().contains(u"sender address \"the editor\""_s),
                 qPrintable(dialog.statusText()));
        QVERIFY(dialog.isVisible());
        {
            auto store = test::openStore(path);
            QVERIFY(*NewsletterSettings(*store).profile() == NewsletterProfile {});
        }
        replaceText(sender, u"Ops Weekly <editor@example.com>"_s);
        auto *preset = child<QComboBox>(&dialog, "presetCombo");
        auto *unsubscribe = child<QLineEdit>(&dialog, "unsubscribeEdit");
        QCOMPARE(preset->currentData().toString(), u"mailchimp"_s);
        QVERIFY(unsubscribe->isReadOnly());
        preset->setCurrentIndex(preset->findData(u"listmonk"_s));
        QCOMPARE(unsubscribe->text(), u"{{ UnsubscribeURL }}"_s);
        snap(&dialog, u"/tmp/preferences-email.png"_s);

        auto *language = child<QComboBox>(&dialog, "uiLanguageCombo");
        language->setCurrentIndex(language->findData(u"de"_s));
        QVERIFY(child<QLabel>(&dialog, "uiLanguageNote")->text().contains(u"next time"_s));

        QSignalSpy saved(&dialog, &PreferencesDialog::saved);
        clickSave(&dialog);
        QVERIFY(saved.wait(10000));
        QVERIFY(!dialog.isVisible());

        auto store = test::openStore(path);
        const auto profile = NewsletterSettings(*store).profile();
        QVERIFY(profile.ok());
        QCOMPARE(profile->name, std::optional<QString>(u"Ops Weekly"_s));
        QCOMPARE(profile->titlePattern,
                 std::optional<QString>(u"OPS WEEKLY ISSUE #{number} - {date_long}"_s));
        // Never accepted: still inferred, so a changing archive keeps informing them.
        QVERIFY(!profile->weekday);
        QVERIFY(!profile->intervalDays);
        QCOMPARE(profile->sections,
                 std::optional<QStringList>({u"Events"_s, u"News"_s, u"Jobs"_s}));
        QVERIFY(profile->sectionHeadings.value(u"Events"_s) == HeadingStyle::Atx2);
        QVERIFY(!profile->sectionHeadings.contains(u"News"_s));
        QCOMPARE(profile->sender, std::optional<QString>(u"Ops Weekly <editor@example.com>"_s));
        QCOMPARE(profile->mergeTagPreset, std::optional<QString>(u"listmonk"_s));
        QVERIFY(!profile->replyTo);
        QCOMPARE(QSettings().value(QLatin1StringView(UiLanguageSettingsKey)).toString(), u"de"_s);
        QSettings().remove(QLatin1StringView(UiLanguageSettingsKey));

        // Opened again: set values are plain, the rest still marked.
        PreferencesDialog again(thread.client());
        again.show();
        QTRY_VERIFY_WITH_TIMEOUT(again.isLoaded(), 15000);
        QVERIFY(!again.isInferred(PreferencesDialog::Name));
        QVERIFY(!again.isInferred(PreferencesDialog::Sections));
        QVERIFY(again.isInferred(PreferencesDialog::Weekday));
        QCOMPARE(child<QLineEdit>(&again, "nameEdit")->text(), u"Ops Weekly"_s);
        auto *againSections = child<QTableWidget>(&again, "sectionTable");
        QCOMPARE(sectionNames(againSections), QStringList({u"Events"_s, u"News"_s, u"Jobs"_s}));
        QCOMPARE(qobject_cast<QComboBox *>(againSections->cellWidget(0, 1))->currentText(),
                 u"## Level 2"_s);
    }

    void invalidItemTemplateIsRefused()
    {
        const QString path = m_dir.filePath(u"item.sqlite"_s);
        QVERIFY(test::importFixtureArchive(path));
        test::ClientThread thread;
        QVERIFY(thread.open(path));
        PreferencesDialog dialog(thread.client());
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isLoaded(), 15000);

        auto *item = child<QPlainTextEdit>(&dialog, "itemTemplateEdit");
        QCOMPARE(item->toPlainText(), TemplateSet::defaults().item);
        item->moveCursor(QTextCursor::End);
        QTest::keyClicks(item, u"{{comentary}}"_s);
        QSignalSpy failed(&dialog, &PreferencesDialog::saveFailed);
        clickSave(&dialog);
        QCOMPARE(failed.size(), 1);
        QVERIFY2(dialog.statusText().contains(u"unknown placeholder '{{comentary}}'"_s),
                 qPrintable(dialog.statusText()));
        QVERIFY2(dialog.statusText().contains(u":3:"_s), qPrintable(dialog.statusText()));
        QCOMPARE(child<QTabWidget>(&dialog, "tabs")->currentIndex(), 2);
        snap(&dialog, u"/tmp/preferences-item.png"_s);

        // Fixed, it is saved into the template set (not into the profile).
        for (int i = 0; i < 13; ++i)
            QTest::keyClick(item, Qt::Key_Backspace);
        QTest::keyClicks(item, u"-- {{commentary}}"_s);
        QSignalSpy saved(&dialog, &PreferencesDialog::saved);
        clickSave(&dialog);
        QVERIFY(saved.wait(10000));
        auto store = test::openStore(path);
        QCOMPARE(NewsletterSettings(*store).templates()->item,
                 TemplateSet::defaults().item + u"-- {{commentary}}"_s);
    }

    // A custom merge tag of `javascript:alert(1)` reached the footer's href. Preferences refuses
    // what is neither a merge tag nor an http(s)/mailto link, and saves nothing.
    void customMergeTagsMustBeTagsOrLinks()
    {
        const QString path = m_dir.filePath(u"tags.sqlite"_s);
        QVERIFY(test::importFixtureArchive(path));
        test::ClientThread thread;
        QVERIFY(thread.open(path));
        PreferencesDialog dialog(thread.client());
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isLoaded(), 15000);
        auto *preset = child<QComboBox>(&dialog, "presetCombo");
        preset->setCurrentIndex(preset->findData(u"custom"_s));
        auto *unsubscribe = child<QLineEdit>(&dialog, "unsubscribeEdit");
        auto *viewOnline = child<QLineEdit>(&dialog, "viewOnlineEdit");
        QVERIFY(!unsubscribe->isReadOnly());
        replaceText(unsubscribe, u"*|UNSUB|*"_s);
        replaceText(viewOnline, u"javascript:alert(1)"_s);
        QSignalSpy failed(&dialog, &PreferencesDialog::saveFailed);
        clickSave(&dialog);
        QCOMPARE(failed.size(), 1);
        QVERIFY2(dialog.statusText().contains(u"neither a merge tag"_s),
                 qPrintable(dialog.statusText()));
        {
            auto store = test::openStore(path);
            QVERIFY(!NewsletterSettings(*store).profile()->viewOnlineTag);
        }
        replaceText(viewOnline, u"https://example.com/archive/latest"_s);
        QSignalSpy saved(&dialog, &PreferencesDialog::saved);
        clickSave(&dialog);
        QVERIFY(saved.wait(10000));
        auto store = test::openStore(path);
        QCOMPARE(NewsletterSettings(*store).profile()->viewOnlineTag,
                 std::optional<QString>(u"https://example.com/archive/latest"_s));
    }

    // UTM tagging (issue 21): off and greyed out until ticked, the source's placeholder is the
    // name as a slug, a bad placeholder or domain is refused, and what is saved comes back.
    void utmFieldsRoundTrip()
    {
        const QString path = m_dir.filePath(u"utm.sqlite"_s);
        QVERIFY(test::importFixtureArchive(path));
        test::ClientThread thread;
        QVERIFY(thread.open(path));
        PreferencesDialog dialog(thread.client());
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isLoaded(), 15000);
        auto *check = child<QCheckBox>(&dialog, "utmCheck");
        auto *source = child<QLineEdit>(&dialog, "utmSourceEdit");
        auto *medium = child<QLineEdit>(&dialog, "utmMediumEdit");
        auto *campaign = child<QLineEdit>(&dialog, "utmCampaignEdit");
        auto *neverTag = child<QLineEdit>(&dialog, "utmNeverTagEdit");
        QVERIFY(!check->isChecked());
        QVERIFY(!source->isEnabled());
        QCOMPARE(source->placeholderText(), u"ops-weekly"_s);
        QCOMPARE(medium->placeholderText(), u"email"_s);
        QCOMPARE(campaign->placeholderText(), u"issue-{{number}}"_s);

        child<QTabWidget>(&dialog, "tabs")->setCurrentWidget(child<QWidget>(&dialog, "emailPage"));
        QTest::mouseClick(check, Qt::LeftButton, {}, QPoint(8, check->height() / 2));
        QVERIFY(check->isChecked());
        QVERIFY(source->isEnabled());
        replaceText(source, u"opsw"_s);
        replaceText(campaign, u"week-{{nmber}}"_s);
        replaceText(neverTag, u"Twitter.com, https://www.example.org/x"_s);
        QSignalSpy failed(&dialog, &PreferencesDialog::saveFailed);
        clickSave(&dialog);
        QCOMPARE(failed.size(), 1);
        QVERIFY2(dialog.statusText().contains(u"{{nmber}}"_s), qPrintable(dialog.statusText()));
        replaceText(campaign, u"week-{{number}}"_s);
        replaceText(neverTag, u"twitter.com, exa$mple.org"_s);
        clickSave(&dialog);
        QCOMPARE(failed.size(), 2);
        QVERIFY2(dialog.statusText().contains(u"exa$mple.org"_s), qPrintable(dialog.statusText()));
        replaceText(neverTag, u"Twitter.com, https://www.example.org/x"_s);
        snap(&dialog, u"/tmp/preferences-utm.png"_s);
        QSignalSpy saved(&dialog, &PreferencesDialog::saved);
        clickSave(&dialog);
        QVERIFY(saved.wait(10000));
        {
            auto store = test::openStore(path);
            const auto profile = NewsletterSettings(*store).profile();
            QCOMPARE(profile->utmEnabled, std::optional<bool>(true));
            QCOMPARE(profile->utmSource, std::optional<QString>(u"opsw"_s));
            QVERIFY(!profile->utmMedium); // empty: the default, email
            QCOMPARE(profile->utmCampaign, std::optional<QString>(u"week-{{number}}"_s));
            QCOMPARE(profile->utmNeverTag,
                     std::optional<QStringList>({u"twitter.com"_s, u"www.example.org"_s}));
        }

        PreferencesDialog again(thread.client());
        again.show();
        QTRY_VERIFY_WITH_TIMEOUT(again.isLoaded(), 15000);
        QVERIFY(child<QCheckBox>(&again, "utmCheck")->isChecked());
        QCOMPARE(child<QLineEdit>(&again, "utmSourceEdit")->text(), u"opsw"_s);
        QVERIFY(child<QLineEdit>(&again, "utmMediumEdit")->text().isEmpty());
        QCOMPARE(child<QLineEdit>(&again, "utmCampaignEdit")->text(), u"week-{{number}}"_s);
        QCOMPARE(child<QLineEdit>(&again, "utmNeverTagEdit")->text(),
                 u"twitter.com, www.example.org"_s);

        // Turned off again: saved as off, the values kept for next time.
        child<QTabWidget>(&again, "tabs")->setCurrentWidget(child<QWidget>(&again, "emailPage"));
        QTest::mouseClick(child<QCheckBox>(&again, "utmCheck"), Qt::LeftButton, {},
                          QPoint(8, check->height() / 2));
        QSignalSpy savedAgain(&again, &PreferencesDialog::saved);
        clickSave(&again);
        QVERIFY(savedAgain.wait(10000));
        auto store = test::openStore(path);
        QCOMPARE(NewsletterSettings(*store).profile()->utmEnabled, std::optional<bool>(false));
        QCOMPARE(NewsletterSettings(*store).profile()->utmSource,
                 std::optional<QString>(u"opsw"_s));
    }

    void actionsOpenTheDialogs()
    {
        const QString path = m_dir.filePath(u"window.sqlite"_s);
        QVERIFY(test::importFixtureArchive(path));
        auto window = test::openWindow(path);
        QVERIFY(window);
        window->actions()->action(ActionRegistry::Preferences)->trigger();
        PreferencesDialog *prefs = nullptr;
        QTRY_VERIFY((prefs = window->findChild<PreferencesDialog *>()) && prefs->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(prefs->isLoaded(), 15000);
        // Triggered again, the open dialog comes up instead of a second one.
        window->actions()->action(ActionRegistry::Preferences)->trigger();
        QCOMPARE(window->findChildren<PreferencesDialog *>().size(), 1);
        // Its "Edit All Templates…" opens the Templates dialog.
        QTest::mouseClick(child<QPushButton>(prefs, "editTemplates"), Qt::LeftButton);
        TemplatesDialog *templates = nullptr;
        QTRY_VERIFY((templates = window->findChild<TemplatesDialog *>()) && templates->isVisible());
        window->actions()->action(ActionRegistry::Sponsors)->trigger();
        SponsorsDialog *sponsors = nullptr;
        QTRY_VERIFY((sponsors = window->findChild<SponsorsDialog *>()) && sponsors->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(sponsors->isLoaded(), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(templates->isLoaded(), 15000);
        for (QDialog *d : std::initializer_list<QDialog *> {prefs, templates, sponsors})
            d->reject();
        QTRY_VERIFY(window->findChildren<PreferencesDialog *>().isEmpty());
        QVERIFY(test::closeWindow(window));
    }
};

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"
