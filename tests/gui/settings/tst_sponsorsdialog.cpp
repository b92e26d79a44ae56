// The Sponsors dialog on a store with the fixture archive: the library edited through its form,
// the coming issues from #104 on with their slots, double bookings and bookings outside a
// sponsor's dates flagged in the list, booking and freeing slots, and what Save writes.
#include "newslettersettings.h"
#include "settings/sponsorsdialog.h"
#include "settingsfixture.h"
#include "widgettesting.h"
#include "windowfixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace galley;
using namespace galley::gui;
using galley::testsupport::child;
using galley::testsupport::replaceText;
using galley::testsupport::snap;

class TestSponsorsDialog : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    static void choose(QComboBox *combo, const QString &text)
    {
        const int index = combo->findText(text);
        QVERIFY2(index >= 0, qPrintable(text));
        combo->setCurrentIndex(index);
    }

    static void bookOrFree(SponsorsDialog &dialog, int row, const QString &slot,
                           const QString &sponsor, const char *button)
    {
        QTreeWidget *tree = dialog.bookingTree();
        tree->setCurrentItem(tree->topLevelItem(row));
        choose(child<QComboBox>(&dialog, "slotCombo"), slot);
        if (!sponsor.isEmpty())
            choose(child<QComboBox>(&dialog, "sponsorCombo"), sponsor);
        QTest::mouseClick(child<QPushButton>(&dialog, button), Qt::LeftButton);
    }

