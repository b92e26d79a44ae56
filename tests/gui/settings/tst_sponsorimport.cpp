// The Sponsors dialog's offer of the archive's sponsors (issue 17): on an empty library a bar says
// how many the archive has; Import lists them with check boxes, writes the chosen ones into the
// library in one save and shows them in the dialog; a second import adds nothing.
#include "newslettersettings.h"
#include "settings/archivesponsoroffer.h"
#include "settings/sponsorimportdialog.h"
#include "settings/sponsorsdialog.h"
#include "settingsfixture.h"
#include "widgettesting.h"
#include "windowfixture.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace galley;
using namespace galley::gui;
using galley::testsupport::child;
using galley::testsupport::replaceText;
using galley::testsupport::snap;

namespace {
const QString pagerlyCopy
    = u"On-call rotations that fit how your team actually works. Pagerly routes alerts to the "
      "right person, escalates when nobody answers and keeps a timeline for the retrospective:"_s;

QStringList storedNames(const QString &path)
{
    QStringList names;
    auto store = test::openStore(path);
    if (!store)
        return names;
    const auto book = NewsletterSettings(*store).sponsorBook();
    if (book) {
        for (const Sponsor &s : book->sponsors)
            names << s.name;
    }
    return names;
}

bool openedAndScanned(SponsorsDialog &dialog)
{
    return QTest::qWaitFor([&] { return dialog.isLoaded() && dialog.archiveOffer()->isScanned(); },
                           15000);
}

// Clicks `button` and returns the import dialog it opened (after reading the archive when the
// dialog had not read it yet).
SponsorImportDialog *openImport(SponsorsDialog &dialog, QPushButton *button)
{
    SponsorImportDialog *before = dialog.archiveOffer()->importDialog();
    QTest::mouseClick(button, Qt::LeftButton);
    const auto opened = [&] {
        SponsorImportDialog *now = dialog.archiveOffer()->importDialog();
        return now && now != before && now->isVisible();
    };
    return QTest::qWaitFor(opened, 15000) ? dialog.archiveOffer()->importDialog() : nullptr;
}
} // namespace

class TestSponsorImport : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void offerOnAnEmptyLibraryImportsOnce()
    {
        const QString path = m_dir.filePath(u"offer.sqlite"_s);
        QVERIFY(test::importFixtureArchive(path));
        test::ClientThread thread;
        QVERIFY(thread.open(path));
        SponsorsDialog dialog(thread.client());
        dialog.show();
        QVERIFY(openedAndScanned(dialog));

        // The offer is on screen: how many sponsors the archive has, and a button.
        ArchiveSponsorOffer *offer = dialog.archiveOffer();
        QVERIFY(offer->isVisible());
        QCOMPARE(offer->foundCount(), 2);
        const QString text = child<QLabel>(&dialog, "archiveSponsorOfferText")->text();
        QVERIFY2(text.startsWith(u"2 sponsor"_s) && text.contains(u"found in the archive"_s),
                 qPrintable(text));
        auto *always = child<QPushButton>(&dialog, "importArchiveSponsors");
        QVERIFY(always->isVisible());
        QVERIFY(always->isEnabled());
        snap(&dialog, u"/tmp/sponsors-offer.png"_s);

        // The list: every sponsor checked, with its first and last issue and how many ran it.
        SponsorImportDialog *import
            = openImport(dialog, child<QPushButton>(&dialog, "archiveSponsorOfferButton"));
        QVERIFY(import);
        QTreeWidget *list = import->list();
        QCOMPARE(list->topLevelItemCount(), 2);
        QTreeWidgetItem *pagerly = list->topLevelItem(0);
        QCOMPARE(pagerly->text(SponsorImportDialog::NameColumn), u"Pagerly"_s);
        QCOMPARE(pagerly->checkState(SponsorImportDialog::NameColumn), Qt::Checked);
        QVERIFY(pagerly->text(SponsorImportDialog::FirstColumn).startsWith(u"#101"_s));
        QVERIFY(pagerly->text(SponsorImportDialog::LastColumn).startsWith(u"#103"_s));
        QCOMPARE(pagerly->text(SponsorImportDialog::CountColumn), u"2"_s);
        QTreeWidgetItem *tracewell = list->topLevelItem(1);
        QCOMPARE(tracewell->text(SponsorImportDialog::NameColumn), u"Tracewell"_s);
        QCOMPARE(tracewell->checkState(SponsorImportDialog::NameColumn), Qt::Checked);
        QCOMPARE(tracewell->text(SponsorImportDialog::CountColumn), u"1"_s);
        snap(import, u"/tmp/sponsors-import.png"_s);

        // Import: the library fills and is saved in one step, without pressing Save.
        QVERIFY(import->importButton()->isEnabled());
        QTest::mouseClick(import->importButton(), Qt::LeftButton);
        auto *sponsors = child<QListWidget>(&dialog, "sponsorList");
        QTRY_COMPARE_WITH_TIMEOUT(sponsors->count(), 2, 15000);
        QCOMPARE(sponsors->item(0)->text(), u"Pagerly"_s);
        QCOMPARE(sponsors->item(1)->text(), u"Tracewell"_s);
        QCOMPARE(storedNames(path), QStringList({u"Pagerly"_s, u"Tracewell"_s}));
        QVERIFY2(dialog.statusText().contains(u"Imported 2 sponsor"_s),
                 qPrintable(dialog.statusText()));
        QVERIFY(!offer->isVisible()); // the library is no longer empty
        QVERIFY(always->isVisible());
        // The form shows what the latest issue ran; the heading follows Preferences.
        sponsors->setCurrentRow(0);
        QCOMPARE(child<QPlainTextEdit>(&dialog, "copyEdit")->toPlainText(), pagerlyCopy);
        QCOMPARE(child<QLineEdit>(&dialog, "linkEdit")->text(),
                 u"https://pagerly.example.com/weekly"_s);
        QVERIFY(child<QLineEdit>(&dialog, "labelEdit")->text().isEmpty());

        // A second import offers nothing: both are in the library already.
        SponsorImportDialog *second = openImport(dialog, always);
        QVERIFY(second);
        QCOMPARE(second->list()->topLevelItemCount(), 2);
        for (int i = 0; i < 2; ++i) {
            QTreeWidgetItem *item = second->list()->topLevelItem(i);
            QVERIFY(!(item->flags() & Qt::ItemIsEnabled));
            QCOMPARE(item->checkState(SponsorImportDialog::NameColumn), Qt::Unchecked);
        }
        QVERIFY(second->chosen().isEmpty());
        QVERIFY(!second->importButton()->isEnabled());
        second->reject();
        QCOMPARE(sponsors->count(), 2);
        QCOMPARE(storedNames(path).size(), 2);

        // Opened again, the dialog reads the saved library: no offer, nothing more to import.
        dialog.reject();
        SponsorsDialog reopened(thread.client());
        reopened.show();
        QTRY_VERIFY_WITH_TIMEOUT(reopened.isLoaded(), 15000);
        QCOMPARE(child<QListWidget>(&reopened, "sponsorList")->count(), 2);
        // A library with sponsors does not read the archive until asked to.
        QVERIFY(!reopened.archiveOffer()->isScanned());
        QVERIFY(!reopened.archiveOffer()->isVisible());
        SponsorImportDialog *third
            = openImport(reopened, child<QPushButton>(&reopened, "importArchiveSponsors"));
        QVERIFY(third);
        QVERIFY(third->chosen().isEmpty());
        QVERIFY(!third->importButton()->isEnabled());
    }

    void importKeepsTheDialogsEditsAndSkipsTheirNames()
    {
        const QString path = m_dir.filePath(u"edits.sqlite"_s);
        QVERIFY(test::importFixtureArchive(path));
        test::ClientThread thread;
        QVERIFY(thread.open(path));
        SponsorsDialog dialog(thread.client());
        dialog.show();
        QVERIFY(openedAndScanned(dialog));
        // Not saved yet: a sponsor of its own, named as one of the archive's.
        QTest::mouseClick(child<QPushButton>(&dialog, "addSponsor"), Qt::LeftButton);
        replaceText(child<QLineEdit>(&dialog, "nameEdit"), u"tracewell"_s);
        QTest::keyClicks(child<QPlainTextEdit>(&dialog, "copyEdit"), u"Our words."_s);
        QVERIFY(!dialog.archiveOffer()->isVisible());

        SponsorImportDialog *import
            = openImport(dialog, child<QPushButton>(&dialog, "importArchiveSponsors"));
        QVERIFY(import);
        // Tracewell is in the (edited) library: shown, not offered.
        QTreeWidgetItem *tracewell = import->list()->topLevelItem(1);
        QVERIFY(!(tracewell->flags() & Qt::ItemIsEnabled));
        QCOMPARE(import->chosen().size(), 1);
        QCOMPARE(import->chosen().at(0).name, u"Pagerly"_s);
        // Unchecking every sponsor turns Import off.
        import->list()->topLevelItem(0)->setCheckState(SponsorImportDialog::NameColumn,
                                                       Qt::Unchecked);
        QVERIFY(!import->importButton()->isEnabled());
        import->list()->topLevelItem(0)->setCheckState(SponsorImportDialog::NameColumn,
                                                       Qt::Checked);
        QTest::mouseClick(import->importButton(), Qt::LeftButton);
        auto *sponsors = child<QListWidget>(&dialog, "sponsorList");
        QTRY_COMPARE_WITH_TIMEOUT(sponsors->count(), 2, 15000);
        QCOMPARE(sponsors->item(1)->text(), u"Pagerly"_s);
        QCOMPARE(storedNames(path), QStringList({u"Pagerly"_s}));

        // Save writes the dialog's copy: the person's sponsor and the imported one.
        QSignalSpy saved(&dialog, &SponsorsDialog::saved);
        testsupport::clickSave(&dialog);
        QVERIFY(saved.wait(10000));
        auto store = test::openStore(path);
        const auto book = NewsletterSettings(*store).sponsorBook();
        QVERIFY(book.ok());
        QCOMPARE(book->sponsors.size(), 2);
        QCOMPARE(book->sponsor(u"Tracewell"_s)->copy, u"Our words."_s);
        QCOMPARE(book->sponsor(u"Pagerly"_s)->copy, pagerlyCopy);
    }
};

QTEST_MAIN(TestSponsorImport)
#include "tst_sponsorimport.moc"