private slots:
    void libraryBookingsConflictsAndSave()
    {
        const QString path = m_dir.filePath(u"sponsors.sqlite"_s);
        QVERIFY(test::importFixtureArchive(path));
        {
            // Pagerly runs until 10 February; #104 is booked twice.
            auto store = test::openStore(path);
            SponsorBook book;
            Sponsor pagerly;
            pagerly.name = u"Pagerly"_s;
            pagerly.copy = u"On-call that fits."_s;
            pagerly.link = u"https://pagerly.example.com/weekly"_s;
            pagerly.activeTo = QDate(2025, 2, 10);
            Sponsor acme;
            acme.name = u"Acme Logs"_s;
            acme.link = u"https://acme.example.com"_s;
            book.sponsors << pagerly << acme;
            book.bookings << Booking {104, {}, SponsorSlot::Top, u"Pagerly"_s}
                          << Booking {104, {}, SponsorSlot::Top, u"Acme Logs"_s};
            QVERIFY(NewsletterSettings(*store).setSponsorBook(book).ok());
        }
        test::ClientThread thread;
        QVERIFY(thread.open(path));
        SponsorsDialog dialog(thread.client());
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isLoaded(), 15000);

        // The library: list and form.
        auto *list = child<QListWidget>(&dialog, "sponsorList");
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->currentItem()->text(), u"Pagerly"_s);
        QCOMPARE(child<QLineEdit>(&dialog, "linkEdit")->text(),
                 u"https://pagerly.example.com/weekly"_s);
        QVERIFY(child<QCheckBox>(&dialog, "untilCheck")->isChecked());
        QCOMPARE(child<QDateEdit>(&dialog, "untilDate")->date(), QDate(2025, 2, 10));
        QVERIFY(!child<QCheckBox>(&dialog, "fromCheck")->isChecked());

        // Add a sponsor through the form.
        QTest::mouseClick(child<QPushButton>(&dialog, "addSponsor"), Qt::LeftButton);
        QCOMPARE(list->count(), 3);
        replaceText(child<QLineEdit>(&dialog, "nameEdit"), u"Kiln Co"_s);
        QCOMPARE(list->item(2)->text(), u"Kiln Co"_s);
        QTest::keyClicks(child<QLineEdit>(&dialog, "labelEdit"), u"Thanks to {name}"_s);
        QTest::keyClicks(child<QPlainTextEdit>(&dialog, "copyEdit"), u"Builds, **cached**."_s);
        QTest::keyClicks(child<QLineEdit>(&dialog, "linkEdit"), u"kiln.example.com"_s);
        QTest::keyClicks(child<QPlainTextEdit>(&dialog, "notesEdit"), u"Paid until March"_s);
        QTest::mouseClick(child<QCheckBox>(&dialog, "fromCheck"), Qt::LeftButton);
        child<QDateEdit>(&dialog, "fromDate")->setDate(QDate(2025, 2, 1));
        snap(&dialog, u"/tmp/sponsors-library.png"_s);

        // The coming issues from #104 (26 January 2025), weekly.
        dialog.showBookings();
        QTreeWidget *tree = dialog.bookingTree();
        QCOMPARE(tree->topLevelItemCount(), 12);
        QCOMPARE(tree->topLevelItem(0)->text(SponsorsDialog::IssueColumn), u"#104"_s);
        QCOMPARE(dialog.calendar().rows.at(0).date, QDate(2025, 1, 26));
        QCOMPARE(dialog.calendar().rows.at(3).date, QDate(2025, 2, 16));
        // The double booking is flagged on its slot and in the problem list.
        QTreeWidgetItem *first = tree->topLevelItem(0);
        QCOMPARE(first->text(SponsorsDialog::TopColumn), u"Pagerly + Acme Logs"_s);
        QVERIFY(first->toolTip(SponsorsDialog::TopColumn).contains(u"booked twice"_s));
        QVERIFY(!first->icon(SponsorsDialog::TopColumn).isNull());
        QCOMPARE(first->text(SponsorsDialog::ClosingColumn), u"Pagerly (repeats the top)"_s);
        QCOMPARE(tree->topLevelItem(1)->text(SponsorsDialog::TopColumn), u"free"_s);
        QVERIFY(tree->topLevelItem(1)->icon(SponsorsDialog::TopColumn).isNull());
        auto *problems = child<QListWidget>(&dialog, "conflictList");
        QCOMPARE(problems->count(), 1);
        QVERIFY(problems->item(0)->text().contains(u"booked twice"_s));

        // Booking Pagerly into #107 (16 February) is outside its dates: flagged.
        bookOrFree(dialog, 3, u"Top slot"_s, u"Pagerly"_s, "bookButton");
        QTreeWidgetItem *late = tree->topLevelItem(3);
        QCOMPARE(late->text(SponsorsDialog::TopColumn), u"Pagerly"_s);
        QVERIFY2(late->toolTip(SponsorsDialog::TopColumn).contains(u"outside its active dates"_s),
                 qPrintable(late->toolTip(SponsorsDialog::TopColumn)));
        QCOMPARE(problems->count(), 2);
        snap(&dialog, u"/tmp/sponsors-bookings.png"_s);

        // Booking the slot again replaces both bookings: no double booking any more.
        bookOrFree(dialog, 0, u"Top slot"_s, u"Acme Logs"_s, "bookButton");
        QCOMPARE(tree->topLevelItem(0)->text(SponsorsDialog::TopColumn), u"Acme Logs"_s);
        QVERIFY(tree->topLevelItem(0)->toolTip(SponsorsDialog::TopColumn).isEmpty());
        // A closing slot of its own, then freed again.
        bookOrFree(dialog, 1, u"Closing slot"_s, u"Kiln Co"_s, "bookButton");
        QCOMPARE(tree->topLevelItem(1)->text(SponsorsDialog::ClosingColumn), u"Kiln Co"_s);
        QCOMPARE(tree->topLevelItem(1)->text(SponsorsDialog::TopColumn), u"free"_s);
        bookOrFree(dialog, 3, u"Top slot"_s, QString(), "unbookButton");
        QCOMPARE(tree->topLevelItem(3)->text(SponsorsDialog::TopColumn), u"free"_s);
        QCOMPARE(problems->count(), 0);
        QVERIFY(!problems->isVisible());

        // Save refuses the link that is not a web address, and says which sponsor.
        QSignalSpy failed(&dialog, &SponsorsDialog::saveFailed);
        auto *box = child<QDialogButtonBox>(&dialog, "buttonBox");
        QTest::mouseClick(box->button(QDialogButtonBox::Save), Qt::LeftButton);
        QCOMPARE(failed.size(), 1);
        QVERIFY2(dialog.statusText().contains(u"The link of Kiln Co"_s),
                 qPrintable(dialog.statusText()));
        QCOMPARE(list->currentItem()->text(), u"Kiln Co"_s);
        {
            auto store = test::openStore(path);
            QCOMPARE(NewsletterSettings(*store).sponsorBook()->sponsors.size(), 2);
        }
        replaceText(child<QLineEdit>(&dialog, "linkEdit"), u"https://kiln.example.com"_s);

        // Renaming a sponsor carries its bookings along.
        list->setCurrentRow(1);
        replaceText(child<QLineEdit>(&dialog, "nameEdit"), u"Acme"_s);
        QCOMPARE(tree->topLevelItem(0)->text(SponsorsDialog::TopColumn), u"Acme"_s);

        QSignalSpy saved(&dialog, &SponsorsDialog::saved);
        QTest::mouseClick(box->button(QDialogButtonBox::Save), Qt::LeftButton);
        QVERIFY(saved.wait(10000));

        auto store = test::openStore(path);
        const auto book = NewsletterSettings(*store).sponsorBook();
        QVERIFY(book.ok());
        QCOMPARE(book->sponsors.size(), 3);
        const Sponsor *kiln = book->sponsor(u"Kiln Co"_s);
        QVERIFY(kiln);
        QCOMPARE(kiln->label, u"Thanks to {name}"_s);
        QCOMPARE(kiln->copy, u"Builds, **cached**."_s);
        QCOMPARE(kiln->link, u"https://kiln.example.com"_s);
        QCOMPARE(kiln->notes, u"Paid until March"_s);
        QCOMPARE(kiln->activeFrom, QDate(2025, 2, 1));
        QVERIFY(!kiln->activeTo.isValid());
        QVERIFY(book->sponsor(u"Acme"_s));
        QVERIFY(book->bookings
                == QList<Booking>({Booking {104, {}, SponsorSlot::Top, u"Acme"_s},
                                   Booking {105, {}, SponsorSlot::Closing, u"Kiln Co"_s}}));
        QVERIFY(book->conflicts().isEmpty());
    }

    void removedSponsorLeavesFlaggedBookings()
    {
        const QString path = m_dir.filePath(u"remove.sqlite"_s);
        QVERIFY(test::importFixtureArchive(path));
        {
            auto store = test::openStore(path);
            SponsorBook book;
            book.sponsors << Sponsor {u"Pagerly"_s, {}, {}, {}, {}, {}, {}, {}};
            book.bookings << Booking {105, {}, SponsorSlot::Top, u"Pagerly"_s};
            QVERIFY(NewsletterSettings(*store).setSponsorBook(book).ok());
        }
        test::ClientThread thread;
        QVERIFY(thread.open(path));
        SponsorsDialog dialog(thread.client());
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isLoaded(), 15000);
        QTest::mouseClick(child<QPushButton>(&dialog, "removeSponsor"), Qt::LeftButton);
        QCOMPARE(child<QListWidget>(&dialog, "sponsorList")->count(), 0);
        QVERIFY(!child<QWidget>(&dialog, "sponsorForm")->isEnabled());
        QVERIFY2(dialog.statusText().contains(u"1 booking(s) of Pagerly remain"_s),
                 qPrintable(dialog.statusText()));
        QTreeWidgetItem *row = dialog.bookingTree()->topLevelItem(1);
        QCOMPARE(row->text(SponsorsDialog::IssueColumn), u"#105"_s);
        QVERIFY(row->toolTip(SponsorsDialog::TopColumn).contains(u"no such sponsor"_s));
        // Cancel: the store keeps its sponsor.
        dialog.reject();
        auto store = test::openStore(path);
        QCOMPARE(NewsletterSettings(*store).sponsorBook()->sponsors.size(), 1);
    }

    // The dialog read the sponsors; another window (or `galley sponsors import-archive`) then
    // changed them. Save must not overwrite that: it refuses, says why, and writes nothing.
    void saveRefusesToOverwriteChangesMadeElsewhere()
    {
        const QString path = m_dir.filePath(u"elsewhere.sqlite"_s);
        QVERIFY(test::importFixtureArchive(path));
        auto store = test::openStore(path);
        QVERIFY(store);
        SponsorBook mine;
        mine.sponsors << Sponsor {u"Pagerly"_s, {}, {}, {}, {}, {}, {}, {}};
        QVERIFY(NewsletterSettings(*store).setSponsorBook(mine).ok());
        test::ClientThread thread;
        QVERIFY(thread.open(path));
        {
            SponsorsDialog dialog(thread.client());
            dialog.show();
            QTRY_VERIFY_WITH_TIMEOUT(dialog.isLoaded(), 15000);
            QTest::mouseClick(child<QPushButton>(&dialog, "addSponsor"), Qt::LeftButton);
            replaceText(child<QLineEdit>(&dialog, "nameEdit"), u"Kiln Co"_s);

            SponsorBook theirs = mine;
            theirs.sponsors << Sponsor {u"Acme Logs"_s, {}, {}, {}, {}, {}, {}, {}};
            QVERIFY(NewsletterSettings(*store).setSponsorBook(theirs).ok());

            QSignalSpy failed(&dialog, &SponsorsDialog::saveFailed);
            QPushButton *save
                = child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Save);
            QTest::mouseClick(save, Qt::LeftButton);
            QVERIFY(failed.wait(10000));
            QVERIFY2(dialog.statusText().contains(u"changed in another window"_s),
                     qPrintable(dialog.statusText()));
            QVERIFY(dialog.isVisible());
            // What the other window saved is still there; the dialog's text is still on screen.
            QStringList names;
            const SponsorBook stored = NewsletterSettings(*store).sponsorBook().value();
            for (const Sponsor &sp : stored.sponsors)
                names << sp.name;
            QCOMPARE(names, (QStringList {u"Pagerly"_s, u"Acme Logs"_s}));
            QCOMPARE(child<QListWidget>(&dialog, "sponsorList")->count(), 2);
            dialog.reject();
        }
        // Opened again, it shows the other window's sponsors and saves over them.
        SponsorsDialog again(thread.client());
        again.show();
        QTRY_VERIFY_WITH_TIMEOUT(again.isLoaded(), 15000);
        QCOMPARE(child<QListWidget>(&again, "sponsorList")->count(), 2);
        QSignalSpy saved(&again, &SponsorsDialog::saved);
        QTest::mouseClick(
            child<QDialogButtonBox>(&again, "buttonBox")->button(QDialogButtonBox::Save),
            Qt::LeftButton);
        QVERIFY(saved.wait(10000));
    }
};

QTEST_MAIN(TestSponsorsDialog)
#include "tst_sponsorsdialog.moc"
